import { spawnSync } from 'node:child_process';
import { type Browser, chromium, type Page } from 'playwright-core';

/** The command that installs the browser on Debian/Ubuntu (what `.ci/run` does). */
export const chromiumInstallCommand = 'apt-get install -y chromium';

/** Debian's chromium; `CHROMIUM` overrides the path. */
export const chromiumPath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Whether the browser tests named by `what` can run: skipped, saying why, on a developer's machine
 * without chromium; in CI (`CI` set) a missing browser throws, so those tests fail instead of
 * passing unrun.
 */
export function chromiumForTests(what: string): boolean {
  const probe = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (!probe.error && probe.status === 0) return true;
  const message = `${what} need Debian's chromium at ${chromiumPath} (${probe.error?.message ?? `exit ${probe.status}`}). Install it with: ${chromiumInstallCommand}`;
  const ci = process.env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') {
    throw new Error(`CI must not skip them: ${message}`);
  }
  console.warn(`SKIPPED: ${message}`);
  return false;
}

/** Bounded polling for what a page shows: every 50 ms, for at most 10 s (a loaded CI machine is slow). */
export const polling = { timeout: 10_000, interval: 50 };

/** Starts the installed chromium, headless (playwright-core downloads no browser). */
export function launchChromium(): Promise<Browser> {
  // Root in a container has no user namespace for chromium's sandbox.
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
}

/**
 * A new page that gives up waiting after 10 s (within vitest's test timeout, so a failure says what
 * it waited for), and everything it reports as an error: console errors and uncaught exceptions.
 */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { page, errors };
}

/** Signs in on the dashboard at `url` with `adminKey`, and waits for the dashboard to show. */
export async function signIn(page: Page, url: string, adminKey: string): Promise<void> {
  await page.goto(url);
  await page.fill('#admin-key', adminKey);
  await page.click('#login-form button[type="submit"]');
  await page.waitForSelector('#dashboard:not([hidden])');
}

/** The text of one figure of a table row, e.g. `tr[data-tenant="alpha"]`'s `requests`. */
export function figure(page: Page, row: string, field: string) {
  return page.locator(`${row} [data-field="${field}"]`);
}
