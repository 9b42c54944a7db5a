/**
 * Renders an OutboundMessage for Teams: plain text when there is nothing to click, otherwise an
 * Adaptive Card (Action.Submit for choices, Action.OpenUrl for links) that always carries a text
 * fallback, for clients and notifications that cannot show cards.
 */
import { CardFactory, type Activity } from 'botbuilder';
import type { Card, Choice, OutboundMessage } from '../types';

/** Adaptive Card 1.4 renders on Teams desktop, web and mobile alike. */
const CARD_VERSION = '1.4';

/** The activity to send for one outbound message. */
export function renderActivity(message: OutboundMessage): Partial<Activity> {
  const text = withSpeaker(message);
  if (!message.choices?.length && !message.card) return { type: 'message', text, textFormat: 'plain' };
  const fallback = fallbackText(text, message.choices, message.card);
  return {
    type: 'message',
    // The summary is what notifications and the chat list show; the card carries its own fallback.
    summary: fallback,
    attachments: [CardFactory.adaptiveCard(adaptiveCard(text, message.choices, message.card, fallback))],
  };
}

/** The text of a message as plain text: the words, then numbered choices, then links. */
export function fallbackText(text: string, choices?: Choice[], card?: Card): string {
  const parts = [text];
  if (card && !text.includes(card.title)) parts.push([card.title, ...card.lines].join('\n'));
  const links = (card?.links ?? []).filter((link) => !text.includes(link.url));
  if (links.length) parts.push(links.map((link) => `${link.label}: ${link.url}`).join('\n'));
  if (choices?.length) parts.push(choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n'));
  return parts.filter(Boolean).join('\n\n');
}

function adaptiveCard(text: string, choices: Choice[] | undefined, card: Card | undefined, fallback: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (card) {
    body.push({ type: 'TextBlock', text: card.title, weight: 'Bolder', size: 'Medium', wrap: true });
    for (const line of card.lines) body.push({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' });
  } else {
    body.push({ type: 'TextBlock', text, wrap: true });
  }
  const actions: Record<string, unknown>[] = [
    ...(card?.links ?? []).map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url })),
    // The click comes back as a message whose value is this data; parse-activity reads `choice`.
    ...(choices ?? []).map((choice) => ({ type: 'Action.Submit', title: choice.label, data: { choice: choice.value } })),
  ];
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: CARD_VERSION,
    fallbackText: fallback,
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** Agents speak under their own name, so staff can tell a person from the bot. */
function withSpeaker(message: OutboundMessage): string {
  return message.speaker?.kind === 'agent' ? `${message.speaker.name}: ${message.text}` : message.text;
}
