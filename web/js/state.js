// The view's state lives in the URL query string, so a view can be bookmarked and shared:
//   from, to, country, source, target, root, quad, unit   the API's filters (docs/api.md)
//   event                                                 the incident or report open in the panel
//   view=code                                             the "Code text" tab

export const FILTER_KEYS = ['from', 'to', 'country', 'source', 'target', 'root', 'quad', 'unit'];
const KEYS = [...FILTER_KEYS, 'event', 'view'];

// Keeps only well-formed values, so a hand-edited URL cannot wedge the page.
const VALID = {
  from: /^\d{4}-\d{2}-\d{2}$/,
  to: /^\d{4}-\d{2}-\d{2}$/,
  country: /^[A-Z]{3}$/,
  source: /^[A-Z0-9_-]{1,64}$/,
  target: /^[A-Z0-9_-]{1,64}$/,
  root: /^\d{2}$/,
  quad: /^[1-4]$/,
  unit: /^(incidents|reports)$/,
  event: /^[A-Za-z0-9_-]{1,80}$/,
  view: /^code$/,
};

export function normalize(key, value) {
  if (value == null) return '';
  let v = String(value).trim();
  if (['country', 'source', 'target'].includes(key)) v = v.toUpperCase();
  if (key === 'unit' && v === 'incidents') return ''; // the default
  return VALID[key]?.test(v) ? v : '';
}

export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const s = {};
  for (const k of KEYS) s[k] = normalize(k, p.get(k));
  return s;
}

export function stateUrl(state) {
  const p = new URLSearchParams();
  for (const k of KEYS) if (state[k]) p.set(k, state[k]);
  const q = p.toString();
  return `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
}

// The API parameters of a state, leaving out the keys in `omit`.
export function filterParams(state, omit = []) {
  const out = {};
  for (const k of FILTER_KEYS) if (state[k] && !omit.includes(k)) out[k] = state[k];
  return out;
}

export const hasFilters = (state) => FILTER_KEYS.some((k) => k !== 'unit' && state[k]);
