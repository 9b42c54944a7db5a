/**
 * The note a person at the desk reads before they pick up a conversation: why it came to
 * them, what the citizen asked, what the bot already did, and the details collected (by
 * name, with values, so nobody asks twice). Always in English, the desk's language.
 */
import type { DialogState, FlowDefinition, HandoffReason, RiskKind } from './types';

/** What each kind of risk means for the person picking the conversation up. */
const RISK: Record<RiskKind, string> = {
  suicide: 'Kind of risk: thoughts of suicide. Signposted to Samaritans and emergency services.',
  danger: 'Kind of risk: immediate danger to life (for example an overdose). Told to call emergency services now.',
  'self-harm': 'Kind of risk: self-harm. Signposted to emergency services, NHS 111 and Samaritans.',
  abuse: 'Kind of risk: domestic abuse. Signposted to emergency services, the National Domestic Abuse Helpline and Live Fear Free.',
  child: "Kind of risk: a child may be at risk. Signposted to emergency services, the NSPCC and children's services.",
  homeless: 'Kind of risk: homeless tonight. Signposted to the out-of-hours housing line.',
};

const REASONS: Record<HandoffReason, string> = {
  requested: 'The citizen asked for a person.',
  complaint: 'The citizen wants to make a complaint.',
  crisis: 'URGENT: the citizen sent a message that suggests someone may be at risk. They were shown where to get help now.',
  unsure: 'The bot did not understand the citizen several times in a row.',
  'repeated-failure': 'The citizen could not give a valid answer after several tries.',
  'no-answer': 'The bot had no answer to the question.',
  outage: 'The back-office system was unavailable, so the request could not be completed.',
};

/** What the summary is built from. */
export interface SummaryInput {
  reason: HandoffReason;
  state: DialogState;
  flow?: FlowDefinition;
  /** The message of this turn. */
  text: string;
  /** Anything else the agent should know ("the citizen confirmed; submitting failed"). */
  note?: string;
  /** The kind of risk behind a crisis handoff. */
  riskKind?: RiskKind;
}

const clip = (s: string): string => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

/** A short plain-text handoff summary for the agent. */
export function handoffSummary(input: SummaryInput): string {
  const { state, flow } = input;
  const lines = [REASONS[input.reason]];
  if (input.riskKind) lines.push(RISK[input.riskKind]);
  if (state.request !== undefined && state.request !== input.text) lines.push(`They first asked: "${clip(state.request)}"`);
  lines.push(`Last message: "${clip(input.text)}"`);
  if (flow && state.form) {
    const filled = flow.slots.filter((s) => state.form?.slots[s.name] !== undefined);
    const step = state.form.step.kind === 'slot' ? `asking for ${state.form.step.slot}` : state.form.step.kind === 'confirm' ? 'waiting for confirmation' : 'choosing a detail to change';
    lines.push(`Bot was helping with: ${flow.title.en} (${flow.id}), ${step}. Nothing was submitted.`);
    lines.push(filled.length > 0 ? `Details collected: ${filled.map((s) => `${s.name} = ${state.form?.slots[s.name]}`).join('; ')}` : 'Details collected: none yet');
  } else {
    lines.push('Bot was not in the middle of a request.');
  }
  if (input.note !== undefined) lines.push(input.note);
  lines.push(`Language: ${state.locale === 'cy' ? 'Welsh' : 'English'}.`);
  return lines.join('\n');
}
