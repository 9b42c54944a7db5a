/**
 * Turns a Bot Framework activity into what the service understands: a tagged union, so the
 * turn logic is a plain switch and anything unexpected is named rather than guessed at.
 */
import { TurnContext, type Activity } from 'botbuilder';
import { encodeAddress, type Attachment, type InboundMessage, type Locale } from '../types';

/** What an activity turned out to be. */
export type ParsedActivity =
  | { kind: 'message'; message: InboundMessage }
  | { kind: 'welcome'; address: string; locale?: Locale }
  | { kind: 'foreign-tenant'; tenantId: string | null }
  | { kind: 'unsupported'; reason: string };

/** The Teams address of an activity's conversation: `teams:<conversation id>`. */
export function addressOf(activity: Pick<Activity, 'conversation'>): string {
  return encodeAddress({ channel: 'teams', id: activity.conversation.id });
}

/** The tenant an activity came from: Teams puts it on the conversation and in channelData. */
export function tenantOf(activity: Partial<Activity>): string | null {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = activity.conversation?.tenantId ?? channelData?.tenant?.id;
  return typeof id === 'string' && id ? id.toLowerCase() : null;
}

/** Maps a Bot Framework locale (`cy-GB`, `en-US`) to a language we speak, if it is one. */
export function localeOf(locale: string | undefined): Locale | undefined {
  const language = locale?.toLowerCase().slice(0, 2);
  return language === 'cy' || language === 'en' ? language : undefined;
}

/** Parses one activity; `allowedTenants` empty means any tenant is served. */
export function parseActivity(activity: Activity, allowedTenants: readonly string[], now: Date): ParsedActivity {
  if (allowedTenants.length > 0) {
    const tenantId = tenantOf(activity);
    if (!tenantId || !allowedTenants.includes(tenantId)) return { kind: 'foreign-tenant', tenantId };
  }
  if (!activity.conversation?.id) return { kind: 'unsupported', reason: 'no conversation id' };
  const locale = localeOf(activity.locale);

  if (activity.type === 'conversationUpdate') {
    // Welcome once, when the bot itself joins (personal install, or added to a chat or team).
    const botJoined = (activity.membersAdded ?? []).some((member) => member.id === activity.recipient?.id);
    return botJoined ? { kind: 'welcome', address: addressOf(activity), ...(locale ? { locale } : {}) } : { kind: 'unsupported', reason: 'members changed' };
  }
  if (activity.type !== 'message') return { kind: 'unsupported', reason: `activity type ${activity.type}` };
  if (!activity.id) return { kind: 'unsupported', reason: 'message without an id' };

  // In channels and group chats the text starts with "<at>Bot</at>"; the dialog only wants the words.
  const text = (activity.text ? TurnContext.removeRecipientMention(activity) ?? activity.text : '').replace(/<\/?at>/g, '').trim();
  const choice = choiceOf(activity.value);
  const attachments = filesOf(activity);
  if (!text && !choice && attachments.length === 0) return { kind: 'unsupported', reason: 'empty message' };

  const message: InboundMessage = {
    providerMessageId: activity.id,
    channel: 'teams',
    address: addressOf(activity),
    sender: { id: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown', ...(activity.from?.name ? { name: activity.from.name } : {}) },
    text,
    ...(choice ? { choice } : {}),
    attachments,
    ...(locale ? { locale } : {}),
    receivedAt: now,
  };
  return { kind: 'message', message };
}

/** An Adaptive Card Action.Submit arrives as a message whose value carries the data we put on the button. */
function choiceOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const choice = (value as { choice?: unknown }).choice;
  return typeof choice === 'string' && choice.trim() ? choice.trim().slice(0, 200) : undefined;
}

/** Files the person attached. Teams adds an HTML copy of every message, and cards are ours: neither is a file. */
function filesOf(activity: Activity): Attachment[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType !== 'text/html' && !a.contentType.startsWith('application/vnd.microsoft.card'))
    .map((a) => ({ contentType: a.contentType, ...(a.contentUrl ? { url: a.contentUrl } : {}), ...(a.name ? { name: a.name } : {}) }));
}
