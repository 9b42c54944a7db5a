/**
 * The oversight figures as CSV (RFC 4180): one row per group per dimension, for a
 * spreadsheet. A CSV travels further than the API (it gets emailed), so every withheld cell,
 * and every count from 1 to minCell − 1, reads "suppressed" rather than a number.
 */
import type { Cell, FairnessFlag, GroupFigures, OversightReport } from './report-types';

/** The text written in place of a withheld figure. */
export const SUPPRESSED_TEXT = 'suppressed';

type Value = string | number;

/** One field, quoted when it must be; text that a spreadsheet would run as a formula is defused. */
function field(value: Value): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly Value[])[]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

const FIXED_COLUMNS = [
  'dimension',
  'group',
  'conversations',
  'resolved_share',
  'handed_over_share',
  'abandoned_share',
  'claim_wait_p50_ms',
  'claim_wait_p90_ms',
  'model_calls_per_conversation',
  'tokens_per_conversation',
  'cost_per_conversation_gbp',
  'satisfaction_mean',
  'satisfaction_responses',
] as const;

/** The group tables of a report as CSV, with a column per handover reason and guardrail kind, and the fairness flags. */
export function oversightCsv(report: OversightReport): string {
  const count = (n: number): Value => (n > 0 && n < report.minCell ? SUPPRESSED_TEXT : n);
  const value = (c: Cell<number>): Value => (c.suppressed ? SUPPRESSED_TEXT : c.value);
  const tables: [string, GroupFigures[]][] = [
    ['overall', [report.overall]],
    ['channel', report.byChannel],
    ['locale', report.byLocale],
    ['flow', report.byFlow],
    ['day', report.byDay],
  ];
  const all = tables.flatMap(([, groups]) => groups);
  const keysOf = (pick: (g: GroupFigures) => Cell<Record<string, number | null>>) => [...new Set(all.flatMap((g) => Object.keys(pick(g).value ?? {})))].sort();
  const reasons = keysOf((g) => g.handoverReasons);
  const guardrails = keysOf((g) => g.guardrails);
  const flags = new Map<string, FairnessFlag[]>();
  for (const d of report.fairness.dimensions) for (const f of d.flags) flags.set(`${d.dimension}:${f.group}`, [...(flags.get(`${d.dimension}:${f.group}`) ?? []), f]);

  const header = [...FIXED_COLUMNS, ...reasons.map((r) => `handed_over_${r}`), ...guardrails.map((g) => `guardrail_${g}`), 'fairness_flags'];
  const rows: Value[][] = [header];
  for (const [dimension, groups] of tables) {
    for (const g of groups) {
      const counts = (cell: Cell<Record<string, number | null>>, keys: string[]) =>
        keys.map((k) => (cell.suppressed || cell.value[k] === null ? SUPPRESSED_TEXT : count(cell.value[k] ?? 0)));
      const flagText = (flags.get(`${dimension}:${g.key}`) ?? []).map((f) => `${f.measure} ${f.difference > 0 ? '+' : ''}${f.difference}`).join('; ');
      rows.push([
        dimension,
        g.key,
        count(g.conversations),
        value(g.resolvedShare),
        value(g.handedOverShare),
        value(g.abandonedShare),
        value(g.claimWaitP50Ms),
        value(g.claimWaitP90Ms),
        value(g.modelCallsPerConversation),
        value(g.tokensPerConversation),
        value(g.costPerConversationGbp),
        value(g.satisfactionMean),
        count(g.satisfactionResponses),
        ...counts(g.handoverReasons, reasons),
        ...counts(g.guardrails, guardrails),
        flagText,
      ]);
    }
  }
  return toCsv(rows);
}
