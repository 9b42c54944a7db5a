/** Teams rendering: plain text when nothing is clickable, Adaptive Cards with text fallbacks otherwise. */
import { renderActivity } from '../../channels/teams/render-activity';

type Card = { fallbackText: string; body: { text: string }[]; actions?: { type: string; title: string; data?: unknown; url?: string }[] };
const cardOf = (activity: ReturnType<typeof renderActivity>) => (activity.attachments?.[0]?.content as Card | undefined);

describe('renderActivity', () => {
  it('sends plain text as text, with no card', () => {
    expect(renderActivity({ text: 'Hello.' })).toEqual({ type: 'message', text: 'Hello.', textFormat: 'plain' });
  });

  it('names an agent so staff can tell a person from the bot', () => {
    expect(renderActivity({ text: 'I can help.', speaker: { kind: 'agent', name: 'Sam' } }).text).toBe('Sam: I can help.');
  });

  it('turns choices into Submit buttons carrying the value, with a numbered text fallback', () => {
    const activity = renderActivity({ text: 'Is this right?', choices: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No, change something' }] });
    const card = cardOf(activity);
    expect(activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.actions).toEqual([
      { type: 'Action.Submit', title: 'Yes', data: { choice: 'yes' } },
      { type: 'Action.Submit', title: 'No, change something', data: { choice: 'no' } },
    ]);
    expect(card?.fallbackText).toBe('Is this right?\n\n1. Yes\n2. No, change something');
    expect(activity.summary).toBe(card?.fallbackText);
  });

  it('turns a card into title, lines and OpenUrl links, and adds links the text lacks to the fallback', () => {
    const activity = renderActivity({
      text: 'Annual leave policy: 27 days.',
      card: { title: 'Annual leave policy', lines: ['27 days.'], links: [{ label: 'Read more', url: 'https://intranet.example/hr/annual-leave' }] },
    });
    const card = cardOf(activity);
    expect(card?.body.map((block) => block.text)).toEqual(['Annual leave policy', '27 days.']);
    expect(card?.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Read more', url: 'https://intranet.example/hr/annual-leave' }]);
    expect(card?.fallbackText).toBe('Annual leave policy: 27 days.\n\nRead more: https://intranet.example/hr/annual-leave');
  });
});
