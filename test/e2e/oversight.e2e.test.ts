/**
 * The oversight page in a real browser (Debian's chromium through playwright-core) against the
 * whole service and its admin API: it asks for the token, shows each chart with a captioned
 * table beside it holding the API's own figures, writes withheld cells as "fewer than N", works
 * at 320 px and from the keyboard, and downloads the CSV with the token.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { GroupFigures, OversightReport } from '../../bots/oversight/report-types';
import { describeInBrowser, launchBrowser, signInIfAsked, STEP_TIMEOUT_MS, type TestBrowser } from './browser';
import { startOversightTarget, type OversightTarget } from './oversight-target';


const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const NAMES: Record<string, string> = { en: 'English', cy: 'Welsh', sms: 'SMS', teams: 'Microsoft Teams', web: 'Web chat' };

/** The rows of a table found by its caption, as header cell + data cells. */
async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children).map((c) => c.textContent?.trim() ?? '')));
}

/** What the page must show for a group's outcome shares: the figure, or "fewer than N". */
function expectedOutcomeRow(g: GroupFigures, minCell: number, name: string): string[] {
  const show = (cell: GroupFigures['resolvedShare']) => (cell.suppressed ? `fewer than ${minCell}` : pct(cell.value));
  const conversations = g.conversations > 0 && g.conversations < minCell ? `fewer than ${minCell}` : g.conversations.toLocaleString('en-GB');
  return [name, conversations, show(g.resolvedShare), show(g.handedOverShare), show(g.abandonedShare)];
}

describeInBrowser('the oversight page in a real browser', () => {
  let target: OversightTarget | undefined;
  let browser: TestBrowser | undefined;
  let report: OversightReport;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser({ acceptDownloads: true });
    target = await startOversightTarget();
    report = await target.report();
    // The seeded history must give the page something to prove: flags, and withheld cells.
    expect(report.fairness.dimensions.flatMap((d) => d.flags).length).toBeGreaterThan(0);
    expect(JSON.stringify(report)).toContain('"suppressed":true');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await target?.stop();
  });

  afterEach(() => {
    // Page errors and console errors (a CSP violation is one) fail the test that caused them.
    expect(problems.splice(0)).toEqual([]);
  });

  async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser!.context.newPage();
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Refusals (no token yet, or a wrong one) are expected answers here, not page errors.
      if (message.type() === 'error' && !/40[13] \((Unauthorized|Forbidden)\)/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${target!.baseUrl}/console/oversight`);
    // An agent without the admin role: the page still asks for the admin token.
    await signInIfAsked(page, 'Alex Morgan');
    await page.getByLabel('Admin token').waitFor();
    return page;
  }

  /** Signs in from the keyboard only: tab to the field, type, press Enter. */
  async function signIn(page: Page, token = target!.token): Promise<void> {
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // header link to the console
    await page.keyboard.press('Tab');
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
  }

  test('a wrong token is refused, and nothing is shown', async () => {
    const page = await openPage();
    await expect(page.getByLabel('Admin token').isVisible()).resolves.toBe(true);
    await signIn(page, 'not-the-token-not-the-token');
    await page.getByRole('alert').getByText('That admin token was not accepted').waitFor();
    await expect(page.locator('#figures').isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => window.sessionStorage.length)).resolves.toBe(0);
    await page.close();
  });

  test('shows every chart with a captioned table beside it, holding the API figures', async () => {
    const page = await openPage();
    await signIn(page);
    await page.getByRole('status').getByText('Figures loaded.').waitFor();
    // Focus moves to the figures, so a keyboard user lands on them.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('figures-heading');

    // The token is kept for this tab only.
    await expect(page.evaluate(() => [window.sessionStorage.length, window.localStorage.length])).resolves.toEqual([1, 0]);

    // Each chart is an image with a description, and sits beside a real table.
    const pairs = await page.locator('.chart-pair').evaluateAll((nodes) =>
      nodes.map((n) => ({
        label: n.querySelector('canvas')?.getAttribute('aria-label') ?? '',
        role: n.querySelector('canvas')?.getAttribute('role'),
        caption: n.querySelector('table caption')?.textContent ?? '',
        colHeads: n.querySelectorAll('thead th[scope="col"]').length,
        rowHeads: n.querySelectorAll('tbody th[scope="row"]').length,
        rows: n.querySelectorAll('tbody tr').length,
      })),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    for (const pair of pairs) {
      expect(pair).toEqual(expect.objectContaining({ role: 'img', label: expect.stringMatching(/table beside it/) }));
      expect(pair.caption.length).toBeGreaterThan(0);
      expect(pair.colHeads).toBeGreaterThanOrEqual(2);
      expect(pair.rowHeads).toBe(pair.rows);
    }
    // The canvases really drew something.
    const drawn = await page.locator('canvas').evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).width > 0 && (c as HTMLCanvasElement).toDataURL().length > 2000));
    expect(drawn.every(Boolean)).toBe(true);

    // Outcomes by channel and by language: the same figures the API gave.
    expect(await tableRows(page, 'How conversations ended by channel')).toEqual(report.byChannel.map((g) => expectedOutcomeRow(g, report.minCell, NAMES[g.key] ?? g.key)));
    expect(await tableRows(page, 'How conversations ended by language')).toEqual(report.byLocale.map((g) => expectedOutcomeRow(g, report.minCell, NAMES[g.key] ?? g.key)));

    // Fairness side by side, with each flag and the counts behind it.
    for (const dimension of report.fairness.dimensions) {
      const caption = dimension.dimension === 'locale' ? 'Fairness by language' : 'Fairness by channel';
      const rows = await tableRows(page, caption);
      expect(rows.map((r) => r[0])).toEqual(dimension.groups.map((g) => NAMES[g.key] ?? g.key));
      for (const flag of dimension.flags) {
        const row = rows.find((r) => r[0] === (NAMES[flag.group] ?? flag.group))!;
        const counts = `${flag.groupConversations.toLocaleString('en-GB')} against ${flag.restConversations.toLocaleString('en-GB')} conversations`;
        expect(row[row.length - 1]).toContain(counts);
        expect(await page.getByRole('listitem').filter({ hasText: `Flagged – ${NAMES[flag.group] ?? flag.group}:` }).filter({ hasText: counts }).count()).toBeGreaterThan(0);
      }
    }

    // Demand: each topic's forecast beside its recent error and the baseline's.
    const demand = await tableRows(page, 'Forecast and its recent error, by topic');
    expect(demand.length).toBe(report.demand.topics.length);
    report.demand.topics.forEach((t, i) => {
      const total = t.forecast.reduce((sum, d) => sum + d.count, 0).toFixed(0);
      expect(demand[i]![1]).toBe(total);
      if (t.recentError) expect(demand[i]![2]).toBe(`${t.recentError.methodMae.toFixed(1)} over ${t.recentError.weeks} weeks`);
    });

    // Withheld cells read "fewer than N", never 0.
    const withheld = await page.locator('td.withheld, th.withheld').allTextContents();
    for (const text of withheld) expect(text).toBe(`fewer than ${report.minCell}`);
    await page.close();
  });

  test('works 320 px wide: nothing wider than the screen, tables scroll in their own box', async () => {
    const page = await openPage({ width: 320, height: 640 });
    await signIn(page);
    await page.getByRole('status').getByText('Figures loaded.').waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    // A table region takes focus so its overflow can be scrolled with the arrow keys.
    const region = page.getByRole('region', { name: 'Fairness by language' });
    await region.focus();
    await expect(region.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('changes the period, downloads that period as CSV with the token, and forgets the token on request', async () => {
    const page = await openPage();
    await signIn(page);
    await page.getByRole('status').getByText('Figures loaded.').waitFor();
    const to = report.window.to;
    const from = report.byDay[report.byDay.length - 7]!.key;
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByLabel('To', { exact: true }).fill(to);
    await page.getByRole('button', { name: 'Update' }).click();
    await page.locator('#window').getByText(`From ${from} to ${to}.`).waitFor();
    expect(await tableRows(page, 'How conversations ended by day')).toHaveLength(7);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download all figures as CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(await target!.csv(`?from=${from}&to=${to}`));
    expect(csv.length).toBeGreaterThan(100);

    await page.getByRole('button', { name: 'Forget the token' }).click();
    await expect(page.evaluate(() => window.sessionStorage.length)).resolves.toBe(0);
    await expect(page.getByLabel('Admin token').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.close();
  });
});
