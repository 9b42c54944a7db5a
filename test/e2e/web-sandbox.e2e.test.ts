/**
 * The sandbox in a real browser: the citizen web chat and the agent console against the whole
 * service (embedded store, offline matcher), driven by Debian's chromium through playwright-core.
 * Locators go by role and label, so they double as a check that the pages are accessible.
 */
import type { Page } from 'playwright-core';
import { createService } from '../../bots/service';
import { loadSettings } from '../../config/settings';
import { describeInBrowser, launchBrowser, signInIfAsked, STEP_TIMEOUT_MS, type TestBrowser } from './browser';
import { CHAT_COOKIE } from '../../channels/web/web-chat';
import { chatConversationId } from '../../bots/web-chat-sessions';

/** What the bot must say for these scenarios to recognise it. Kept loose on wording, firm on meaning. */
const BOT = {
  reference: /\bMB-\d+/,
  house: /house (number|name)|number or name|building/i,
  postcode: /postcode/i,
  date: /\b(when|date|day)\b/i,
  binChoices: [/general/i, /recycling/i, /garden/i, /food/i],
  // Choice labels may carry more words ("Recycling (blue bin)"): match the start.
  recycling: /^Recycling\b/,
  yes: /^Yes\b/,
  handoff: /\b(pass|passing|transfer|connect|hand)\w*\b[\s\S]*\b(person|people|someone|team|advis[eo]r|agent|colleague)/i,
  backToBot: /back (with|to) (the )?(automated|council|virtual)? ?assistant|automated assistant/i,
};

/** A bot turn may send more than one message; wait this long with nothing new before reading it. */
const SETTLE_MS = 300;

/** One message as the chat page shows it. */
interface Shown {
  speaker: string;
  text: string;
  choices: string[];
  pending: boolean;
}

/** The citizen's side: a page on the web chat, read through its message log. */
class Chat {
  /** How many messages were on screen when the citizen last spoke. */
  private mark = 0;

  constructor(readonly page: Page) {}

  log() {
    return this.page.getByRole('log', { name: 'Conversation' });
  }

  /** The messages on screen, oldest first (only the log's own items, not lists inside cards). */
  async messages(): Promise<Shown[]> {
    return this.log().locator(':scope > ol > li').evaluateAll((items) =>
      items.map((li) => ({
        speaker: li.querySelector('.speaker')?.textContent?.trim() ?? '',
        text: li.querySelector('.bubble')?.textContent?.trim() ?? '',
        choices: Array.from(li.querySelectorAll('.choices button')).map((b) => b.textContent?.trim() ?? ''),
        pending: li.classList.contains('msg--pending'),
      })),
    );
  }

  async transcript(): Promise<string> {
    return (await this.messages()).map((m) => `  ${m.speaker}: ${m.text}${m.choices.length ? ` [${m.choices.join(' | ')}]` : ''}`).join('\n');
  }

  /** Clicks "Start a new conversation" and checks the log was cleared. */
  async startNewConversation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a new conversation' }).click();
    await this.page.getByRole('status').getByText('New conversation started.').waitFor();
    expect(await this.messages()).toEqual([]);
    this.mark = 0;
  }

  async send(text: string): Promise<void> {
    this.mark = (await this.messages()).length;
    await this.page.getByLabel('Your message').fill(text);
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
  }

  /** Clicks a choice button on the newest message that offers choices. */
  async choose(label: RegExp): Promise<void> {
    this.mark = (await this.messages()).length;
    await this.page.getByRole('group', { name: 'Options' }).last().getByRole('button', { name: label }).click();
  }

  /** Waits for the service's replies to what the citizen last said, once they stop arriving. */
  async replies(): Promise<Shown[]> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    let last = -1;
    let stableSince = Date.now();
    for (;;) {
      const fresh = (await this.messages()).slice(this.mark).filter((m) => m.speaker !== 'You');
      if (fresh.length !== last) {
        last = fresh.length;
        stableSince = Date.now();
      } else if (fresh.length > 0 && Date.now() - stableSince >= SETTLE_MS) {
        return fresh;
      }
      if (Date.now() > deadline) {
        throw new Error(`No reply from the service within ${STEP_TIMEOUT_MS} ms. The chat shows:\n${await this.transcript()}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  /** Waits until a message from someone other than the citizen matches. */
  async waitFor(what: string, matches: (m: Shown) => boolean): Promise<Shown> {
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const found = (await this.messages()).find((m) => m.speaker !== 'You' && matches(m));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`The chat never showed ${what}. It shows:\n${await this.transcript()}`);
      await this.page.waitForTimeout(50);
    }
  }
}

describeInBrowser('web sandbox in a real browser', () => {
  let service: Awaited<ReturnType<typeof createService>> | undefined;
  let browser: TestBrowser | undefined;
  let baseUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await createService({ settings: loadSettings({ PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'error' }) });
    const { port } = await service.start(0);
    // localhost, the address the sandbox's sign-in calls back to, so the staff cookie is on the pages' host.
    baseUrl = `http://localhost:${port}`;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  /** A new tab at the given size. Tabs share one profile, so chats start a new conversation. */
  async function openPage(urlPath: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser!.context.newPage();
    await page.setViewportSize(viewport);
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(`${urlPath}: ${error.message}`));
    await page.goto(baseUrl + urlPath);
    return page;
  }

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  test('a citizen on a 320px-wide phone reports a missed bin and gets a reference', async () => {
    const chat = new Chat(await openPage('/', { width: 320, height: 640 }));
    await chat.startNewConversation();
    await chat.send('my bin was not collected');

    // Answer whatever the bot asks, in the order it asks, until it gives a reference.
    const asked: string[] = [];
    let reference: string | undefined;
    for (let turn = 0; turn < 10 && !reference; turn++) {
      const replies = await chat.replies();
      const latest = replies[replies.length - 1]!;
      reference = replies.map((r) => r.text).join('\n').match(BOT.reference)?.[0];
      if (reference) break;
      if (latest.choices.some((c) => BOT.yes.test(c))) {
        asked.push('confirm');
        await chat.choose(BOT.yes);
      } else if (latest.choices.some((c) => BOT.recycling.test(c))) {
        asked.push('bin');
        for (const kind of BOT.binChoices) expect(latest.choices.some((c) => kind.test(c))).toBe(true);
        await chat.choose(BOT.recycling);
      } else if (BOT.house.test(latest.text)) {
        asked.push('house');
        await chat.send('12');
      } else if (BOT.postcode.test(latest.text)) {
        asked.push('postcode');
        await chat.send('CF10 1AA');
      } else if (BOT.date.test(latest.text)) {
        asked.push('date');
        await chat.send('yesterday');
      } else {
        throw new Error(`The bot said something this scenario does not expect:\n${await chat.transcript()}`);
      }
    }

    expect(reference).toMatch(BOT.reference);
    expect([...new Set(asked)].sort()).toEqual(['bin', 'confirm', 'date', 'house', 'postcode']);
    expect(asked[asked.length - 1]).toBe('confirm');
    // Nothing sideways-scrolls at 320 CSS pixels.
    const overflow = await chat.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 90_000);

  test('a citizen asks for a person, an agent claims, talks and hands back to the bot', async () => {
    const chat = new Chat(await openPage('/'));
    await chat.startNewConversation();
    await chat.send('I want to speak to a person');
    await chat.waitFor('a reply saying they are being passed to a person', (m) => BOT.handoff.test(m.text));
    // The chat's session is an HttpOnly cookie the page cannot read; the browser's cookie jar can.
    const chatCookie = (await browser!.context.cookies()).find((cookie) => cookie.name === CHAT_COOKIE);
    expect(chatCookie).toBeDefined();
    expect(await chat.page.evaluate(() => document.cookie)).not.toContain(CHAT_COOKIE);
    const conversation = chatConversationId(chatCookie!.value);

    const desk = await openPage('/console');
    await signInIfAsked(desk, 'Alex Morgan');
    await desk.getByText('Signed in as Alex Morgan (agent).').waitFor();
    const ticket = desk.getByRole('region', { name: 'Queue' }).getByRole('button', { name: new RegExp(conversation) });
    await ticket.click();
    await desk.getByRole('button', { name: 'Claim', exact: true }).click();
    await desk.getByLabel('Message to the citizen').fill('Hello, this is Alex from the council');
    await desk.getByRole('button', { name: 'Send to citizen' }).click();

    await chat.waitFor('the agent\'s message from "Alex Morgan", the signed-in agent', (m) =>
      /^Alex Morgan\b.*council team/i.test(m.speaker) && m.text.includes('Hello, this is Alex from the council'));

    await chat.send('thanks Alex');
    await desk.getByRole('list', { name: 'Transcript' }).getByText('thanks Alex').waitFor();

    await desk.getByRole('button', { name: 'Resolve and hand back to the bot' }).click();
    await chat.waitFor('a message saying the citizen is back with the automated assistant', (m) => BOT.backToBot.test(m.text));
    await ticket.waitFor({ state: 'detached' });
  }, 90_000);
});
