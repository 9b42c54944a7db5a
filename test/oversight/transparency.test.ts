/**
 * The transparency record: built from settings, the prompt version and a report, it states
 * the figures it was given, follows the prompt version and model, and never prints a count
 * small enough to single someone out.
 */
import { renderTransparencyRecord } from '../../bots/oversight/transparency';
import { transparencyFacts } from '../../bots/oversight/transparency-facts';
import { loadSettings } from '../../config/settings';
import { understandingPrompt } from '../../config/prompts';
import { fixtureReport } from './transparency-fixture';

const sandbox = loadSettings({});

function record(env: Record<string, string> = {}, version = understandingPrompt.version): string {
  return renderTransparencyRecord({ facts: transparencyFacts(loadSettings(env), { version }), report: fixtureReport() });
}

/** Table rows of the live-figures section, split into trimmed cells. */
function figureRows(markdown: string): string[][] {
  const figures = markdown.slice(markdown.indexOf('### 6. Live figures'), markdown.indexOf('### 7. Contact'));
  return figures
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*---/.test(line))
    .map((line) => line.slice(1, -1).split(' | ').map((c) => c.trim()));
}

describe('the transparency record', () => {
  it('follows the ATRS shape: a Tier 1 summary and the Tier 2 sections', () => {
    const md = record();
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(
      expect.arrayContaining([
        '## Tier 1: summary',
        '### 1. Owner and responsibility',
        '### 2. Description and rationale',
        '### 3. Decision-making process and human oversight',
        '### 4. Tool specification',
        '#### 4.2 Data used and kept',
        '### 5. Risks, mitigations and impact assessments',
        '#### 5.2 Impact assessments',
        '### 6. Live figures',
        '### 7. Contact',
      ]),
    );
  });

  it('changes when the prompt version changes, and names the new prompt file', () => {
    const v1 = record({}, 'understanding.v1');
    const v2 = record({}, 'understanding.v2');
    expect(v1).not.toEqual(v2);
    expect(v1).toContain('Prompt version: **understanding.v1**');
    expect(v2).toContain('Prompt version: **understanding.v2**');
    expect(v2).toContain('`config/prompts/understanding.v2.md`');
    expect(v2).not.toContain('understanding.v1');
  });

  it('uses the prompt version the service really records', () => {
    expect(renderTransparencyRecord({ facts: transparencyFacts(sandbox, understandingPrompt), report: fixtureReport() })).toContain(
      `Prompt version: **${understandingPrompt.version}**`,
    );
  });

  it('says when no model is switched on, and names the model and supplier when one is', () => {
    expect(record()).toContain('Model: **none (offline matcher only)**');
    expect(record()).toContain('External supplier: none');
    const openai = record({ OPENAI_API_KEY: 'sk-test', OPENAI_MODEL: 'gpt-4.1-nano' });
    expect(openai).toContain('Model: **gpt-4.1-nano (OpenAI)**');
    const azure = record({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://council.openai.azure.com', OPENAI_AZURE_API_VERSION: '2024-10-21', OPENAI_AZURE_DEPLOYMENT: 'uk-south-mini' });
    expect(azure).toContain('Model: **uk-south-mini (Azure OpenAI)**');
    expect(azure).not.toContain('sk-test');
  });

  it('states the retention periods, handover rules and token prices from settings', () => {
    const md = record({ RETENTION_TRANSCRIPT_DAYS: '30', RETENTION_AUDIT_DAYS: '400', HANDOFF_SLA_MINUTES: '7', OPENAI_PRICE_INPUT_GBP_PER_MTOK: '0.25', OPENAI_PRICE_OUTPUT_GBP_PER_MTOK: '1.5' });
    expect(md).toContain('at £0.25 per million input tokens and £1.50 per million output tokens');
    expect(md).toContain('Transcripts are kept for 30 days');
    expect(md).toContain('staff actions for 400 days');
    expect(md).toContain('raised again after 7 minutes');
  });

  it('includes the figures it was given', () => {
    const md = record();
    expect(md).toContain('| Conversations | 476 |');
    expect(md).toContain('| Resolved by the assistant | 68.8% |');
    expect(md).toContain('| Handed to a person | 22.1% |');
    expect(md).toContain('| Abandoned | 9.1% |');
    expect(md).toContain('median (p50) | 1 minute 35 seconds |');
    expect(md).toContain('(p90) | 10 minutes 12 seconds |');
    expect(md).toContain('| Estimated model cost per conversation | £0.0031 |');
    expect(md).toContain('| Welsh | 64 | 53.1% | 34.4% |');
    expect(md).toContain('| requested | 27 |');
    expect(md).toContain('| pii:postcode | 41 |');
    // The fairness flag, with the counts behind it.
    expect(md).toContain('| Welsh | resolvedShare | 53.1% | 71.2% | -18.1 points | 64 / 412 |');
    expect(md).toContain('more than 10 percentage points');
    // The forecast beside its error and the baseline's.
    expect(md).toContain('| missed-bin | 98 | 2.4 (over 4 weeks) | 4.9 |');
  });

  it('never prints a count from fewer than the minimum cell, and says "fewer than N" instead', () => {
    const md = record();
    expect(md).toContain('| crisis | fewer than 10 |');
    expect(md).toContain('| Microsoft Teams | fewer than 10 | fewer than 10 (withheld) | fewer than 10 (withheld) |');
    expect(md).toContain('| input:injection | fewer than 10 |');
    for (const row of figureRows(md)) {
      for (const value of row) {
        // A bare whole number is a count: zero, or at least the minimum cell.
        if (!/^\d[\d,]*$/.test(value)) continue;
        const n = Number(value.replace(/,/g, ''));
        expect({ row, small: n > 0 && n < 10 }).toEqual({ row, small: false });
      }
    }
  });

  it('states a satisfaction flag in points on the 1–5 scale, not as a share', () => {
    const report = fixtureReport();
    report.fairness.dimensions[1]!.flags.push({
      dimension: 'channel', group: 'sms', measure: 'satisfactionMean', groupValue: 3.52, restValue: 4.1, difference: -0.58, groupConversations: 171, restConversations: 305,
    });
    const md = renderTransparencyRecord({ facts: transparencyFacts(sandbox, understandingPrompt), report });
    expect(md).toContain('| SMS | satisfactionMean | 3.5 | 4.1 | -0.58 points | 171 / 305 |');
    expect(md).toContain('more than 0.4 points in satisfaction');
  });

  it('withholds a whole breakdown when its cell is suppressed', () => {
    const report = fixtureReport();
    report.overall.handoverReasons = { value: null, suppressed: true };
    const md = renderTransparencyRecord({ facts: transparencyFacts(sandbox, understandingPrompt), report });
    expect(md).toContain('Reason: fewer than 10 conversations behind these figures, so they are withheld.');
    expect(md).not.toContain('| requested |');
  });
});
