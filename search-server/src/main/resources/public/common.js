// Helpers shared by the search page and the curator console.
// Page data only ever reaches the DOM as text nodes or created elements; the server's highlighted HTML
// goes through markOnly(), which rebuilds it allowing nothing but <mark>.

/** Creates an element with attributes (never event handlers) and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML encoder writes (&lt; &amp; &#228; &#xE4; ...); others stay as typed. */
export function decodeEntities(text) {
  return String(text).replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Turns server HTML (escaped text plus bare <mark> and </mark> tags) into text nodes and <mark> elements.
 * No HTML parser is involved: the string is split at the mark tags and the rest decoded as text, so any
 * other markup, even in a hostile answer, is shown literally and can never become an element.
 */
export function markOnly(html) {
  const fragment = document.createDocumentFragment();
  let into = fragment;
  for (const part of String(html ?? '').split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      if (into === fragment) {
        into = document.createElement('mark');
        fragment.append(into);
      }
    } else if (tag === '</mark>') {
      into = fragment;
    } else if (part) {
      into.append(document.createTextNode(decodeEntities(part)));
    }
  }
  return fragment;
}

/** Splits "2025-09-30" into numbers without going through Date (no time-zone shifts). */
export function parseIsoDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text || '');
  return match ? { year: +match[1], month: +match[2], day: +match[3] } : null;
}

const two = (n) => String(n).padStart(2, '0');

/** "30.09.–02.10.2025", "18.11.2025", or "30.12.2025–02.01.2026"; empty when no start date. */
export function formatDateRange(start, end) {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a) return '';
  const full = (d) => `${two(d.day)}.${two(d.month)}.${d.year}`;
  if (!b || (a.year === b.year && a.month === b.month && a.day === b.day)) return full(a);
  if (a.year === b.year) return `${two(a.day)}.${two(a.month)}.–${full(b)}`;
  return `${full(a)}–${full(b)}`;
}

/** Local calendar date as "YYYY-MM-DD", optionally shifted by whole days. */
export function isoDay(date = new Date(), shiftDays = 0) {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate() + shiftDays);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Accepts "2025-09", "2025/09" or "2025-09-01"; returns {year, month} or null (e.g. for a bare year). */
export function parseMonth(value) {
  const match = /^(\d{4})[-/](\d{1,2})/.exec(String(value || ''));
  return match ? { year: +match[1], month: +match[2] } : null;
}

export const MONTH_NAMES = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
export const FULL_MONTH_NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
  'Oktober', 'November', 'Dezember'];

/** "Februar 2026" for "2026-02" or "2026-02-01"; '' when the text is no month. */
export function monthName(value) {
  const m = /^(\d{4})-(\d\d)/.exec(String(value || ''));
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${FULL_MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : '';
}

/** »a«, »a« und »b«, »a«, »b« und »c«: words quoted and listed as German runs them. */
export function quotedList(words) {
  const quoted = words.map((w) => `»${w}«`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} und ${quoted[quoted.length - 1]}`;
}

/**
 * The German sentences that say what a search did without ({dropped_words, date, place} of the API's "relaxed",
 * the asked month from its "interpretation"), e.g. "Keine Treffer mit allen Wörtern – Treffer ohne »Tierheim«".
 */
export function relaxedNotices(relaxed, interpretation) {
  if (!relaxed) return [];
  const out = [];
  if (relaxed.date) {
    const asked = monthName(interpretation && interpretation.from);
    out.push(`Keine Veranstaltungen im ${asked || 'genannten Monat'} – Treffer aus ${monthName(relaxed.date)}`);
  }
  if (relaxed.place) out.push(`Keine Treffer in ${relaxed.place} – Treffer von anderen Orten`);
  const dropped = Array.isArray(relaxed.dropped_words) ? relaxed.dropped_words.map(String) : [];
  if (dropped.length) out.push(`Keine Treffer mit allen Wörtern – Treffer ohne ${quotedList(dropped)}`);
  return out;
}

/** First and last day of a month as ISO dates. */
export function monthRange({ year, month }) {
  const last = new Date(year, month, 0).getDate();
  return { from: `${year}-${two(month)}-01`, to: `${year}-${two(month)}-${two(last)}` };
}

/** Every month from the first to the last given one, so that empty months show as zero. */
export function fillMonths(entries) {
  const byKey = new Map();
  for (const { value, count } of entries) {
    const m = parseMonth(value);
    if (m) byKey.set(m.year * 12 + m.month - 1, (byKey.get(m.year * 12 + m.month - 1) || 0) + count);
  }
  if (byKey.size === 0) return [];
  const keys = [...byKey.keys()];
  const result = [];
  for (let k = Math.min(...keys); k <= Math.max(...keys); k++) {
    result.push({ year: Math.floor(k / 12), month: (k % 12) + 1, count: byKey.get(k) || 0 });
  }
  return result;
}

/** A facet list in whatever shape the server used: [{value,count}], [[value,count]], {value: count}. */
export function facetEntries(raw) {
  if (!raw) return [];
  if (!Array.isArray(raw)) {
    if (Array.isArray(raw.values)) return facetEntries(raw.values);
    return Object.entries(raw).map(([value, count]) => ({ value, count: Number(count) || 0 }));
  }
  return raw.map((item) => {
    if (Array.isArray(item)) return { value: String(item[0]), count: Number(item[1]) || 0 };
    if (item && typeof item === 'object') {
      return { value: String(item.value ?? item.label ?? item.name ?? ''), count: Number(item.count) || 0 };
    }
    return { value: String(item), count: 0 };
  }).filter((e) => e.value !== '');
}

/** Error raised for a non-2xx answer, carrying the API's own message when it sent one. */
export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

/** GETs JSON; throws ApiError with the server's {"error":{"message"}} text on failure. */
export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Der Suchdienst ist nicht erreichbar.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const err = body && body.error;
    const status = response.status;
    const fallback = status === 429 ? 'Zu viele Anfragen – bitte kurz warten.' : `Fehler ${status} vom Suchdienst.`;
    throw new ApiError(status, (err && err.message) || fallback, err && err.parameter);
  }
  if (body === null) throw new ApiError(response.status, 'Unerwartete Antwort vom Suchdienst.');
  return body;
}

/** The display name of a city facet value: "Land/City" paths lose the Land, plain names stay as they are. */
export const cityName = (value) => {
  const text = String(value);
  const slash = text.indexOf('/');
  return slash > 0 ? text.slice(slash + 1) : text;
};

/** The Land of a "Land/City" path, or undefined for a plain city name. */
export const landOfPath = (value) => {
  const text = String(value);
  const slash = text.indexOf('/');
  return slash > 0 ? text.slice(0, slash) : undefined;
};

/** German thousands separator. */
export const formatCount = (n) => Number(n || 0).toLocaleString('de-DE');
