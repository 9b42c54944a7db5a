/**
 * The algorithmic transparency record, in the shape of the UK Algorithmic Transparency
 * Recording Standard (ATRS): a Tier 1 summary for the public, then Tier 2 — owner and
 * responsibility, description and rationale, decision-making and human oversight, the tool's
 * specification, data, risks and mitigations, impact assessments. A pure function of the
 * facts (from settings and the prompt) and an oversight report, so it is tested without a service.
 */
import { groupName, renderFigures } from './transparency-figures';
import type { TransparencyFacts } from './transparency-facts';
import type { OversightReport } from './report-types';

/** What the record is written from. */
export interface TransparencyInput {
  facts: TransparencyFacts;
  report: OversightReport;
}

const CHANNEL_NAMES: Record<string, string> = { web: 'web chat', sms: 'SMS text messages', teams: 'Microsoft Teams (staff)' };

function list(items: string[]): string[] {
  return items.map((item) => `- ${item}`);
}

function modelSentence(facts: TransparencyFacts): string {
  const { model } = facts;
  if (!model.provider) {
    return `No language model is switched on in this deployment: every message is understood by the offline matcher, a set of fixed rules and example phrases. When a model is switched on it is ${model.name}, instructed by prompt version ${model.promptVersion}.`;
  }
  return `Messages are understood by ${model.name} through ${model.provider}, instructed by prompt version ${model.promptVersion} (\`${model.promptFile}\`). When the model is slow or unavailable, the offline matcher (fixed rules and example phrases) answers instead.`;
}

/** Renders the record as Markdown. */
export function renderTransparencyRecord(input: TransparencyInput): string {
  const { facts, report } = input;
  const org = facts.organisation;
  const channels = facts.channels.filter((c) => c.on).map((c) => CHANNEL_NAMES[c.channel] ?? c.channel);
  const flows = report.byFlow.map((g) => groupName(g.key));
  const r = facts.retention;
  const lines: string[] = [
    `# Algorithmic transparency record: ${org.toolName}`,
    '',
    `Written in the shape of the UK Algorithmic Transparency Recording Standard. Generated from the service's settings and live figures on ${report.generatedAt}. Prompt version: **${facts.model.promptVersion}**. Model: **${facts.model.provider ? `${facts.model.name} (${facts.model.provider})` : 'none (offline matcher only)'}**.`,
    '',
    '## Tier 1: summary',
    '',
    `- **Name:** ${org.toolName}`,
    `- **Organisation:** ${org.organisation}`,
    `- **Description:** An automated assistant that answers routine questions and requests from the public (for example, reporting a missed bin or checking a council tax balance) by ${channels.join(', ')}, in English and Welsh. It answers only from the council's own published articles and hands everything else to a member of staff. ${modelSentence(facts)}`,
    '- **Why it is used:** so that routine requests get an answer at any time of day, and staff spend their time on the conversations that need a person.',
    '- **Its role in decisions:** it makes no decision about a person\'s entitlement, money or case. It fills in short forms with the person, who confirms before anything is sent, and it hands to a person whenever it is unsure, when asked, or when someone may be at risk.',
    `- **Website:** ${org.website}`,
    `- **Contact:** ${org.contactEmail}`,
    '',
    '## Tier 2',
    '',
    '### 1. Owner and responsibility',
    '',
    ...list([
      `Organisation: ${org.organisation}`,
      `Team: ${org.team}`,
      `Senior responsible owner: ${org.seniorResponsibleOwner}`,
      facts.model.provider
        ? `External supplier: ${facts.model.provider} provides the language model. Messages are sent with personal details replaced by placeholders, and with \`store: false\` so the supplier is asked not to keep them.`
        : 'External supplier: none in this deployment (no language model is switched on).',
    ]),
    '',
    '### 2. Description and rationale',
    '',
    ...list([
      `Detailed description: each message is checked for a crisis signal and for a request for a person first, by fixed rules. Otherwise it is understood (${facts.model.provider ? 'by the model, with the offline matcher as a fallback' : 'by the offline matcher'}) as a routine request, a question, or something the assistant cannot help with. Routine requests are short forms; questions are answered from the council's articles, with a link to the article.`,
      `Scope: ${flows.length ? `routine requests seen in this period: ${flows.join(', ')}; ` : ''}questions answered from the council's articles; anything else goes to a person.`,
      'Benefit: answers at any hour, shorter queues for the phone line, the same service in Welsh and English.',
      `Previous process: ${org.previousProcess}`,
      `Alternatives considered: ${org.alternatives}`,
    ]),
    '',
    '### 3. Decision-making process and human oversight',
    '',
    ...list([
      'Process integration: the assistant is the first reply on each channel. A routine request it completes goes to the council\'s usual back-office system; nothing happens until the person confirms.',
      'Information provided: the person sees what was understood and confirms it; answers carry a link to the council article they come from.',
      `Human decisions and review: a person is offered when asked for, after ${facts.handoff.maxReprompts} invalid answers to one question, after ${facts.handoff.maxUnsure} messages in a row it did not understand, when no article answers a question, and at once (marked urgent) when a crisis signal is seen. A handed-over conversation is owned by one member of staff; the assistant stays silent until it is handed back. Unclaimed handovers are raised again after ${facts.handoff.slaMinutes} minutes.`,
      'Oversight: every automated decision is recorded (the rule or model, prompt version, confidence and which safety checks fired, never the message text) and the figures below are watched by the owner in the console, side by side for each language and channel.',
      `Required training: ${org.training}`,
      `Appeals and review: ${org.appeals}`,
    ]),
    '',
    '### 4. Tool specification',
    '',
    '#### 4.1 Model',
    '',
    ...list([
      `Model: ${facts.model.name}${facts.model.provider ? ` via ${facts.model.provider}` : ' (not switched on in this deployment)'}`,
      `Prompt version: ${facts.model.promptVersion} (\`${facts.model.promptFile}\`); a change of wording is a new version, recorded with each decision.`,
      'Task: choose one of a fixed set of tools (one per routine request, "answer from an article", "hand to a person", "not understood") and fill in its fields. It has no tool that changes anything.',
      `Limits: each call waits at most ${facts.model.timeoutMs} ms and is retried ${facts.model.maxRetries} time(s); after ${facts.model.breakerThreshold} failed turns in a row the model is paused and the offline matcher answers.`,
      `Cost: estimated from the tokens each call used, at £${facts.model.priceGbpPerMtok.input.toFixed(2)} per million input tokens and £${facts.model.priceGbpPerMtok.output.toFixed(2)} per million output tokens.`,
      'Performance: measured on a labelled set of 320 messages in English and Welsh (`npm run eval`); see the figures below for how conversations end in live use.',
    ]),
    '',
    '#### 4.2 Data used and kept',
    '',
    ...list([
      'Used: the message being answered, with email addresses, phone numbers, card numbers, NHS and National Insurance numbers, dates of birth, postcodes and reference numbers replaced by placeholders before any model sees them; the titles and text of up to four council articles.',
      'Not used: earlier conversations, other people\'s data, the person\'s phone number or account.',
      `Stored in: ${facts.store}.`,
      `Transcripts are kept for ${r.transcripts} days, records of automated decisions and staff actions for ${r.audit} days (they hold no message text), closed handover tickets for ${r.tickets} days, message ids used to avoid duplicates for ${r.inbound} days, and channel details for ${r.channelMemory} days.`,
      'Figures in this record are counts and averages from the decision records only, never from message text.',
    ]),
    '',
    '### 5. Risks, mitigations and impact assessments',
    '',
    '#### 5.1 Risks and mitigations',
    '',
    ...list([
      'Someone in crisis is not helped: crisis signals are found by fixed rules (not the model) before anything else, in English and Welsh; the person gets the help line for their kind of risk (Samaritans, 999, domestic abuse, NSPCC or out-of-hours housing) at once and an urgent handover; an unclear signal is asked about ("are you safe?") with a person offered. No feedback question follows a crisis conversation.',
      'Wrong or made-up answers: answers come only from the council\'s articles; an answer with no article, an unknown link or markup is replaced by an offer of a person.',
      'Personal data reaches the supplier: personal details are redacted to placeholders before the model and put back locally; the supplier is asked not to keep messages.',
      'Prompt injection: attempts are detected and never sent to the model; the offline matcher answers instead.',
      'The model is down: timeouts, retries and a circuit breaker, then the offline matcher; crisis help and "talk to a person" never depend on the model.',
      'Some groups are served worse: outcomes are compared for Welsh and English speakers and for each channel, and a difference over the configured margin is flagged (see Fairness).',
      `Figures single someone out: any figure from fewer than ${report.minCell} conversations is withheld.`,
    ]),
    '',
    '#### 5.2 Impact assessments',
    '',
    ...list(org.impactAssessments.map((a) => `${a.name}: ${a.status}`)),
    '',
    '### 6. Live figures',
    '',
    ...renderFigures(report),
    '',
    '### 7. Contact',
    '',
    `Questions about this record or the assistant: ${org.contactEmail}. To complain about a conversation, use the council's complaints process (${org.website}).`,
    '',
  ];
  return lines.join('\n');
}
