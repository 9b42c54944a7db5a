/**
 * The live-figures part of the transparency record, as Markdown. Every number goes through
 * one of the formatters here, which turn a suppressed cell, or any count from fewer than the
 * report's minimum cell, into "fewer than N": a public record must never single anyone out.
 */
import type { Cell, FairnessFlag, GroupFigures, OversightReport } from './report-types';

/** Formatters bound to one report's minimum cell size. */
export interface Formats {
  count(n: number): string;
  share(cell: Cell<number>): string;
  duration(cell: Cell<number>): string;
  decimal(cell: Cell<number>, digits?: number): string;
  gbp(cell: Cell<number>): string;
}

/** Formatters that suppress anything below `minCell`. */
export function formats(minCell: number): Formats {
  const fewer = `fewer than ${minCell}`;
  const withheld = (cell: Cell<number>, show: (value: number) => string) => (cell.suppressed ? `${fewer} (withheld)` : show(cell.value));
  return {
    count: (n) => (n > 0 && n < minCell ? fewer : n.toLocaleString('en-GB')),
    share: (cell) => withheld(cell, (v) => `${(v * 100).toFixed(1)}%`),
    duration: (cell) => withheld(cell, duration),
    decimal: (cell, digits = 1) => withheld(cell, (v) => v.toFixed(digits)),
    gbp: (cell) => withheld(cell, (v) => `£${v.toFixed(v < 0.1 ? 4 : 2)}`),
  };
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "1 minute 35 seconds": waits are read by people, not parsed. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return plural(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes >= 120) return `${plural(Math.floor(minutes / 60), 'hour')} ${plural(minutes % 60, 'minute')}`;
  return seconds % 60 ? `${plural(minutes, 'minute')} ${plural(seconds % 60, 'second')}` : plural(minutes, 'minute');
}

/** Markdown table cells may not hold a pipe or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

const GROUP_NAMES: Record<string, string> = { en: 'English', cy: 'Welsh', sms: 'SMS', teams: 'Microsoft Teams', web: 'Web chat', all: 'All' };

/** A readable name for a group key (language, channel or flow id). */
export function groupName(key: string): string {
  return GROUP_NAMES[key] ?? key;
}

function outcomeRows(groups: GroupFigures[], f: Formats): string[][] {
  return groups.map((g) => [
    groupName(g.key),
    f.count(g.conversations),
    f.share(g.resolvedShare),
    f.share(g.handedOverShare),
    f.share(g.abandonedShare),
    g.satisfactionMean.suppressed ? f.decimal(g.satisfactionMean) : `${f.decimal(g.satisfactionMean)} (${f.count(g.satisfactionResponses)} answers)`,
  ]);
}

const OUTCOME_HEAD = ['Group', 'Conversations', 'Resolved by the assistant', 'Handed to a person', 'Abandoned', 'Satisfaction (1–5)'];

/** Counts by kind, biggest first; a withheld cell becomes one line. */
function countsTable(title: string, counts: Cell<Record<string, number | null>>, f: Formats, empty: string): string[] {
  if (counts.suppressed) return [`${title}: ${f.count(1)} conversations behind these figures, so they are withheld.`];
  const entries = Object.entries(counts.value).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  if (entries.length === 0) return [empty];
  // A withheld count (null) is 1 to minCell − 1, and f.count(1) reads "fewer than N".
  return table([title, 'Count'], entries.map(([kind, n]) => [kind, f.count(n ?? 1)]));
}

/** The "live figures" section of the record. */
export function renderFigures(report: OversightReport): string[] {
  const f = formats(report.minCell);
  const o = report.overall;
  const lines: string[] = [
    `Figures for ${report.window.from} to ${report.window.to}, computed from the audit trail (never from message text) on ${report.generatedAt}. Any figure from fewer than ${report.minCell} conversations is withheld and shown as "fewer than ${report.minCell}".`,
    '',
    ...table(['Measure', 'Value'], [
      ['Conversations', f.count(o.conversations)],
      ['Resolved by the assistant', f.share(o.resolvedShare)],
      ['Handed to a person', f.share(o.handedOverShare)],
      ['Abandoned', f.share(o.abandonedShare)],
      ['Time for a person to pick up a handover, median (p50)', f.duration(o.claimWaitP50Ms)],
      ['Time for a person to pick up a handover, 9 in 10 within (p90)', f.duration(o.claimWaitP90Ms)],
      ['Model calls per conversation', f.decimal(o.modelCallsPerConversation, 2)],
      ['Model tokens per conversation', f.decimal(o.tokensPerConversation, 0)],
      ['Estimated model cost per conversation', f.gbp(o.costPerConversationGbp)],
      ['Satisfaction, mean of 1–5 answers', f.decimal(o.satisfactionMean)],
      ['People who answered the satisfaction question', f.count(o.satisfactionResponses)],
    ]),
    '',
    '#### Why people were handed to a person',
    '',
    ...countsTable('Reason', o.handoverReasons, f, 'No conversation was handed to a person.'),
    '',
    '#### Safety checks that fired',
    '',
    ...countsTable('Check', o.guardrails, f, 'No safety check fired.'),
    '',
    '#### By language',
    '',
    ...table(OUTCOME_HEAD, outcomeRows(report.byLocale, f)),
    '',
    '#### By channel',
    '',
    ...table(OUTCOME_HEAD, outcomeRows(report.byChannel, f)),
    '',
    ...renderFairness(report, f),
    '',
    ...renderDemand(report),
  ];
  return lines;
}

function renderFairness(report: OversightReport, f: Formats): string[] {
  const margin = `${+(report.fairness.margin * 100).toFixed(1)} percentage points`;
  const flags = report.fairness.dimensions.flatMap((d) => d.flags);
  const scoreMargin = (report.fairness.margin * 4).toFixed(1);
  const lines = [
    '#### Fairness',
    '',
    `Each language and each channel is compared with all the others. A difference of more than ${margin} in the share resolved or handed over, or of more than ${scoreMargin} points in satisfaction (on the 1–5 scale), is flagged.`,
    '',
  ];
  if (flags.length === 0) return [...lines, 'No group differed from the rest by more than the margin in this period.'];
  return [
    ...lines,
    ...table(
      ['Group', 'Measure', 'Group value', 'Everyone else', 'Difference', 'Conversations (group / everyone else)'],
      flags.map((flag) => [
        groupName(flag.group),
        flag.measure,
        ...flagValues(flag),
        `${f.count(flag.groupConversations)} / ${f.count(flag.restConversations)}`,
      ]),
    ),
  ];
}

/** Group value, everyone else's and the difference: satisfaction in points on the 1–5 scale, the rest as shares. */
function flagValues(flag: FairnessFlag): string[] {
  const sign = flag.difference > 0 ? '+' : '';
  if (flag.measure === 'satisfactionMean') return [flag.groupValue.toFixed(1), flag.restValue.toFixed(1), `${sign}${flag.difference.toFixed(2)} points`];
  return [`${(flag.groupValue * 100).toFixed(1)}%`, `${(flag.restValue * 100).toFixed(1)}%`, `${sign}${(flag.difference * 100).toFixed(1)} points`];
}

function renderDemand(report: OversightReport): string[] {
  const { demand } = report;
  const rows = demand.topics.map((t) => [
    groupName(t.topic),
    String(t.forecast.reduce((sum, day) => sum + day.count, 0).toFixed(0)),
    t.recentError ? `${t.recentError.methodMae.toFixed(1)} (over ${t.recentError.weeks} weeks)` : 'not enough history',
    t.recentError ? t.recentError.baselineMae.toFixed(1) : '—',
  ]);
  return [
    '#### Demand forecast',
    '',
    `Conversations per topic are forecast for the next 7 days with ${demand.method}, compared with ${demand.baseline}. The error is the mean number of conversations a day the forecast was out by, tested on recent weeks.`,
    '',
    ...(rows.length ? table(['Topic', 'Forecast, next 7 days', 'Forecast error per day', 'Baseline error per day'], rows) : ['No topic had enough conversations to forecast.']),
  ];
}
