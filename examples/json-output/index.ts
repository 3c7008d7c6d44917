// JSON output, as in the reference: `response_format: { type: 'json_object' }` asks for any JSON
// object; `json_schema` (with `strict: true`) asks for JSON matching a schema. Either way the answer
// is text in `message.content`, parsed here with JSON.parse.
import { createClient } from '@switchyard/client';
import { startProvider } from './provider.js';

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The shape both requests ask for; `json_schema` also asks for `city` and `languages`. */
interface Person {
  name: string;
  age: number;
  city?: string;
  languages?: string[];
}

const personSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    age: { type: 'integer' },
    city: { type: 'string' },
    languages: { type: 'array', items: { type: 'string' } },
  },
  required: ['name', 'age', 'city', 'languages'],
  additionalProperties: false,
};

async function main(): Promise<void> {
  print('Switchyard JSON output');
  const provider = await startProvider();
  try {
    print(`provider: ${provider.description}`);
    const client = createClient({ vault: provider.vault, virtualKey: 'openai-key' });

    print('');
    print("1. response_format: { type: 'json_object' }");
    const { data: loose, response } = await client.chat.completions
      .create({
        model: 'gpt-4o',
        messages: [
          { role: 'system', content: 'Extract as JSON with name and age fields.' },
          { role: 'user', content: 'John is 30 years old.' },
        ],
        response_format: { type: 'json_object' },
      })
      .withResponse();
    print(`  served by: ${response.headers.get('x-switchyard-provider')}`);
    print(`  content: ${loose.choices[0]?.message.content}`);
    const john = parsePerson(loose.choices[0]?.message.content);
    print(`  parsed: name=${john.name}, age=${john.age}`);

    print('');
    print("2. response_format: { type: 'json_schema', json_schema: { name: 'person', strict: true, ... } }");
    const strict = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: 'Extract the person described.' },
        { role: 'user', content: 'Maria is 41, lives in Lisbon and speaks Portuguese and English.' },
      ],
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'person', strict: true, schema: personSchema },
      },
    });
    print(`  content: ${strict.choices[0]?.message.content}`);
    const maria = parsePerson(strict.choices[0]?.message.content);
    print(
      `  parsed: name=${maria.name}, age=${maria.age}, city=${maria.city}, languages=${maria.languages?.join(' + ')}`,
    );
  } finally {
    await provider.close();
  }
  print('');
  print('done');
}

/** Parses the answer and checks the two fields every request asks for. */
function parsePerson(content: string | null | undefined): Person {
  const value = JSON.parse(content ?? '') as Partial<Person>;
  if (typeof value.name !== 'string' || typeof value.age !== 'number') {
    throw new Error(`the answer is not a person: ${content}`);
  }
  return value as Person;
}

main().catch((error: unknown) => {
  process.stderr.write(`json-output failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
