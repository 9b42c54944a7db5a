/* Agent console: stands in for the agent desk in the sandbox. Plain browser script.
 * Every value from the server (citizen text above all) is written with textContent. */
(function () {
  'use strict';

  var DECISIONS_SHOWN = 50;

  var CHANNELS = { sms: 'SMS', teams: 'Microsoft Teams', web: 'Web chat' };
  var REASONS = {
    requested: 'Asked for a person',
    complaint: 'Wants to make a complaint',
    crisis: 'Crisis signal – urgent',
    unsure: 'The bot was not sure what was asked',
    'repeated-failure': 'The bot kept misunderstanding',
    'no-answer': 'No answer in the council’s articles',
    outage: 'A council system is down',
  };
  var RISKS = {
    suicide: 'Suicide risk',
    danger: 'In immediate danger',
    'self-harm': 'Self-harm',
    abuse: 'Abuse or domestic abuse',
    child: 'A child at risk',
    homeless: 'Homeless tonight',
  };
  var SIGNPOSTING = {
    sent: 'the citizen was sent where to get help now',
    'sent-recently': 'the citizen was sent where to get help in the last 10 minutes (not repeated)',
    'not-sent': 'nothing was said to the citizen',
  };
  var STATUSES = { open: 'Waiting – not claimed', claimed: 'Claimed', resolved: 'Resolved', cancelled: 'Cancelled' };

  function $(id) {
    return document.getElementById(id);
  }

  var els = {
    signedInAs: $('signed-in-as'),
    signOut: $('sign-out'),
    takeOverRow: $('take-over-row'),
    takeOver: $('take-over'),
    releaseRow: $('release-row'),
    release: $('release'),
    decisionsPanel: $('decisions-panel'),
    connection: $('connection'),
    queue: $('queue'),
    queueCount: $('queue-count'),
    ticketHeading: $('ticket-heading'),
    ticketEmpty: $('ticket-empty'),
    ticket: $('ticket'),
    facts: $('ticket-facts'),
    summary: $('ticket-summary'),
    actionError: $('action-error'),
    actionStatus: $('action-status'),
    claimRow: $('claim-row'),
    claim: $('claim'),
    transcript: $('transcript'),
    replyForm: $('reply-form'),
    replyText: $('reply-text'),
    noteForm: $('note-form'),
    noteText: $('note-text'),
    resolve: $('resolve'),
    decisions: $('decisions'),
    decisionsFilter: $('decisions-filter'),
  };

  // A live banner for safeguarding alerts: made here so the page's markup stays as it is.
  els.alert = el('div', 'error-message');
  els.alert.id = 'safeguarding-alert';
  els.alert.setAttribute('role', 'alert');
  document.querySelector('.console-grid').before(els.alert);

  var state = {
    tickets: new Map(), // id → { ticket, seenAt } (seenAt lets the waiting time tick locally)
    selectedId: null,
    selected: null,
    transcriptIds: new Set(),
    decisions: [],
    decisionIds: new Set(),
    opened: false,
  };

  // ---------- small helpers ----------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function humanise(code) {
    var text = String(code || '').replace(/[_-]+/g, ' ').trim();
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Not given';
  }

  function reasonText(reason) {
    return REASONS[reason] || humanise(reason);
  }

  function riskText(kind) {
    return RISKS[kind] || humanise(kind);
  }

  /** One line for a ticket's latest safeguarding signal (its `concern`). */
  function concernText(concern) {
    var what = concern.level === 'clear' ? riskText(concern.riskKind) : 'May be at risk (' + riskText(concern.riskKind).toLowerCase() + '): please check';
    return what + ' at ' + formatTime(concern.at) + '; ' + (SIGNPOSTING[concern.signposting] || humanise(concern.signposting)) + '.';
  }

  /** Shows a new safeguarding signal above everything, with a way to open the ticket. */
  function showAlert(ticket) {
    els.alert.textContent = '';
    els.alert.appendChild(el('strong', null, 'Safeguarding alert: '));
    els.alert.appendChild(document.createTextNode(concernText(ticket.concern) + ' The ticket is now urgent. '));
    var open = el('button', 'button-secondary', 'Open the ticket');
    open.type = 'button';
    open.addEventListener('click', function () {
      els.alert.textContent = '';
      selectTicket(ticket.id, true);
    });
    els.alert.appendChild(open);
  }

  function channelName(channel) {
    return CHANNELS[channel] || humanise(channel);
  }

  function formatDuration(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    if (s < 60) return 'under a minute';
    var minutes = Math.floor(s / 60);
    if (minutes < 60) return minutes + (minutes === 1 ? ' minute' : ' minutes');
    var hours = Math.floor(minutes / 60);
    var rest = minutes % 60;
    return hours + (hours === 1 ? ' hour' : ' hours') + (rest ? ' ' + rest + ' min' : '');
  }

  function formatTime(at) {
    var date = new Date(at);
    if (isNaN(date.getTime())) return '';
    return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function timeElement(at) {
    var time = el('time', null, formatTime(at));
    var date = new Date(at);
    if (!isNaN(date.getTime())) time.dateTime = date.toISOString();
    return time;
  }

  function waitingSeconds(entry) {
    return (Number(entry.ticket.waitingSeconds) || 0) + (Date.now() - entry.seenAt) / 1000;
  }

  /** Who is signed in (from /api/staff/me): { id, name, roles }, and the token every change must carry. */
  var me = null;
  var csrfToken = '';

  function isSupervisor() {
    return Boolean(me && me.roles.indexOf('supervisor') !== -1);
  }

  async function api(method, path, body) {
    var options = { method: method, headers: { Accept: 'application/json' }, cache: 'no-store' };
    if (method !== 'GET') options.headers['X-CSRF-Token'] = csrfToken;
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    var response = await fetch(path, options);
    var data = await response.json().catch(function () {
      return null; // not JSON: report the status alone
    });
    if (response.status === 401) {
      // The session ended (idle, too old, or signed out elsewhere): sign in again and come back.
      window.location.assign('/auth/sign-in?returnTo=' + encodeURIComponent('/console'));
    }
    if (!response.ok) {
      var message = data && data.error && data.error.message ? data.error.message : 'The server answered ' + response.status + '.';
      var error = new Error(message);
      error.code = data && data.error ? data.error.code : undefined;
      throw error;
    }
    return data || {};
  }

  // ---------- who is signed in ----------

  async function loadMe() {
    var data = await api('GET', '/api/staff/me');
    me = data.staff;
    csrfToken = data.csrfToken;
    els.signedInAs.textContent = 'Signed in as ' + me.name + ' (' + me.roles.join(', ') + ').';
    els.decisionsPanel.hidden = !isSupervisor();
  }

  els.signOut.addEventListener('click', async function () {
    await api('POST', '/auth/sign-out').catch(function () { return null; });
    window.location.assign('/');
  });

  // ---------- queue ----------

  function upsertTicket(ticket) {
    if (!ticket || !ticket.id) return;
    state.tickets.set(ticket.id, { ticket: ticket, seenAt: Date.now() });
    if (ticket.id === state.selectedId) {
      state.selected = ticket;
      renderTicketFacts();
    }
  }

  function sortedActive() {
    var active = [];
    state.tickets.forEach(function (entry) {
      if (entry.ticket.status === 'open' || entry.ticket.status === 'claimed') active.push(entry);
    });
    return active.sort(function (a, b) {
      var urgency = (b.ticket.priority === 'urgent') - (a.ticket.priority === 'urgent');
      if (urgency) return urgency;
      return new Date(a.ticket.createdAt).getTime() - new Date(b.ticket.createdAt).getTime();
    });
  }

  function renderQueue() {
    var focusedId = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.ticketId : null;
    var active = sortedActive();
    els.queue.textContent = '';
    if (!active.length) els.queue.appendChild(el('li', 'empty', 'No one is waiting.'));
    active.forEach(function (entry) {
      var ticket = entry.ticket;
      var button = el('button', 'ticket-button');
      button.type = 'button';
      button.dataset.ticketId = ticket.id;
      if (ticket.id === state.selectedId) button.setAttribute('aria-current', 'true');

      var top = el('span', 'ticket-reason');
      var urgent = ticket.priority === 'urgent';
      top.appendChild(el('span', 'priority' + (urgent ? ' priority--urgent' : ''), urgent ? 'Urgent' : 'Normal'));
      top.appendChild(document.createTextNode(reasonText(ticket.reason)));
      button.appendChild(top);

      var status = ticket.status === 'claimed' && ticket.claimedBy ? 'Claimed by ' + ticket.claimedBy : STATUSES[ticket.status];
      button.appendChild(el('span', 'ticket-meta', channelName(ticket.channel) + ' · waiting ' + formatDuration(waitingSeconds(entry)) + ' · ' + status));
      var flags = [];
      if (ticket.riskKind) flags.push('Risk: ' + riskText(ticket.riskKind));
      else if (ticket.concern) flags.push('May be at risk: check');
      if (ticket.outOfHours) flags.push('Out of hours');
      if (ticket.callbackRequested) flags.push('Callback requested');
      if (flags.length) button.appendChild(el('span', 'ticket-meta', flags.join(' · ')));
      button.appendChild(el('span', 'ticket-meta', ticket.address));

      button.addEventListener('click', function () {
        selectTicket(ticket.id, true);
      });
      var li = el('li');
      li.appendChild(button);
      els.queue.appendChild(li);
      if (focusedId === ticket.id) button.focus();
    });
    var open = active.filter(function (e) { return e.ticket.status === 'open'; }).length;
    els.queueCount.textContent = open === 1 ? '1 ticket waiting to be claimed.' : open + ' tickets waiting to be claimed.';
  }

  async function loadQueue() {
    var data = await api('GET', '/api/console/tickets');
    state.tickets.clear();
    (data.tickets || []).forEach(upsertTicket);
    renderQueue();
  }

  // The waiting times tick while the page is open.
  function tick() {
    renderQueue();
    setTimeout(tick, 30000);
  }

  // ---------- the selected ticket ----------

  function addFact(label, value) {
    els.facts.appendChild(el('dt', null, label));
    els.facts.appendChild(el('dd', null, value));
  }

  function renderTicketFacts() {
    var ticket = state.selected;
    if (!ticket) return;
    els.ticketHeading.textContent = 'Ticket: ' + reasonText(ticket.reason);
    els.facts.textContent = '';
    addFact('Priority', ticket.priority === 'urgent' ? 'Urgent' : 'Normal');
    if (ticket.riskKind) addFact('Risk', riskText(ticket.riskKind));
    if (ticket.concern) addFact('Safeguarding', concernText(ticket.concern));
    if (ticket.previousReason && ticket.previousReason !== ticket.reason) addFact('First handed over for', reasonText(ticket.previousReason));
    addFact('Status', ticket.status === 'claimed' && ticket.claimedBy ? 'Claimed by ' + ticket.claimedBy : STATUSES[ticket.status] || humanise(ticket.status));
    addFact('Channel', channelName(ticket.channel));
    addFact('Address', ticket.address);
    var entry = state.tickets.get(ticket.id);
    if (entry && (ticket.status === 'open' || ticket.status === 'claimed')) addFact('Waiting', formatDuration(waitingSeconds(entry)));
    addFact('Out of hours', ticket.outOfHours ? 'Yes' : 'No');
    addFact('Callback requested', ticket.callbackRequested ? 'Yes' : 'No');
    els.summary.textContent = ticket.summary || 'No summary.';

    var active = ticket.status === 'open' || ticket.status === 'claimed';
    var mine = ticket.status === 'claimed' && me && ticket.claimedById === me.id;
    els.claimRow.hidden = ticket.status !== 'open';
    // A supervisor may move a colleague's conversation to themselves.
    els.takeOverRow.hidden = !(isSupervisor() && ticket.status === 'claimed' && !mine);
    // ... or put it back in the queue for someone else to claim (reassigning it).
    els.releaseRow.hidden = !(isSupervisor() && ticket.status === 'claimed');
    els.replyForm.hidden = !mine;
    els.resolve.parentElement.hidden = !mine;
    els.noteForm.hidden = !active;
  }

  function speakerLabel(message) {
    var speaker = message.speaker || {};
    if (speaker.kind === 'agent') return (speaker.name || 'Agent') + ' (council team)';
    if (speaker.kind === 'bot') return 'Council assistant';
    if (speaker.kind === 'system') return 'System';
    if (speaker.kind === 'citizen' || message.direction === 'in') return 'Citizen';
    return 'Council assistant';
  }

  function appendTranscript(message) {
    if (!message) return;
    if (message.id) {
      if (state.transcriptIds.has(message.id)) return;
      state.transcriptIds.add(message.id);
    }
    var kind = message.internal ? 'internal' : (message.speaker && message.speaker.kind) || (message.direction === 'in' ? 'citizen' : 'bot');
    var li = el('li', 'msg msg--' + kind + (message.internal ? ' msg--internal' : ''));
    li.appendChild(el('p', 'speaker', speakerLabel(message)));
    var bubble = el('div', 'bubble');
    if (message.internal) bubble.appendChild(el('span', 'internal-label', 'Internal note — not sent'));
    bubble.appendChild(el('p', null, message.text || ''));
    li.appendChild(bubble);
    li.appendChild(timeElement(message.at));
    els.transcript.appendChild(li);
    els.transcript.scrollTop = els.transcript.scrollHeight;
  }

  async function selectTicket(id, moveFocus) {
    var first = state.selectedId !== id;
    state.selectedId = id;
    els.actionError.textContent = '';
    if (first) els.actionStatus.textContent = '';
    try {
      var data = await api('GET', '/api/console/tickets/' + encodeURIComponent(id));
      if (state.selectedId !== id) return; // another ticket was chosen meanwhile
      state.selected = data.ticket;
      if (data.ticket) upsertTicket(data.ticket);
      if (first) {
        els.transcript.textContent = '';
        state.transcriptIds = new Set();
      }
      (data.transcript || []).forEach(appendTranscript);
      if (!els.transcript.children.length) els.transcript.appendChild(el('li', 'empty', 'No messages yet.'));
      els.ticketEmpty.hidden = true;
      els.ticket.hidden = false;
      renderTicketFacts();
      renderQueue();
      renderDecisions();
      if (moveFocus) els.ticketHeading.focus();
    } catch (err) {
      els.actionError.textContent = 'Could not open the ticket: ' + err.message;
    }
  }

  /** Runs one agent action, showing the server's message on failure. */
  async function act(button, run) {
    els.actionError.textContent = '';
    els.actionStatus.textContent = '';
    button.disabled = true;
    try {
      await run();
      return true;
    } catch (err) {
      els.actionError.textContent = err.message;
      if (state.selectedId) selectTicket(state.selectedId, false);
      return false;
    } finally {
      button.disabled = false;
    }
  }

  function ticketPath(suffix) {
    return '/api/console/tickets/' + encodeURIComponent(state.selectedId) + '/' + suffix;
  }

  /** Makes the selected conversation yours (claim, or a supervisor's take-over), then opens the reply box. */
  function takeTicket(button, action, done) {
    button.addEventListener('click', function () {
      if (!state.selectedId) return;
      act(button, async function () {
        var data = await api('POST', ticketPath(action), {});
        if (data.ticket) upsertTicket(data.ticket);
        await selectTicket(state.selectedId, false);
        els.actionStatus.textContent = done;
        els.replyText.focus();
      });
    });
  }

  takeTicket(els.claim, 'claim', 'You claimed this ticket. The citizen will see your name.');
  takeTicket(els.takeOver, 'take-over', 'You took over this conversation. The citizen will see your name.');

  els.release.addEventListener('click', function () {
    if (!state.selectedId) return;
    act(els.release, async function () {
      var data = await api('POST', ticketPath('release'), {});
      if (data.ticket) upsertTicket(data.ticket);
      await selectTicket(state.selectedId, false);
      renderQueue();
      els.actionStatus.textContent = 'Back in the queue. The citizen was told someone else will pick it up.';
    });
  });

  els.replyForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = els.replyText.value.trim();
    if (!state.selectedId) return;
    if (!text) {
      els.actionError.textContent = 'Type a message to the citizen first.';
      els.replyText.focus();
      return;
    }
    act($('send-reply'), async function () {
      await api('POST', ticketPath('messages'), { text: text });
      els.replyText.value = '';
      els.actionStatus.textContent = 'Sent to the citizen.';
      await selectTicket(state.selectedId, false);
    });
  });

  els.noteForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = els.noteText.value.trim();
    if (!state.selectedId) return;
    if (!text) {
      els.actionError.textContent = 'Type the note first.';
      els.noteText.focus();
      return;
    }
    act($('add-note'), async function () {
      await api('POST', ticketPath('notes'), { text: text });
      els.noteText.value = '';
      els.actionStatus.textContent = 'Internal note added. It was not sent to the citizen.';
      await selectTicket(state.selectedId, false);
    });
  });

  els.resolve.addEventListener('click', function () {
    if (!state.selectedId) return;
    act(els.resolve, async function () {
      var data = await api('POST', ticketPath('resolve'), {});
      if (data.ticket) upsertTicket(data.ticket);
      await selectTicket(state.selectedId, false);
      renderQueue();
      els.actionStatus.textContent = 'Resolved. The citizen is back with the automated assistant.';
      els.ticketHeading.focus();
    });
  });

  // ---------- what the bot decided ----------

  function addDecision(decision, atEnd) {
    if (!decision || (decision.id && state.decisionIds.has(decision.id))) return;
    if (decision.id) state.decisionIds.add(decision.id);
    if (atEnd) state.decisions.push(decision);
    else state.decisions.unshift(decision);
    if (state.decisions.length > DECISIONS_SHOWN * 4) {
      state.decisions.pop();
    }
  }

  function percent(confidence) {
    var n = Number(confidence);
    if (!isFinite(n)) return 'not given';
    return Math.round(n <= 1 ? n * 100 : n) + '%';
  }

  function decisionItem(d) {
    var li = el('li');
    var heading = el('h3');
    heading.appendChild(timeElement(d.at));
    heading.appendChild(document.createTextNode(' · ' + (d.address || 'unknown conversation')));
    li.appendChild(heading);
    var dl = el('dl', 'summary-list');
    function fact(label, value, className) {
      dl.appendChild(el('dt', null, label));
      dl.appendChild(el('dd', className || null, value));
    }
    fact('Outcome', humanise(d.outcome));
    fact('Rule', d.rule || 'none');
    if (d.understanding) {
      var u = d.understanding;
      fact('Understood', humanise(u.kind) + (u.flowId ? ' – ' + u.flowId : ''));
      fact('Confidence', percent(u.confidence) + (u.source ? ' (' + u.source + ')' : ''));
      if (u.model) {
        var m = u.model;
        fact('Model', m.model + ', prompt ' + m.promptVersion + ', ' + humanise(m.result) + (m.tool ? ', tool ' + m.tool : '') +
          ', ' + m.latencyMs + ' ms' + (m.tokens ? ', ' + (m.tokens.prompt + m.tokens.completion) + ' tokens' : ''));
      }
    } else {
      fact('Understood', 'Not asked (the turn continued a form or was handled by a rule)');
    }
    if (d.flowId) fact('Flow', d.flowId + (d.step ? ', step: ' + d.step : ''));
    else if (d.step) fact('Step', d.step);
    if (d.filledSlots && d.filledSlots.length) fact('Slots filled', d.filledSlots.join(', '));
    var guards = d.guardrails || [];
    fact('Guardrails', guards.length ? 'Fired: ' + guards.join(', ') : 'None fired', guards.length ? 'guardrail' : null);
    li.appendChild(dl);
    return li;
  }

  function renderDecisions() {
    var only = els.decisionsFilter.checked && state.selected ? state.selected.address : null;
    var shown = state.decisions.filter(function (d) { return !only || d.address === only; }).slice(0, DECISIONS_SHOWN);
    els.decisions.textContent = '';
    if (!shown.length) els.decisions.appendChild(el('li', 'empty', 'No decisions yet.'));
    shown.forEach(function (d) { els.decisions.appendChild(decisionItem(d)); });
  }

  els.decisionsFilter.addEventListener('change', renderDecisions);

  async function loadDecisions() {
    var data = await api('GET', '/api/console/decisions?' + new URLSearchParams({ limit: String(DECISIONS_SHOWN) }));
    state.decisions = [];
    state.decisionIds = new Set();
    (data.decisions || []).forEach(function (d) { addDecision(d, true); });
    renderDecisions();
  }

  // ---------- live updates ----------

  async function refreshAll() {
    try {
      await Promise.all([loadQueue(), isSupervisor() ? loadDecisions() : null]);
      if (state.selectedId) await selectTicket(state.selectedId, false);
    } catch (err) {
      els.connection.textContent = 'Could not load the console: ' + err.message;
    }
  }

  function onEvent(source, name, handler) {
    source.addEventListener(name, function (event) {
      try {
        handler(JSON.parse(event.data));
      } catch (err) {
        console.error('Bad ' + name + ' event', err);
      }
    });
  }

  function connect() {
    var source = new EventSource('/api/console/events');
    source.addEventListener('open', function () {
      els.connection.textContent = '';
      if (state.opened) refreshAll(); // catch up on anything missed while disconnected
      state.opened = true;
    });
    source.addEventListener('error', function () {
      els.connection.textContent = 'Live updates lost. Trying to reconnect…';
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(function () {
          connect();
          refreshAll();
        }, 3000);
      }
    });
    onEvent(source, 'ticket', function (ticket) {
      var known = state.tickets.get(ticket.id);
      var before = known && known.ticket.concern ? known.ticket.concern.at : null;
      upsertTicket(ticket);
      if (ticket.concern && ticket.concern.at !== before && (ticket.status === 'open' || ticket.status === 'claimed')) showAlert(ticket);
      renderQueue();
      if (!known && ticket.status === 'open') {
        els.queueCount.textContent = 'New ticket: ' + reasonText(ticket.reason) + ' (' + channelName(ticket.channel) + ').';
      }
    });
    onEvent(source, 'transcript', function (data) {
      if (!state.selected || !data || !data.message) return;
      if (data.ticketId === state.selectedId || (data.address && data.address === state.selected.address)) {
        var empty = els.transcript.querySelector('.empty');
        if (empty) empty.remove();
        appendTranscript(data.message);
      }
    });
    onEvent(source, 'decision', function (decision) {
      addDecision(decision, false);
      renderDecisions();
    });
  }

  loadMe().then(
    function () {
      connect();
      refreshAll();
      setTimeout(tick, 30000);
    },
    function (err) {
      els.signedInAs.textContent = 'Could not check who you are: ' + err.message;
    },
  );
})();
