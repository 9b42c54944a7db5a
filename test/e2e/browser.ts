/**
 * The real browser for the e2e tests: Debian's chromium through playwright-core. Without it the
 * tests are skipped with one visible line, unless REQUIRE_BROWSER=1 (as in .ci/run) makes that a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_BROWSER = fs.existsSync(CHROMIUM_PATH);
const REQUIRE_BROWSER = process.env.REQUIRE_BROWSER === '1';
if (!HAVE_BROWSER && !REQUIRE_BROWSER) {
  // One plain line (console.log would add a stack trace): skipping must be visible, never silent.
  process.stdout.write(`browser tests skipped: chromium not found at ${CHROMIUM_PATH} (.ci/run installs it)\n`);
}

/** `describe` when a browser is there (or required), else `describe.skip`. */
export const describeInBrowser = HAVE_BROWSER || REQUIRE_BROWSER ? describe : describe.skip;

/** How long one step in the page may take. */
export const STEP_TIMEOUT_MS = 10_000;

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A started browser, and how to close it and remove its profile. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts chromium with a fresh profile directory; throws with how to install it when it is missing. */
export async function launchBrowser(options: { acceptDownloads?: boolean } = {}): Promise<TestBrowser> {
  if (!HAVE_BROWSER) {
    throw new Error(
      `REQUIRE_BROWSER=1 but chromium was not found at ${CHROMIUM_PATH}. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does) or point CHROMIUM_PATH at it.',
    );
  }
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-chromium-'));
  // A persistent context is how playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 30_000, ...options });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in on the sandbox identity provider's page when the browser was sent there (the first
 * console page of a browser profile), as `person`; returns once back on the service's page.
 */
export async function signInIfAsked(page: import('playwright-core').Page, person: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/sandbox-idp/')) return;
  await page.getByRole('button', { name: `Sign in as ${person}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sandbox-idp') && !url.pathname.startsWith('/auth/'));
}
