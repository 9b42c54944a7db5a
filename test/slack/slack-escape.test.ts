/** Citizen text cannot ping or smuggle links into Slack; agents' Slack markup reads plainly on SMS. */
import { escapeSlackText, slackToPlainText } from '../../channels/slack/slack-escape';

describe('escapeSlackText', () => {
  it.each([
    ['<!channel> help', '&lt;!channel&gt; help'],
    ['<!here|here>', '&lt;!here|here&gt;'],
    ['<!everyone>', '&lt;!everyone&gt;'],
    ['<@U012ABCDEF> look', '&lt;@U012ABCDEF&gt; look'],
    ['<!subteam^S123|@oncall>', '&lt;!subteam^S123|@oncall&gt;'],
    ['<#C123|general>', '&lt;#C123|general&gt;'],
    ['<https://evil.example|Pay your council tax>', '&lt;https://evil.example|Pay your council tax&gt;'],
    ['Tom & Jerry <3', 'Tom &amp; Jerry &lt;3'],
    ['&lt;!channel&gt;', '&amp;lt;!channel&amp;gt;'],
  ])('escapes %j', (input, expected) => {
    expect(escapeSlackText(input)).toBe(expected);
  });

  it('keeps a bare @here or @channel inert even if link_names is ever turned on', () => {
    const escaped = escapeSlackText('@here @Channel @everyone me@here.com');
    expect(escaped).not.toMatch(/@(here|channel|everyone)\b/i);
    expect(escaped.replace(/\u200B/g, '')).toBe('@here @Channel @everyone me@here.com');
  });

  it('leaves ordinary text, Welsh letters and emoji as they are', () => {
    expect(escapeSlackText('Mae fy mwced ailgylchu ar goll ŵ ŷ 👍')).toBe('Mae fy mwced ailgylchu ar goll ŵ ŷ 👍');
  });
});

describe('slackToPlainText', () => {
  it('turns links, mentions and entities into what the agent saw', () => {
    expect(slackToPlainText('see <https://council.example/bins|our bins page>')).toBe('see our bins page (https://council.example/bins)');
    expect(slackToPlainText('<https://council.example>')).toBe('https://council.example');
    expect(slackToPlainText('<https://council.example|council.example>')).toBe('https://council.example');
    expect(slackToPlainText('email <mailto:help@council.example|help@council.example>')).toBe('email help@council.example');
    expect(slackToPlainText('thanks <@U123> and <#C1|queue>')).toBe('thanks  and queue');
    expect(slackToPlainText('5 &gt; 3 &amp; 2 &lt; 4')).toBe('5 > 3 & 2 < 4');
  });
});
