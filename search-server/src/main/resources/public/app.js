// The search page: the URL is the single source of truth for the search state (q, filters, dates,
// sort, page). Every user action writes a new URL with history.pushState and then renders from it;
// popstate (back/forward) and reloads render from the URL the same way, so any view can be shared.
//
// API contract used here (see /openapi.json): GET /api/search?q=&land=&city=&topic=&organisation=&format=&type=
// &from=&to=&when=&sort=&page=&size=&group=event (repeated parameters = several values, page counted from 1) answering
// {query, interpretation:{city,land,from,to,date_label}, total, more, did_you_mean, fuzzy_words:[{typed,corrected}],
// relaxed:{dropped_words,date,place}|null, hits:[{id,kind,title,teaser,url,start,end,start_time,city,land,location,
// cities,organisations,topics,audiences,type,format,event:{id,title},highlight:{title,snippet},missing}],
// facets:{land,city,topic,organisation,format,type,month,when:[{value,count}]}}, and GET /api/suggest?q= answering
// {suggestions:[{text,kind}]}, and GET /api/dimensions answering {dimensions:[{name,label,filter,within,reference}]}:
// the facet dimensions, read once at start, name the filters, their labels and the facet groups. Only
// hit.highlight.title and .snippet are HTML (escaped text plus <mark>); they go through markOnly(). Everything else,
// the raw hit.title included, is inserted as text.
// The page asks for group=event: each hit is an event carrying its matching program sessions ("sessions": [hits]).
// Titles open the event page /veranstaltung/{id}, a session's at its place in the program.

import {
  el, markOnly, formatDateRange, parseMonth, monthRange, fillMonths, facetEntries, getJson,
  formatCount, MONTH_NAMES, cityName, landOfPath, relaxedNotices, quotedList,
} from './common.js';

const PAGE_SIZE = 10;
const MAX_DEPTH = 10000; // the API refuses deeper paging
// filled from GET /api/dimensions before the first search: the filter parameters, their labels, the facet groups
const FILTERS = [];
const LABELS = { from: 'ab', to: 'bis', when: 'Termine' };
const VALUE_FACETS = []; // [name, label] of the dimensions shown as a list (the venue's Land and city form a tree)
const COLLAPSED_SIZE = 8;
const shownValue = (dimension, value) => (dimension === 'city' ? cityName(value) : value);
const KIND_LABELS = { title: 'Titel', query: 'Suche' };
const LIVE_DELAY_MS = 350; // results follow the typing after this pause
const LOADING_DELAY_MS = 150; // a search quicker than this shows no loading state

/** Learns the facet dimensions; the venue's levels (a dimension within another, and that one) make the place tree. */
async function loadDimensions() {
  const data = await getJson('/api/dimensions');
  const dimensions = Array.isArray(data.dimensions) ? data.dimensions : [];
  const tree = new Set(dimensions.filter((d) => d.within).flatMap((d) => [d.name, d.within]));
  for (const d of dimensions.filter((x) => x.filter)) {
    FILTERS.push(d.name);
    LABELS[d.name] = d.label;
    KIND_LABELS[d.name] = d.label;
    if (!tree.has(d.name)) VALUE_FACETS.push([d.name, d.label]);
  }
}

const $ = (id) => document.getElementById(id);
const ui = {};
const expanded = new Set(); // facet groups and Länder the visitor opened
let searchController = null;
let lastData = null;
const live = { timer: 0, entry: false }; // entry: the history entry being typed into (replaced, not added)

// ---------- state <-> URL ----------

function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const state = { q: params.get('q') || '', from: params.get('from') || '', to: params.get('to') || '' };
  for (const name of FILTERS) state[name] = [...new Set(params.getAll(name).filter(Boolean))];
  state.when = ['upcoming', 'past'].includes(params.get('when')) ? params.get('when') : '';
  state.sort = ['date', 'date_desc'].includes(params.get('sort')) ? params.get('sort') : '';
  const page = Number.parseInt(params.get('page') || '1', 10);
  state.page = Number.isFinite(page) && page > 1 ? page : 1;
  return state;
}

function stateToParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) for (const value of state[name]) params.append(name, value);
  for (const name of ['from', 'to', 'when', 'sort']) if (state[name]) params.set(name, state[name]);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

const stateUrl = (state) => {
  const query = stateToParams(state).toString();
  return query ? `/?${query}` : '/';
};

/**
 * The request parameters: the page's own state plus the page size ("when" is resolved by the server's today) and
 * group=event, so that one card is one event with its matching sessions and totals and pages count events.
 */
function apiParams(state) {
  const params = stateToParams(state);
  params.set('group', 'event');
  params.set('size', String(PAGE_SIZE));
  return params;
}

/** Applies a change to the current state, goes back to page 1, records it in history, searches. */
function navigate(change) {
  clearTimeout(live.timer);
  live.entry = false;
  const state = readState();
  change(state);
  state.page = 1;
  const url = stateUrl(state);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  render();
}

/** Results follow the typing: after a pause the typed text is searched; one history entry for the whole typing. */
function liveSearch() {
  clearTimeout(live.timer);
  live.timer = setTimeout(() => {
    const state = readState();
    const q = ui.q.value.trim();
    if (q === state.q) return;
    state.q = q;
    state.page = 1;
    if (live.entry) history.replaceState(null, '', stateUrl(state));
    else history.pushState(null, '', stateUrl(state));
    live.entry = true;
    render({ typing: true });
  }, LIVE_DELAY_MS);
}

/** The select's value for the state: "Demnächst" is the upcoming events, earliest first. */
const sortChoice = (state) => (state.sort === 'date' && state.when === 'upcoming' ? 'soon' : state.sort);

function applySort(state, choice) {
  if (choice === 'soon') {
    state.sort = 'date';
    state.when = 'upcoming';
  } else {
    state.sort = choice;
  }
}

// ---------- search ----------

async function render({ typing = false } = {}) {
  const state = readState();
  if (!typing) {
    // while typing, the box holds what the visitor is writing and the suggestions stay open
    ui.q.value = state.q;
    cancelSuggestions();
  }
  ui.sort.value = sortChoice(state);
  document.title = state.q ? `${state.q} – Smart-City-Veranstaltungssuche` : 'Smart-City-Veranstaltungssuche';
  renderSubscription(state);
  if (searchController) searchController.abort();
  const controller = new AbortController();
  searchController = controller;
  ui.results.setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => { if (searchController === controller) ui.loading.hidden = false; }, LOADING_DELAY_MS);
  try {
    const data = await getJson(`/api/search?${apiParams(state)}`, controller.signal);
    lastData = data;
    const focusKey = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.focusKey : undefined;
    renderAll(state, data);
    restoreFocus(focusKey);
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderError(state, error);
  } finally {
    clearTimeout(loading);
    if (searchController === controller) {
      ui.results.removeAttribute('aria-busy');
      ui.loading.hidden = true;
    }
  }
}

/** The feeds of this search ("Diese Suche abonnieren" and the head's alternate links): its words and filters. */
function renderSubscription(state) {
  const params = stateToParams({ ...state, when: '', sort: '', page: 1 });
  const query = params.toString() ? `?${params}` : '';
  ui.subscribeIcs.href = `/feeds/search.ics${query}`;
  ui.subscribeAtom.href = `/feeds/search.atom${query}`;
  $('feed-ics').href = ui.subscribeIcs.href;
  $('feed-atom').href = ui.subscribeAtom.href;
}

function renderAll(state, data) {
  const total = Number(data.total) || 0;
  const more = Number(data.more) || 0;
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const landOfCity = learnLands(data, hits);
  const exact = data.total_exact !== false; // above 10,000 hits the total is a lower bound
  renderStatus(state, total, more, exact);
  ui.showResults.textContent = total === 1 ? '1 Ergebnis anzeigen' : `${exact ? '' : 'Über '}${formatCount(total + more)} Ergebnisse anzeigen`;
  renderChips(state);
  renderNotices(state, data);
  renderHits(hits);
  renderEmpty(state, data, total);
  renderPager(state, total + more);
  renderFacets(state, data.facets || {}, landOfCity);
}

function renderError(state, error) {
  ui.status.textContent = error.message;
  ui.results.replaceChildren();
  ui.pager.replaceChildren();
  ui.notices.replaceChildren();
  renderChips(state);
  ui.empty.hidden = false;
  ui.empty.replaceChildren(
    el('h2', {}, 'Die Suche hat nicht geklappt'),
    el('p', {}, error.message),
    el('p', {}, error.parameter ? `Betroffene Angabe: ${error.parameter}` : 'Bitte versuchen Sie es gleich noch einmal.'),
  );
}

function renderStatus(state, total, more, exact) {
  const hits = !exact ? `über ${formatCount(total)} Treffer` : total === 1 ? '1 Treffer' : `${formatCount(total)} Treffer`;
  const forQuery = state.q ? ` für „${state.q}“` : '';
  const also = more > 0 ? `, dazu ${formatCount(more)} mit weniger Wörtern` : '';
  const pages = pageCount(total + more);
  const page = pages > 1 ? ` – Seite ${state.page} von ${formatCount(pages)}` : '';
  ui.status.textContent = `${hits}${forQuery}${also}${page}`;
}

// ---------- hits ----------

/** Only http(s) links leave the page; anything else (javascript:, data:) is not linked at all. */
function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const asList = (value) => (Array.isArray(value) ? value : value ? [value] : []).map(String).filter(Boolean);

/** The page of an event; a session opens its event's page at its place in the program. */
function eventPage(hit) {
  if (isSession(hit) && hit.event && hit.event.id) {
    const hash = String(hit.id).lastIndexOf('#');
    return `/veranstaltung/${encodeURIComponent(hit.event.id)}#programm-${String(hit.id).slice(hash + 1)}`;
  }
  return `/veranstaltung/${encodeURIComponent(hit.id)}`;
}

function titleLink(hit, level) {
  const heading = el(level, { class: 'hit-title' });
  const marked = hit.highlight && hit.highlight.title;
  const title = marked ? markOnly(marked) : document.createTextNode(hit.title || hit.id || 'Ohne Titel');
  heading.append(hit.id ? el('a', { href: eventPage(hit) }, title) : title);
  return heading;
}

/** The original page, a secondary link beside the event page. */
function sourceLink(hit) {
  const href = safeUrl(hit.url);
  return href ? el('p', { class: 'source-link' }, el('a', { href, rel: 'noopener external' }, 'Originalseite')) : null;
}

function badgeButton(dimension, value) {
  return el('button', {
    type: 'button', class: `badge badge-${dimension}`, 'data-add-filter': dimension, 'data-value': value,
    title: `Nach ${LABELS[dimension]} „${value}“ filtern`,
  }, value);
}

function metaLine(hit) {
  const parts = [];
  const dates = formatDateRange(hit.start, hit.end);
  if (dates) parts.push(el('span', { class: 'meta-date' }, el('span', { class: 'visually-hidden' }, 'Datum: '), dates));
  if (hit.start_time) parts.push(el('span', { class: 'meta-time' }, el('span', { class: 'visually-hidden' }, 'Beginn: '), `${hit.start_time} Uhr`));
  if (isSession(hit) && hit.location) parts.push(el('span', { class: 'meta-room' }, el('span', { class: 'visually-hidden' }, 'Raum: '), hit.location));
  if (hit.city) {
    const place = hit.land && hit.land !== hit.city ? `${hit.city} (${hit.land})` : hit.city;
    parts.push(el('span', { class: 'meta-place' }, el('span', { class: 'visually-hidden' }, 'Ort: '), place));
  }
  if (hit.type) parts.push(el('span', { class: 'meta-type' }, String(hit.type)));
  if (hit.format) parts.push(el('span', { class: 'meta-format' }, String(hit.format)));
  return el('p', { class: 'meta' }, parts);
}

/** Google's "Fehlt: …": the words and constraints of the query this hit lacks, struck through. */
function missingLine(hit) {
  const missing = asList(hit.missing);
  if (!missing.length) return null;
  const words = missing.flatMap((w, i) => (i ? [', ', el('s', {}, w)] : [el('s', {}, w)]));
  return el('p', { class: 'hit-missing' }, 'Fehlt: ', words);
}

function hitBody(hit) {
  const nodes = [metaLine(hit)];
  const missing = missingLine(hit);
  if (missing) nodes.push(missing);
  const snippet = hit.highlight && hit.highlight.snippet;
  if (snippet) nodes.push(el('p', { class: 'snippet' }, markOnly(snippet)));
  const badges = [
    ...asList(hit.topics).map((t) => badgeButton('topic', t)),
    ...asList(hit.organisations).map((o) => badgeButton('organisation', o)),
  ];
  if (badges.length) nodes.push(el('p', { class: 'badges' }, badges));
  const source = sourceLink(hit);
  if (source) nodes.push(source);
  return nodes;
}

function sessionList(sessions) {
  return el('div', { class: 'sessions' },
    el('p', { class: 'sessions-heading' }, sessions.length === 1 ? 'Passender Programmpunkt' : `${sessions.length} passende Programmpunkte`),
    el('ul', {}, sessions.map((s) => el('li', { class: 'session' }, titleLink(s, 'h3'), hitBody(s)))));
}

const isSession = (hit) => hit.kind === 'session';

/** One card per event (the server groups: group=event), its matching program sessions inside. */
function renderHits(hits) {
  ui.results.replaceChildren(...hits.map((hit) => {
    const article = el('article', { class: 'hit' }, titleLink(hit, 'h2'), ...hitBody(hit));
    if (Array.isArray(hit.sessions) && hit.sessions.length) article.append(sessionList(hit.sessions));
    return el('li', {}, article);
  }));
}

// ---------- notices: interpretation and did-you-mean ----------

/**
 * What the server recognised in the query ({city, land, from, to, date_label}, nulls when not) as filter offers:
 * the city (or, without one, the Land) and the date range.
 */
function interpretationOffers(raw) {
  if (!raw) return [];
  const offers = [];
  if (raw.city) offers.push({ kind: 'city', value: raw.city });
  else if (raw.land) offers.push({ kind: 'land', value: raw.land });
  if (raw.from || raw.to) offers.push({ kind: 'date', from: raw.from, to: raw.to, label: raw.date_label });
  return offers;
}

function offerAction(state, offer) {
  if (offer.kind === 'date') {
    if (!offer.from && !offer.to) return null;
    if (state.from === (offer.from || '') && state.to === (offer.to || '')) return null;
    const label = offer.label || formatDateRange(offer.from, offer.to) || 'diesen Zeitraum';
    return { label: `Nur ${label}?`, apply: (s) => { s.from = offer.from || ''; s.to = offer.to || ''; } };
  }
  if (!offer.value) return null;
  const value = String(offer.value);
  if (state[offer.kind].some((v) => v === value || cityName(v) === value)) return null;
  return { label: `Nur ${value}?`, apply: (s) => { s[offer.kind] = [...s[offer.kind], value]; } };
}

const didYouMeanText = (raw) => (typeof raw === 'string' ? raw : '');

function renderNotices(state, data) {
  const nodes = [];
  const corrected = Array.isArray(data.fuzzy_words) ? data.fuzzy_words : [];
  const suggestion = didYouMeanText(data.did_you_mean);
  if (corrected.length && suggestion) {
    // the server searched for the words it took the typos for: say so, as a web search does
    const typed = corrected.map((w) => String(w.typed));
    nodes.push(el('p', { class: 'did-you-mean' }, 'Ergebnisse für ', el('strong', {}, `»${suggestion}«`),
      ` – ${quotedList(typed)} ${typed.length === 1 ? 'kommt' : 'kommen'} auf keiner Seite vor.`));
  }
  for (const text of relaxedNotices(data.relaxed, data.interpretation)) {
    nodes.push(el('p', { class: 'relaxed' }, text));
  }
  const offers = interpretationOffers(data.interpretation)
    .map((offer) => offerAction(state, offer)).filter(Boolean);
  if (offers.length) {
    const buttons = offers.map((offer, i) => {
      const button = el('button', { type: 'button', class: 'offer', 'data-focus-key': `offer:${i}` }, offer.label);
      button.addEventListener('click', () => navigate(offer.apply));
      return button;
    });
    nodes.push(el('p', { class: 'interpretation' }, el('span', {}, 'Eingrenzen: '), buttons));
  }
  ui.notices.replaceChildren(...nodes);
}

// ---------- empty state ----------

function hasFilters(state) {
  return FILTERS.some((f) => state[f].length) || state.from || state.to || state.when;
}

function renderEmpty(state, data, total) {
  const hits = Array.isArray(data.hits) ? data.hits.length : 0;
  ui.empty.hidden = total > 0 && hits > 0;
  if (total > 0 && hits > 0) return;
  if (total > 0) {
    // an old link to a page behind the last one
    ui.empty.replaceChildren(el('h2', {}, 'Diese Seite gibt es nicht'),
      el('p', {}, el('a', { href: stateUrl({ ...state, page: 1 }), 'data-nav': '' }, 'Zur ersten Seite der Ergebnisse')));
    return;
  }
  if (state.when) {
    renderNoDates(state, data);
    return;
  }
  const tips = el('ul', {},
    el('li', {}, 'Prüfen Sie die Schreibweise oder verwenden Sie allgemeinere Wörter (z. B. „Mobilität“ statt eines Projektnamens).'),
    el('li', {}, 'Keines der Wörter kommt auf einer Seite vor: versuchen Sie ein anderes Wort für dasselbe.'),
    el('li', {}, 'Städte und Zeiträume können Sie auch als Filter wählen statt sie einzutippen.'));
  const nodes = [el('h2', {}, state.q ? `Keine Treffer für „${state.q}“` : 'Keine Treffer')];
  if (hasFilters(state)) {
    const withoutFilters = { q: state.q, from: '', to: '', when: '', sort: state.sort, page: 1 };
    for (const f of FILTERS) withoutFilters[f] = [];
    nodes.push(el('p', {}, 'Es sind Filter aktiv. ',
      el('a', { href: stateUrl(withoutFilters), 'data-nav': '' }, 'Ohne Filter suchen')));
  }
  nodes.push(tips);
  ui.empty.replaceChildren(...nodes);
}

/** Nothing upcoming (or past) for this search: say so, and offer the other times, not spelling tips. */
function renderNoDates(state, data) {
  const upcoming = state.when === 'upcoming';
  const other = upcoming ? 'past' : 'upcoming';
  const counts = Object.fromEntries(facetEntries(data && data.facets && data.facets.when).map((e) => [e.value, e.count]));
  const nodes = [el('h2', {}, upcoming ? 'Keine kommenden Veranstaltungen' : 'Keine vergangenen Veranstaltungen')];
  nodes.push(el('p', {}, upcoming
    ? 'Für diese Suche ist derzeit keine Veranstaltung angekündigt. Abonnieren Sie die Suche, um neue Termine zu erfahren.'
    : 'Für diese Suche liegt keine Veranstaltung in der Vergangenheit.'));
  const links = [];
  const otherCount = counts[other];
  links.push(el('a', { href: stateUrl({ ...state, when: other, page: 1 }), 'data-nav': '' },
    `${upcoming ? 'Vergangene' : 'Kommende'} Veranstaltungen anzeigen${otherCount !== undefined ? ` (${formatCount(otherCount)})` : ''}`));
  links.push(el('a', { href: stateUrl({ ...state, when: '', page: 1 }), 'data-nav': '' }, 'Alle Termine anzeigen'));
  nodes.push(el('ul', {}, links.map((a) => el('li', {}, a))));
  ui.empty.replaceChildren(...nodes);
}

// ---------- chips ----------


function renderChips(state) {
  const chips = [];
  const chip = (label, key, change) => {
    const button = el('button', { type: 'button', class: 'chip', 'data-focus-key': `chip:${key}`, 'aria-label': `Filter ${label} entfernen` },
      label, el('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'));
    button.addEventListener('click', () => navigate(change));
    chips.push(button);
  };
  for (const f of FILTERS) {
    for (const value of state[f]) {
      chip(`${LABELS[f]}: ${shownValue(f, value)}`, `${f}:${value}`, (s) => { s[f] = s[f].filter((v) => v !== value); });
    }
  }
  if (state.from || state.to) {
    const range = state.from && state.to ? formatDateRange(state.from, state.to)
      : state.from ? `ab ${formatDateRange(state.from)}` : `bis ${formatDateRange(state.to)}`;
    chip(`Zeitraum: ${range}`, 'dates', (s) => { s.from = ''; s.to = ''; });
  }
  if (state.when) chip(state.when === 'upcoming' ? 'Nur kommende' : 'Nur vergangene', 'when', (s) => { s.when = ''; });
  if (chips.length > 1) {
    const all = el('button', { type: 'button', class: 'chip chip-clear', 'data-focus-key': 'chip:all' }, 'Alle Filter entfernen');
    all.addEventListener('click', () => navigate((s) => {
      for (const f of FILTERS) s[f] = [];
      s.from = ''; s.to = ''; s.when = '';
    }));
    chips.push(all);
  }
  ui.chips.replaceChildren(...chips);
  ui.chips.hidden = chips.length === 0;
}

// ---------- facets ----------

/** A plain name and a "Land/City" path name the same city; two different paths never do. */
const sameCity = (a, b) => a === b || (cityName(a) === cityName(b) && (!landOfPath(a) || !landOfPath(b)));

/** Which Land each plain city name belongs to: the city facet says it; hits and the interpretation too. */
function learnLands(data, hits) {
  const map = new Map();
  const cities = data.facets && Array.isArray(data.facets.city) ? data.facets.city : [];
  for (const city of cities) if (city && city.value && city.land) map.set(String(city.value), String(city.land));
  for (const hit of hits) if (hit.city && hit.land) map.set(String(hit.city), String(hit.land));
  const understood = data.interpretation || {};
  if (understood.city && understood.land) map.set(String(understood.city), String(understood.land));
  return map;
}

function checkbox(dimension, entry, checked, label = shownValue(dimension, entry.value)) {
  const id = `f-${dimension}-${hashId(entry.value)}`;
  const input = el('input', { type: 'checkbox', id, 'data-focus-key': `facet:${dimension}:${entry.value}` });
  input.checked = checked;
  input.addEventListener('change', () => navigate((s) => {
    const matches = (v) => (dimension === 'city' ? sameCity(v, entry.value) : v === entry.value);
    s[dimension] = input.checked ? [...s[dimension].filter((v) => !matches(v)), entry.value] : s[dimension].filter((v) => !matches(v));
  }));
  return el('div', { class: 'facet-value' }, input,
    el('label', { for: id }, el('span', { class: 'facet-label' }, label), el('span', { class: 'count' }, formatCount(entry.count))));
}

function hashId(text) {
  let h = 0;
  for (const c of String(text)) h = (h * 31 + c.codePointAt(0)) | 0;
  return (h >>> 0).toString(36);
}

/** Facet entries plus the selected values the server did not list (so they can be unticked). */
function withSelected(entries, selected, same = (a, b) => a === b) {
  const result = [...entries];
  for (const value of selected) if (!entries.some((e) => same(e.value, value))) result.push({ value, count: 0 });
  return result;
}

function moreToggle(key, total) {
  const open = expanded.has(key);
  const button = el('button', { type: 'button', class: 'link-button', 'aria-expanded': String(open), 'data-focus-key': `more:${key}` },
    open ? 'Weniger anzeigen' : `Alle ${total} anzeigen`);
  button.addEventListener('click', () => {
    if (expanded.has(key)) expanded.delete(key); else expanded.add(key);
    if (lastData) { renderFacets(readState(), lastData.facets || {}, learnLands(lastData, lastData.hits || [])); restoreFocus(`more:${key}`); }
  });
  return button;
}

function facetGroup(title, key, body) {
  return el('fieldset', { class: 'facet-group', 'data-group': key }, el('legend', {}, title), body);
}

function listFacet(state, dimension, title, raw) {
  const entries = withSelected(facetEntries(raw), state[dimension]);
  if (!entries.length) return null;
  const open = expanded.has(dimension);
  const shown = open ? entries : entries.slice(0, COLLAPSED_SIZE);
  const selectedHidden = entries.slice(COLLAPSED_SIZE).filter((e) => state[dimension].includes(e.value));
  const nodes = [...shown, ...(open ? [] : selectedHidden)].map((e) => checkbox(dimension, e, state[dimension].includes(e.value)));
  if (entries.length > COLLAPSED_SIZE) nodes.push(moreToggle(dimension, entries.length));
  return facetGroup(title, dimension, nodes);
}

function placeFacet(state, facets, landOfCity) {
  const lands = withSelected(facetEntries(facets.land), state.land);
  const cityEntries = facetEntries(facets.city);
  const citySelected = (value) => state.city.some((v) => sameCity(v, value));
  const byLand = new Map();
  const loose = [];
  const landOf = (value) => landOfPath(value) || landOfCity.get(value);
  for (const entry of withSelected(cityEntries, state.city, sameCity)) {
    const land = landOf(entry.value);
    if (land) {
      if (!byLand.has(land)) byLand.set(land, []);
      byLand.get(land).push(entry);
    } else {
      loose.push(entry);
    }
  }
  for (const land of byLand.keys()) if (!lands.some((l) => l.value === land)) lands.push({ value: land, count: byLand.get(land).reduce((n, c) => n + c.count, 0) });
  if (!lands.length && !loose.length) return null;
  const nodes = lands.map((land) => {
    const cities = byLand.get(land.value) || [];
    const row = checkbox('land', land, state.land.includes(land.value));
    if (!cities.length) return row;
    const key = `land:${land.value}`;
    const open = expanded.has(key) || state.land.includes(land.value) || cities.some((c) => citySelected(c.value));
    const listId = `cities-${hashId(land.value)}`;
    const toggle = el('button', {
      type: 'button', class: 'expander', 'aria-expanded': String(open), 'aria-controls': listId,
      'aria-label': `Städte in ${land.value} ${open ? 'ausblenden' : 'anzeigen'}`, 'data-focus-key': `expand:${key}`,
    }, open ? '−' : '+');
    toggle.addEventListener('click', () => {
      if (open) expanded.delete(key); else expanded.add(key);
      if (lastData) { renderFacets(readState(), lastData.facets || {}, learnLands(lastData, lastData.hits || [])); restoreFocus(`expand:${key}`); }
    });
    row.prepend(toggle);
    const list = el('div', { class: 'facet-children', id: listId },
      cities.map((c) => checkbox('city', c, citySelected(c.value))));
    list.hidden = !open;
    return el('div', { class: 'facet-tree' }, row, list);
  });
  if (loose.length) {
    nodes.push(el('p', { class: 'facet-subheading' }, lands.length ? 'Weitere Städte' : 'Städte'));
    nodes.push(...loose.map((c) => checkbox('city', c, citySelected(c.value))));
  }
  return facetGroup('Ort', 'place', nodes);
}

function dateFacet(state, facets) {
  const nodes = [];
  const whenName = 'when';
  const counts = Object.fromEntries(facetEntries(facets.when).map((e) => [e.value, e.count]));
  const radios = [['', 'Alle Termine'], ['upcoming', 'Kommende'], ['past', 'Vergangene']].map(([value, label]) => {
    const id = `when-${value || 'all'}`;
    const input = el('input', { type: 'radio', name: whenName, id, value, 'data-focus-key': `when:${value}` });
    input.checked = state.when === value;
    input.addEventListener('change', () => navigate((s) => { s.when = value; }));
    const count = value && counts[value] !== undefined ? el('span', { class: 'count' }, formatCount(counts[value])) : null;
    return el('div', { class: 'facet-value' }, input, el('label', { for: id }, el('span', { class: 'facet-label' }, label), count));
  });
  nodes.push(el('div', { class: 'when', role: 'radiogroup', 'aria-label': 'Termine' }, radios));

  const grid = yearGrid(state, facets);
  if (grid) nodes.push(el('p', { class: 'facet-subheading', id: 'months-label' }, 'Nach Monat'), grid);

  const dateInput = (name, label) => {
    const id = `date-${name}`;
    const input = el('input', { type: 'date', id, 'data-focus-key': `date:${name}` });
    input.value = state[name];
    input.addEventListener('change', () => navigate((s) => { s[name] = input.value; }));
    return el('div', { class: 'date-field' }, el('label', { for: id }, label), input);
  };
  nodes.push(el('div', { class: 'date-range' }, dateInput('from', 'Von'), dateInput('to', 'Bis')));
  return facetGroup('Zeitraum', 'dates', nodes);
}

/**
 * The months with hits as a year grid: one row of twelve months per year from the first to the last year with
 * hits, each month with hits a button that selects it (its count in its name), empty months plain text.
 */
function yearGrid(state, facets) {
  const months = fillMonths(facetEntries(facets.month).filter((e) => e.count > 0));
  if (!months.length) return null;
  const byYear = new Map();
  for (const m of months) {
    if (!byYear.has(m.year)) byYear.set(m.year, new Map());
    byYear.get(m.year).set(m.month, m.count);
  }
  const years = [...withHitsYears(months)];
  const rows = [];
  const withHits = withHitsYears(months);
  let quiet = [];
  const sayQuiet = () => {
    if (quiet.length) rows.push(el('p', { class: 'year-label year-quiet' }, `${quiet.join(', ')}: keine`));
    quiet = [];
  };
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    if (!withHits.has(year)) { quiet.push(year); continue; }
    sayQuiet();
    const counts = byYear.get(year);
    const cells = MONTH_NAMES.map((name, i) => {
      const count = counts.get(i + 1) || 0;
      if (!count) return el('li', { class: 'month-cell month-empty' }, el('span', { class: 'month-name' }, name), el('span', { class: 'visually-hidden' }, ` ${year}: keine`));
      const range = monthRange({ year, month: i + 1 });
      const pressed = state.from === range.from && state.to === range.to;
      const button = el('button', {
        type: 'button', class: 'month', 'aria-pressed': String(pressed), 'data-focus-key': `month:${range.from}`,
      }, el('span', { class: 'month-name' }, name), el('span', { class: 'visually-hidden' }, ` ${year}:`),
      el('span', { class: 'month-count' }, ` ${formatCount(count)}`));
      button.addEventListener('click', () => navigate((s) => {
        if (pressed) { s.from = ''; s.to = ''; } else { s.from = range.from; s.to = range.to; }
      }));
      return el('li', { class: 'month-cell' }, button);
    });
    rows.push(el('div', { class: 'year' }, el('p', { class: 'year-label', 'aria-hidden': 'true' }, String(year)),
      el('ol', { class: 'months', 'aria-label': String(year) }, cells)));
  }
  sayQuiet();
  return el('div', { class: 'year-grid', role: 'group', 'aria-labelledby': 'months-label' }, rows);
}

const withHitsYears = (months) => new Set(months.filter((m) => m.count > 0).map((m) => m.year));

function renderFacets(state, facets, landOfCity) {
  const groups = [dateFacet(state, facets), placeFacet(state, facets, landOfCity)];
  for (const [dimension, title] of VALUE_FACETS) groups.push(listFacet(state, dimension, title, facets[dimension]));
  ui.facetGroups.replaceChildren(...groups.filter(Boolean));
}

// ---------- paging ----------

const pageCount = (total) => Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(MAX_DEPTH / PAGE_SIZE)));

function renderPager(state, total) {
  const pages = pageCount(total);
  if (pages <= 1) { ui.pager.replaceChildren(); return; }
  const link = (page, label, extra = {}) => el('a', { href: stateUrl({ ...state, page }), 'data-nav': '', 'data-page': '', ...extra }, label);
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, '‹ Zurück', { rel: 'prev' }));
  const first = Math.max(1, Math.min(state.page - 2, pages - 4));
  for (let p = first; p <= Math.min(pages, first + 4); p++) {
    items.push(p === state.page ? el('span', { class: 'current', 'aria-current': 'page' }, String(p)) : link(p, String(p), { 'aria-label': `Seite ${p}` }));
  }
  if (state.page < pages) items.push(link(state.page + 1, 'Weiter ›', { rel: 'next' }));
  ui.pager.replaceChildren(el('ul', {}, items.map((item) => el('li', {}, item))));
}

// ---------- focus ----------

function restoreFocus(key) {
  if (!key) return;
  for (const node of document.querySelectorAll('[data-focus-key]')) {
    if (node.dataset.focusKey === key) { node.focus(); return; }
  }
  if (key.startsWith('chip:')) {
    const next = ui.chips.querySelector('button');
    (next || ui.heading).focus();
  }
}

// ---------- suggestions (WAI-ARIA combobox with listbox popup) ----------

const suggest = { items: [], active: -1, timer: 0, controller: null };

/** The server's {suggestions: [{text, kind}]}. */
function normaliseSuggestions(data) {
  const list = (data && Array.isArray(data.suggestions)) ? data.suggestions : [];
  return list.map((s) => ({ text: String(s.text ?? ''), kind: String(s.kind ?? '') })).filter((s) => s.text).slice(0, 10);
}

async function fetchSuggestions(text) {
  if (suggest.controller) suggest.controller.abort();
  suggest.controller = new AbortController();
  try {
    const data = await getJson(`/api/suggest?q=${encodeURIComponent(text)}`, suggest.controller.signal);
    if (ui.q.value.trim() !== text) return;
    suggest.items = normaliseSuggestions(data);
    suggest.active = -1;
    showSuggestions();
  } catch {
    // suggestions are a convenience: on failure the visitor simply sees none
    closeSuggestions();
  }
}

function showSuggestions() {
  if (!suggest.items.length || document.activeElement !== ui.q) { closeSuggestions(); return; }
  ui.suggestions.replaceChildren(...suggest.items.map((s, i) => {
    const option = el('li', { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === suggest.active), class: 'suggestion' },
      el('span', { class: 'suggestion-text' }, s.text));
    if (KIND_LABELS[s.kind]) option.append(el('span', { class: 'suggestion-kind' }, KIND_LABELS[s.kind]));
    option.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
    option.addEventListener('click', () => chooseSuggestion(s));
    return option;
  }));
  ui.suggestions.hidden = false;
  ui.q.setAttribute('aria-expanded', 'true');
  if (suggest.active >= 0) {
    ui.q.setAttribute('aria-activedescendant', `suggestion-${suggest.active}`);
    ui.suggestions.children[suggest.active].scrollIntoView({ block: 'nearest' });
  } else {
    ui.q.removeAttribute('aria-activedescendant');
  }
}

/** Closes the list and drops a suggestion request still under way, so it cannot reopen over new results. */
function cancelSuggestions() {
  clearTimeout(suggest.timer);
  if (suggest.controller) suggest.controller.abort();
  suggest.items = [];
  closeSuggestions();
}

function closeSuggestions() {
  suggest.active = -1;
  ui.suggestions.hidden = true;
  ui.suggestions.replaceChildren();
  ui.q.setAttribute('aria-expanded', 'false');
  ui.q.removeAttribute('aria-activedescendant');
}

/** A title becomes the query; a city, topic or organisation becomes a filter instead of typed text. */
function chooseSuggestion(s) {
  suggest.items = [];
  closeSuggestions();
  if (FILTERS.includes(s.kind)) {
    navigate((state) => {
      state.q = '';
      if (!state[s.kind].includes(s.text)) state[s.kind] = [...state[s.kind], s.text];
    });
  } else {
    navigate((state) => { state.q = s.text; });
  }
}

function onQueryInput() {
  clearTimeout(suggest.timer);
  const text = ui.q.value.trim();
  if (text.length < 2) { suggest.items = []; closeSuggestions(); return; }
  suggest.timer = setTimeout(() => fetchSuggestions(text), 150);
}

function onQueryKeydown(event) {
  const open = !ui.suggestions.hidden;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!suggest.items.length) return;
    event.preventDefault();
    const n = suggest.items.length;
    if (!open) suggest.active = event.key === 'ArrowDown' ? 0 : n - 1;
    else suggest.active = event.key === 'ArrowDown' ? (suggest.active + 1) % n : (suggest.active <= 0 ? n - 1 : suggest.active - 1);
    showSuggestions();
  } else if (event.key === 'Enter' && open && suggest.active >= 0) {
    event.preventDefault();
    chooseSuggestion(suggest.items[suggest.active]);
  } else if (event.key === 'Escape' && open) {
    event.preventDefault();
    closeSuggestions();
  } else if (event.key === 'Tab') {
    closeSuggestions();
  }
}

// ---------- wiring ----------

/** Opens or closes the filter drawer of a narrow screen. */
function setDrawer(open) {
  ui.facets.classList.toggle('open', open);
  ui.filterToggle.setAttribute('aria-expanded', String(open));
  ui.filterToggle.textContent = open ? 'Filter ausblenden' : 'Filter anzeigen';
}

async function init() {
  Object.assign(ui, {
    form: $('search-form'), q: $('q'), suggestions: $('suggestions'), sort: $('sort'), status: $('status'),
    chips: $('chips'), notices: $('notices'), results: $('results'), empty: $('empty'), pager: $('pager'),
    facetGroups: $('facet-groups'), facets: $('facets'), filterToggle: $('filter-toggle'), heading: $('results-heading'),
    loading: $('loading'), showResults: $('show-results'), subscribeIcs: $('subscribe-ics'), subscribeAtom: $('subscribe-atom'),
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = ui.q.value.trim();
    navigate((s) => { s.q = q; });
  });
  ui.q.addEventListener('input', onQueryInput);
  ui.q.addEventListener('input', liveSearch);
  ui.q.addEventListener('keydown', onQueryKeydown);
  ui.q.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
  ui.sort.addEventListener('change', () => navigate((s) => applySort(s, ui.sort.value)));
  ui.filterToggle.addEventListener('click', () => setDrawer(!ui.facets.classList.contains('open')));
  ui.showResults.addEventListener('click', () => {
    setDrawer(false);
    ui.heading.scrollIntoView({ block: 'start' });
    ui.heading.focus({ preventScroll: true });
  });
  // links rendered by this page (pager, did-you-mean, empty state) navigate without a reload
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[data-nav]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      history.pushState(null, '', link.getAttribute('href'));
      render().then(() => { if (link.hasAttribute('data-page')) ui.heading.focus(); });
      return;
    }
    const badge = event.target.closest && event.target.closest('button[data-add-filter]');
    if (badge) {
      const { addFilter, value } = badge.dataset;
      navigate((s) => { if (!s[addFilter].includes(value)) s[addFilter] = [...s[addFilter], value]; });
    }
  });
  window.addEventListener('popstate', () => render());
  try {
    await loadDimensions();
  } catch (error) {
    renderError(readState(), error);
    return;
  }
  render();
}

init();
