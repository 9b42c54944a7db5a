/* Oversight page: figures from GET /api/admin/oversight drawn as charts (Chart.js, served
 * locally) with a real table beside each one. Charts never rely on colour alone: each series
 * has its own fill pattern or line dash and values are written on the chart. A withheld cell
 * reads "fewer than N", never 0. The admin token lives in sessionStorage only. */
(function () {
  'use strict';

  var TOKEN_KEY = 'switchboard.oversight.token';
  var NAMES = {
    all: 'All conversations', en: 'English', cy: 'Welsh', sms: 'SMS', teams: 'Microsoft Teams', web: 'Web chat',
    question: 'Questions answered from articles', other: 'Other',
  };
  var REASONS = {
    requested: 'Asked for a person', complaint: 'Wants to make a complaint', crisis: 'Crisis signal', unsure: 'The bot was not sure what was asked',
    'repeated-failure': 'The bot kept misunderstanding', 'no-answer': 'No answer in the council’s articles', outage: 'A council system was down',
  };
  var MEASURES = { resolvedShare: 'Resolved by the assistant', handedOverShare: 'Handed to a person', abandonedShare: 'Abandoned', satisfactionMean: 'Satisfaction' };
  var OUTCOMES = [
    { key: 'resolvedShare', label: 'Resolved by the assistant' },
    { key: 'handedOverShare', label: 'Handed to a person' },
    { key: 'abandonedShare', label: 'Abandoned' },
  ];

  var C = window.OversightCharts;
  var el = C.el;
  var table = C.table;
  var chart = C.chart;
  var barChart = C.barChart;
  var nextId = C.nextId;
  var SERIES = C.SERIES;

  function destroyCharts(within) {
    C.destroyCharts(within);
  }

  function $(id) {
    return document.getElementById(id);
  }

  var els = {
    tokenForm: $('token-form'), token: $('admin-token'), tokenError: $('token-error'), forget: $('token-forget'),
    periodForm: $('period-form'), from: $('period-from'), to: $('period-to'),
    status: $('status'), loadError: $('load-error'), figures: $('figures'), heading: $('figures-heading'),
    window: $('window'), csv: $('csv-link'), contents: $('contents'), sections: $('sections'),
  };
  var state = { report: null };

  // ---------- words and numbers ----------

  function humanise(code) {
    var text = String(code || '').replace(/[_-]+/g, ' ').trim();
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Not given';
  }

  function name(key) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(key)) {
      return new Date(key + 'T12:00:00Z').toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    }
    return NAMES[key] || humanise(key);
  }

  function fewer() {
    return 'fewer than ' + state.report.minCell;
  }

  function count(n) {
    return n === null || (n > 0 && n < state.report.minCell) ? fewer() : Number(n).toLocaleString('en-GB');
  }

  function pct(v) {
    return (v * 100).toFixed(1) + '%';
  }

  function duration(ms) {
    var s = Math.round(ms / 1000);
    if (s < 60) return s + (s === 1 ? ' second' : ' seconds');
    var m = Math.floor(s / 60);
    return m + (m === 1 ? ' minute' : ' minutes') + (s % 60 ? ' ' + (s % 60) + ' s' : '');
  }

  function gbp(v) {
    return '£' + v.toFixed(v < 0.1 ? 4 : 2);
  }

  function fixed(digits) {
    return function (v) {
      return v.toFixed(digits);
    };
  }

  /** A cell as text: the figure, or "fewer than N" when it is withheld. */
  function show(cell, format) {
    return cell.suppressed ? fewer() : format(cell.value);
  }

  function value(cell) {
    return cell.suppressed ? null : cell.value;
  }

  // ---------- page sections ----------

  function section(id, title, intro) {
    var s = el('section', 'oversight-section');
    s.id = id;
    var h = el('h2', null, title);
    h.id = id + '-heading';
    s.setAttribute('aria-labelledby', h.id);
    s.appendChild(h);
    if (intro) s.appendChild(el('p', 'hint', intro));
    els.sections.appendChild(s);
    var li = el('li');
    var a = el('a', null, title);
    a.href = '#' + id;
    li.appendChild(a);
    els.contents.appendChild(li);
    return s;
  }

  /** A chart and its table side by side (stacked on narrow screens). */
  function pair(parent, figure, tableEl) {
    var p = el('div', 'chart-pair');
    if (figure) p.appendChild(figure);
    p.appendChild(tableEl);
    parent.appendChild(p);
  }

  function withheldNote(groups) {
    var hidden = groups.filter(function (g) { return g.resolvedShare.suppressed; }).map(function (g) { return name(g.key); });
    return hidden.length ? ' Withheld (fewer than ' + state.report.minCell + ' conversations): ' + hidden.join(', ') + '.' : '';
  }

  function outcomes(parent, title, groups, vertical) {
    var labels = groups.map(function (g) { return name(g.key); });
    var series = OUTCOMES.map(function (o) {
      return { label: o.label, data: groups.map(function (g) { return value(g[o.key]) === null ? null : Math.round(g[o.key].value * 1000) / 10; }) };
    });
    var description = 'How conversations ended ' + title + ', as a share of each group: resolved, handed to a person, abandoned.' + withheldNote(groups);
    var height = vertical ? 300 : Math.max(160, 48 * groups.length + 80);
    var figure = chart(barChart(labels, series, { stacked: true, horizontal: !vertical, max: 100, format: function (v) { return v.toFixed(0) + '%'; }, tick: percentTick }), description, height);
    pair(parent, figure, table('How conversations ended ' + title, ['Group', 'Conversations', 'Resolved by the assistant', 'Handed to a person', 'Abandoned'], groups.map(function (g) {
      return [name(g.key), count(g.conversations), show(g.resolvedShare, pct), show(g.handedOverShare, pct), show(g.abandonedShare, pct)];
    })));
  }

  function percentTick(v) {
    return v + '%';
  }

  function counts(parent, title, cellOfCounts, namer, caption) {
    if (cellOfCounts.suppressed) {
      parent.appendChild(el('p', 'withheld-note', title + ': withheld (' + fewer() + ' conversations behind it).'));
      return;
    }
    // A null count was withheld by the server (fewer than minCell): it sorts last and reads "fewer than N".
    var entries = Object.keys(cellOfCounts.value).map(function (k) { return [k, cellOfCounts.value[k]]; }).sort(function (a, b) { return (b[1] || 0) - (a[1] || 0); });
    if (!entries.length) {
      parent.appendChild(el('p', 'empty', caption.empty));
      return;
    }
    // A small count is shown in the table as "fewer than N" and left off the chart.
    var data = entries.map(function (e) { return e[1] === null || (e[1] > 0 && e[1] < state.report.minCell) ? null : e[1]; });
    var figure = chart(barChart(entries.map(function (e) { return namer(e[0]); }), [{ label: 'Count', data: data }], { format: String }), caption.description, Math.max(160, 44 * entries.length + 60));
    pair(parent, figure, table(title, [caption.column, 'Count'], entries.map(function (e) { return [namer(e[0]), count(e[1])]; })));
  }

  function renderOutcomes(r) {
    var s = section('outcomes', 'How conversations ended', 'Share of conversations resolved by the assistant, handed to a person, or abandoned.');
    var o = r.overall;
    var dl = el('dl', 'summary-list key-figures');
    [
      ['Conversations', count(o.conversations)],
      ['Resolved by the assistant', show(o.resolvedShare, pct)],
      ['Handed to a person', show(o.handedOverShare, pct)],
      ['Abandoned', show(o.abandonedShare, pct)],
    ].forEach(function (pairOf) {
      dl.appendChild(el('dt', null, pairOf[0]));
      dl.appendChild(el('dd', null, pairOf[1]));
    });
    s.appendChild(dl);
    [['by channel', r.byChannel], ['by language', r.byLocale], ['by flow', r.byFlow]].forEach(function (g) {
      s.appendChild(el('h3', null, humanise(g[0])));
      outcomes(s, g[0], g[1], false);
    });
    s.appendChild(el('h3', null, 'By day'));
    outcomes(s, 'by day', r.byDay, true);
  }

  function renderHandovers(r) {
    var s = section('handovers', 'Handovers: why, and how long people waited', 'Why conversations were handed to a person, and how long until someone picked them up.');
    counts(s, 'Handovers by reason', r.overall.handoverReasons, function (k) { return REASONS[k] || humanise(k); }, {
      column: 'Reason', empty: 'No conversation was handed to a person in this period.', description: 'Handovers by reason, most common first.',
    });
    s.appendChild(el('h3', null, 'Time for a person to pick up'));
    var groups = [r.overall].concat(r.byChannel, r.byLocale);
    var minutes = function (cell) { return cell.suppressed ? null : Math.round(cell.value / 6000) / 10; };
    var figure = chart(barChart(groups.map(function (g) { return name(g.key); }), [
      { label: 'Half picked up within (p50)', data: groups.map(function (g) { return minutes(g.claimWaitP50Ms); }) },
      { label: '9 in 10 picked up within (p90)', data: groups.map(function (g) { return minutes(g.claimWaitP90Ms); }) },
    ], { format: function (v) { return v + ' min'; } }), 'Minutes until a person picked up a handover: p50 and p90, overall, by channel and by language.', 80 * groups.length + 60);
    pair(s, figure, table('Time for a person to pick up a handover', ['Group', 'Half picked up within (p50)', '9 in 10 picked up within (p90)'], groups.map(function (g) {
      return [name(g.key), show(g.claimWaitP50Ms, duration), show(g.claimWaitP90Ms, duration)];
    })));
  }

  function renderGuardrails(r) {
    var s = section('guardrails', 'Safety checks that fired', 'Guardrail triggers by kind: personal data redacted, injection attempts, model answers refused, outages.');
    counts(s, 'Safety checks by kind', r.overall.guardrails, String, { column: 'Check', empty: 'No safety check fired in this period.', description: 'Safety checks by kind, most common first.' });
  }

  function renderModel(r) {
    var s = section('model', 'Model use and cost', 'Model calls, tokens and estimated cost per conversation.');
    var groups = [r.overall].concat(r.byChannel, r.byLocale, r.byFlow);
    var figure = chart(barChart(groups.map(function (g) { return name(g.key); }), [
      { label: 'Tokens per conversation', data: groups.map(function (g) { return value(g.tokensPerConversation); }) },
    ], { format: function (v) { return Math.round(v).toLocaleString('en-GB'); } }), 'Model tokens per conversation, overall, by channel, language and flow.', 40 * groups.length + 60);
    pair(s, figure, table('Model use per conversation', ['Group', 'Model calls', 'Tokens', 'Estimated cost'], groups.map(function (g) {
      return [name(g.key), show(g.modelCallsPerConversation, fixed(2)), show(g.tokensPerConversation, fixed(0)), show(g.costPerConversationGbp, gbp)];
    })));
  }

  function renderSatisfaction(r) {
    var s = section('satisfaction', 'Satisfaction', 'The mean answer to “How did we do?” (1 to 5) and how many people answered.');
    var groups = [r.overall].concat(r.byChannel, r.byLocale);
    var figure = chart(barChart(groups.map(function (g) { return name(g.key); }), [
      { label: 'Mean score out of 5', data: groups.map(function (g) { return value(g.satisfactionMean); }) },
    ], { max: 5, format: fixed(1) }), 'Mean satisfaction out of 5, overall, by channel and by language.', 44 * groups.length + 60);
    pair(s, figure, table('Satisfaction', ['Group', 'Mean score out of 5', 'People who answered'], groups.map(function (g) {
      return [name(g.key), show(g.satisfactionMean, fixed(1)), count(g.satisfactionResponses)];
    })));
  }

  /** A flag in words, with the counts behind it. Satisfaction is in points on the 1–5 scale, the rest are shares. */
  function flagText(flag) {
    var score = flag.measure === 'satisfactionMean';
    var measure = MEASURES[flag.measure] || humanise(flag.measure);
    var scale = score ? fixed(1) : pct;
    var gap = score ? Math.abs(flag.difference).toFixed(2) + ' points' : Math.abs(flag.difference * 100).toFixed(1) + ' percentage points';
    return measure + ': ' + scale(flag.groupValue) + ' against ' + scale(flag.restValue) + ' for everyone else (' + gap + ' ' +
      (flag.difference < 0 ? 'lower' : 'higher') + '; ' + count(flag.groupConversations) + ' against ' + count(flag.restConversations) + ' conversations)';
  }

  function renderFairness(r) {
    var margin = String(+(r.fairness.margin * 100).toFixed(1));
    var s = section('fairness', 'Fairness: each language and channel side by side', 'A group is flagged when its share resolved or handed over differs from everyone else’s by more than ' + margin + ' percentage points, or its satisfaction by more than ' + (r.fairness.margin * 4).toFixed(1) + ' points on the 1 to 5 scale.');
    r.fairness.dimensions.forEach(function (d) {
      var title = d.dimension === 'locale' ? 'By language' : 'By channel';
      s.appendChild(el('h3', null, title));
      var flagged = {};
      d.flags.forEach(function (f) { (flagged[f.group] = flagged[f.group] || []).push(flagText(f)); });
      var list = el('ul', 'flag-list');
      if (!d.flags.length) list.appendChild(el('li', null, 'No group differs from the rest by more than ' + margin + ' points.'));
      d.flags.forEach(function (f) {
        var li = el('li', 'flag');
        li.appendChild(el('strong', null, 'Flagged – ' + name(f.group) + ': '));
        li.appendChild(document.createTextNode(flagText(f)));
        list.appendChild(li);
      });
      s.appendChild(list);
      var labels = d.groups.map(function (g) { return name(g.key) + (flagged[g.key] ? ' (flagged)' : ''); });
      var series = OUTCOMES.map(function (o) { return { label: o.label, data: d.groups.map(function (g) { return value(g[o.key]) === null ? null : Math.round(g[o.key].value * 1000) / 10; }) }; });
      var figure = chart(barChart(labels, series, { max: 100, format: function (v) { return v.toFixed(0) + '%'; }, tick: percentTick }), title + ': resolved, handed over and abandoned side by side for each group.' + withheldNote(d.groups), 110 * d.groups.length + 80);
      pair(s, figure, table('Fairness ' + title.toLowerCase(), ['Group', 'Conversations', 'Resolved by the assistant', 'Handed to a person', 'Abandoned', 'Satisfaction', 'Flag'], d.groups.map(function (g) {
        return [name(g.key), count(g.conversations), show(g.resolvedShare, pct), show(g.handedOverShare, pct), show(g.abandonedShare, pct), show(g.satisfactionMean, fixed(1)), flagged[g.key] ? 'Flagged: ' + flagged[g.key].join('; ') : 'No flag'];
      })));
    });
  }

  function renderDemand(r) {
    var d = r.demand;
    var s = section('demand', 'Demand and the 7-day forecast', 'Conversations per topic per day, with a forecast for the next 7 days by ' + d.method + '. Its error over recent weeks sits beside it, with the error of ' + d.baseline + ' for comparison.');
    if (!d.topics.length) {
      s.appendChild(el('p', 'empty', 'No topic has enough conversations to forecast.'));
      return;
    }
    s.appendChild(table('Forecast and its recent error, by topic', ['Topic', 'Forecast, next 7 days', 'Forecast error (conversations a day)', 'Baseline error (conversations a day)'], d.topics.map(function (t) {
      var total = t.forecast.reduce(function (sum, day) { return sum + day.count; }, 0);
      var e = t.recentError;
      return [name(t.topic), total.toFixed(0), e ? e.methodMae.toFixed(1) + ' over ' + e.weeks + ' weeks' : 'Not enough history', e ? e.baselineMae.toFixed(1) : 'Not enough history'];
    })));
    var label = el('label', null, 'Topic to show by day');
    var select = el('select');
    select.id = nextId('topic');
    label.htmlFor = select.id;
    d.topics.forEach(function (t, i) {
      var option = el('option', null, name(t.topic));
      option.value = String(i);
      select.appendChild(option);
    });
    var group = el('div', 'form-group');
    group.appendChild(label);
    group.appendChild(select);
    s.appendChild(group);
    var detail = el('div');
    s.appendChild(detail);
    function draw() {
      destroyCharts(detail);
      detail.textContent = '';
      topicDetail(detail, d.topics[Number(select.value)]);
    }
    select.addEventListener('change', draw);
    draw();
  }

  function topicDetail(parent, t) {
    var dates = t.daily.map(function (p) { return p.date; }).concat(t.forecast.map(function (p) { return p.date; }));
    var actual = t.daily.map(function (p) { return p.count; }).concat(t.forecast.map(function () { return null; }));
    var forecast = t.daily.map(function () { return null; }).concat(t.forecast.map(function (p) { return p.count; }));
    var line = function (label, data, i, style) {
      return { label: label, data: data, borderColor: SERIES[i].colour, backgroundColor: SERIES[i].colour, borderDash: SERIES[i].dash, pointStyle: style, pointRadius: 4, spanGaps: false };
    };
    var e = t.recentError;
    var description = name(t.topic) + ': conversations a day (solid line, circles) and the forecast for the next 7 days (dashed line, triangles).' +
      (e ? ' Recent forecast error ' + e.methodMae.toFixed(1) + ' a day, against ' + e.baselineMae.toFixed(1) + ' for the baseline.' : '') +
      ' Days with ' + fewer() + ' conversations are gaps.';
    var figure = chart({
      type: 'line',
      data: { labels: dates.map(name), datasets: [line('Conversations', actual, 0, 'circle'), line('Forecast', forecast, 1, 'triangle')] },
      options: { scales: { y: { beginAtZero: true, ticks: { color: '#0b0c0c' } }, x: { ticks: { color: '#0b0c0c' } } }, plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, color: '#0b0c0c' } } } },
    }, description, 280);
    var rows = t.daily.map(function (p) { return [name(p.date), p.count === null ? fewer() : count(p.count), 'Not forecast']; })
      .concat(t.forecast.map(function (p) { return [name(p.date), 'Still to come', p.count.toFixed(0)]; }));
    pair(parent, figure, table(name(t.topic) + ': conversations and forecast by day', ['Date', 'Conversations', 'Forecast'], rows));
    var hours = el('details', 'hourly');
    hours.appendChild(el('summary', null, name(t.topic) + ' by hour of day'));
    hours.appendChild(table(name(t.topic) + ': conversations by hour of day (UK time)', ['Hour', 'Conversations'], t.hourly.map(function (n, h) {
      return [(h < 10 ? '0' : '') + h + ':00', n === null ? fewer() : count(n)];
    })));
    parent.appendChild(hours);
  }

  // ---------- loading ----------


  function render(r) {
    state.report = r;
    C.setMinCell(r.minCell);
    destroyCharts(null);
    els.sections.textContent = '';
    els.contents.textContent = '';
    els.window.textContent = 'From ' + r.window.from.slice(0, 10) + ' to ' + r.window.to.slice(0, 10) + '. Figures from fewer than ' + r.minCell + ' conversations are withheld. Generated ' + new Date(r.generatedAt).toLocaleString('en-GB') + '.';
    els.from.value = r.window.from.slice(0, 10);
    els.to.value = r.window.to.slice(0, 10);
    renderOutcomes(r);
    renderHandovers(r);
    renderGuardrails(r);
    renderModel(r);
    renderSatisfaction(r);
    renderFairness(r);
    renderDemand(r);
    els.figures.hidden = false;
  }

  function query() {
    var params = [];
    if (els.from.value) params.push('from=' + encodeURIComponent(els.from.value));
    if (els.to.value) params.push('to=' + encodeURIComponent(els.to.value));
    return params.length ? '?' + params.join('&') : '';
  }

  async function adminFetch(path) {
    // Signed in with the admin role, the session is enough; otherwise the admin token is asked for.
    var token = window.sessionStorage.getItem(TOKEN_KEY);
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    var response = await fetch(path, { headers: headers, cache: 'no-store' });
    if (response.ok) return response;
    var data = await response.json().catch(function () { return null; });
    var error = new Error(data && data.error && data.error.message ? data.error.message : 'The server answered ' + response.status + '.');
    error.status = response.status;
    throw error;
  }

  async function load(focusAfter) {
    els.loadError.textContent = '';
    els.status.textContent = 'Loading the figures…';
    try {
      var response = await adminFetch('/api/admin/oversight' + query());
      render(await response.json());
      els.csv.href = '/api/admin/oversight.csv' + query();
      els.status.textContent = 'Figures loaded.';
      els.tokenForm.hidden = true;
      els.periodForm.hidden = false;
      if (focusAfter) els.heading.focus();
    } catch (error) {
      els.status.textContent = '';
      if (error.status === 401 || error.status === 403) {
        var hadToken = Boolean(window.sessionStorage.getItem(TOKEN_KEY));
        window.sessionStorage.removeItem(TOKEN_KEY);
        els.tokenForm.hidden = false;
        // Focus moves only after a refused token: on first load the person has not typed anything yet.
        els.tokenError.textContent = hadToken ? 'That admin token was not accepted. Check it and try again.' : '';
        if (hadToken) els.token.focus();
      } else if (error.status === 404) {
        els.loadError.textContent = 'The admin API is switched off on this service. Set ADMIN_TOKEN and restart it.';
      } else {
        els.loadError.textContent = 'The figures could not be loaded: ' + error.message;
      }
    }
  }

  els.tokenForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var token = els.token.value.trim();
    if (!token) {
      els.tokenError.textContent = 'Enter the admin token.';
      els.token.focus();
      return;
    }
    els.tokenError.textContent = '';
    window.sessionStorage.setItem(TOKEN_KEY, token);
    els.token.value = '';
    void load(true);
  });

  els.forget.addEventListener('click', function () {
    window.sessionStorage.removeItem(TOKEN_KEY);
    destroyCharts(null);
    els.figures.hidden = true;
    els.periodForm.hidden = true;
    els.tokenForm.hidden = false;
    els.status.textContent = 'The token has been forgotten.';
    els.token.focus();
  });

  els.periodForm.addEventListener('submit', function (event) {
    event.preventDefault();
    void load(false);
  });

  // The CSV needs the bearer token, which a plain link cannot send: fetch it and hand the browser a file.
  els.csv.addEventListener('click', async function (event) {
    event.preventDefault();
    try {
      var blob = await (await adminFetch(els.csv.getAttribute('href'))).blob();
      var url = window.URL.createObjectURL(blob);
      var a = el('a');
      a.href = url;
      a.download = 'oversight-' + els.from.value + '-to-' + els.to.value + '.csv';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { window.URL.revokeObjectURL(url); }, 10000);
      els.status.textContent = 'CSV downloaded.';
    } catch (error) {
      els.loadError.textContent = 'The CSV could not be downloaded: ' + error.message;
    }
  });

  // A saved token, or a session with the admin role, loads the figures straight away; otherwise the token form stays.
  if (window.sessionStorage.getItem(TOKEN_KEY)) els.tokenForm.hidden = true;
  void load(false);
})();
