/**
 * Making untrusted text (a citizen's message) safe to post into Slack: it can show what was
 * written, but it cannot ping anyone or dress a link up as something else.
 */

const BROADCAST_WORDS = /@(channel|here|everyone)\b/gi;
const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Escapes text for Slack's mrkdwn. `&`, `<` and `>` become entities, so `<!channel>`, `<!here>`,
 * `<@U123>`, `<#C123>`, `<!subteam^…>` and `<https://evil|Your council>` show as typed and do
 * nothing. A bare `@here` only pings with `link_names`, which we never send; a zero-width space
 * after the `@` keeps it inert even if someone turns that option on later.
 */
export function escapeSlackText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST_WORDS, (_match, word: string) => `@${ZERO_WIDTH_SPACE}${word}`);
}

/**
 * Turns an agent's Slack message into plain text for the citizen's channel: Slack's link and
 * mention markup (`<https://x|label>`, `<@U123>`, `<!here>`) and its entities (`&amp;`) become
 * what the agent saw, because an SMS shows markup as noise.
 */
export function slackToPlainText(text: string): string {
  return text
    .replace(/<(https?:\/\/[^|>]+)\|([^>]+)>/g, (_m, url: string, label: string) => (label === url.replace(/^https?:\/\//, '') ? url : `${label} (${url})`))
    .replace(/<mailto:([^|>]+)(\|[^>]+)?>/g, '$1')
    .replace(/<(https?:\/\/[^>]+)>/g, '$1')
    .replace(/<[@#!][^|>]*\|([^>]+)>/g, '$1')
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
