/**
 * Runs a routine-request form one message at a time: ask for the next missing detail,
 * validate, re-ask, offer a person after repeated failures, read everything back, and only
 * call the back office after a clear "yes".
 */
import { formatDate } from '../dates';
import { fill, normalise } from '../text';
import type { BackOfficeCall, ConnectorResult, ConnectorStatus, FlowDefinition, FormState, Locale, Replies, Reply, ServiceConnector, SlotDefinition } from '../types';
import { validateSlot, validateYesNo } from '../validators';
import { findCorrections } from './corrections';
import { confirmReply, pickCorrectionReply, promptReply, retryOrPersonReply } from './form-replies';

/** What the form runner needs for one turn. */
export interface FormContext {
  flow: FlowDefinition;
  locale: Locale;
  now: Date;
  replies: Replies;
  maxReprompts: number;
  connector: ServiceConnector;
  conversationId?: string;
}

/** What one form step produced; the engine turns it into a TurnResult. */
export type FormTurn =
  | { kind: 'waiting'; form: FormState; replies: Reply[]; rule: string; offerRetry?: boolean }
  | { kind: 'done'; connector: ConnectorStatus; slots: Record<string, string>; replies: Reply[]; rule: string; call?: BackOfficeCall }
  | { kind: 'outage'; slots: Record<string, string>; replies: Reply[]; rule: string; call?: BackOfficeCall };

/** Asks for the first missing slot, or reads back for confirmation when none is missing. */
export function nextStep(form: FormState, ctx: FormContext, lead: Reply[] = []): { form: FormState; replies: Reply[] } {
  const missing = ctx.flow.slots.find((s) => form.slots[s.name] === undefined);
  if (missing) return { form: { ...form, step: { kind: 'slot', slot: missing.name }, retries: 0 }, replies: [...lead, promptReply(missing, ctx.locale)] };
  return { form: { ...form, step: { kind: 'confirm' }, retries: 0 }, replies: [...lead, confirmReply(ctx.flow, form.slots, ctx.locale, ctx.replies)] };
}

/** Starts a form, keeping only prefilled values that validate. */
export function startForm(flowId: string, prefill: Record<string, string>, ctx: FormContext, lead: Reply[] = []): { form: FormState; replies: Reply[] } {
  const slots: Record<string, string> = {};
  for (const slot of ctx.flow.slots) {
    const raw = prefill[slot.name];
    if (raw === undefined) continue;
    const v = validateSlot(slot, raw, ctx);
    if (v.ok) slots[slot.name] = v.value;
  }
  return nextStep({ flowId, slots, step: { kind: 'slot', slot: '' }, retries: 0 }, ctx, lead);
}

/** The prompt the form is currently waiting on, asked again (after help or a language switch). */
export function repeatPrompt(form: FormState, ctx: FormContext): Reply[] {
  const step = form.step;
  if (step.kind === 'pick-correction') return [pickCorrectionReply(ctx.flow, ctx.locale, ctx.replies)];
  const slot = step.kind === 'slot' ? ctx.flow.slots.find((s) => s.name === step.slot) : undefined;
  return slot ? [promptReply(slot, ctx.locale)] : nextStep(form, ctx).replies;
}

/** Fills `{fact}` placeholders: a Welsh variant `fact_cy` wins in Welsh; ISO dates read as words. */
function resultText(flow: FlowDefinition, result: ConnectorResult, locale: Locale): string {
  const facts: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.facts ?? {})) {
    if (k.endsWith('_cy')) continue;
    const value = (locale === 'cy' ? result.facts?.[`${k}_cy`] : undefined) ?? v;
    facts[k] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : value;
  }
  return fill(flow.results[result.status][locale], facts);
}

async function submit(form: FormState, ctx: FormContext): Promise<FormTurn> {
  let result: ConnectorResult;
  try {
    result = await ctx.connector.run(form.flowId, form.slots, ctx.conversationId ? { conversationId: ctx.conversationId } : {});
  } catch {
    // A thrown connector is an outage as far as the citizen is concerned.
    result = { status: 'unavailable' };
  }
  const text = resultText(ctx.flow, result, ctx.locale);
  const call = result.call ? { call: result.call } : {};
  if (result.status === 'unavailable') return { kind: 'outage', slots: form.slots, replies: [{ text }], rule: 'form:outage', ...call };
  return { kind: 'done', connector: result.status, slots: form.slots, replies: [{ text }], rule: `form:result-${result.status}`, ...call };
}

/** One invalid answer more: re-ask, or offer a person once the limit is reached. */
function invalid(form: FormState, ctx: FormContext, again: Reply[]): FormTurn {
  const retries = form.retries + 1;
  if (retries >= ctx.maxReprompts) {
    return { kind: 'waiting', form: { ...form, retries }, replies: [retryOrPersonReply(ctx.locale, ctx.replies)], rule: 'form:reprompt-limit', offerRetry: true };
  }
  return { kind: 'waiting', form: { ...form, retries }, replies: again, rule: form.step.kind === 'slot' ? 'form:slot-invalid' : 'form:unclear' };
}

/**
 * Asked for one slot but given a clear value for another, still-empty one (a postcode when
 * asked for the house number): the value belongs there, not in the slot that was asked.
 */
function findMisfiled(form: FormState, asked: SlotDefinition, text: string, ctx: FormContext): Record<string, string> | undefined {
  const weakAsked = asked.type === 'house' || asked.type === 'text';
  if (!weakAsked && validateSlot(asked, text, ctx).ok) return undefined;
  for (const s of ctx.flow.slots) {
    if (s === asked || form.slots[s.name] !== undefined || s.type === 'house' || s.type === 'text') continue;
    // A house name may contain a colour ("Green Cottage"), and "2" is a list number only for
    // the slot that was asked, so choices are only taken from a clearly wrong answer.
    if (s.type === 'choice' && (weakAsked || /^\d+$/.test(text.trim()))) continue;
    const v = validateSlot(s, text, ctx);
    if (v.ok) return { [s.name]: v.value };
  }
  return undefined;
}

/** Runs one message through the form. */
export async function runForm(form: FormState, text: string, ctx: FormContext): Promise<FormTurn> {
  const { flow, locale } = ctx;
  const current = form.step.kind === 'slot' ? form.step.slot : undefined;

  // Corrections first: "no, the postcode is ..." must not be read as a bare "no".
  const changes = findCorrections(flow, text, ctx);
  const others = Object.keys(changes).filter((k) => k !== current && changes[k] !== form.slots[k]);
  if (others.length > 0) {
    const slots = { ...form.slots, ...changes };
    const next = nextStep({ ...form, slots }, ctx, [{ text: ctx.replies.updated[locale] }]);
    return { kind: 'waiting', ...next, rule: 'form:correction' };
  }

  if (form.step.kind === 'confirm') {
    const yn = validateYesNo(text);
    if (yn.ok && yn.value === 'yes') return submit(form, ctx);
    if (yn.ok && yn.value === 'no') {
      return { kind: 'waiting', form: { ...form, step: { kind: 'pick-correction' }, retries: 0 }, replies: [pickCorrectionReply(flow, locale, ctx.replies)], rule: 'form:pick-correction' };
    }
    return invalid(form, ctx, [confirmReply(flow, form.slots, locale, ctx.replies)]);
  }

  if (form.step.kind === 'pick-correction') {
    const n = normalise(text);
    const slot = flow.slots.find((s, i) => [s.name, s.label.en, s.label.cy, ...s.aliases.en, ...s.aliases.cy, String(i + 1)].some((t) => normalise(t) === n));
    if (slot) return { kind: 'waiting', form: { ...form, step: { kind: 'slot', slot: slot.name }, retries: 0 }, replies: [promptReply(slot, locale)], rule: 'form:correct-slot' };
    return invalid(form, ctx, [pickCorrectionReply(flow, locale, ctx.replies)]);
  }

  const slot = flow.slots.find((s) => s.name === current);
  if (!slot) return { kind: 'waiting', ...nextStep(form, ctx), rule: 'form:resume' };

  const misfiled = findMisfiled(form, slot, text, ctx);
  if (misfiled) {
    const next = nextStep({ ...form, slots: { ...form.slots, ...misfiled } }, ctx);
    return { kind: 'waiting', ...next, rule: 'form:misfiled' };
  }

  const v = validateSlot(slot, text, ctx);
  if (v.ok) {
    const next = nextStep({ ...form, slots: { ...form.slots, ...changes, [slot.name]: v.value } }, ctx);
    return { kind: 'waiting', ...next, rule: 'form:slot-filled' };
  }
  return invalid(form, ctx, [{ text: slot.invalid[locale] }, promptReply(slot, locale)]);
}
