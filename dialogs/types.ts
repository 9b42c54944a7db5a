/**
 * The dialog engine's vocabulary: plain JSON state, turn input, the tagged turn outcome,
 * and the ports it depends on (understanding, knowledge, service connector).
 * Nothing here knows about channels, SDKs or storage.
 */

/** The languages the service speaks. */
export type Locale = 'en' | 'cy';

/** A text in both languages. Welsh carries equal weight; `cy` is never left empty. */
export interface Localised {
  en: string;
  cy: string;
}

/** One option offered to the person (a button, or a numbered line on SMS). */
export interface ReplyChoice {
  value: string;
  label: string;
}

/** A reply the engine wants sent. Structurally the same as channels' OutboundMessage. */
export interface Reply {
  text: string;
  choices?: ReplyChoice[];
  card?: { title: string; lines: string[]; links?: { label: string; url: string }[] };
  /** True for a question that a later message in the same batch already answered may replace. */
  prompt?: boolean;
}

/** The kinds of value a form slot can hold; each has a validator in dialogs/validators. */
export type SlotType = 'postcode' | 'date' | 'reference' | 'yes-no' | 'choice' | 'house' | 'text';

/** One field of a routine-request form. */
export interface SlotDefinition {
  name: string;
  type: SlotType;
  /** Words people use for this field in a correction ("no, the post code is ..."). */
  aliases: { en: string[]; cy: string[] };
  prompt: Localised;
  /** Said when the answer did not validate, before the prompt is asked again. */
  invalid: Localised;
  /** For type "choice": the allowed values and their labels. */
  choices?: { value: string; label: Localised; synonyms?: string[] }[];
  /** For type "reference": the pattern a reference must match, e.g. "^CT\\d{8}$". */
  pattern?: string;
  /** How the slot is shown in a confirmation ("postcode: SW1A 1AA"). */
  label: Localised;
  /** For type "date": how far back and forward (in days from today) an answer may be. */
  dateRange?: { pastDays?: number; futureDays?: number };
}

/** A routine request, declared as a form: slots, a confirmation, and a connector call. */
export interface FlowDefinition {
  id: string;
  title: Localised;
  /** Example phrases for the offline matcher, per language. */
  examples: { en: string[]; cy: string[] };
  slots: SlotDefinition[];
  /** Confirmation text with `{slotName}` placeholders. */
  confirm: Localised;
  /** Result texts keyed by connector status, with `{fact}` placeholders. */
  results: Record<ConnectorStatus, Localised>;
  /** Which audience may use this flow. */
  audiences: Audience[];
}

/** Public (citizens) or staff (Teams) content sets. */
export type Audience = 'public' | 'staff';

/** A knowledge article the bot may answer from, with its source link. */
export interface KnowledgeArticle {
  id: string;
  audience: Audience;
  title: Localised;
  /** A short answer written for the chat (two or three sentences). */
  answer: Localised;
  url: Localised;
  keywords: { en: string[]; cy: string[] };
}

/** What the service connector reported for a completed form. */
export type ConnectorStatus = 'ok' | 'not-found' | 'identity-mismatch' | 'unavailable';

/** One call to the council's systems, for the audit: which operation, how it ended, how long it took (no personal data). */
export interface BackOfficeCall {
  operation: string;
  outcome: string;
  ms: number;
}

/** The outcome of a service-connector call; `facts` fill the result text's placeholders. */
export interface ConnectorResult {
  status: ConnectorStatus;
  facts?: Record<string, string>;
  /** The back-office call behind the result, when there was one. */
  call?: BackOfficeCall;
}

/** Which conversation a form belongs to, so the connector can make a retried submission recognisable. */
export interface ConnectorContext {
  conversationId?: string;
}

/** Port: runs the back-office action or lookup for a confirmed form. */
export interface ServiceConnector {
  run(flowId: string, slots: Record<string, string>, context?: ConnectorContext): Promise<ConnectorResult>;
}

/** Why a conversation was handed to a person. */
export type HandoffReason = 'requested' | 'complaint' | 'crisis' | 'unsure' | 'repeated-failure' | 'no-answer' | 'outage';

/** A kind of risk to a person; each has its own signposting (config/content/signposting.ts). */
export type RiskKind = 'suicide' | 'danger' | 'self-harm' | 'abuse' | 'child' | 'homeless';

/** Every risk kind, in the order signposting and reports list them. */
export const RISK_KINDS: readonly RiskKind[] = ['suicide', 'danger', 'self-harm', 'abuse', 'child', 'homeless'];

/** Which independent check raised (or looked for) a safeguarding signal. */
export type RiskSource = 'local' | 'moderation' | 'model';

/**
 * One safeguarding check's decision, for the audit: kind, source and score, never text.
 * A source that looked and found nothing has kind null; one that failed says why in result.
 */
export interface RiskSignal {
  source: RiskSource;
  kind: RiskKind | null;
  /** The source's own strength, 0 to 1 (a moderation category score, the model's confidence, the detector's weight). */
  score: number;
  /** clear: signpost and hand off; unclear: ask kindly whether the person is safe. */
  level: 'clear' | 'unclear';
  /** ok unless the check could not give an answer. */
  result: 'ok' | 'timeout' | 'error' | 'skipped';
}

/** Which part of the service produced an understanding. */
export type UnderstandingSource = 'rules' | 'offline' | 'model';

/** How a model call went, for the audit: no text, no slot values, only facts about the call. */
export interface ModelCallInfo {
  model: string;
  promptVersion: string;
  /** The tool the model chose, or none when it answered without one. */
  tool?: string;
  latencyMs: number;
  tokens?: { prompt: number; completion: number };
  /** ok, or why the model's proposal was not used (fell back to the matcher, or failed closed). */
  result: 'ok' | 'invalid' | 'timeout' | 'error' | 'circuit-open' | 'skipped';
}

/** Optional extras any understanding may carry (additive: the offline matcher sets none). */
export interface UnderstandingExtras {
  /** Present when a model was asked (or deliberately not asked). */
  model?: ModelCallInfo;
  /** Guardrail outcomes before and after the model, e.g. "input:hidden-characters", "pii:postcode". */
  guardrails?: string[];
  /** The model's proposal failed a check: give a fixed reply and offer a person. */
  failClosed?: boolean;
  /** The language the message was written in, when the understander could tell. */
  language?: Locale;
  /** Safeguarding checks that ran beside the understanding (moderation, the model's concern tool); any raised kind counts. */
  risk?: RiskSignal[];
}

/** What the understanding port made of a message. */
export type Understanding = UnderstandingExtras & (
  | { kind: 'flow'; flowId: string; confidence: number; slots: Record<string, string>; source: UnderstandingSource; matched?: string }
  | { kind: 'question'; articleIds: string[]; confidence: number; source: UnderstandingSource }
  | { kind: 'person'; confidence: number; source: UnderstandingSource }
  | { kind: 'unsure'; confidence: number; source: UnderstandingSource });

/** What the understanding port is told besides the text. */
export interface UnderstandingContext {
  locale: Locale;
  audience: Audience;
  activeFlowId?: string;
}

/** Port: turns a message into an Understanding. The offline matcher and OpenAI both implement it. */
export interface Understander {
  understand(text: string, context: UnderstandingContext): Promise<Understanding>;
}

/** Where the engine is inside a form. */
export type FormStep =
  | { kind: 'slot'; slot: string }
  | { kind: 'confirm' }
  | { kind: 'pick-correction' };

/** An in-progress routine request. */
export interface FormState {
  flowId: string;
  slots: Record<string, string>;
  step: FormStep;
  /** Invalid answers in a row at the current step. */
  retries: number;
}

/** What the engine offered or asked last, so a bare "yes" or "1" can be understood. */
export type PendingOffer = 'person' | 'retry-or-person' | 'safety-check' | null;

/** The dialog state: plain JSON, versioned so stored state can be migrated. */
export interface DialogState {
  v: 1;
  locale: Locale;
  audience: Audience;
  form: FormState | null;
  offer: PendingOffer;
  /** Turns in a row the bot did not understand; leads to a person after a limit. */
  unsureCount: number;
  /** Set once a crisis signal was seen; later features (feedback) respect it. */
  crisis: boolean;
  /** The kind of risk an open "are you safe?" question is about. */
  riskCheck?: RiskKind;
  /** Unclear safeguarding signals seen in this conversation: a second one goes to a person. */
  concerns?: number;
  /** Why a person is on offer, so "yes" hands off with the right reason. */
  offerReason?: HandoffReason;
  /** The message that started the current request, for the agent's handoff summary. */
  request?: string;
  /** Where the end-of-conversation feedback question stands (absent until there is something to ask about). */
  feedback?: FeedbackState;
}

/**
 * The feedback question's progress. `due`: an answer was given, so "thanks" may bring the
 * question; `pending`: asked, a 1–5 reply counts; `lapsed`: another message came instead;
 * `answered`: a score was given.
 */
export interface FeedbackState {
  status: 'due' | 'pending' | 'lapsed' | 'answered';
  /** When the question was last asked (ISO), so it is asked at most once per episode. */
  askedAt?: string;
}

/** A feedback score: 1 (very poor) to 5 (very good). */
export type FeedbackScore = 1 | 2 | 3 | 4 | 5;

/** A feedback fact for the audit: the question was asked, or answered with a score. Never the person's words. */
export type FeedbackEvent = { event: 'asked' } | { event: 'answered'; score: FeedbackScore };

/** One message into the engine. */
export interface TurnInput {
  text: string;
  /** The value of a clicked choice, when the channel has buttons. */
  choice?: string;
  /** The language the channel reports, if any. */
  locale?: Locale;
  now: Date;
  /** False when nothing unprompted may be sent (an SMS number that opted out): no feedback question. */
  mayAskFeedback?: boolean;
  /** The conversation's id, passed to the service connector (a retried submission carries the same key). */
  conversationId?: string;
}

/** Which deterministic rule or guardrail decided the turn, for the console and the audit. */
export interface Decision {
  rule: string;
  understanding?: Understanding;
  guardrails: string[];
  /** Every safeguarding check's decision on this turn (kind, source, score; no text). */
  risk?: RiskSignal[];
  /** The back-office call this turn made, if any (operation, outcome, duration). */
  backOffice?: BackOfficeCall;
  flowId?: string;
  /** Names of slots filled so far (values are personal data and stay out of decisions). */
  filledSlots?: string[];
  step?: string;
}

/** The tagged outcome of a turn; never a boolean. */
export type TurnOutcome =
  | { status: 'waiting' }
  | { status: 'complete'; flowId: string; connector: ConnectorStatus }
  | { status: 'answered'; articleIds: string[] }
  | { status: 'cancelled' }
  | { status: 'handoff'; reason: HandoffReason; priority: 'normal' | 'urgent'; summary: string; riskKind?: RiskKind }
  | { status: 'unsure' }
  | { status: 'idle' };

/** Everything a turn produced: the new state, what to say, and why. */
export interface TurnResult {
  outcome: TurnOutcome;
  state: DialogState;
  replies: Reply[];
  decision: Decision;
  /** Set when the turn asked the feedback question or received its answer, for the audit. */
  feedback?: FeedbackEvent;
}

/** The canned texts the engine says, each in both languages. Content lives in config/content. */
export interface Replies {
  /** Said to "hello" and after starting over. */
  welcome: Localised;
  /** What the bot can do. */
  help: Localised;
  /** A form or request was stopped. */
  cancelled: Localised;
  /** The conversation was reset. */
  startOver: Localised;
  /** "I'm passing you to a person…" */
  handoff: Localised;
  /** Where to get help now, for each kind of risk (config/content/signposting.ts). */
  signposting: Record<RiskKind, Localised>;
  /** The kind "are you safe?" check for an unclear signal, its three answers and the reply to "safe". */
  safetyCheck: { question: Localised; safe: Localised; notSafe: Localised; person: Localised; glad: Localised };
  /** The message was not understood. */
  unsure: Localised;
  /** No article answers the question; a person is offered. */
  noAnswer: Localised;
  /** Said to someone fed up with the bot: sorry, and one offer of a person. */
  frustratedOffer: Localised;
  /** Several turns not understood; a person is offered. */
  unsureLimit: Localised;
  /** Several invalid answers to one question; a person or another try is offered. */
  repromptLimit: Localised;
  /** The back office is down; the conversation goes to a person. */
  outage: Localised;
  /** Asked at confirmation after "no". */
  pickCorrection: Localised;
  /** Confirms a language change (said in the new language). */
  languageSwitched: Localised;
  /** Introduces a form, with a `{title}` placeholder. */
  flowIntro: Localised;
  /** Said when a person declines an offer of a person. */
  declined: Localised;
  /** Said before the prompt when a detail was changed. */
  updated: Localised;
  /** Label of the link under an answer. */
  readMore: Localised;
  /** Choice labels. */
  yes: Localised;
  no: Localised;
  talkToPerson: Localised;
  tryAgain: Localised;
}

/** Sandbox back-office data for the sandbox connector (content passes it in; fictional people only). */
export interface SandboxData {
  councilTaxAccounts: {
    reference: string;
    postcode: string;
    /** Shown as written, e.g. "£412.50". */
    balance: string;
    /** Instalments fall due on this day of each month (1–28). */
    instalmentDayOfMonth: number;
    nextInstalmentAmount: string;
  }[];
  applications: {
    reference: string;
    postcode: string;
    kind: Localised;
    status: Localised;
    /** ISO date of the last change. */
    updated: string;
  }[];
  missedBin: {
    /** Report references are this prefix plus six digits, e.g. "MB-". */
    referencePrefix: string;
    /** Working days the crew has to come back. */
    collectWithinWorkingDays: number;
    /** Postcode areas (letters before the digits) the council serves. */
    servicedAreas: string[];
    /** A postcode that makes the sandbox behave as if the back office were down. */
    outagePostcode?: string;
  };
}
