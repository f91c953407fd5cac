// Demo page: builds the embed snippet from the chosen options and shows the same widget live.
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const code = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');
const ATTRIBUTES = ['city', 'topic', 'size', 'when', 'event-url'];
// the widget checks its presets on the server: wait until typing pauses instead of checking every letter
const TYPING_PAUSE_MS = 400;

function options() {
  const values = {};
  for (const name of ATTRIBUTES) {
    const value = form.elements[name].value.trim();
    if (value) values[name] = value;
  }
  return values;
}

const quoteAttr = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const values = options();
  const accent = form.elements.accent.value;
  // the live widget: created with DOM APIs, attributes set as plain values
  const widget = document.createElement('smartcity-search');
  widget.setAttribute('endpoint', location.origin);
  for (const [name, value] of Object.entries(values)) widget.setAttribute(name, value);
  widget.style.setProperty('--scs-accent', accent);
  preview.replaceChildren(widget);
  // the snippet: text only, so the partner sees exactly what to paste
  const attrs = Object.entries(values).map(([n, v]) => ` ${n}="${quoteAttr(v)}"`).join('');
  code.textContent = `<script src="${location.origin}/widget.js" defer></script>\n`
    + `<smartcity-search endpoint="${location.origin}"${attrs}></smartcity-search>\n`
    + (accent.toLowerCase() !== '#0b5cad' ? `<style>smartcity-search { --scs-accent: ${accent}; }</style>\n` : '');
}

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent);
    copyStatus.textContent = 'Kopiert.';
  } catch {
    // clipboard API refused (e.g. plain http): select the text so Strg+C works
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    copyStatus.textContent = 'Code markiert – mit Strg+C kopieren.';
  }
});
let pause;
form.addEventListener('input', () => { clearTimeout(pause); pause = setTimeout(update, TYPING_PAUSE_MS); });
form.addEventListener('submit', (e) => e.preventDefault());
document.getElementById('csp').textContent = `script-src 'self' ${location.origin};\nconnect-src 'self' ${location.origin};`;
document.getElementById('event-page').textContent = `${location.origin}/veranstaltung/{id}`;
document.getElementById('event-api').textContent = `${location.origin}/api/events/{id}`;
update();
