/*
 * <smartcity-search> — embeddable event search for partner websites.
 *
 *   <script src="https://HOST/widget.js" defer></script>
 *   <smartcity-search city="Kiel" size="5"></smartcity-search>
 *
 * Attributes: endpoint (default: where this script came from), size (1–20, default 5), placeholder,
 * event-url (where a result links to, "{id}" replaced by the event's id; default HOST/veranstaltung/{id}),
 * and preset filters with the API's names: city, land, topic, organisation, format, type, audience, from, to,
 * when ("upcoming" or "past", by the server's today), sort; several values separated by ";". Results are events
 * (group=event), counted as such.
 * Presets are checked once against the index (GET /api/widget/presets): any case works ("kiel" finds Kiel), and a
 * value the index does not know is shown inside the widget as a German message for the partner.
 * Theming through CSS custom properties on the element: --scs-accent, --scs-font, --scs-radius,
 * --scs-text, --scs-muted, --scs-bg, --scs-border, --scs-mark.
 *
 * A partner page with a Content-Security-Policy must allow the search host in script-src (this file) and
 * connect-src (its API); when the policy blocks the API, the widget says which line to add.
 *
 * Self-contained on purpose (one file, no imports): partners load it from another origin. Styles live in
 * the shadow root as a constructed stylesheet, so a partner's strict CSP (no inline styles) allows them.
 * Server text goes in as text nodes; title and snippet (escaped text plus <mark>) are rebuilt keeping bare <mark> only.
 */
(() => {
  // the presets /api/widget/presets checks (WidgetPresetsTest holds this list to the server's)
  const FILTERS = ['land', 'city', 'topic', 'organisation', 'format', 'type', 'audience', 'from', 'to', 'when', 'sort'];
  const script = document.currentScript;
  const scriptOrigin = script && script.src ? new URL(script.src).origin : location.origin;
  // what the page's Content-Security-Policy refused, to tell a partner why a request failed
  const refused = [];
  document.addEventListener('securitypolicyviolation', (e) => refused.push({ uri: e.blockedURI, directive: e.effectiveDirective || e.violatedDirective }));
  const CSS = `
:host{display:block;font-family:var(--scs-font,system-ui,sans-serif);color:var(--scs-text,#1b1f24);
background:var(--scs-bg,#fff);border:1px solid var(--scs-border,#d5dbe3);border-radius:var(--scs-radius,8px);padding:1rem;line-height:1.4}
:host([hidden]),[hidden]{display:none!important}
form{display:flex;gap:.4rem}
input{flex:1;min-width:0;font:inherit;padding:.45rem .6rem;border:1px solid var(--scs-border,#d5dbe3);border-radius:var(--scs-radius,8px)}
button{font:inherit;border:0;border-radius:var(--scs-radius,8px);background:var(--scs-accent,#0b5cad);color:#fff;padding:.45rem .9rem;cursor:pointer}
:focus-visible{outline:3px solid var(--scs-focus,#f0a500);outline-offset:2px}
.st{font-size:.85rem;color:var(--scs-muted,#55606e);margin:.5rem 0}
ol{list-style:none;margin:0;padding:0}
li{padding:.5rem 0;border-top:1px solid var(--scs-border,#d5dbe3)}
a{color:var(--scs-accent,#0b5cad);font-weight:600;overflow-wrap:anywhere}
.m{font-size:.85rem;color:var(--scs-muted,#55606e)}
p{margin:.15rem 0;overflow-wrap:anywhere}
mark{background:var(--scs-mark,#ffe58a);color:inherit}
.all{display:inline-block;margin-top:.5rem;font-size:.9rem}
.pb{border:2px solid #a11d1d;border-radius:var(--scs-radius,8px);padding:.6rem .8rem;color:#1b1f24;background:#fff}
.pb h2{font-size:1rem;margin:0 0 .3rem;color:#a11d1d}
.pb ul{margin:.3rem 0;padding-left:1.2rem}
.pb code{font-family:ui-monospace,monospace;font-size:.9em;overflow-wrap:anywhere}
.v{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}`;

  const day = (d) => { const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(d || ''); return m && { y: m[1], m: m[2], d: m[3] }; };
  function dates(start, end) {
    const a = day(start), b = day(end);
    if (!a) return '';
    const full = (x) => `${x.d}.${x.m}.${x.y}`;
    if (!b || (a.y === b.y && a.m === b.m && a.d === b.d)) return full(a);
    return a.y === b.y ? `${a.d}.${a.m}.–${full(b)}` : `${full(a)}–${full(b)}`;
  }

  /** Text and bare <mark> only: split at the mark tags, decode the rest as text (no HTML parser, nothing else can become markup). */
  const ENT = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  const decode = (t) => t.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (all, n) => {
    if (n[0] !== '#') return ENT[n.toLowerCase()] ?? all;
    const c = /^#x/i.test(n) ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10);
    return c > 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff) ? String.fromCodePoint(c) : '\ufffd';
  });
  function marked(html) {
    const out = document.createDocumentFragment();
    let into = out;
    for (const part of String(html ?? '').split(/(<\/?mark>)/i)) {
      const tag = part.toLowerCase();
      if (tag === '<mark>') { if (into === out) out.append(into = document.createElement('mark')); } else if (tag === '</mark>') into = out; else if (part) into.append(decode(part));
    }
    return out;
  }
  const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  const month = (v) => { const m = /^(\d{4})-(\d\d)/.exec(v || ''); return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : ''; };
  const quoted = (words) => words.map((w) => `»${w}«`).join(', ');
  /** What the search did without, in one short German line (the search page says it at length). */
  function relaxedNote(data) {
    const notes = [];
    if (Array.isArray(data.fuzzy_words) && data.fuzzy_words.length && data.did_you_mean) notes.push(`Ergebnisse für »${data.did_you_mean}«`);
    const r = data.relaxed;
    if (r && r.date) notes.push(`Treffer aus ${month(r.date)}`);
    if (r && r.place) notes.push(`keine Treffer in ${r.place}`);
    if (r && Array.isArray(r.dropped_words) && r.dropped_words.length) notes.push(`ohne ${quoted(r.dropped_words)}`);
    return notes.join(' · ');
  }
  const h = (tag, cls, ...kids) => { const e = document.createElement(tag); if (cls) e.className = cls; e.append(...kids); return e; };

  /** A German sentence for a failed request: what the partner's page or the server refused. */
  async function failure(error, endpoint) {
    const origin = new URL(endpoint).origin;
    if (error instanceof TypeError) {
      // a refused request rejects first; the policy's violation event follows as its own task
      await new Promise((resolve) => setTimeout(resolve, 50));
      const blocked = refused.find((r) => r.directive === 'connect-src' && String(r.uri).startsWith(origin));
      if (blocked) {
        return `Die Content-Security-Policy dieser Seite verbietet die Verbindung zum Suchdienst. Bitte in der Richtlinie ergänzen: connect-src ${origin} (und script-src ${origin} für widget.js).`;
      }
      return `Der Suchdienst ${origin} ist nicht erreichbar oder erlaubt keine Anfragen von dieser Website.`;
    }
    if (error.status === 429) return 'Zu viele Anfragen – bitte kurz warten und erneut suchen.';
    return `Die Suche ist gerade nicht möglich (Fehler ${error.status || 'unbekannt'}).`;
  }

  async function getJson(url, signal) {
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
    return response.json();
  }

  class SmartCitySearch extends HTMLElement {
    static get observedAttributes() { return ['endpoint', 'size', 'placeholder', 'event-url', ...FILTERS]; }

    connectedCallback() {
      if (!this.shadowRoot) this.build();
      this.refresh();
    }

    attributeChangedCallback() { if (this.shadowRoot) { this.input.placeholder = this.placeholder(); this.refresh(); } }

    placeholder() { return this.getAttribute('placeholder') || 'Veranstaltungen suchen'; }

    build() {
      const root = this.attachShadow({ mode: 'open' });
      try { const sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); root.adoptedStyleSheets = [sheet]; } catch { root.append(h('style', '', CSS)); }
      this.input = h('input');
      Object.assign(this.input, { type: 'search', maxLength: 500, autocomplete: 'off' });
      this.input.placeholder = this.placeholder();
      const label = h('label', 'v', 'Suchbegriff');
      label.htmlFor = this.input.id = 'q';
      const button = h('button', '', 'Suchen');
      this.form = h('form', '', label, this.input, button);
      this.form.setAttribute('role', 'search');
      this.form.addEventListener('submit', (e) => { e.preventDefault(); this.search(); });
      this.input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.search(), 300); });
      this.problem = h('div', 'pb');
      this.problem.setAttribute('role', 'alert');
      this.problem.hidden = true;
      this.status = h('p', 'st');
      this.status.setAttribute('role', 'status');
      this.list = h('ol');
      this.more = h('a', 'all');
      this.more.hidden = true;
      root.append(this.problem, this.form, this.status, this.list, this.more);
    }

    endpoint() { return (this.getAttribute('endpoint') || scriptOrigin).replace(/\/+$/, ''); }

    /** The preset attributes as written: name -> values (";" separates several). */
    written() {
      const out = {};
      for (const name of FILTERS) {
        const values = (this.getAttribute(name) || '').split(';').map((v) => v.trim()).filter(Boolean);
        if (values.length) out[name] = values;
      }
      return out;
    }

    /** Checks the presets once per change of the attributes (set one after the other, they are checked together). */
    refresh() {
      if (this.pending) return;
      this.pending = Promise.resolve().then(async () => {
        this.pending = null;
        if (!this.isConnected) return;
        const check = this.presetsChecked = this.checkPresets();
        if (await check && check === this.presetsChecked) this.search();
      });
    }

    /** Asks the server for the presets in the index's spelling; false (and the problem shown) when one is wrong. */
    async checkPresets() {
      this.presets = null;
      const problems = this.eventUrlProblems();
      const written = this.written();
      if (!problems.length && Object.keys(written).length) {
        const params = new URLSearchParams();
        for (const [name, values] of Object.entries(written)) values.forEach((v) => params.append(name, v));
        this.status.textContent = 'Suche wird vorbereitet …';
        try {
          const data = await getJson(`${this.endpoint()}/api/widget/presets?${params}`);
          this.presets = data.presets || {};
          problems.push(...(Array.isArray(data.problems) ? data.problems : []));
        } catch (e) {
          this.showProblem([], await failure(e, this.endpoint()));
          return false;
        }
      } else {
        this.presets = written;
      }
      if (problems.length) {
        this.showProblem(problems);
        return false;
      }
      this.problem.hidden = true;
      this.form.hidden = false;
      return true;
    }

    /** The event-url attribute must name where {id} goes and lead to an http(s) page. */
    eventUrlProblems() {
      const pattern = this.getAttribute('event-url');
      if (pattern === null) return [];
      const url = (() => { try { return new URL(pattern.replaceAll('{id}', 'x'), location.href); } catch { return null; } })();
      if (pattern.includes('{id}') && url && /^https?:$/.test(url.protocol)) return [];
      return [{ attribute: 'event-url', value: pattern, message: 'Die Adresse muss mit http:// oder https:// beginnen (oder mit / auf dieser Website) und {id} an der Stelle der Veranstaltung enthalten, z. B. https://ihre-seite.de/termine/{id}.' }];
    }

    /** Shows what is wrong instead of results: the partner sees it when trying the page. */
    showProblem(problems, sentence) {
      if (this.controller) this.controller.abort();
      const items = problems.map((p) => h('li', '', h('code', '', `${p.attribute}="${p.value}"`), `: ${p.message}`));
      this.problem.replaceChildren(h('h2', '', sentence ? 'Keine Verbindung zum Suchdienst' : 'Dieses Such-Widget ist nicht richtig eingestellt'),
        ...(sentence ? [h('p', '', sentence)] : [h('ul', '', ...items), h('p', '', 'Bitte die Attribute des Elements <smartcity-search> auf dieser Seite korrigieren.')]));
      this.problem.hidden = false;
      this.form.hidden = true;
      this.status.textContent = '';
      this.list.replaceChildren();
      this.more.hidden = true;
    }

    /** The checked presets plus the typed words, in the API's parameter names. */
    params() {
      const p = new URLSearchParams();
      const q = this.input.value.trim();
      if (q) p.set('q', q);
      for (const [name, values] of Object.entries(this.presets || {})) values.forEach((v) => p.append(name, v));
      return p;
    }

    /** Where a result links to: the partner's own page pattern, else the event page on the search host. */
    eventUrl(hit) {
      // a session is shown on its event's page, the one page a partner's pattern can know
      const id = hit.kind === 'session' && hit.event && hit.event.id ? hit.event.id : hit.id;
      if (!id) return null;
      const pattern = this.getAttribute('event-url') || `${this.endpoint()}/veranstaltung/{id}`;
      try {
        const url = new URL(pattern.replaceAll('{id}', encodeURIComponent(id)), location.href);
        return /^https?:$/.test(url.protocol) ? url.href : null;
      } catch { return null; }
    }

    async search() {
      if (!this.isConnected || !this.shadowRoot || !this.presets) return;
      const params = this.params();
      const size = Math.min(20, Math.max(1, parseInt(this.getAttribute('size'), 10) || 5));
      const pageUrl = `${this.endpoint()}/?${params}`;
      params.set('size', size);
      params.set('group', 'event'); // one result per event (its matching sessions are on its page), counted as events
      if (this.controller) this.controller.abort();
      const controller = this.controller = new AbortController();
      this.status.textContent = 'Suche läuft …';
      try {
        this.show(await getJson(`${this.endpoint()}/api/search?${params}`, controller.signal), pageUrl);
      } catch (e) {
        if (e.name === 'AbortError') return;
        const sentence = await failure(e, this.endpoint());
        if (controller !== this.controller) return;
        if (e instanceof TypeError) {
          this.showProblem([], sentence); // no connection: searching again would not help
          return;
        }
        this.list.replaceChildren();
        this.more.hidden = true;
        this.status.textContent = sentence;
      }
    }

    show(data, pageUrl) {
      const hits = Array.isArray(data.hits) ? data.hits : [];
      const total = (Number(data.total) || 0) + (Number(data.more) || 0);
      const note = relaxedNote(data);
      const over = data.total_exact === false ? 'über ' : ''; // above 10,000 the total is a lower bound
      this.status.textContent = (total === 1 ? '1 Treffer' : total ? `${over}${total.toLocaleString('de-DE')} Treffer` : 'Keine passenden Veranstaltungen gefunden.')
        + (note ? ` – ${note}` : '');
      this.list.replaceChildren(...hits.map((hit) => {
        const title = hit.highlight && hit.highlight.title ? marked(hit.highlight.title) : document.createTextNode(hit.title || 'Ohne Titel');
        const link = h('a', '', title);
        link.href = this.eventUrl(hit) || `${this.endpoint()}/?q=${encodeURIComponent(link.textContent)}`;
        const meta = [dates(hit.start, hit.end), hit.city, hit.event && hit.event.title ? `Teil von: ${hit.event.title}` : '']
          .filter(Boolean).join(' · ');
        const item = h('li', '', link, h('p', 'm', meta));
        if (hit.highlight && hit.highlight.snippet) item.append(h('p', '', marked(hit.highlight.snippet)));
        if (Array.isArray(hit.missing) && hit.missing.length) item.append(h('p', 'm', 'Fehlt: ', ...hit.missing.flatMap((w, i) => (i ? [', ', h('s', '', String(w))] : [h('s', '', String(w))]))));
        return item;
      }));
      this.more.hidden = total <= hits.length;
      this.more.href = pageUrl;
      this.more.textContent = over ? 'Alle Treffer ansehen' : `Alle ${total.toLocaleString('de-DE')} Treffer ansehen`;
    }
  }

  if (!customElements.get('smartcity-search')) customElements.define('smartcity-search', SmartCitySearch);
})();
