// Curator console: coverage matrices, gaps against reference lists, events per month, organisations and the
// queries that found nothing. All values are inserted as text; every count links to the matching search.
//
// JSON this page reads (see /openapi.json):
//
// GET /api/coverage?rows=land&cols=topic&format=json
//   {"rows":"land","cols":"topic","columns":["Mobilität",...],
//    "table":[{"value":"Bayern","total":4,"counts":[0,3,...]},...]}     counts in the order of columns, zeros included;
//   month columns are "2026-04"; months missing between the first and the last are added here as zeros.
// GET /api/coverage?...&format=csv  -> the same table as CSV (linked for download, not parsed here)
// GET /api/facets/{land|topic|city}?reference=laender|topics|<list name>
//   {"dimension":"land","values":[{"value":"Bremen","count":0},...]}   every reference value, zeros included
// GET /api/search?size=1 -> uses only "facets.month": [{"value":"2025-09","count":3},...] for the chart
// GET /api/zero-results  (Authorization: Bearer <curator key>; 401 without it, 403 when switched off)
//   {"queries":[{"query":"kielwasser","filters":{"city":["Kiel"]},"clients":3,"searches":9,
//                "first_seen":"2026-11-20T08:00:00Z","last_seen":"2026-11-21T10:03:00Z"},...]}
//   most distinct clients first; only searches that still find nothing. ?format=csv: the same as CSV.

import {
  el, getJson, facetEntries, fillMonths, parseMonth, monthRange, formatCount, MONTH_NAMES, cityName,
} from './common.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const DEFAULT_MUNICIPALITY_LIST = 'modellprojekte-smart-cities-beispiel';
// filled from GET /api/dimensions ({dimensions:[{name,label,filter,within,reference}]}) before anything is drawn
const DIMENSION_NAMES = {};

/** Learns the facet dimensions and offers each (but the fixed axis of a table) in that table's select. */
async function loadDimensions(selects) {
  const data = await getJson('/api/dimensions');
  const dimensions = Array.isArray(data.dimensions) ? data.dimensions : [];
  for (const d of dimensions) DIMENSION_NAMES[d.name] = d.label;
  for (const { select, fixed, rows } of selects) {
    const choices = dimensions.filter((d) => d.name !== fixed && !(rows && d.name === 'month'));
    select.replaceChildren(...choices.map((d) => el('option', { value: d.name }, d.label)));
  }
}

/** How a value of a dimension is shown in a header. */
function label(dimension, value) {
  if (dimension === 'month') {
    const m = parseMonth(value);
    return m ? `${MONTH_NAMES[m.month - 1]} ${m.year}` : String(value);
  }
  return dimension === 'city' ? cityName(value) : String(value);
}

/** Search-page parameters that select one value of a dimension. */
function searchParams(params, dimension, value) {
  if (dimension === 'month') {
    const m = parseMonth(value);
    if (m) {
      const range = monthRange(m);
      params.set('from', range.from);
      params.set('to', range.to);
    }
  } else {
    params.append(dimension, value);
  }
  return params;
}

/** The server's {rows, cols, columns, table: [{value, total, counts}]} as {rows, cols, cells, totals}. */
function normaliseCoverage(data) {
  const table = Array.isArray(data.table) ? data.table : [];
  const cols = Array.isArray(data.columns) ? data.columns.map(String) : [];
  return {
    rows: table.map((row) => String(row.value)),
    cols,
    cells: table.map((row) => cols.map((_, j) => Number((row.counts || [])[j]) || 0)),
    totals: table.map((row) => Number(row.total) || 0),
  };
}

/** Adds zero columns for months missing between the first and the last one, so gaps stay visible. */
function withEmptyMonths({ rows, cols, cells, totals }) {
  const keyOf = (value) => { const m = parseMonth(value); return m ? m.year * 12 + m.month - 1 : null; };
  const keys = cols.map(keyOf);
  if (!cols.length || keys.some((k) => k === null)) return { rows, cols, cells, totals };
  const allMonths = fillMonths(cols.map((value) => ({ value, count: 0 })));
  const newCols = allMonths.map((m) => `${m.year}-${String(m.month).padStart(2, '0')}`);
  const newCells = cells.map((row) => allMonths.map((m) => {
    const j = keys.indexOf(m.year * 12 + m.month - 1);
    return j >= 0 ? row[j] : 0;
  }));
  return { rows, cols: newCols, cells: newCells, totals };
}

function levelClass(count, max) {
  if (count === 0) return 'zero';
  const share = count / Math.max(1, max);
  return share > 2 / 3 ? 'level-3' : share > 1 / 3 ? 'level-2' : 'level-1';
}

function renderMatrix(container, rowDim, colDim, coverage, captionText) {
  const { rows, cols, cells, totals } = coverage;
  if (!rows.length || !cols.length) {
    container.replaceChildren(el('p', { class: 'panel' }, 'Keine Daten für diese Tabelle.'));
    return;
  }
  const max = Math.max(0, ...cells.flat());
  const head = el('tr', {}, el('th', { scope: 'col' }, DIMENSION_NAMES[rowDim] || rowDim),
    cols.map((c) => el('th', { scope: 'col', title: String(c) }, label(colDim, c))), el('th', { scope: 'col', title: 'Veranstaltungen der Zeile (eine kann in mehreren Spalten zählen)' }, 'Gesamt'));
  const body = rows.map((row, i) => {
    const rowTotal = totals[i];
    return el('tr', {},
      el('th', { scope: 'row', title: String(row) }, label(rowDim, row)),
      cols.map((col, j) => {
        const count = cells[i][j];
        const params = searchParams(searchParams(new URLSearchParams(), rowDim, row), colDim, col);
        return el('td', { class: levelClass(count, max) },
          el('a', { href: `/?${params}`, 'aria-label': `${label(rowDim, row)}, ${label(colDim, col)}: ${formatCount(count)}` }, formatCount(count)));
      }),
      el('td', { class: rowTotal ? '' : 'zero' },
        el('a', { href: `/?${searchParams(new URLSearchParams(), rowDim, row)}` }, formatCount(rowTotal))));
  });
  container.replaceChildren(el('table', { class: 'matrix' },
    el('caption', { class: 'visually-hidden' }, captionText),
    el('thead', {}, head), el('tbody', {}, body)));
}

function showError(container, error) {
  container.replaceChildren(el('p', { class: 'error' }, `Konnte nicht geladen werden: ${error.message}`));
}

/** A coverage table whose row or column dimension comes from a select; its CSV link follows the choice. */
function matrixSection({ select, fixedRows, fixedCols, container, csv, caption }) {
  const load = async () => {
    const rows = fixedRows || select.value;
    const cols = fixedCols || select.value;
    const query = `rows=${encodeURIComponent(rows)}&cols=${encodeURIComponent(cols)}`;
    csv.href = `/api/coverage?${query}&format=csv`;
    csv.setAttribute('download', `abdeckung-${rows}-${cols}.csv`);
    container.setAttribute('aria-busy', 'true');
    try {
      const data = await getJson(`/api/coverage?${query}&format=json`);
      const coverage = normaliseCoverage(data);
      renderMatrix(container, rows, cols, cols === 'month' ? withEmptyMonths(coverage) : coverage, `${caption}: ${DIMENSION_NAMES[rows]} × ${DIMENSION_NAMES[cols]}`);
    } catch (error) {
      showError(container, error);
    } finally {
      container.removeAttribute('aria-busy');
    }
  };
  select.addEventListener('change', load);
  return load();
}

// ---------- gaps against reference lists ----------

async function renderGaps(container, dimension, reference, noun) {
  container.setAttribute('aria-busy', 'true');
  try {
    const data = await getJson(`/api/facets/${encodeURIComponent(dimension)}?reference=${encodeURIComponent(reference)}`);
    const entries = facetEntries(data.values);
    const missing = entries.filter((e) => e.count === 0);
    const summary = el('p', {}, entries.length
      ? `${formatCount(missing.length)} von ${formatCount(entries.length)} ${noun} ohne Veranstaltung.`
      : 'Die Referenzliste ist leer.');
    const list = el('ul', { class: 'missing-list' }, missing.map((e) => el('li', {}, label(dimension, e.value))));
    container.replaceChildren(summary, ...(missing.length ? [list] : []));
  } catch (error) {
    showError(container, error);
  } finally {
    container.removeAttribute('aria-busy');
  }
}

// ---------- events per month (SVG built with DOM APIs) ----------

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

async function renderMonthChart(container) {
  try {
    const data = await getJson('/api/search?size=1');
    const months = fillMonths(facetEntries(data.facets && data.facets.month));
    if (!months.length) {
      container.replaceChildren(el('p', {}, 'Keine Veranstaltungen mit Datum im Index.'));
      return;
    }
    const max = Math.max(1, ...months.map((m) => m.count));
    const barWidth = 28;
    const gap = 6;
    const chartHeight = 160;
    const width = months.length * (barWidth + gap) + 30;
    const bars = months.map((m, i) => {
      const x = 30 + i * (barWidth + gap);
      const height = m.count ? Math.max(2, (m.count / max) * chartHeight) : 3;
      const name = `${MONTH_NAMES[m.month - 1]} ${m.year}`;
      const range = monthRange(m);
      return svg('a', { href: `/?from=${range.from}&to=${range.to}`, 'aria-label': `${name}: ${formatCount(m.count)} Veranstaltungen` },
        svg('title', {}, `${name}: ${formatCount(m.count)}`),
        svg('rect', { class: m.count ? 'bar-rect' : 'bar-rect empty', x, y: 10 + chartHeight - height, width: barWidth, height }),
        svg('text', { x: x + barWidth / 2, y: 10 + chartHeight - height - 3, 'text-anchor': 'middle' }, formatCount(m.count)),
        svg('text', { x: x + barWidth / 2, y: chartHeight + 24, 'text-anchor': 'middle' }, MONTH_NAMES[m.month - 1]),
        m.month === 1 || i === 0 ? svg('text', { x: x + barWidth / 2, y: chartHeight + 38, 'text-anchor': 'middle' }, String(m.year)) : '');
    });
    const axis = svg('line', { x1: 28, x2: width, y1: 10 + chartHeight, y2: 10 + chartHeight, stroke: '#999' });
    const chart = svg('svg', { viewBox: `0 0 ${width} ${chartHeight + 44}`, role: 'img', 'aria-labelledby': 'chart-heading' }, axis, ...bars);
    const empty = months.filter((m) => m.count === 0).length;
    container.replaceChildren(chart, el('p', { class: 'legend' },
      `${formatCount(months.length)} Monate, davon ${formatCount(empty)} ohne Veranstaltung (hell markiert).`));
  } catch (error) {
    showError(container, error);
  }
}

// ---------- queries that found nothing (behind the curator key) ----------

// The key lives in this tab's sessionStorage only: never in a URL, a cookie or localStorage, gone with the tab.
const KEY_STORAGE = 'smartcity-search.curator-key';
const FILTER_NAMES = {
  city: 'Stadt', land: 'Bundesland', topic: 'Thema', organisation: 'Organisation', format: 'Format', type: 'Art',
  kind: 'Treffer', from: 'ab', to: 'bis', when: 'Zeitraum',
};

function storedKey() {
  try {
    return sessionStorage.getItem(KEY_STORAGE) || '';
  } catch {
    return '';
  }
}

function storeKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // storage switched off: the key is asked for again on the next visit
  }
}

/** GET of the log with the key in the Authorization header; the Response, whatever its status. */
function fetchZeroResults(key, format) {
  const query = format === 'csv' ? '?format=csv' : '';
  return fetch(`/api/zero-results${query}`, {
    headers: { Authorization: `Bearer ${key}`, Accept: format === 'csv' ? 'text/csv' : 'application/json' },
    cache: 'no-store',
  });
}

function formatTime(value) {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value || '') : date.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The filters as text ("Stadt: Kiel · Thema: Energie") and as search-page parameters with the query. */
function describeSearch(query, filters) {
  const params = new URLSearchParams({ q: query });
  const parts = [];
  for (const [name, values] of Object.entries(filters || {})) {
    const list = (Array.isArray(values) ? values : [values]).map(String);
    for (const value of list) params.append(name, value);
    parts.push(`${FILTER_NAMES[name] || name}: ${list.map((v) => (name === 'city' ? cityName(v) : v)).join(', ')}`);
  }
  return { text: parts.join(' · '), href: `/?${params}` };
}

function showKeyForm(message) {
  $('curator-key-form').hidden = false;
  $('zero-actions').hidden = true;
  $('zero-results').replaceChildren(el('p', {}, message));
}

async function renderZeroResults(container) {
  const key = storedKey();
  if (!key) {
    showKeyForm('Die Anfragen ohne Treffer sind nur mit dem Kuratorenschlüssel sichtbar.');
    return;
  }
  container.setAttribute('aria-busy', 'true');
  try {
    const response = await fetchZeroResults(key, 'json');
    if (response.status === 401) {
      storeKey('');
      showKeyForm('Der Schlüssel wurde nicht angenommen.');
      return;
    }
    if (response.status === 403) {
      storeKey('');
      showKeyForm('Auf diesem Server ist die Liste abgeschaltet (kein Kuratorenschlüssel eingerichtet).');
      return;
    }
    if (!response.ok) throw new Error(`Fehler ${response.status} vom Suchdienst.`);
    const data = await response.json();
    $('curator-key-form').hidden = true;
    $('zero-actions').hidden = false;
    const queries = (data.queries || [])
      .map((q) => ({ ...q, query: String(q.query ?? ''), clients: Number(q.clients) || 0, searches: Number(q.searches) || 0 }))
      .filter((q) => q.query);
    if (!queries.length) {
      container.replaceChildren(el('p', {}, 'Keine Suche ist ohne Treffer geblieben.'));
      return;
    }
    container.replaceChildren(el('div', { class: 'table-scroll' }, el('table', { class: 'plain' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Suchanfrage'), el('th', { scope: 'col' }, 'Filter'),
        el('th', { scope: 'col', class: 'num', title: 'verschiedene Anfragende' }, 'Anfragende'),
        el('th', { scope: 'col', class: 'num' }, 'Suchen'),
        el('th', { scope: 'col' }, 'Zuerst'), el('th', { scope: 'col' }, 'Zuletzt'))),
      el('tbody', {}, queries.map((q) => {
        const search = describeSearch(q.query, q.filters);
        return el('tr', {},
          el('td', {}, el('a', { href: search.href }, q.query)),
          el('td', {}, search.text),
          el('td', { class: 'num' }, formatCount(q.clients)),
          el('td', { class: 'num' }, formatCount(q.searches)),
          el('td', {}, formatTime(q.first_seen)),
          el('td', {}, formatTime(q.last_seen)));
      })))));
  } catch (error) {
    showError(container, error);
  } finally {
    container.removeAttribute('aria-busy');
  }
}

/** Downloads the CSV: a link cannot carry the key, so the file is fetched and handed to the browser as a blob. */
async function downloadZeroResultsCsv() {
  const key = storedKey();
  if (!key) return;
  try {
    const response = await fetchZeroResults(key, 'csv');
    if (!response.ok) throw new Error(`Fehler ${response.status} vom Suchdienst.`);
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: 'anfragen-ohne-treffer.csv', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (error) {
    showError($('zero-results'), error);
  }
}

function initZeroResults() {
  const container = $('zero-results');
  $('curator-key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('curator-key');
    const key = input.value.trim();
    input.value = '';
    if (!key) return;
    storeKey(key);
    renderZeroResults(container);
  });
  $('curator-key-forget').addEventListener('click', () => {
    storeKey('');
    showKeyForm('Der Schlüssel ist vergessen.');
  });
  $('zero-csv').addEventListener('click', downloadZeroResultsCsv);
  renderZeroResults(container);
}

// ---------- wiring ----------

async function init() {
  const params = new URLSearchParams(location.search);
  const municipalityInput = $('municipality-list');
  municipalityInput.value = params.get('municipalities') || DEFAULT_MUNICIPALITY_LIST;
  $('municipality-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = municipalityInput.value.trim();
    if (!name) return;
    const url = new URL(location.href);
    url.searchParams.set('municipalities', name);
    history.replaceState(null, '', url);
    renderGaps($('gaps-municipalities'), 'city', name, 'Kommunen');
  });

  try {
    await loadDimensions([{ select: $('topic-rows'), fixed: 'topic', rows: true },
      { select: $('month-rows'), fixed: 'month', rows: true }, { select: $('org-cols'), fixed: 'organisation' }]);
  } catch (error) {
    showError($('topic-matrix'), error);
    return;
  }
  matrixSection({ select: $('topic-rows'), fixedCols: 'topic', container: $('topic-matrix'), csv: $('topic-csv'), caption: 'Abdeckung nach Thema' });
  matrixSection({ select: $('month-rows'), fixedCols: 'month', container: $('month-matrix'), csv: $('month-csv'), caption: 'Abdeckung nach Monat' });
  matrixSection({ select: $('org-cols'), fixedRows: 'organisation', container: $('org-matrix'), csv: $('org-csv'), caption: 'Organisationen' });
  renderGaps($('gaps-laender'), 'land', 'laender', 'Bundesländern');
  renderGaps($('gaps-topics'), 'topic', 'topics', 'Themen');
  renderGaps($('gaps-municipalities'), 'city', municipalityInput.value, 'Kommunen');
  renderMonthChart($('month-chart'));
  initZeroResults();
}

init();
