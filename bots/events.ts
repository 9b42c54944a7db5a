/**
 * An in-process event bus for live views (the console's decisions feed). Delivery to
 * desks and citizens never goes through here: that is the outbox's job.
 */
import { EventEmitter } from 'node:events';
import type { ModelCallInfo, RiskSignal, TurnOutcome, Understanding, BackOfficeCall } from '../dialogs/types';
import type { MessageDoc } from './store/documents';

/** What understanding made of a message, without the slot values (they are personal data). */
export interface UnderstandingSummary {
  kind: Understanding['kind'];
  confidence: number;
  source: Understanding['source'];
  flowId?: string;
  articleIds?: string[];
  slotNames?: string[];
  /** The model call behind it (model, prompt version, tool, latency, tokens); never text. */
  model?: ModelCallInfo;
}

/** Summarises an understanding for decisions and the audit trail. */
export function summariseUnderstanding(understanding: Understanding): UnderstandingSummary {
  const base = { kind: understanding.kind, confidence: understanding.confidence, source: understanding.source, ...(understanding.model ? { model: { ...understanding.model } } : {}) };
  if (understanding.kind === 'flow') return { ...base, flowId: understanding.flowId, slotNames: Object.keys(understanding.slots) };
  if (understanding.kind === 'question') return { ...base, articleIds: understanding.articleIds };
  return base;
}

/** One bot turn's explanation, as the console shows it. */
export interface DecisionRecord {
  id: string;
  at: Date;
  address: string;
  conversationId: string;
  turnId: string;
  rule: string;
  understanding?: UnderstandingSummary;
  guardrails: string[];
  /** Each safeguarding check's decision (source, kind, score, level, result); never text. */
  risk?: RiskSignal[];
  flowId?: string;
  filledSlots?: string[];
  step?: string;
  /** The back-office call the turn made (operation, outcome, duration). */
  backOffice?: BackOfficeCall;
  outcome: TurnOutcome['status'];
}

/** Events the service publishes for live views. */
export interface ServiceEvents {
  decision: [DecisionRecord];
  transcript: [MessageDoc];
}

/** A typed wrapper over EventEmitter. */
export class ServiceEventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every open console tab subscribes; the default limit of 10 is too low for a team.
    this.emitter.setMaxListeners(0);
  }

  /** Publishes an event to every subscriber. */
  emit<K extends keyof ServiceEvents>(name: K, ...args: ServiceEvents[K]): void {
    this.emitter.emit(name, ...args);
  }

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof ServiceEvents>(name: K, listener: (...args: ServiceEvents[K]) => void): () => void {
    this.emitter.on(name, listener as (...args: unknown[]) => void);
    return () => this.emitter.off(name, listener as (...args: unknown[]) => void);
  }
}
