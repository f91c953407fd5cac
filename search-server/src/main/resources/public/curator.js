// Curator console: coverage matrices, gaps against reference lists, events per month as a year grid, organisations,
// the widgets whose presets did not work and the queries that found nothing. Every count counts one kind: events
// (the default) or program sessions, chosen once for the whole page. All values are inserted as text; every count
// links to the matching search.
//
// JSON this page reads (see /openapi.json):
//
// GET /api/coverage?rows=land&cols=topic&kind=event[&from=2026-01-01&to=2026-12-31]&format=json
//   {"rows":"land","cols":"topic","kind":"event","columns":["Mobilität",...],
//    "table":[{"value":"Bayern","total":4,"counts":[0,3,...]},...]}     counts in the order of columns, zeros included;
//   month columns are "2026-04", every month from `from` to `to`.
// GET /api/coverage?...&format=csv-excel (German Excel) or format=csv (RFC 4180) -> linked for download, not parsed
// GET /api/facets/{land|topic|city|month}?kind=event[&reference=laender|topics|<list name>]
//   {"dimension":"land","kind":"event","values":[{"value":"Bremen","count":0},...]}  with a reference list, every
//   value of it, zeros included; months from the first to the last with a document of the kind
// GET /api/search?kind=event&size=1 -> uses only "total" for the summary line
// GET /api/widget/problems
//   {"problems":[{"site":"https://partner.example","attribute":"city","value":"Keil","message":"…","count":3,
//                 "first_seen":"…","last_seen":"…"}]}   most recently seen first
// GET /api/zero-results  (Authorization: Bearer <curator key>; 401 without it, 403 when switched off)
//   {"queries":[{"query":"kielwasser","filters":{"city":["Kiel"]},"clients":3,"searches":9,
//                "first_seen":"2026-11-20T08:00:00Z","last_seen":"2026-11-21T10:03:00Z"},...]}
//   most distinct clients first; only searches that still find nothing. ?format=csv|csv-excel: the same as CSV.

import {
  el, getJson, facetEntries, parseMonth, monthRange, formatCount, MONTH_NAMES, cityName, ApiError,
} from './common.js';

const $ = (id) => document.getElementById(id);
const DEFAULT_MUNICIPALITY_LIST = 'modellprojekte-smart-cities-beispiel';
// filled from GET /api/dimensions ({dimensions:[{name,label,filter,within,reference}]}) before anything is drawn
const DIMENSION_NAMES = {};
/** What a count counts, in the words of the page: singular and plural. */
const KINDS = {
  event: { one: 'Veranstaltung', many: 'Veranstaltungen' },
  session: { one: 'Programmpunkt', many: 'Programmpunkte' },
};
/** The page's state, kept in the URL: what is counted, the year of the month table, the municipality list. */
const state = { kind: 'event', year: null };

const counted = () => KINDS[state.kind];

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

/** How a value of a dimension is shown in a header (months of the month table without their year: it is chosen). */
function label(dimension, value, withYear = true) {
  if (dimension === 'month') {
    const m = parseMonth(value);
    return m ? (withYear ? `${MONTH_NAMES[m.month - 1]} ${m.year}` : MONTH_NAMES[m.month - 1]) : String(value);
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

function levelClass(count, max) {
  if (count === 0) return 'zero';
  const share = count / Math.max(1, max);
  return share > 2 / 3 ? 'level-3' : share > 1 / 3 ? 'level-2' : 'level-1';
}

/** A count that leads to the search it counts; the table's headers name what it counts (no aria-label needed). */
const countLink = (params, count) => el('a', { href: `/?${params}` }, formatCount(count));

function renderMatrix(container, rowDim, colDim, coverage, captionText) {
  const { rows, cols, cells, totals } = coverage;
  if (!rows.length || !cols.length) {
    container.replaceChildren(el('p', { class: 'panel' }, `Keine ${counted().many} für diese Tabelle.`));
    return;
  }
  const max = Math.max(0, ...cells.flat());
  const withYear = colDim !== 'month';
  const head = el('tr', {}, el('th', { scope: 'col' }, DIMENSION_NAMES[rowDim] || rowDim),
    cols.map((c) => el('th', { scope: 'col', title: label(colDim, c) }, label(colDim, c, withYear))),
    el('th', { scope: 'col', title: `${counted().many} der Zeile (eine kann in mehreren Spalten zählen)` }, 'Gesamt'));
  const body = rows.map((row, i) => el('tr', {},
    el('th', { scope: 'row', title: String(row) }, label(rowDim, row)),
    cols.map((col, j) => el('td', { class: levelClass(cells[i][j], max) },
      countLink(searchParams(searchParams(new URLSearchParams(), rowDim, row), colDim, col), cells[i][j]))),
    el('td', { class: totals[i] ? 'total' : 'total zero' },
      countLink(searchParams(new URLSearchParams(), rowDim, row), totals[i]))));
  container.replaceChildren(el('table', { class: 'matrix' },
    el('caption', { class: 'visually-hidden' }, captionText),
    el('thead', {}, head), el('tbody', {}, body)));
}

// ---------- errors, in German whatever the server said ----------

const PARAMETER_NAMES = {
  rows: 'Zeilen', cols: 'Spalten', kind: 'Zählart', from: 'Beginn', to: 'Ende', reference: 'Referenzliste',
  dimension: 'Dimension', format: 'Format',
};

/** What went wrong, in German: the API's own messages are English and meant for developers. */
function germanMessage(error) {
  if (!(error instanceof ApiError)) return 'Ein unerwarteter Fehler ist aufgetreten. Bitte die Seite neu laden.';
  if (error.status === 0 || (error.status >= 200 && error.status < 300)) return error.message; // common.js: German
  if (error.status === 429) return 'Zu viele Anfragen – bitte kurz warten und die Seite neu laden.';
  if (error.status >= 500) return `Der Suchdienst hat einen Fehler gemeldet (${error.status}). Bitte später erneut versuchen.`;
  const parameter = PARAMETER_NAMES[error.parameter];
  return `Der Suchdienst hat die Anfrage abgelehnt${parameter ? ` (${parameter})` : ''}.`;
}

function showError(container, error, sentence = germanMessage(error)) {
  container.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Konnte nicht geladen werden: ${sentence}`));
}

/** Runs a loader on a container, marking it busy meanwhile and showing a German error if it fails. */
async function loading(container, load, explain = germanMessage) {
  container.setAttribute('aria-busy', 'true');
  try {
    await load();
  } catch (error) {
    showError(container, error, explain(error));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

// ---------- coverage tables ----------

/** Both CSV variants of a coverage query, as download links. */
function csvLinks(target, query, name) {
  const base = `abdeckung-${name}-${KINDS[state.kind].many.toLowerCase()}`;
  target.replaceChildren('Herunterladen: ',
    el('a', { href: `/api/coverage?${query}&format=csv-excel`, download: `${base}-excel.csv`, class: 'csv-excel' },
      'CSV für Excel'),
    ' · ',
    el('a', { href: `/api/coverage?${query}&format=csv`, download: `${base}.csv`, class: 'csv-plain' },
      'CSV (Komma, für Programme)'));
}

/** A coverage table whose row or column dimension comes from a select; its CSV links follow every choice. */
function matrixSection({ select, fixedRows, fixedCols, container, csv, caption, dates }) {
  const load = () => {
    const rows = fixedRows || select.value;
    const cols = fixedCols || select.value;
    const range = dates ? dates() : null;
    if (dates && !range) return Promise.resolve(); // the month table waits for its year
    const params = new URLSearchParams({ rows, cols, kind: state.kind });
    if (range) Object.entries(range).forEach(([k, v]) => params.set(k, v));
    csvLinks(csv, params, `${rows}-${cols}${range ? `-${state.year}` : ''}`);
    return loading(container, async () => {
      const data = await getJson(`/api/coverage?${params}&format=json`);
      renderMatrix(container, rows, cols, normaliseCoverage(data),
        `${caption}: ${DIMENSION_NAMES[rows]} × ${DIMENSION_NAMES[cols]}${range ? `, ${state.year}` : ''}, gezählt: ${counted().many}`);
    });
  };
  select.addEventListener('change', load);
  return load;
}

// ---------- gaps against reference lists ----------

function renderGaps(container, dimension, reference, nounPlural, explain) {
  return loading(container, async () => {
    const params = new URLSearchParams({ reference, kind: state.kind });
    const data = await getJson(`/api/facets/${encodeURIComponent(dimension)}?${params}`);
    const entries = facetEntries(data.values);
    const missing = entries.filter((e) => e.count === 0);
    const summary = el('p', {}, entries.length
      ? `${formatCount(missing.length)} von ${formatCount(entries.length)} ${nounPlural} ohne ${counted().one}.`
      : 'Die Referenzliste ist leer.');
    const list = el('ul', { class: 'missing-list' }, missing.map((e) => el('li', {}, label(dimension, e.value))));
    container.replaceChildren(summary, ...(missing.length ? [list] : []));
  }, explain);
}

/** A wrong list name is the curator's typo, not the server's fault: say so in German, with the name. */
function municipalityListError(name) {
  return (error) => (error instanceof ApiError && error.status === 400 && error.parameter === 'reference'
    ? `Es gibt keine Kommunenliste „${name}“. Bitte den Namen prüfen (zum Beispiel ${DEFAULT_MUNICIPALITY_LIST}).`
    : germanMessage(error));
}

// ---------- counts per month: a year grid ----------

/** The month counts of the counted kind as {year: [12 counts]}, from the first to the last year with any. */
function yearGrid(months) {
  const years = {};
  for (const { value, count } of months) {
    const m = parseMonth(value);
    if (!m) continue;
    (years[m.year] ||= new Array(12).fill(0))[m.month - 1] += count;
  }
  const known = Object.keys(years).map(Number);
  if (!known.length) return {};
  for (let y = Math.min(...known); y <= Math.max(...known); y++) years[y] ||= new Array(12).fill(0);
  return years;
}

function renderYearGrid(container, years) {
  const rows = Object.keys(years).map(Number).sort((a, b) => a - b);
  if (!rows.length) {
    container.replaceChildren(el('p', {}, `Keine ${counted().many} mit Datum im Index.`));
    return;
  }
  const max = Math.max(0, ...rows.flatMap((y) => years[y]));
  const empty = rows.reduce((n, y) => n + years[y].filter((c) => c === 0).length, 0);
  container.replaceChildren(el('table', { class: 'matrix year-grid' },
    el('caption', { class: 'visually-hidden' }, `${counted().many} pro Monat, ein Jahr je Zeile`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Jahr'),
      MONTH_NAMES.map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, rows.map((year) => el('tr', {}, el('th', { scope: 'row' }, String(year)),
      years[year].map((count, i) => {
        const range = monthRange({ year, month: i + 1 });
        return el('td', { class: levelClass(count, max) },
          countLink(new URLSearchParams({ from: range.from, to: range.to }), count));
      }))))));
  container.after(el('p', { class: 'legend', id: 'month-chart-note' },
    `${formatCount(rows.length * 12)} Monate, davon ${formatCount(empty)} ohne ${counted().one} (rot markiert).`));
}

/** The year choices of the month table: the years of the grid, the current one (or the last) chosen first. */
function fillYears(select, years, wanted) {
  const list = Object.keys(years).map(Number).sort((a, b) => b - a);
  const now = new Date().getFullYear();
  const year = list.includes(wanted) ? wanted : list.includes(now) ? now : list[0] ?? null;
  select.replaceChildren(...list.map((y) => el('option', { value: y }, String(y))));
  if (year !== null) select.value = String(year);
  select.disabled = !list.length;
  return year;
}

// ---------- widgets whose presets did not work ----------

function renderWidgetProblems(container) {
  return loading(container, async () => {
    const data = await getJson('/api/widget/problems');
    const problems = Array.isArray(data.problems) ? data.problems : [];
    if (!problems.length) {
      container.replaceChildren(el('p', {}, 'Alle eingebetteten Widgets konnten ihre Voreinstellungen verwenden.'));
      return;
    }
    container.replaceChildren(el('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': 'widget-heading' },
      el('table', { class: 'plain' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Website'), el('th', { scope: 'col' }, 'Attribut'),
          el('th', { scope: 'col' }, 'Meldung im Widget'), el('th', { scope: 'col', class: 'num' }, 'Anzahl'),
          el('th', { scope: 'col' }, 'Zuletzt'))),
        el('tbody', {}, problems.map((p) => el('tr', {},
          el('td', {}, p.site ? String(p.site) : 'unbekannt'),
          el('td', {}, el('code', {}, `${p.attribute}="${p.value}"`)),
          el('td', {}, String(p.message ?? '')),
          el('td', { class: 'num' }, formatCount(p.count)),
          el('td', {}, formatTime(p.last_seen))))))));
  });
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
  const query = format ? `?format=${format}` : '';
  return fetch(`/api/zero-results${query}`, {
    headers: { Authorization: `Bearer ${key}`, Accept: format ? 'text/csv' : 'application/json' },
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
    const response = await fetchZeroResults(key, 'csv-excel'); // for German Excel, like the tables' first link
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
  return renderZeroResults(container);
}

// ---------- wiring ----------

/** Keeps what can be shared in the URL: the counted kind, the year, the municipality list. */
function remember(name, value, fallback) {
  const url = new URL(location.href);
  if (value === fallback || value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

async function init() {
  const params = new URLSearchParams(location.search);
  state.kind = KINDS[params.get('kind')] ? params.get('kind') : 'event';
  for (const radio of document.querySelectorAll('input[name="kind"]')) radio.checked = radio.value === state.kind;
  const municipalityInput = $('municipality-list');
  municipalityInput.value = params.get('municipalities') || DEFAULT_MUNICIPALITY_LIST;

  try {
    await loadDimensions([{ select: $('topic-rows'), fixed: 'topic', rows: true },
      { select: $('month-rows'), fixed: 'month', rows: true }, { select: $('org-cols'), fixed: 'organisation' }]);
  } catch (error) {
    showError($('topic-matrix'), error);
    return;
  }
  const yearSelect = $('month-year');
  const tables = [
    matrixSection({ select: $('topic-rows'), fixedCols: 'topic', container: $('topic-matrix'), csv: $('topic-csv'), caption: 'Abdeckung nach Thema' }),
    matrixSection({ select: $('month-rows'), fixedCols: 'month', container: $('month-matrix'), csv: $('month-csv'), caption: 'Abdeckung nach Monat',
      dates: () => (state.year ? { from: `${state.year}-01-01`, to: `${state.year}-12-31` } : null) }),
    matrixSection({ select: $('org-cols'), fixedRows: 'organisation', container: $('org-matrix'), csv: $('org-csv'), caption: 'Organisationen' }),
  ];
  const monthTable = tables[1];
  yearSelect.addEventListener('change', () => {
    state.year = Number(yearSelect.value);
    remember('year', String(state.year), null);
    monthTable();
  });

  const gaps = () => Promise.all([
    renderGaps($('gaps-laender'), 'land', 'laender', 'Bundesländern'),
    renderGaps($('gaps-topics'), 'topic', 'topics', 'Themen'),
    renderGaps($('gaps-municipalities'), 'city', municipalityInput.value, 'Kommunen',
      municipalityListError(municipalityInput.value)),
  ]);
  $('municipality-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = municipalityInput.value.trim();
    if (!name) return;
    remember('municipalities', name, DEFAULT_MUNICIPALITY_LIST);
    renderGaps($('gaps-municipalities'), 'city', name, 'Kommunen', municipalityListError(name));
  });

  /** Everything that counts, for the kind chosen: the summary, the tables, the gaps and the year grid. */
  const countAll = async () => {
    document.querySelectorAll('.counted-plural').forEach((node) => { node.textContent = counted().many; });
    $('month-chart-note')?.remove();
    const summary = loading($('kind-summary'), async () => {
      const [events, sessions] = await Promise.all(['event', 'session'].map((kind) => getJson(`/api/search?kind=${kind}&size=1`)));
      $('kind-summary').textContent = `Im Index: ${formatCount(events.total)} ${events.total === 1 ? 'Veranstaltung' : 'Veranstaltungen'} `
        + `mit ${formatCount(sessions.total)} ${sessions.total === 1 ? 'Programmpunkt' : 'Programmpunkten'}. `
        + `Alle Zahlen unten zählen ${counted().many}.`;
    });
    const grid = loading($('month-chart'), async () => {
      const data = await getJson(`/api/facets/month?kind=${state.kind}`);
      const years = yearGrid(facetEntries(data.values));
      renderYearGrid($('month-chart'), years);
      state.year = fillYears(yearSelect, years, state.year ?? Number(params.get('year')));
    });
    await grid; // the month table shows a year of the grid
    await Promise.all([summary, ...tables.map((load) => load()), gaps()]);
  };
  for (const radio of document.querySelectorAll('input[name="kind"]')) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state.kind = radio.value;
      remember('kind', state.kind, 'event');
      countAll();
    });
  }
  await Promise.all([countAll(), renderWidgetProblems($('widget-problems')), initZeroResults()]);
}

init();
