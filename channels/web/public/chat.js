/* Citizen web chat: stands in for a citizen's phone in the sandbox.
 * Plain browser script, no build step. Message text is citizen-supplied: it is only ever
 * written with textContent, and links are built as elements for http(s) URLs only. */
(function () {
  'use strict';

  var LOCALE_KEY = 'switchboard.web.locale';
  var MAX_NETWORK_RETRIES = 3;

  // Interface text in both languages. Welsh is first-class, not an afterthought.
  var TEXT = {
    en: {
      pageTitle: 'Chat with the council – Switchboard sandbox',
      skip: 'Skip to the message box',
      tag: 'Sandbox',
      title: 'Chat with the council',
      intro: 'Ask a question or report a problem. An automated assistant answers first and can pass you to a member of the council team.',
      language: 'Language',
      newConversation: 'Start a new conversation',
      conversation: 'Conversation',
      yourMessage: 'Your message',
      hint: 'Do not include bank details. Press Enter to send, Shift and Enter for a new line.',
      send: 'Send',
      footer: "This is a sandbox that stands in for a citizen's phone. Nothing here is sent by text message.",
      you: 'You',
      bot: 'Council assistant',
      agentSuffix: '(council team)',
      system: 'Council service',
      options: 'Options',
      opensNewTab: '(opens in a new tab)',
      sending: 'Sending…',
      connecting: 'Connecting…',
      connected: '',
      reconnecting: 'Connection lost. Trying to reconnect…',
      newStarted: 'New conversation started.',
      empty: 'Please type a message.',
      sendFailed: 'Sorry, your message could not be sent. Please try again – your message is still in the box.',
      networkFailed: 'Sorry, we could not reach the council. Check your connection and try again – your message is still in the box.',
      tooMany: 'You are sending messages very quickly. Please wait a minute, then send it again – your message is still in the box.',
      tooManyConversations: 'You have started a lot of new conversations. Please wait a while, or carry on with this one.',
      historyFailed: 'Sorry, earlier messages could not be loaded.',
    },
    cy: {
      pageTitle: "Sgwrsio gyda'r cyngor – blwch tywod Switchboard",
      skip: "Neidio i'r blwch neges",
      tag: 'Blwch tywod',
      title: "Sgwrsio gyda'r cyngor",
      intro: "Gofynnwch gwestiwn neu rhowch wybod am broblem. Mae cynorthwyydd awtomataidd yn ateb yn gyntaf a gall eich trosglwyddo i aelod o dîm y cyngor.",
      language: 'Iaith',
      newConversation: 'Dechrau sgwrs newydd',
      conversation: 'Sgwrs',
      yourMessage: 'Eich neges',
      hint: "Peidiwch â chynnwys manylion banc. Pwyswch Enter i anfon, Shift ac Enter am linell newydd.",
      send: 'Anfon',
      footer: "Blwch tywod yw hwn sy'n cymryd lle ffôn dinesydd. Nid oes dim yma'n cael ei anfon drwy neges destun.",
      you: 'Chi',
      bot: 'Cynorthwyydd y cyngor',
      agentSuffix: '(tîm y cyngor)',
      system: 'Gwasanaeth y cyngor',
      options: 'Dewisiadau',
      opensNewTab: '(yn agor mewn tab newydd)',
      sending: 'Yn anfon…',
      connecting: 'Yn cysylltu…',
      connected: '',
      reconnecting: "Collwyd y cysylltiad. Yn ceisio ailgysylltu…",
      newStarted: "Sgwrs newydd wedi dechrau.",
      empty: 'Teipiwch neges.',
      sendFailed: "Mae'n ddrwg gennym, nid oedd modd anfon eich neges. Rhowch gynnig arall arni – mae eich neges yn dal yn y blwch.",
      networkFailed: "Mae'n ddrwg gennym, nid oedd modd cysylltu â'r cyngor. Gwiriwch eich cysylltiad a rhowch gynnig arall arni – mae eich neges yn dal yn y blwch.",
      tooMany: "Rydych chi'n anfon negeseuon yn gyflym iawn. Arhoswch funud, yna anfonwch hi eto – mae eich neges yn dal yn y blwch.",
      tooManyConversations: "Rydych chi wedi dechrau llawer o sgyrsiau newydd. Arhoswch am ychydig, neu daliwch ati gyda'r un yma.",
      historyFailed: "Mae'n ddrwg gennym, nid oedd modd llwytho negeseuon cynharach.",
    },
  };

  var els = {
    log: document.getElementById('log'),
    list: document.getElementById('messages'),
    form: document.getElementById('composer'),
    input: document.getElementById('message-text'),
    send: document.getElementById('send'),
    error: document.getElementById('send-error'),
    connection: document.getElementById('connection'),
    newConversation: document.getElementById('new-conversation'),
  };

  var state = {
    // Bumped whenever a new conversation starts, so late answers about the old one are ignored.
    generation: 0,
    locale: localStorage.getItem(LOCALE_KEY) === 'cy' ? 'cy' : 'en',
    seen: new Set(), // server message ids already on screen
    source: null, // the EventSource
    opened: false, // whether the stream has connected once (so the next open is a reconnect)
    sending: false,
    // The last message that failed on the network: resending the same text reuses its id,
    // so the server can drop the duplicate if the first attempt did arrive.
    lastFailed: null,
  };

  function t(key) {
    return TEXT[state.locale][key];
  }

  function newId() {
    return crypto.randomUUID();
  }

  /**
   * Starts a conversation: the server issues its session in an HttpOnly cookie that this script
   * never sees, so nothing on the page (or in a link) can open someone else's conversation.
   */
  async function newSession() {
    var response = await fetch('/api/web/sessions', { method: 'POST', headers: { Accept: 'application/json' } });
    if (response.status === 429) throw new Error(t('tooManyConversations'));
    if (!response.ok) throw new Error('session ' + response.status);
  }

  // ---------- language ----------

  function applyLocale() {
    document.documentElement.lang = state.locale;
    document.title = t('pageTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      var text = TEXT[state.locale][el.getAttribute('data-i18n')];
      if (typeof text === 'string') el.textContent = text;
    });
    document.querySelectorAll('input[name="locale"]').forEach(function (radio) {
      radio.checked = radio.value === state.locale;
    });
  }

  document.querySelectorAll('input[name="locale"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (!radio.checked) return;
      state.locale = radio.value === 'cy' ? 'cy' : 'en';
      localStorage.setItem(LOCALE_KEY, state.locale);
      applyLocale();
    });
  });

  // ---------- rendering ----------

  var URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

  /** Appends text to a parent, turning http(s) URLs into links built as elements. */
  function appendLinkified(parent, text) {
    var last = 0;
    String(text).replace(URL_PATTERN, function (match, offset) {
      // Trailing punctuation belongs to the sentence, not the URL.
      var url = match.replace(/[.,;:!?)\]]+$/, '');
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      var link = safeLink(url, url);
      parent.appendChild(link || document.createTextNode(url));
      last = offset + url.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /** Builds a link that opens in a new tab, or returns null unless the URL is http(s). */
  function safeLink(url, label) {
    var parsed;
    try {
      parsed = new window.URL(url, window.location.href);
    } catch {
      return null;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    var a = document.createElement('a');
    a.href = parsed.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = label;
    var hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = ' ' + t('opensNewTab');
    a.appendChild(hint);
    return a;
  }

  function speakerKind(message) {
    if (message.speaker && message.speaker.kind) return message.speaker.kind;
    return message.direction === 'in' ? 'citizen' : 'bot';
  }

  function speakerLabel(message) {
    var kind = speakerKind(message);
    if (kind === 'citizen') return t('you');
    if (kind === 'agent') return (message.speaker.name || '') + ' ' + t('agentSuffix');
    if (kind === 'system') return t('system');
    return t('bot');
  }

  function formatTime(at) {
    var date = new Date(at || Date.now());
    if (isNaN(date.getTime())) date = new Date();
    return date;
  }

  /** Builds one message as a list item: visible speaker, bubble, time, choices. */
  function buildMessage(message) {
    var kind = speakerKind(message);
    var li = document.createElement('li');
    li.className = 'msg msg--' + kind;
    if (message.id) li.dataset.id = message.id;
    var when = formatTime(message.at);
    li.dataset.at = String(when.getTime());

    var speaker = document.createElement('p');
    speaker.className = 'speaker';
    speaker.textContent = speakerLabel(message);
    li.appendChild(speaker);

    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    // A card carries the same answer as the text (the text is the fallback for channels without
    // cards), so show one or the other, never both.
    if (message.card) {
      bubble.appendChild(buildCard(message.card));
    } else {
      String(message.text || '').split(/\n{2,}/).forEach(function (para) {
        if (!para) return;
        var p = document.createElement('p');
        appendLinkified(p, para);
        bubble.appendChild(p);
      });
    }
    li.appendChild(bubble);

    var time = document.createElement('time');
    time.dateTime = when.toISOString();
    time.textContent = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
    li.appendChild(time);

    if (kind !== 'citizen' && Array.isArray(message.choices) && message.choices.length) {
      li.appendChild(buildChoices(message.choices));
    }
    return li;
  }

  function buildCard(card) {
    var box = document.createElement('div');
    box.className = 'card';
    var title = document.createElement('h3');
    title.textContent = card.title || '';
    box.appendChild(title);
    (card.lines || []).forEach(function (line) {
      var p = document.createElement('p');
      appendLinkified(p, line);
      box.appendChild(p);
    });
    var links = (card.links || []).map(function (l) { return safeLink(l.url, l.label || l.url); }).filter(Boolean);
    if (links.length) {
      var ul = document.createElement('ul');
      links.forEach(function (a) {
        var item = document.createElement('li');
        item.appendChild(a);
        ul.appendChild(item);
      });
      box.appendChild(ul);
    }
    return box;
  }

  function buildChoices(choices) {
    var group = document.createElement('div');
    group.className = 'choices';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t('options'));
    choices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.addEventListener('click', function () {
        send({ text: choice.label, choice: choice.value });
      });
      group.appendChild(button);
    });
    return group;
  }

  /** Only the newest message's choices are live; older ones are stale once anything follows. */
  function pruneStaleChoices() {
    var groups = els.list.querySelectorAll('.choices');
    var lastItem = els.list.lastElementChild;
    groups.forEach(function (group) {
      if (group.parentElement === lastItem) return;
      var hadFocus = group.contains(document.activeElement);
      group.remove();
      if (hadFocus) els.input.focus();
    });
  }

  function scrollToEnd() {
    els.log.scrollTop = els.log.scrollHeight;
  }

  /**
   * Shows a message once per id. Live messages go at the end (arrival order is the truth, and
   * the browser's clock may differ from the server's); history fills gaps in server time order.
   */
  function addMessage(message, live) {
    if (!message || typeof message !== 'object') return;
    if (message.id && state.seen.has(message.id)) return;
    if (speakerKind(message) === 'citizen' && adoptPending(message)) return;
    if (message.id) state.seen.add(message.id);
    var li = buildMessage(message);
    var before = null;
    if (!live) {
      var at = Number(li.dataset.at);
      var items = els.list.children;
      for (var i = items.length - 1; i >= 0; i--) {
        if (items[i].classList.contains('msg--local')) continue; // stamped by our clock: skip
        if (Number(items[i].dataset.at) > at) before = items[i];
        else break;
      }
    }
    els.list.insertBefore(li, before);
    pruneStaleChoices();
    scrollToEnd();
  }

  /** The server's copy of a message we already show: give our bubble the server id. */
  function adoptPending(message) {
    var mine = els.list.querySelectorAll('.msg--citizen.msg--local:not([data-id])');
    for (var i = 0; i < mine.length; i++) {
      var el = mine[i];
      if (el.dataset.clientId === message.id || el.dataset.text === message.text) {
        el.dataset.id = message.id;
        el.dataset.at = String(formatTime(message.at).getTime());
        el.classList.remove('msg--local');
        state.seen.add(message.id);
        return true;
      }
    }
    return false;
  }

  // ---------- sending ----------

  function showError(text) {
    els.error.textContent = text || '';
  }

  function postMessage(body) {
    return fetch('/api/web/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  }

  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  /** POSTs, retrying network failures with the same clientMessageId so the server dedupes. */
  async function postWithRetry(body) {
    for (var attempt = 0; ; attempt++) {
      try {
        return await postMessage(body);
      } catch (err) {
        if (attempt >= MAX_NETWORK_RETRIES) throw err;
        await wait(400 * Math.pow(2, attempt));
      }
    }
  }

  async function readError(response) {
    try {
      var data = await response.json();
      if (data && data.error && typeof data.error.message === 'string') return data.error.message;
    } catch {
      // Not JSON: fall back to the kind message alone.
    }
    return '';
  }

  async function send(input) {
    var text = String(input.text || '').trim();
    if (!text) {
      showError(t('empty'));
      els.input.focus();
      return;
    }
    if (state.sending) return;
    state.sending = true;
    els.send.disabled = true;
    showError('');

    var reuse = state.lastFailed && state.lastFailed.text === text && state.lastFailed.choice === input.choice;
    var clientMessageId = reuse ? state.lastFailed.clientMessageId : newId();
    var body = { clientMessageId: clientMessageId, text: text, locale: state.locale };
    if (input.choice !== undefined) body.choice = input.choice;

    // Show the message straight away, marked as sending; the server's copy is adopted later.
    var pending = buildMessage({ direction: 'in', speaker: { kind: 'citizen' }, text: text, at: new Date().toISOString() });
    pending.classList.add('msg--local', 'msg--pending');
    pending.dataset.clientId = clientMessageId;
    pending.dataset.text = text;
    var stateNote = document.createElement('span');
    stateNote.className = 'msg-state';
    stateNote.textContent = t('sending');
    pending.appendChild(stateNote);
    els.list.appendChild(pending);
    scrollToEnd();

    try {
      var response;
      try {
        response = await postWithRetry(body);
      } catch {
        state.lastFailed = { text: text, choice: input.choice, clientMessageId: clientMessageId };
        throw new Error(t('networkFailed'));
      }
      if (response.status === 401) {
        // The conversation's session ended (it is kept as long as its transcript): start a new one and send again.
        await newSession();
        response = await postWithRetry(body);
      }
      if (response.status === 429) {
        state.lastFailed = null;
        throw new Error(t('tooMany'));
      }
      if (!response.ok) {
        var detail = await readError(response);
        state.lastFailed = null;
        throw new Error(t('sendFailed') + (detail ? ' (' + detail + ')' : ''));
      }
      state.lastFailed = null;
      pending.classList.remove('msg--pending');
      stateNote.remove();
      pruneStaleChoices();
      // Clear the box only if it still holds what was sent (a choice click leaves typing alone).
      if (input.fromBox && els.input.value.trim() === text) els.input.value = '';
    } catch (err) {
      pending.remove();
      showError(err.message);
      els.input.focus();
    } finally {
      state.sending = false;
      els.send.disabled = false;
    }
  }

  els.form.addEventListener('submit', function (event) {
    event.preventDefault();
    send({ text: els.input.value, fromBox: true });
  });

  els.input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      els.form.requestSubmit();
    }
  });

  // ---------- receiving ----------

  function setConnection(text) {
    els.connection.textContent = text;
  }

  /** Fetches this conversation's history; false when there is no conversation yet (no session cookie). */
  async function loadHistory() {
    var generation = state.generation;
    try {
      var response = await fetch('/api/web/history', { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (response.status === 401) return false;
      if (!response.ok) throw new Error('history ' + response.status);
      var data = await response.json();
      if (generation !== state.generation) return true; // a new conversation started meanwhile
      (data.messages || []).forEach(function (message) { addMessage(message, false); });
    } catch (err) {
      console.error(err);
      setConnection(t('historyFailed'));
    }
    return true;
  }

  function connect() {
    if (state.source) state.source.close();
    state.opened = false;
    setConnection(t('connecting'));
    var source = new EventSource('/api/web/events');
    state.source = source;
    source.addEventListener('open', function () {
      if (els.connection.textContent !== t('newStarted')) setConnection(t('connected'));
      // On reconnect, fetch what was said while we were away (dedupe by id handles overlap).
      if (state.opened) loadHistory();
      state.opened = true;
    });
    source.addEventListener('message', function (event) {
      try {
        addMessage(JSON.parse(event.data), true);
      } catch (err) {
        console.error('Bad message event', err);
      }
    });
    source.addEventListener('error', function () {
      setConnection(t('reconnecting'));
      // The browser retries by itself unless the server refused the stream outright.
      if (source.readyState === EventSource.CLOSED && state.source === source) {
        setTimeout(function () {
          if (state.source === source) {
            connect();
            loadHistory();
          }
        }, 3000);
      }
    });
  }

  /** Shows a conversation: a new one (fresh) or the one this browser already has, creating it if there is none. */
  async function startConversation(fresh) {
    state.generation += 1;
    state.seen = new Set();
    state.lastFailed = null;
    els.list.textContent = '';
    if (fresh || !(await loadHistory())) {
      await newSession();
      await loadHistory();
    }
    connect();
  }

  els.newConversation.addEventListener('click', function () {
    startConversation(true).then(
      function () {
        showError('');
        setConnection(t('newStarted'));
        els.input.focus();
      },
      function (err) {
        showError(err.message);
      },
    );
  });

  applyLocale();
  startConversation(false).catch(function (err) {
    showError(err.message);
  });
})();
