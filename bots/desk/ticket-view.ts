/** Conversions from stored documents to the views desks see. */
import type { TicketView, TranscriptEntryView } from '../../channels/desk-types';
import type { HandoffDoc, MessageDoc } from '../store/documents';

/** The desk's view of a stored ticket. */
export function toTicketView(doc: HandoffDoc): TicketView {
  return {
    id: doc._id,
    status: doc.status,
    reason: doc.reason,
    priority: doc.priority,
    channel: doc.channel,
    address: doc.address,
    summary: doc.summary,
    createdAt: doc.createdAt,
    claimedBy: doc.claimedBy,
    claimedById: doc.claimedById ?? null,
    outOfHours: doc.outOfHours,
    callbackRequested: doc.callbackRequested,
    reannounced: doc.reannounced,
    ...(doc.riskKind ? { riskKind: doc.riskKind } : {}),
    ...(doc.previousReason ? { previousReason: doc.previousReason } : {}),
    ...(doc.concern ? { concern: doc.concern } : {}),
  };
}

/** The desk's view of a transcript line; attachments (MMS pictures) are listed after the words, so every desk shows them. */
export function toTranscriptEntry(doc: MessageDoc): TranscriptEntryView {
  return { id: doc._id, direction: doc.direction, text: withAttachments(doc), speaker: doc.speaker, internal: doc.internal, at: doc.at };
}

function withAttachments(doc: MessageDoc): string {
  if (!doc.attachments?.length) return doc.text;
  const listed = doc.attachments.map((a) => `[attachment: ${a.name ?? a.contentType}${a.url ? ` ${a.url}` : ''}]`);
  return [doc.text, ...listed].filter(Boolean).join('\n');
}
