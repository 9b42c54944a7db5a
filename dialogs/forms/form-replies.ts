/**
 * What a form says: the prompt for a slot, the confirmation read-back and the "which detail"
 * question. Values are shown the way a person reads them (dates in words, choice labels).
 */
import { formatDate } from '../dates';
import type { FlowDefinition, Locale, Replies, Reply, SlotDefinition } from '../types';
import { fill } from '../text';

/** A slot value as a person reads it: "Tuesday 3 March 2026", "Recycling (blue bin)". */
export function displayValue(slot: SlotDefinition, value: string, locale: Locale): string {
  if (slot.type === 'date') return formatDate(value, locale);
  if (slot.type === 'choice') return slot.choices?.find((c) => c.value === value)?.label[locale] ?? value;
  return value;
}

/** The question for one slot; choice slots carry their options as buttons. */
export function promptReply(slot: SlotDefinition, locale: Locale): Reply {
  const reply: Reply = { text: slot.prompt[locale], prompt: true };
  if (slot.type === 'choice' && slot.choices) reply.choices = slot.choices.map((c) => ({ value: c.value, label: c.label[locale] }));
  return reply;
}

/** The read-back of every detail with a yes/no question. */
export function confirmReply(flow: FlowDefinition, slots: Record<string, string>, locale: Locale, replies: Replies): Reply {
  const shown: Record<string, string> = {};
  const lines = flow.slots.map((s) => {
    shown[s.name] = displayValue(s, slots[s.name] ?? '', locale);
    return `${s.label[locale]}: ${shown[s.name]}`;
  });
  return {
    text: `${lines.join('\n')}\n${fill(flow.confirm[locale], shown)}`,
    choices: [{ value: 'yes', label: replies.yes[locale] }, { value: 'no', label: replies.no[locale] }],
    prompt: true,
  };
}

/** "Which detail do you want to change?" with one choice per slot. */
export function pickCorrectionReply(flow: FlowDefinition, locale: Locale, replies: Replies): Reply {
  return {
    text: replies.pickCorrection[locale],
    choices: flow.slots.map((s) => ({ value: s.name, label: s.label[locale] })),
    prompt: true,
  };
}

/** "Talk to a person" / "Try again" after too many invalid answers. */
export function retryOrPersonReply(locale: Locale, replies: Replies): Reply {
  return {
    text: replies.repromptLimit[locale],
    choices: [{ value: 'person', label: replies.talkToPerson[locale] }, { value: 'retry', label: replies.tryAgain[locale] }],
    prompt: true,
  };
}

/** A yes/no offer of a person. */
export function offerPersonReply(text: string, locale: Locale, replies: Replies): Reply {
  return { text, choices: [{ value: 'yes', label: replies.yes[locale] }, { value: 'no', label: replies.no[locale] }], prompt: true };
}
