/**
 * Renders an OutboundMessage as SMS text: the words, a card as plain lines with its links, and
 * choices as a numbered list ("2" is mapped back to the second choice when the reply comes in).
 */
import type { OutboundMessage } from '../types';

/** The text of one outbound message as it goes by SMS, before fitting it to the segment budget. */
export function renderSms(message: OutboundMessage): string {
  const speaker = message.speaker?.kind === 'agent' ? `${message.speaker.name}: ` : '';
  const blocks = [speaker + message.text.trim()];
  const { card } = message;
  if (card) {
    // Engines often put the card's content in the words too: then the card adds only its links.
    const lines = card.lines.filter((line) => !message.text.includes(line));
    if (lines.length || !card.lines.length) blocks.push([card.title, ...lines].filter((line) => !message.text.includes(line)).join('\n'));
    // A link already in the words is not repeated; each link stands on its own line so it is never cut.
    const links = (card.links ?? []).filter((link) => !message.text.includes(link.url));
    if (links.length) blocks.push(links.map((link) => `${link.label}:\n${link.url}`).join('\n'));
  }
  if (message.choices?.length) blocks.push(message.choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n'));
  return blocks.filter(Boolean).join('\n\n');
}

/** The number a reply picks ("2", " 2. ", "2)"), or null when the text is not just a number. */
export function pickedNumber(text: string): number | null {
  const match = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
  return match ? Number(match[1]) : null;
}
