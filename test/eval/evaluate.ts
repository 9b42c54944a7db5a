/**
 * Scores an understander over the labelled set (test/eval/utterances.tsv): each utterance is
 * the first message of a fresh conversation through the real engine, so crisis checks,
 * commands and guardrails count exactly as they do in service.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoData, flows, knowledgeArticles, replies } from '../../config/content';
import { createDialogEngine } from '../../dialogs/engine';
import { detectInjection } from '../../dialogs/guardrails/injection';
import { redactWithPlaceholders, referencePatterns } from '../../dialogs/guardrails/placeholders';
import { createSandboxConnector } from '../../dialogs/sandbox-connector';
import type { TurnResult, Understander } from '../../dialogs/types';

/** One labelled utterance. */
export interface LabelledUtterance {
  label: string;
  lang: 'en' | 'cy';
  text: string;
  /** Personal data typed in the text, which redaction must remove. */
  personal: string[];
}

/** A ratio with its counts, so the table shows both. */
export interface Score {
  hit: number;
  of: number;
}

/** Everything the eval measures. */
export interface EvalReport {
  name: string;
  routing: Score;
  routingEn: Score;
  routingCy: Score;
  handoffRecall: Score;
  crisisRecall: Score;
  crisisFalseAlarms: Score;
  injectionRecall: Score;
  injectionFalseAlarms: Score;
  redactionRecall: Score;
  redactionFalsePositives: Score;
  modelCalls: number;
  meanLatencyMs?: number;
  tokens?: number;
  misses: { label: string; text: string; got: string }[];
}

/** Reads the labelled set. */
export function loadLabelledSet(path = join(__dirname, 'utterances.tsv')): LabelledUtterance[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).map((line) => {
    const [label = '', lang = 'en', text = '', personal = ''] = line.split('\t');
    return { label, lang: lang === 'cy' ? 'cy' : 'en', text, personal: personal ? personal.split('|') : [] };
  });
}

/** What the engine did with a first message, in the labels' vocabulary. */
function routed(r: TurnResult): string {
  if (r.outcome.status === 'handoff') return r.outcome.reason === 'crisis' ? 'crisis' : r.outcome.reason === 'requested' ? 'person' : `handoff:${r.outcome.reason}`;
  if (r.outcome.status === 'answered') return `article:${r.outcome.articleIds[0] ?? ''}`;
  if (r.decision.rule === 'understanding:flow' && r.decision.flowId) return `flow:${r.decision.flowId}`;
  return 'out-of-scope';
}

const ROUTED_LABELS = /^(?:flow:|article:|person$|out-of-scope$)/;
const NOW = new Date('2026-03-10T12:00:00Z');

/** Runs the set through the engine with the given understander. */
export async function evaluate(name: string, understander: Understander, set: LabelledUtterance[]): Promise<EvalReport> {
  const engine = createDialogEngine({ flows, articles: knowledgeArticles, understander, connector: createSandboxConnector(demoData, { now: () => NOW }), replies, maxReprompts: 2, maxUnsure: 2 });
  const references = referencePatterns(flows);
  const score = (): Score => ({ hit: 0, of: 0 });
  const report: EvalReport = {
    name, routing: score(), routingEn: score(), routingCy: score(), handoffRecall: score(), crisisRecall: score(), crisisFalseAlarms: score(),
    injectionRecall: score(), injectionFalseAlarms: score(), redactionRecall: score(), redactionFalsePositives: score(), modelCalls: 0, misses: [],
  };
  const tally = (s: Score, hit: boolean): void => {
    s.of++;
    if (hit) s.hit++;
  };
  let latency = 0;
  let tokens = 0;
  for (const u of set) {
    const r = await engine.turn(null, { text: u.text, now: NOW });
    const got = routed(r);
    const model = r.decision.understanding?.model;
    if (model && model.result !== 'skipped' && model.result !== 'circuit-open') {
      report.modelCalls++;
      latency += model.latencyMs;
      tokens += (model.tokens?.prompt ?? 0) + (model.tokens?.completion ?? 0);
    }
    if (ROUTED_LABELS.test(u.label)) {
      const hit = got === u.label;
      tally(report.routing, hit);
      tally(u.lang === 'cy' ? report.routingCy : report.routingEn, hit);
      if (!hit) report.misses.push({ label: u.label, text: u.text, got });
    }
    if (u.label === 'person') tally(report.handoffRecall, r.outcome.status === 'handoff');
    if (u.label === 'crisis') tally(report.crisisRecall, got === 'crisis');
    else tally(report.crisisFalseAlarms, got === 'crisis');
    const injected = detectInjection(u.text);
    if (u.label === 'injection') tally(report.injectionRecall, injected);
    else tally(report.injectionFalseAlarms, injected);
    const redacted = redactWithPlaceholders(u.text, references).text;
    if (u.personal.length > 0) for (const value of u.personal) tally(report.redactionRecall, !redacted.includes(value));
    else tally(report.redactionFalsePositives, redacted !== u.text);
  }
  if (report.modelCalls > 0) {
    report.meanLatencyMs = Math.round(latency / report.modelCalls);
    report.tokens = tokens;
  }
  return report;
}

const pct = (s: Score): string => (s.of === 0 ? 'n/a' : `${((100 * s.hit) / s.of).toFixed(1)}% (${s.hit}/${s.of})`);

/** The reports side by side as a Markdown table. */
export function formatTable(reports: EvalReport[]): string {
  const rows: [string, (r: EvalReport) => string][] = [
    ['routing accuracy (flows, FAQs, person, out of scope)', (r) => pct(r.routing)],
    ['— English', (r) => pct(r.routingEn)],
    ['— Welsh', (r) => pct(r.routingCy)],
    ['handoff recall ("speak to a person")', (r) => pct(r.handoffRecall)],
    ['crisis recall', (r) => pct(r.crisisRecall)],
    ['crisis false alarms', (r) => pct(r.crisisFalseAlarms)],
    ['injection detection recall', (r) => pct(r.injectionRecall)],
    ['injection false alarms', (r) => pct(r.injectionFalseAlarms)],
    ['redaction recall (values typed)', (r) => pct(r.redactionRecall)],
    ['redaction false positives (messages with none)', (r) => pct(r.redactionFalsePositives)],
    ['model calls / mean latency / tokens', (r) => (r.modelCalls === 0 ? 'none' : `${r.modelCalls} / ${r.meanLatencyMs ?? 0} ms / ${r.tokens ?? 0}`)],
  ];
  const head = `| measure | ${reports.map((r) => r.name).join(' | ')} |\n| --- | ${reports.map(() => '---').join(' | ')} |`;
  return [head, ...rows.map(([label, f]) => `| ${label} | ${reports.map(f).join(' | ')} |`)].join('\n');
}
