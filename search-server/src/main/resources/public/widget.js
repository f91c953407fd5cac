/*
 * <smartcity-search> — embeddable event search for partner websites.
 *
 *   <script src="https://HOST/widget.js" defer></script>
 *   <smartcity-search city="Kiel" size="5"></smartcity-search>
 *
 * Attributes: endpoint (default: where this script came from), size (1–20, default 5), placeholder,
 * event-page (where a result leads: a URL pattern with {id} for the event's id, for a partner showing events on
 * its own pages; default: the event page on the search server), and preset filters with the API's names: city,
 * land, topic, organisation, format, type, from, to, when ("upcoming" or "past", by the server's today), sort;
 * several values separated by ";". Results are events (group=event), counted as such.
 * Theming through CSS custom properties on the element: --scs-accent, --scs-font, --scs-radius,
 * --scs-text, --scs-muted, --scs-bg, --scs-border, --scs-mark.
 *
 * Self-contained on purpose (one file, no imports): partners load it from another origin. Styles live in
 * the shadow root as a constructed stylesheet, so a partner's strict CSP (no inline styles) allows them.
 * Server text goes in as text nodes; title and snippet (escaped text plus <mark>) are rebuilt keeping bare <mark> only.
 */
(() => {
  const FILTERS = ['city', 'land', 'topic', 'organisation', 'format', 'type', 'from', 'to', 'when', 'sort'];
  const script = document.currentScript;
  const scriptOrigin = script && script.src ? new URL(script.src).origin : location.origin;
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
  const safe = (url) => { try { const u = new URL(url); return /^https?:$/.test(u.protocol) ? u.href : null; } catch { return null; } };
  const h = (tag, cls, ...kids) => { const e = document.createElement(tag); if (cls) e.className = cls; e.append(...kids); return e; };

  class SmartCitySearch extends HTMLElement {
    static get observedAttributes() { return ['endpoint', 'size', 'placeholder', 'event-page', ...FILTERS]; }

    connectedCallback() {
      if (!this.shadowRoot) this.build();
      this.search();
    }

    attributeChangedCallback() { if (this.shadowRoot) { this.input.placeholder = this.placeholder(); this.search(); } }

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
      const form = h('form', '', label, this.input, button);
      form.setAttribute('role', 'search');
      form.addEventListener('submit', (e) => { e.preventDefault(); this.search(); });
      this.input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.search(), 300); });
      this.status = h('p', 'st');
      this.status.setAttribute('role', 'status');
      this.list = h('ol');
      this.more = h('a', 'all');
      this.more.hidden = true;
      root.append(form, this.status, this.list, this.more);
    }

    endpoint() { return (this.getAttribute('endpoint') || scriptOrigin).replace(/\/+$/, ''); }

    /** Where an event leads: the partner's pattern for it, or its page on the search server. */
    eventPage(hit) {
      if (!hit.id) return null;
      const id = encodeURIComponent(String(hit.id));
      const pattern = this.getAttribute('event-page');
      return pattern ? safe(pattern.split('{id}').join(id)) : `${this.endpoint()}/veranstaltung/${id}`;
    }

    /** The preset filters plus the typed words, in the API's parameter names. */
    params() {
      const p = new URLSearchParams();
      const q = this.input.value.trim();
      if (q) p.set('q', q);
      for (const name of FILTERS) {
        for (const v of (this.getAttribute(name) || '').split(';')) if (v.trim()) p.append(name, v.trim());
      }
      return p;
    }

    async search() {
      if (!this.isConnected || !this.shadowRoot) return;
      const params = this.params();
      const size = Math.min(20, Math.max(1, parseInt(this.getAttribute('size'), 10) || 5));
      const pageUrl = `${this.endpoint()}/?${params}`;
      params.set('size', size);
      params.set('group', 'event'); // one result per event (its matching sessions are on its page), counted as events
      if (this.controller) this.controller.abort();
      const controller = this.controller = new AbortController();
      this.status.textContent = 'Suche läuft …';
      try {
        const response = await fetch(`${this.endpoint()}/api/search?${params}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
        const data = await response.json();
        if (!response.ok) throw new Error((data.error && data.error.message) || `Fehler ${response.status}`);
        this.show(data, pageUrl);
      } catch (e) {
        if (e.name === 'AbortError') return;
        this.list.replaceChildren();
        this.more.hidden = true;
        this.status.textContent = `Die Suche ist gerade nicht möglich (${e.message}).`;
      }
    }

    show(data, pageUrl) {
      const hits = Array.isArray(data.hits) ? data.hits : [];
      const total = (Number(data.total) || 0) + (Number(data.more) || 0);
      const note = relaxedNote(data);
      this.status.textContent = (total === 1 ? '1 Treffer' : total ? `${total.toLocaleString('de-DE')} Treffer` : 'Keine passenden Veranstaltungen gefunden.')
        + (note ? ` – ${note}` : '');
      this.list.replaceChildren(...hits.map((hit) => {
        const title = hit.highlight && hit.highlight.title ? marked(hit.highlight.title) : document.createTextNode(hit.title || 'Ohne Titel');
        const link = h('a', '', title);
        link.href = this.eventPage(hit) || safe(hit.url) || `${this.endpoint()}/?q=${encodeURIComponent(title.textContent)}`;
        const meta = [dates(hit.start, hit.end), hit.city].filter(Boolean).join(' · ');
        const item = h('li', '', link, h('p', 'm', meta));
        if (hit.highlight && hit.highlight.snippet) item.append(h('p', '', marked(hit.highlight.snippet)));
        if (Array.isArray(hit.missing) && hit.missing.length) item.append(h('p', 'm', 'Fehlt: ', ...hit.missing.flatMap((w, i) => (i ? [', ', h('s', '', String(w))] : [h('s', '', String(w))]))));
        return item;
      }));
      this.more.hidden = total <= hits.length;
      this.more.href = pageUrl;
      this.more.textContent = `Alle ${total.toLocaleString('de-DE')} Treffer ansehen`;
    }
  }

  if (!customElements.get('smartcity-search')) customElements.define('smartcity-search', SmartCitySearch);
})();
