/**
 * The dialog engine: one message in, the new state, what to say and why out. The order of
 * checks is the safety design: crisis first, then language and commands (which never depend
 * on understanding), then pending offers, the current form, and only then understanding.
 * Pure given its ports: the clock comes in the input, nothing is random.
 */
import { detectCommand, type Command } from './commands';
import { assessRisk } from './guardrails/risk/assess-risk';
import { readSafetyAnswer } from './guardrails/risk/safety-answer';
import { stripHiddenCharacters } from './guardrails/hidden-characters';
import { checkReplies } from './guardrails/model-output';
import { DEFAULT_FEEDBACK_WINDOW_MS, feedbackQuestion, isClosing, markAsked, mayAsk, readFeedbackAnswer, type FeedbackContent } from './feedback';
import { looksWelsh } from './language';
import type { FormContext } from './forms/form-runner';
import { repeatPrompt, runForm, startForm } from './forms/form-runner';
import { offerPersonReply } from './forms/form-replies';
import { handoffSummary } from './handoff-summary';
import { detectPersonRequest } from './reaching-a-person';
import { answerQuestion } from './knowledge/answer';
import { normalise } from './text';
import type {
  Audience, Decision, DialogState, FeedbackEvent, FlowDefinition, HandoffReason, KnowledgeArticle, Locale, Localised, Replies, Reply,
  RiskKind, RiskSignal, ServiceConnector, TurnInput, TurnOutcome, TurnResult, Understander, Understanding,
} from './types';
import { validateYesNo } from './validators';

/** What the engine is built from; the composition root passes content and ports in. */
export interface DialogEngineDeps {
  flows: FlowDefinition[];
  articles: KnowledgeArticle[];
  understander: Understander;
  connector: ServiceConnector;
  replies: Replies;
  /** Invalid answers to one question before a person is offered. */
  maxReprompts: number;
  /** Messages in a row not understood before a person is offered. */
  maxUnsure: number;
  /** Longest reply a model-informed turn may send (a sanity bound; channels fit their own limits). */
  maxReplyChars?: number;
  /** The end-of-conversation feedback question; without it the engine never asks. */
  feedback?: FeedbackContent;
  /** The question is asked at most once in this long (default two hours). */
  feedbackWindowMs?: number;
}

/** The engine as the pipeline uses it. */
export interface DialogEngine {
  turn(state: DialogState | null, input: TurnInput): Promise<TurnResult>;
  initialState(audience: Audience, locale?: Locale): DialogState;
  /** The feedback question for a conversation an agent just closed, or null when it must not be asked. */
  askFeedback(state: DialogState, input: { now: Date; mayAskFeedback?: boolean }): { state: DialogState; reply: Reply } | null;
}

/** Builds a dialog engine over content and ports. */
export function createDialogEngine(deps: DialogEngineDeps): DialogEngine {
  const { replies } = deps;
  const flowById = (id: string | undefined): FlowDefinition | undefined => deps.flows.find((f) => f.id === id);
  // The only links a reply may carry after a model had a say: the articles' own.
  const allowedUrls = new Set(deps.articles.flatMap((a) => [a.url.en, a.url.cy]));
  const feedbackWindowMs = deps.feedbackWindowMs ?? DEFAULT_FEEDBACK_WINDOW_MS;

  function askFeedback(state: DialogState, input: { now: Date; mayAskFeedback?: boolean }): { state: DialogState; reply: Reply } | null {
    if (!deps.feedback || !mayAsk(state, input, feedbackWindowMs)) return null;
    return { state: markAsked(state, input.now), reply: feedbackQuestion(deps.feedback, state.locale) };
  }

  function initialState(audience: Audience, locale: Locale = 'en'): DialogState {
    return { v: 1, locale, audience, form: null, offer: null, unsureCount: 0, crisis: false };
  }

  async function turn(prior: DialogState | null, input: TurnInput): Promise<TurnResult> {
    let state: DialogState = prior ?? initialState('public', input.locale);
    // A clicked choice works exactly like typing its value.
    const text = (input.choice ?? input.text).trim();
    const guardrails: string[] = [];
    // Every safeguarding check's decision this turn, for the audit (kinds and scores, never text).
    const risk: RiskSignal[] = [];
    const flow = (): FlowDefinition | undefined => flowById(state.form?.flowId);
    const formCtx = (f: FlowDefinition): FormContext => ({ flow: f, locale: state.locale, now: input.now, replies, maxReprompts: deps.maxReprompts, connector: deps.connector, ...(input.conversationId ? { conversationId: input.conversationId } : {}) });
    const inLocale = (l: Localised): string => l[state.locale];
    const say = (key: LocalisedReply): Reply => ({ text: inLocale(replies[key]) });

    const result = (outcome: TurnOutcome, out: Reply[], rule: string, extra: Partial<Decision> = {}): TurnResult => {
      const f = flow();
      const decision: Decision = { rule, guardrails, ...(risk.length > 0 ? { risk } : {}), ...extra };
      if (f && state.form) {
        decision.flowId = f.id;
        decision.filledSlots = Object.keys(state.form.slots);
        decision.step = state.form.step.kind === 'slot' ? `slot:${state.form.step.slot}` : state.form.step.kind;
      }
      return { outcome, state, replies: out, decision };
    };

    /** Hands off: the summary is written from the state before the form is dropped. */
    const handoff = (reason: HandoffReason, out: Reply[], rule: string, extra: Partial<Decision> = {}, note?: string, riskKind?: RiskKind): TurnResult => {
      const summary = handoffSummary({ reason, state, flow: flow(), text: input.text, note, riskKind });
      const r = result({ status: 'handoff', reason, priority: reason === 'crisis' ? 'urgent' : 'normal', summary, ...(riskKind ? { riskKind } : {}) }, out, rule, extra);
      state = { ...state, form: null, offer: null, offerReason: undefined, riskCheck: undefined, unsureCount: 0 };
      return { ...r, state };
    };

    /** Signposting for the kind of risk and an urgent person, whatever else the message asked. */
    const crisisHandoff = (kind: RiskKind, rule: string, extra: Partial<Decision> = {}): TurnResult => {
      guardrails.push(`crisis:${kind}`);
      state = { ...state, crisis: true };
      return handoff('crisis', [{ text: inLocale(replies.signposting[kind]) }], rule, extra, undefined, kind);
    };

    /** An unclear signal: ask kindly, keep any form as it was (the message is not an answer to it). */
    const askIfSafe = (kind: RiskKind, rule: string, extra: Partial<Decision> = {}): TurnResult => {
      guardrails.push(`concern:${kind}`);
      state = { ...state, offer: 'safety-check', riskCheck: kind, concerns: (state.concerns ?? 0) + 1 };
      const check = replies.safetyCheck;
      const question: Reply = {
        text: inLocale(check.question),
        choices: [{ value: 'safe', label: inLocale(check.safe) }, { value: 'not-safe', label: inLocale(check.notSafe) }, { value: 'person', label: inLocale(check.person) }],
        prompt: true,
      };
      return result({ status: 'waiting' }, [question], rule, extra);
    };

    /** What a model-side check raised: a clear kind hands off, an unclear one asks. */
    const fromSignals = (signals: RiskSignal[] | undefined, extra: Partial<Decision>): TurnResult | undefined => {
      if (!signals || signals.length === 0) return undefined;
      risk.push(...signals);
      const clearSignal = signals.find((s) => s.kind !== null && s.level === 'clear');
      if (clearSignal?.kind) return crisisHandoff(clearSignal.kind, `crisis:${clearSignal.source}`, extra);
      const unclearSignal = signals.find((s) => s.kind !== null);
      if (!unclearSignal?.kind) return undefined;
      // As with the local check, a second unclear signal in one conversation goes to a person.
      if ((state.concerns ?? 0) >= 1) return crisisHandoff(unclearSignal.kind, `crisis:${unclearSignal.source}-repeated`, extra);
      return askIfSafe(unclearSignal.kind, `safety:check:${unclearSignal.source}`, extra);
    };

    // (1) Safeguarding, on the raw text, before anything else and whatever the state: a crisis
    // text is never read as a form answer. Hidden characters could split a word ("ki\u200Bll").
    const local = assessRisk(stripHiddenCharacters(input.text).text);
    if (local) {
      // Signposting is read in the person's language: a new conversation takes the channel's, and
      // a message written in Welsh gets Welsh even mid-form (where place names could mislead, this errs to Welsh).
      if (prior === null && input.locale !== undefined) state = { ...state, locale: input.locale };
      if (state.locale === 'en' && (local.welsh === true || looksWelsh(text))) state = { ...state, locale: 'cy' };
      risk.push({ source: 'local', kind: local.kind, score: local.level === 'clear' ? 1 : 0.5, level: local.level, result: 'ok' });
      if (local.level === 'clear') return crisisHandoff(local.kind, 'crisis');
      // A second unclear signal, or one while "are you safe?" is still open, is enough: a person looks.
      if (state.offer === 'safety-check' || (state.concerns ?? 0) >= 1) return crisisHandoff(local.kind, 'crisis:repeated-concern');
      return askIfSafe(local.kind, 'safety:check');
    }

    // (1a) An answer to "are you safe?".
    if (state.offer === 'safety-check') {
      const answered = answerSafetyCheck(text);
      if (answered) return answered;
      state = { ...state, offer: null, riskCheck: undefined };
    }

    // (1b) A reply to the feedback question; anything but a score lets the question lapse.
    if (deps.feedback) {
      const answer = readFeedbackAnswer(state, { text, ...(input.choice ? { choice: input.choice } : {}), now: input.now }, feedbackWindowMs);
      if (answer.kind !== 'none') {
        const thanks: Reply = { text: deps.feedback.thanks[state.locale] };
        if (answer.kind === 'stale') return result({ status: 'idle' }, [thanks], 'feedback:stale');
        state = { ...state, feedback: { ...state.feedback, status: 'answered' } };
        return { ...result({ status: 'idle' }, [thanks], 'feedback:answered'), feedback: { event: 'answered', score: answer.score } };
      }
      if (state.feedback?.status === 'pending') state = { ...state, feedback: { ...state.feedback, status: 'lapsed' } };
    }

    // (2) Language: the channel's word, an explicit switch, or a clearly Welsh message outside a form.
    const command = detectCommand(text);
    // The channel's language sets up a new conversation; after that the person's own choice wins.
    if (prior === null && input.locale !== undefined) state = { ...state, locale: input.locale };
    if (command?.kind === 'language') {
      state = { ...state, locale: command.locale };
      const f = flow();
      const again = f && state.form ? repeatPrompt(state.form, formCtx(f)) : [];
      return result({ status: 'waiting' }, [say('languageSwitched'), ...again], 'command:language');
    }
    if (state.locale === 'en' && !state.form && looksWelsh(text)) {
      state = { ...state, locale: 'cy' };
      guardrails.push('language:auto-cy');
    }

    // (3) Commands that never depend on understanding, and a person asked for anywhere in a message.
    if (command && command.kind !== 'person') return runCommand(command);
    const wantsPerson = detectPersonRequest(text);
    if (wantsPerson?.certainty === 'ask' || command?.kind === 'person') {
      // Typing "person" at an offer of one is taking the offer: keep the offer's reason.
      const reason = wantsPerson?.reason === 'complaint' ? 'complaint' : state.offer === 'person' || state.offer === 'retry-or-person' ? state.offerReason ?? 'requested' : 'requested';
      return handoff(reason, [say('handoff')], wantsPerson?.reason === 'complaint' ? 'command:complaint' : 'command:person');
    }
    if (wantsPerson?.certainty === 'offer' && state.offer === null) {
      state = { ...state, offer: 'person', offerReason: wantsPerson.reason };
      return result({ status: 'waiting' }, [offerPersonReply(inLocale(replies.frustratedOffer), state.locale, replies)], 'offer:person-frustrated');
    }

    // (4) An answer to what was offered last.
    if (state.offer !== null) {
      const offered = answerOffer(text);
      if (offered) return offered;
      state = { ...state, offer: null, offerReason: undefined };
    }

    // (4b) "Thanks", "that's all": the person is done, so this is the moment to ask about an answer they got.
    if (!state.form && deps.feedback && isClosing(text)) {
      const due = state.feedback?.status === 'due';
      const asked = due ? askFeedback(state, input) : null;
      if (asked) state = asked.state;
      const out = [{ text: deps.feedback.closing[state.locale] }, ...(asked ? [asked.reply] : [])];
      return withFeedback(result({ status: 'idle' }, out, 'feedback:closing'), asked);
    }

    // (5) Inside a form.
    const current = flow();
    if (current && state.form) {
      const step = await runForm(state.form, text, formCtx(current));
      if (step.kind === 'waiting') {
        state = { ...state, form: step.form, offer: step.offerRetry ? 'retry-or-person' : null, offerReason: step.offerRetry ? 'repeated-failure' : undefined };
        return result({ status: 'waiting' }, step.replies, step.rule);
      }
      const called = step.call ? { backOffice: step.call } : {};
      if (step.kind === 'outage') {
        return handoff('outage', [...step.replies, say('outage')], step.rule, called, 'The citizen confirmed the details; submitting them failed.');
      }
      const decided = result({ status: 'complete', flowId: current.id, connector: step.connector }, step.replies, step.rule, called);
      const mismatch = step.connector === 'identity-mismatch';
      // Identity mismatch: the result text already offers a person; remember it so "yes" works.
      state = { ...state, form: null, request: undefined, offer: mismatch ? 'person' : null, offerReason: mismatch ? 'requested' : undefined };
      const out = mismatch ? [offerPersonReply(step.replies[0]?.text ?? '', state.locale, replies)] : step.replies;
      // A request done is the end of a conversation: the one moment the question is asked unprompted.
      const asked = step.connector === 'ok' ? askFeedback(state, input) : null;
      if (asked) state = asked.state;
      return withFeedback({ ...decided, state, replies: asked ? [...out, asked.reply] : out }, asked);
    }

    // (6) Understanding.
    return understand(text);

    function runCommand(c: Command): TurnResult {
      const f = flow();
      switch (c.kind) {
        case 'person':
          return handoff('requested', [say('handoff')], 'command:person');
        case 'cancel':
          state = { ...state, form: null, offer: null, offerReason: undefined, request: undefined };
          return result({ status: 'cancelled' }, [say('cancelled')], 'command:cancel', f ? { flowId: f.id } : {});
        case 'start-over':
          state = { ...initialState(state.audience, state.locale), crisis: state.crisis, ...(state.feedback ? { feedback: state.feedback } : {}) };
          return result({ status: 'idle' }, [say('startOver'), say('welcome')], 'command:start-over');
        case 'help': {
          const again = f && state.form ? repeatPrompt(state.form, formCtx(f)) : [];
          return result({ status: 'waiting' }, [say('help'), ...again], 'command:help');
        }
        case 'greeting': {
          const again = f && state.form ? repeatPrompt(state.form, formCtx(f)) : [];
          return result({ status: 'idle' }, [say('welcome'), ...again], 'command:greeting');
        }
        case 'language':
          return result({ status: 'waiting' }, [say('languageSwitched')], 'command:language');
      }
    }

    function answerSafetyCheck(t: string): TurnResult | undefined {
      const kind = state.riskCheck ?? 'suicide';
      const answer = readSafetyAnswer(t);
      if (answer === 'person') return crisisHandoff(kind, 'safety:person');
      if (answer === 'not-safe') return crisisHandoff(kind, 'safety:not-safe');
      if (answer !== 'safe') return undefined;
      state = { ...state, offer: null, riskCheck: undefined };
      const f = flow();
      const again = f && state.form ? repeatPrompt(state.form, formCtx(f)) : [];
      return result({ status: 'waiting' }, [{ text: inLocale(replies.safetyCheck.glad) }, ...again], 'safety:safe');
    }

    function answerOffer(t: string): TurnResult | undefined {
      const n = normalise(t);
      const yn = validateYesNo(t);
      if (state.offer === 'person') {
        if (n === '1' || (yn.ok && yn.value === 'yes')) return handoff(state.offerReason ?? 'requested', [say('handoff')], 'offer:person-accepted');
        if (n === '2' || (yn.ok && yn.value === 'no')) {
          state = { ...state, offer: null, offerReason: undefined, unsureCount: 0 };
          return result({ status: 'idle' }, [say('declined')], 'offer:person-declined');
        }
        return undefined;
      }
      // retry-or-person
      if (n === '1' || n === 'person' || (yn.ok && yn.value === 'yes')) return handoff('repeated-failure', [say('handoff')], 'offer:person-accepted');
      if (n === '2' || n === 'retry' || ['try again', 'again', 'rhoi cynnig arall', 'eto', 'trio eto'].includes(n)) {
        const f = flow();
        state = { ...state, offer: null, offerReason: undefined, form: state.form ? { ...state.form, retries: 0 } : null };
        const again = f && state.form ? repeatPrompt(state.form, formCtx(f)) : [];
        return result({ status: 'waiting' }, again, 'offer:retry');
      }
      // Anything else is taken as another go at the question; the form keeps its retry count.
      return undefined;
    }

    async function understand(t: string): Promise<TurnResult> {
      const r = await understandUnchecked(t);
      if (r.decision.understanding?.source !== 'model') return r;
      // Fail closed: a model-informed reply that fails a check is replaced by the fixed one.
      const problem = checkReplies(r.replies, { allowedUrls, maxChars: deps.maxReplyChars ?? 2000 });
      if (problem === null) return r;
      guardrails.push(`output:${problem}`);
      state = { ...state, form: null, unsureCount: 0, offer: 'person', offerReason: 'no-answer', request: t };
      return result({ status: 'unsure' }, [offerPersonReply(replies.noAnswer[state.locale], state.locale, replies)], 'understanding:output-blocked', { understanding: r.decision.understanding });
    }

    async function understandUnchecked(t: string): Promise<TurnResult> {
      let u: Understanding;
      try {
        u = await deps.understander.understand(t, { locale: state.locale, audience: state.audience });
      } catch {
        guardrails.push('understanding:error');
        u = { kind: 'unsure', confidence: 0, source: 'rules' };
      }
      const extra = { understanding: u };
      if (u.guardrails) guardrails.push(...u.guardrails);
      if (u.language === 'cy' && state.locale === 'en') {
        state = { ...state, locale: 'cy' };
        guardrails.push('language:model-cy');
      }
      // Independent checks beside the model (moderation, the model's concern tool): any one raises the concern.
      const raised = fromSignals(u.risk, extra);
      if (raised) return raised;
      if (u.failClosed) {
        // The model's proposal failed a check: a fixed reply and a person, never a guess.
        state = { ...state, unsureCount: 0, offer: 'person', offerReason: 'unsure', request: state.request ?? t };
        return result({ status: 'unsure' }, [offerPersonReply(replies.noAnswer[state.locale], state.locale, replies)], 'understanding:fail-closed', extra);
      }
      if (u.kind === 'person') return handoff('requested', [say('handoff')], 'understanding:person', extra);

      if (u.kind === 'flow') {
        const f = flowById(u.flowId);
        if (f && f.audiences.includes(state.audience)) {
          state = { ...state, unsureCount: 0, offer: null, request: t };
          const intro: Reply = { text: replies.flowIntro[state.locale].replace('{title}', f.title[state.locale]) };
          const started = startForm(f.id, u.slots, formCtx(f), [intro]);
          state = { ...state, form: started.form };
          return result({ status: 'waiting' }, started.replies, 'understanding:flow', extra);
        }
      }

      if (u.kind === 'question') {
        const answer = answerQuestion(u.articleIds, deps.articles, state.audience, state.locale, replies);
        if (answer) {
          // Not asked after every answer: more questions often follow, so "thanks" brings it (see 4b).
          state = { ...state, unsureCount: 0, offer: null, feedback: { ...state.feedback, status: 'due' } };
          return result({ status: 'answered', articleIds: [answer.articleId] }, [answer.reply], 'knowledge:answer', extra);
        }
        // No source, no answer: say so and offer a person rather than make one up.
        state = { ...state, unsureCount: 0, offer: 'person', offerReason: 'no-answer', request: t };
        return result({ status: 'unsure' }, [offerPersonReply(replies.noAnswer[state.locale], state.locale, replies)], 'knowledge:none', extra);
      }

      const unsureCount = state.unsureCount + 1;
      if (unsureCount >= deps.maxUnsure) {
        state = { ...state, unsureCount, offer: 'person', offerReason: 'unsure', request: state.request ?? t };
        return result({ status: 'unsure' }, [offerPersonReply(replies.unsureLimit[state.locale], state.locale, replies)], 'understanding:unsure-limit', extra);
      }
      state = { ...state, unsureCount, request: state.request ?? t };
      return result({ status: 'unsure' }, [say('unsure')], 'understanding:unsure', extra);
    }
  }

  return { turn, initialState, askFeedback };
}

/** The keys of Replies that hold one text in each language. */
type LocalisedReply = { [K in keyof Replies]: Replies[K] extends Localised ? K : never }[keyof Replies];

/** Adds the audit's "asked" fact to a result when the question went out with it. */
function withFeedback(r: TurnResult, asked: { reply: Reply } | null): TurnResult {
  const event: FeedbackEvent = { event: 'asked' };
  return asked ? { ...r, feedback: event } : r;
}
