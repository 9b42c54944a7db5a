/**
 * Read models for the sandbox's live views: the chat's own history (no internal notes) and
 * the console's feed of bot decisions, read back from the audit trail.
 */
import { DEMO_ID_PREFIX } from './oversight/demo-history';
import type { ChatEntry, ChatHistory } from '../channels/web/web-chat';
import type { DecisionFeed, DecisionView, TranscriptFeed } from '../channels/web/console';
import { toTranscriptEntry } from './desk/ticket-view';
import type { ServiceEventBus } from './events';
import type { AuditDoc, ConversationDoc, MessageDoc } from './store/documents';
import type { Store } from './store/port';

/** The transcript a citizen may see: everything but internal notes. */
export function createChatHistory(store: Store, limit = 200): ChatHistory {
  return {
    async history(address: string): Promise<ChatEntry[]> {
      const lines = await store.collection<MessageDoc>('messages').find({ address, internal: false }, { sort: { seq: -1 }, limit });
      return lines.reverse().map((line) => ({
        id: line._id,
        direction: line.direction,
        text: line.text,
        speaker: line.speaker,
        internal: false,
        at: line.at,
        ...(line.choices ? { choices: line.choices } : {}),
        ...(line.card ? { card: line.card } : {}),
      }));
    },
  };
}

/** Recent decisions from the audit trail, and new ones as they are committed. */
export function createDecisionFeed(store: Store, events: ServiceEventBus): DecisionFeed {
  return {
    async recent(limit: number): Promise<DecisionView[]> {
      // The sandbox's made-up history feeds the oversight figures; it has no conversation to show here.
      const notDemo = { $not: new RegExp(`^${DEMO_ID_PREFIX}`) };
      const audits = await store.collection<AuditDoc>('audit').find({ kind: 'decision', conversationId: notDemo }, { sort: { at: -1 }, limit });
      const ids = [...new Set(audits.map((audit) => audit.conversationId))];
      const conversations = await store.collection<ConversationDoc>('conversations').find({ _id: { $in: ids } });
      const addressOf = new Map(conversations.map((c) => [c._id, c.address]));
      return audits.map((audit) => ({
        ...(audit.data as Omit<DecisionView, 'id' | 'at' | 'address' | 'turnId'>),
        id: audit._id,
        at: audit.at,
        address: addressOf.get(audit.conversationId) ?? 'unknown',
        turnId: audit.turnId ?? '',
      }));
    },
    subscribe(listener) {
      return events.on('decision', (decision) => listener(decision));
    },
  };
}

/** Every committed transcript line, for the console's live view. */
export function createTranscriptFeed(events: ServiceEventBus): TranscriptFeed {
  return {
    subscribe(listener) {
      return events.on('transcript', (line) => listener({ ticketId: line.ticketId, address: line.address, message: toTranscriptEntry(line) }));
    },
  };
}
