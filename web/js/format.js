// Shared formatting: quad classes and their colours, numbers, dates, and a tiny DOM helper.

// Quad classes: cooperation in blues, conflict in oranges, verbal light and material dark, so
// the two axes stay apart for every kind of colour vision (Okabe–Ito-like hues).
export const QUADS = [
  { quad: 1, name: 'Verbal cooperation', short: 'Verbal coop.', color: '#7cc4ea' },
  { quad: 2, name: 'Material cooperation', short: 'Material coop.', color: '#1f5fa8' },
  { quad: 3, name: 'Verbal conflict', short: 'Verbal conflict', color: '#f0a030' },
  { quad: 4, name: 'Material conflict', short: 'Material conflict', color: '#b8360b' },
];
export const quadInfo = (q) => QUADS.find((d) => d.quad === Number(q)) ?? { quad: q, name: `Quad ${q}`, color: '#888' };

const intFormat = new Intl.NumberFormat('en');
export const fmtInt = (n) => (n == null ? '–' : intFormat.format(n));
export const plural = (n, one, many = `${one}s`) => `${fmtInt(n)} ${n === 1 ? one : many}`;
export const fmtGoldstein = (g) => (g == null ? '–' : (g > 0 ? '+' : '') + Number(g).toFixed(1));

// "2017-03-08" as a UTC Date, and back.
export function parseDay(s) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s ?? '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1)) : null;
}
export const dayString = (d) => d.toISOString().slice(0, 10);
export function todayLocal() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const longDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const fmtDay = (s) => {
  const d = parseDay(s);
  return d ? longDay.format(d) : s ?? '–';
};

// el('td', {class: 'x', title: 'y'}, child, 'text', ...): children may be strings, nodes, arrays or null.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  append(node, children);
  return node;
}
function append(node, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else node.append(c instanceof Node ? c : String(c));
  }
}

export function quadSwatch(q) {
  const info = quadInfo(q);
  return el('span', { class: 'swatch', style: `background:${info.color}`, 'aria-hidden': 'true' });
}

// The place of an incident or report, in a few words.
export function placeText(loc) {
  if (!loc) return '';
  const parts = [loc.name];
  if (loc.admin1 && loc.admin1 !== loc.name && loc.precision === 'city') parts.push(loc.admin1);
  if (loc.country && loc.precision !== 'country') parts.push(loc.country);
  return parts.filter(Boolean).join(', ');
}

// killed/wounded: a number on incidents, {n, qualifier, text, span} on reports.
export function casualtyText(c) {
  if (c == null) return '';
  if (typeof c === 'number') return fmtInt(c);
  const q = { at_least: '≥', approximate: '~', at_most: '≤' }[c.qualifier] ?? '';
  return q + fmtInt(c.n);
}
