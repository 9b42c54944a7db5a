/**
 * The shapes oversight works with (issue 9): episodes derived from the audit trail, and the
 * reports the admin API, the console page, the CSV export and the transparency record share.
 * Nothing here holds an address or citizen text: only counts, rates, kinds and dates.
 */
import type { ChannelName, Locale } from '../../channels/types';

/** How one episode (a conversation from first message to its end) finished. */
export type EpisodeOutcome = 'resolved' | 'handed-over' | 'abandoned';

/**
 * One conversation episode, rebuilt from audit events only. A conversation (one address)
 * may hold several episodes: a gap of more than the episode gap starts a new one.
 */
export interface Episode {
  conversationId: string;
  /** The first and last audit event of the episode. */
  start: Date;
  end: Date;
  channel: ChannelName;
  locale: Locale;
  /** The flow id, "question" for knowledge answers, or "other". Used by demand and "by flow". */
  topic: string;
  outcome: EpisodeOutcome;
  /** Why a person was asked for, when the outcome is handed-over. */
  handoffReason: string | null;
  /** Milliseconds from handoff to an agent claiming it; null when never claimed. */
  claimWaitMs: number | null;
  /** Guardrail triggers seen in the episode, one entry per trigger (kinds may repeat). */
  guardrails: string[];
  modelCalls: number;
  tokens: { prompt: number; completion: number };
  /** The citizen's 1–5 answer to the feedback question, when they gave one. */
  satisfaction: number | null;
  /** A crisis signal was seen; no feedback question is ever asked after it. */
  crisis: boolean;
}

/** A figure that may be withheld because too few conversations sit behind it. */
export type Cell<T> = { value: T; suppressed: false } | { value: null; suppressed: true };

/** The figures for one group of episodes (all, one channel, one language, one flow or one day). */
export interface GroupFigures {
  /** The group key, e.g. "sms", "cy", "missed-bin", "2026-11-20", or "all". */
  key: string;
  /** Episodes in the group; always shown, since a count alone identifies no one. */
  conversations: number;
  /** Shares in [0, 1]. */
  resolvedShare: Cell<number>;
  handedOverShare: Cell<number>;
  abandonedShare: Cell<number>;
  /** Handed-over episodes by reason: counts; null where 1 to minCell − 1 (withheld). */
  handoverReasons: Cell<Record<string, number | null>>;
  /** Time to claim, in milliseconds, over claimed handoffs. */
  claimWaitP50Ms: Cell<number>;
  claimWaitP90Ms: Cell<number>;
  /** Guardrail triggers by kind: counts; null where 1 to minCell − 1 (withheld). */
  guardrails: Cell<Record<string, number | null>>;
  /** Per conversation, averaged over the group. */
  modelCallsPerConversation: Cell<number>;
  tokensPerConversation: Cell<number>;
  /** Estimated model cost per conversation in GBP, from the configured token prices. */
  costPerConversationGbp: Cell<number>;
  /** Mean 1–5 score and how many answered. */
  satisfactionMean: Cell<number>;
  satisfactionResponses: number;
}

/** A group whose outcome differs from the rest by more than the configured margin. */
export interface FairnessFlag {
  dimension: 'locale' | 'channel';
  group: string;
  /** Which figure differs, e.g. "resolvedShare". */
  measure: string;
  groupValue: number;
  restValue: number;
  /** groupValue − restValue. */
  difference: number;
  /** The counts behind it, so the reader can judge the evidence. */
  groupConversations: number;
  restConversations: number;
}

/** Figures side by side for one dimension, with the flags raised. */
export interface FairnessReport {
  margin: number;
  dimensions: { dimension: 'locale' | 'channel'; groups: GroupFigures[]; flags: FairnessFlag[] }[];
}

/** Conversations per topic per day and per hour of the week, with a 7-day forecast per topic. */
export interface DemandReport {
  /** The method used for the forecast and the one it is compared with. */
  method: string;
  baseline: string;
  topics: {
    topic: string;
    /** Daily counts, oldest first, as ISO dates (YYYY-MM-DD, Europe/London); null when 1 to minCell − 1 (suppressed). */
    daily: { date: string; count: number | null }[];
    /** Counts by hour of day (0–23, Europe/London) over the whole window; null when suppressed. */
    hourly: (number | null)[];
    /** The next 7 days. */
    forecast: { date: string; count: number }[];
    /** Mean absolute error of the method and of the baseline over recent weeks, back-tested. */
    recentError: { weeks: number; methodMae: number; baselineMae: number } | null;
  }[];
}

/** Everything the oversight API answers with. */
export interface OversightReport {
  generatedAt: string;
  window: { from: string; to: string };
  /** Cells from fewer conversations than this are suppressed. */
  minCell: number;
  overall: GroupFigures;
  byChannel: GroupFigures[];
  byLocale: GroupFigures[];
  byFlow: GroupFigures[];
  byDay: GroupFigures[];
  fairness: FairnessReport;
  demand: DemandReport;
}
