// The InstantSearch demo: the real instantsearch.js widgets and the real algoliasearch lite client, pointed at this
// server, which speaks Algolia's search protocol (POST /1/indexes/*/queries). A partner's page needs the same three
// lines: the client with this server as its host, instantsearch() with the index "events", and its widgets.
import { liteClient } from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import {
  clearRefinements, configure, currentRefinements, hierarchicalMenu, hits, pagination, refinementList, searchBox,
  stats,
} from 'instantsearch.js/es/widgets';

const searchClient = liteClient('smartcity-search', 'public', {
  hosts: [{ url: window.location.host, protocol: window.location.protocol.replace(':', ''), accept: 'read' }],
  // one host only: no need to give up on it after Algolia's two seconds
  timeouts: { connect: 5000, read: 15000, write: 30000 },
});

const DAY = 86400;
const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric' });

/** "18. April 2026" or "28.–29. April 2026" from ISO dates. */
function when(hit) {
  if (!hit.start) {
    return '';
  }
  const start = new Date(`${hit.start}T00:00:00`);
  if (!hit.end || hit.end === hit.start) {
    return dateFormat.format(start);
  }
  return dateFormat.formatRange(start, new Date(`${hit.end}T00:00:00`));
}

/** Only web links become links: page data never turns into a script URL. */
function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/** Unix seconds of a day's midnight UTC, the protocol's value of a day. */
function seconds(isoDate) {
  return Date.parse(`${isoDate}T00:00:00Z`) / 1000;
}

function isoDate(unixSeconds) {
  return new Date(unixSeconds * 1000).toISOString().slice(0, 10);
}

/**
 * A date range as numericFilters on "date" (every day an event takes place): from = events on or after the day,
 * to = events on or before it; both = the events overlapping the range. A custom widget on the helper, because
 * the range connector's bounds come from the hits' own dates and would refuse widening a range again.
 */
function dateRange({ container }) {
  const root = document.querySelector(container);
  let form;
  return {
    $$type: 'smartcity.dateRange',
    init({ helper }) {
      form = document.createElement('form');
      form.className = 'date-range';
      form.innerHTML = '<label for="date-from">von</label><input id="date-from" name="from" type="date">'
        + '<label for="date-to">bis</label><input id="date-to" name="to" type="date">'
        + '<button type="submit">Zeitraum anwenden</button>';
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const from = form.elements.from.value;
        const to = form.elements.to.value;
        helper.removeNumericRefinement('date');
        if (from) {
          helper.addNumericRefinement('date', '>=', seconds(from));
        }
        if (to) {
          helper.addNumericRefinement('date', '<=', seconds(to));
        }
        helper.setPage(0).search();
      });
      root.appendChild(form);
    },
    render({ helper }) {
      const [from] = helper.state.getNumericRefinement('date', '>=') || [];
      const [to] = helper.state.getNumericRefinement('date', '<=') || [];
      form.elements.from.value = from === undefined ? '' : isoDate(from);
      form.elements.to.value = to === undefined ? '' : isoDate(to - (to % DAY));
    },
    dispose() {
      root.replaceChildren();
    },
  };
}

const search = instantsearch({ indexName: 'events', searchClient, future: { preserveSharedStateOnUnmount: true } });

search.addWidgets([
  configure({ hitsPerPage: 6, attributesToSnippet: ['text'] }),
  searchBox({
    container: '#searchbox',
    placeholder: 'z. B. Datenplattform Kiel, Kongress April 2026',
    searchAsYouType: true,
  }),
  stats({
    container: '#stats',
    templates: {
      text: ({ nbHits, query }, { html }) => (query
        ? html`${nbHits.toLocaleString('de-DE')} Treffer für „${query}“`
        : html`${nbHits.toLocaleString('de-DE')} ${nbHits === 1 ? 'Eintrag' : 'Einträge'}`),
    },
  }),
  clearRefinements({ container: '#clear', templates: { resetLabel: () => 'Alle Filter entfernen' } }),
  currentRefinements({ container: '#current' }),
  hierarchicalMenu({ container: '#places', attributes: ['city.lvl0', 'city.lvl1'], limit: 16 }),
  refinementList({
    container: '#topics', attribute: 'topic', limit: 8, showMore: true, showMoreLimit: 40,
    templates: { showMoreText: ({ isShowingMore }) => (isShowingMore ? 'Weniger zeigen' : 'Mehr zeigen') },
  }),
  refinementList({
    container: '#organisations', attribute: 'organisation', limit: 6, searchable: true,
    searchablePlaceholder: 'Organisation suchen', showMore: true, showMoreLimit: 40,
    templates: {
      showMoreText: ({ isShowingMore }) => (isShowingMore ? 'Weniger zeigen' : 'Mehr zeigen'),
      searchableNoResults: () => 'Keine passende Organisation',
    },
  }),
  dateRange({ container: '#dates' }),
  hits({
    container: '#hits',
    templates: {
      empty: ({ query }, { html }) => html`<p>Keine Veranstaltung zu „${query}“.</p>`,
      item: (hit, { html, components }) => {
        const url = safeUrl(hit.url);
        const title = components.Highlight({ hit, attribute: 'title', highlightedTagName: 'mark' });
        // a city state (Berlin, Hamburg, Bremen) is named once
        const place = [...new Set([hit.city, hit.land].filter(Boolean))].join(', ');
        const event = hit.event ? html` · Programmpunkt von ${hit.event.title}` : '';
        return html`<article class="hit">
          <h3>${url ? html`<a href=${url}>${title}</a>` : title}</h3>
          <p class="meta">${[when(hit), place, hit.type].filter(Boolean).join(' · ')}${event}</p>
          <p class="snippet">${components.Snippet({ hit, attribute: 'text', highlightedTagName: 'mark' })}</p>
        </article>`;
      },
    },
  }),
  pagination({ container: '#pagination', padding: 2 }),
]);

search.on('error', ({ error }) => {
  // a refused or failed search is shown, not swallowed (and reaches the console for the browser tests)
  console.error('search failed:', error.message);
  document.querySelector('#error').textContent = `Die Suche ist fehlgeschlagen: ${error.message}`;
});

search.start();
