/* Oversight page helpers: captioned tables and Chart.js charts that do not rely on colour
 * alone (a fill pattern or line dash per series, values written on the bars). Loaded before
 * oversight.js, which draws the page; Chart.js itself is served locally from node_modules. */
(function () {
  'use strict';

  // Colour and, for anyone who cannot tell colours apart, a fill pattern and line dash per series.
  var SERIES = [
    { colour: '#1d70b8', pattern: 'solid', dash: [] },
    { colour: '#f47738', pattern: 'diagonal', dash: [8, 4] },
    { colour: '#505a5f', pattern: 'dots', dash: [2, 3] },
    { colour: '#00703c', pattern: 'cross', dash: [12, 3, 2, 3] },
  ];
  var state = { charts: [], ids: 0, minCell: 10 };

  function fewer() {
    return 'fewer than ' + state.minCell;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function nextId(prefix) {
    state.ids += 1;
    return prefix + '-' + state.ids;
  }

  // ---------- tables ----------

  /** A table with a caption, column headers and a row header per row, in a keyboard-scrollable box. */
  function table(caption, head, rows) {
    var wrap = el('div', 'table-wrap');
    var t = el('table', 'figures-table');
    var cap = el('caption', null, caption);
    cap.id = nextId('caption');
    t.appendChild(cap);
    var thead = el('thead');
    var tr = el('tr');
    head.forEach(function (h, i) {
      var th = el('th', i ? 'num' : null, h);
      th.scope = 'col';
      tr.appendChild(th);
    });
    thead.appendChild(tr);
    t.appendChild(thead);
    var tbody = el('tbody');
    rows.forEach(function (row) {
      var r = el('tr');
      row.forEach(function (text, i) {
        var c = el(i ? 'td' : 'th', i ? 'num' : null, text);
        if (!i) c.scope = 'row';
        if (/^fewer than/.test(String(text))) c.classList.add('withheld');
        r.appendChild(c);
      });
      tbody.appendChild(r);
    });
    t.appendChild(tbody);
    wrap.appendChild(t);
    // A wide table scrolls inside its box at 320 px; the box takes focus so keys can scroll it.
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-labelledby', cap.id);
    return wrap;
  }

  // ---------- charts ----------

  var patternCache = {};
  // Value formatters per chart, kept outside the options: Chart.js calls any function it finds there.
  var labelFormats = new WeakMap();

  /** A fill pattern so bars differ in texture, not only in colour. */
  function fill(index) {
    var s = SERIES[index % SERIES.length];
    if (s.pattern === 'solid') return s.colour;
    if (patternCache[index]) return patternCache[index];
    var c = document.createElement('canvas');
    c.width = 10;
    c.height = 10;
    var g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 10, 10);
    g.strokeStyle = s.colour;
    g.fillStyle = s.colour;
    g.lineWidth = 2.5;
    if (s.pattern === 'diagonal') {
      g.beginPath();
      g.moveTo(-1, 11); g.lineTo(11, -1); g.moveTo(-6, 6); g.lineTo(6, -6); g.moveTo(4, 16); g.lineTo(16, 4);
      g.stroke();
    } else if (s.pattern === 'dots') {
      g.beginPath(); g.arc(5, 5, 2.6, 0, 2 * Math.PI); g.fill();
    } else {
      g.beginPath(); g.moveTo(0, 5); g.lineTo(10, 5); g.moveTo(5, 0); g.lineTo(5, 10); g.stroke();
    }
    patternCache[index] = g.createPattern(c, 'repeat');
    return patternCache[index];
  }

  /** Writes each bar's value on it (or beside it), so the chart reads without the legend's colours. */
  var valueLabels = {
    id: 'valueLabels',
    afterDatasetsDraw: function (chart) {
      var format = labelFormats.get(chart);
      if (!format || chart.config.type !== 'bar') return;
      var ctx = chart.ctx;
      var horizontal = chart.options.indexAxis === 'y';
      var stacked = chart.options.scales.x && chart.options.scales.x.stacked;
      ctx.save();
      ctx.font = 'bold 12px Arial, sans-serif';
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#fff';
      ctx.fillStyle = '#0b0c0c';
      chart.data.datasets.forEach(function (dataset, d) {
        if (!chart.isDatasetVisible(d)) return;
        chart.getDatasetMeta(d).data.forEach(function (bar, i) {
          var v = dataset.data[i];
          if (v === null || v === undefined) return;
          var text = format(v);
          var width = ctx.measureText(text).width;
          var size = horizontal ? Math.abs(bar.x - bar.base) : Math.abs(bar.base - bar.y);
          var x; var y;
          if (stacked) {
            // Too thin or too narrow to label: the table beside it has the figure.
            if (size < (horizontal ? width + 6 : 16) || (!horizontal && bar.width < width + 2)) return;
            x = horizontal ? (bar.x + bar.base) / 2 - width / 2 : bar.x - width / 2;
            y = horizontal ? bar.y + 4 : (bar.y + bar.base) / 2 + 4;
          } else {
            x = horizontal ? bar.x + 4 : bar.x - width / 2;
            y = horizontal ? bar.y + 4 : bar.y - 4;
          }
          ctx.strokeText(text, x, y);
          ctx.fillText(text, x, y);
        });
      });
      // A group whose figures are all withheld says so on the chart, rather than looking like zero.
      var indexScale = chart.scales[horizontal ? 'y' : 'x'];
      var valueScale = chart.scales[horizontal ? 'x' : 'y'];
      chart.data.labels.forEach(function (_label, i) {
        var all = chart.data.datasets.every(function (dataset) { return dataset.data[i] === null || dataset.data[i] === undefined; });
        if (!all || !indexScale || !valueScale) return;
        var text = fewer() + ' – withheld';
        var at = indexScale.getPixelForValue(i);
        var base = valueScale.getPixelForValue(0);
        ctx.font = 'italic 12px Arial, sans-serif';
        if (horizontal) ctx.fillText(text, base + 6, at + 4);
        else {
          ctx.save();
          ctx.translate(at + 4, base - 6);
          ctx.rotate(-Math.PI / 2);
          ctx.fillText(text, 0, 0);
          ctx.restore();
        }
      });
      ctx.restore();
    },
  };

  /** A chart in a figure, with a sentence that says what it shows; null when Chart.js did not load. */
  function chart(config, description, height) {
    var figure = el('figure', 'chart');
    var box = el('div', 'chart-box');
    box.style.height = (height || 260) + 'px';
    var canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', description + ' The table beside it has the same figures.');
    box.appendChild(canvas);
    figure.appendChild(box);
    figure.appendChild(el('figcaption', 'hint', description));
    if (typeof window.Chart !== 'function') {
      box.hidden = true;
      figure.appendChild(el('p', 'empty', 'The chart could not be drawn; the table has the figures.'));
      return figure;
    }
    config.options = config.options || {};
    config.options.animation = false;
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.legend = config.options.plugins.legend || { position: 'bottom', labels: { color: '#0b0c0c' } };
    var format = config.valueFormat;
    delete config.valueFormat;
    config.plugins = [valueLabels];
    var instance = new window.Chart(canvas, config);
    if (format) labelFormats.set(instance, format);
    state.charts.push(instance);
    return figure;
  }

  function barChart(labels, series, options) {
    var horizontal = options.horizontal !== false;
    var scaleValue = { stacked: !!options.stacked, beginAtZero: true, ticks: { color: '#0b0c0c' } };
    if (options.tick) scaleValue.ticks.callback = options.tick;
    if (options.max !== undefined) scaleValue.max = options.max;
    var scaleIndex = { stacked: !!options.stacked, ticks: { color: '#0b0c0c', autoSkip: !horizontal } };
    return {
      type: 'bar',
      valueFormat: options.format,
      data: {
        labels: labels,
        datasets: series.map(function (s, i) {
          return { label: s.label, data: s.data, backgroundColor: fill(i), borderColor: SERIES[i % SERIES.length].colour, borderWidth: 1.5 };
        }),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        scales: horizontal ? { x: scaleValue, y: scaleIndex } : { x: scaleIndex, y: scaleValue },
        plugins: { legend: { display: series.length > 1, position: 'bottom', labels: { color: '#0b0c0c' } } },
      },
    };
  }

  function destroyCharts(within) {
    state.charts = state.charts.filter(function (c) {
      if (within && !within.contains(c.canvas)) return true;
      c.destroy();
      return false;
    });
  }

  /** What oversight.js uses. */
  window.OversightCharts = {
    SERIES: SERIES,
    el: el,
    nextId: nextId,
    table: table,
    chart: chart,
    barChart: barChart,
    destroyCharts: destroyCharts,
    setMinCell: function (n) { state.minCell = n; },
  };
})();
