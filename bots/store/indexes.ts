/**
 * Every index of DESIGN §5, declared in one place and created by `store.ensureIndexes(INDEXES)`
 * at start-up. Retention uses TTL indexes with expireAfterSeconds 0: each document carries its
 * own `expiresAt` Date, computed from config when it is written, so retention periods change
 * with config alone and need no index rebuild (MongoDB cannot alter a TTL without collMod).
 */
import type { IndexSpec } from './port';

/** The indexes the service needs, by collection. */
export const INDEXES: readonly IndexSpec[] = [
  // One conversation per address; the lease index finds expired turn leases.
  { collection: 'conversations', name: 'conversations_address_unique', keys: { address: 1 }, unique: true },
  { collection: 'conversations', name: 'conversations_leaseUntil', keys: { leaseUntil: 1 } },
  { collection: 'conversations', name: 'conversations_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // Transcripts read in order per conversation; removed at their own expiry date.
  { collection: 'messages', name: 'messages_conversationId_seq', keys: { conversationId: 1, seq: 1 } },
  { collection: 'messages', name: 'messages_address_seq', keys: { address: 1, seq: 1 } },
  { collection: 'messages', name: 'messages_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // A provider retry of the same message hits the unique index and is dropped.
  {
    collection: 'inbound',
    name: 'inbound_channel_providerMessageId_unique',
    keys: { channel: 1, providerMessageId: 1 },
    unique: true,
  },
  { collection: 'inbound', name: 'inbound_status_receivedAt', keys: { status: 1, receivedAt: 1 } },
  { collection: 'inbound', name: 'inbound_address_seq', keys: { address: 1, seq: 1 } },
  { collection: 'inbound', name: 'inbound_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // The delivery worker polls due replies; the idempotency key stops a reply being queued twice.
  { collection: 'outbox', name: 'outbox_status_dueAt', keys: { status: 1, dueAt: 1 } },
  { collection: 'outbox', name: 'outbox_conversationId_seq', keys: { conversationId: 1, seq: 1 } },
  { collection: 'outbox', name: 'outbox_idempotencyKey_unique', keys: { idempotencyKey: 1 }, unique: true },
  { collection: 'outbox', name: 'outbox_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // The desk lists open tickets oldest first, and finds a conversation's ticket.
  { collection: 'handoffs', name: 'handoffs_status_createdAt', keys: { status: 1, createdAt: 1 } },
  { collection: 'handoffs', name: 'handoffs_conversationId', keys: { conversationId: 1 } },
  { collection: 'handoffs', name: 'handoffs_address', keys: { address: 1 } },
  // Only closed tickets carry expiresAt; open ones have none and are never swept.
  { collection: 'handoffs', name: 'handoffs_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // Facts channels keep per conversation; found by address for export and erasure.
  { collection: 'channel_memory', name: 'channel_memory_address', keys: { address: 1 } },
  { collection: 'channel_memory', name: 'channel_memory_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // Staff sessions and sign-ins in progress end at their own time (absolute timeout; ten minutes to sign in).
  { collection: 'staff_sessions', name: 'staff_sessions_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },
  { collection: 'staff_sign_ins', name: 'staff_sign_ins_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  // Web chat sessions last as long as the transcript they open.
  { collection: 'web_sessions', name: 'web_sessions_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },

  { collection: 'audit', name: 'audit_at', keys: { at: 1 } },
  { collection: 'audit', name: 'audit_conversationId', keys: { conversationId: 1 } },
  { collection: 'audit', name: 'audit_expiresAt_ttl', keys: { expiresAt: 1 }, expireAfterSeconds: 0 },
];
