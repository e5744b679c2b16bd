// The sitrep dashboard: wires the header, filters, map, timeline, table, event panel and the
// "Code text" view to the HTTP API (docs/api.md). The state lives in the URL (state.js).

import { getJson, isAbort } from './api.js';
import { el, fmtInt, plural, QUADS, parseDay } from './format.js';
import { readState, stateUrl, filterParams, hasFilters, normalize, FILTER_KEYS } from './state.js';
import { renderRows } from './table.js';
import { renderDetail } from './panel.js';
import { initCoder } from './coder.js';
import { createMap, pointRadius } from './map.js';
import { createTimeline, chooseGranularity } from './timeline.js';

const $ = (id) => document.getElementById(id);
const PAGE = 50;          // table rows per page
const MAP_CAP = 5000;     // most points the map fetches (newest first)

let state = readState();
let codebook = new Map(); // CAMEO code -> {name, goldstein, quad_class, plover_type, ...}
let coder = null;         // {version, coder_id} from /healthz
let countries = [];       // GET /v1/countries
let map = null;
let timeline = null;
let refreshCtrl = null;
let tableCtrl = null;
let panelCtrl = null;
let panelTrigger = null;
let offset = 0;
let countryCounts = new Map();

const tooltip = createTooltip($('tooltip'));

boot();

async function boot() {
  initTabs();
  initCoder({ form: $('code-form'), text: $('code-text'), date: $('code-date'), submit: $('code-submit'),
    example: $('code-example'), output: $('code-output'), getCodebook: () => codebook, getCoder: () => coder });
  $('banner-close').addEventListener('click', hideBanner);
  $('panel-close').addEventListener('click', () => closePanel());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('panel').hidden) closePanel();
  });
  window.addEventListener('popstate', onPopState);

  let health;
  try {
    health = await getJson('/healthz', null, { acceptStatus: [503] });
  } catch (e) {
    renderHeader(null);
    storeless(`The server did not answer /healthz: ${e.message}`);
    return;
  }
  renderHeader(health);
  coder = { version: health.version, coder_id: health.coder?.coder_id };
  getJson('/v1/cameo').then((c) => {
    codebook = new Map(c.codes.map((d) => [d.code, d]));
    fillRoots(c.codes);
  }).catch(showError);
  if (!health.store) {
    storeless('This server has no event store (it was started without --db), so there are no stored events to browse. ',
      'You can still code text here; start it with ', el('code', {}, 'sitrep serve --db FILE'),
      ' to see the map, timeline and table.');
    return;
  }
  if (health.store.error) {
    showError(new Error(`The store ${health.store.name} cannot answer: ${health.store.error}`));
    storeless(`The store cannot answer (${health.store.error}); coding text still works.`);
    return;
  }
  if (typeof d3 === 'undefined' || typeof topojson === 'undefined') {
    storeless('The map and chart libraries (/vendor/d3/, /vendor/topojson-client/) did not load: run ', el('code', {}, 'make deps'),
      ' so that node_modules holds d3, topojson-client and world-atlas, or give ', el('code', {}, 'sitrep serve --node-modules DIR'), '.');
    return;
  }
  showView(state.view === 'code' ? 'code' : 'events', { push: false });
  initFilters();
  try {
    const [ctry, atlas] = await Promise.all([getJson('/v1/countries'), loadAtlas()]);
    countries = ctry.countries;
    fillCountries();
    if (atlas) {
      map = createMap($('map'), {
        atlas,
        countriesByNumeric: new Map(countries.filter((c) => c.iso_numeric).map((c) => [c.iso_numeric, c])),
        onCountry: (iso3) => setState({ country: state.country === iso3 ? '' : iso3 }),
        onPoint: (d) => openEvent(d.incident_id && state.unit !== 'reports' ? d.incident_id : d.event_id, null),
        tooltip,
      });
    }
  } catch (e) {
    showError(e);
  }
  timeline = createTimeline($('timeline'), { onRange: (from, to) => setState({ from, to }), tooltip });
  renderLegend();
  fillActors();
  applyStateToForm();
  await refresh({ animate: false });
  if (state.event) openEvent(state.event, null, { push: false });
}

async function loadAtlas() {
  try {
    return await getJson('/vendor/world-atlas/countries-110m.json');
  } catch (e) {
    overlay('map', 'error', `The world map's shapes did not load (${e.message}): is the npm package world-atlas installed?`);
    return null;
  }
}

// ---- header and views -------------------------------------------------------------------

function renderHeader(h) {
  const store = h?.store;
  $('st-store').textContent = store ? store.name.split('/').pop() : 'none';
  $('st-store').title = store ? `${store.engine}: ${store.name}` : 'no store: started without --db';
  $('st-incidents').textContent = store && !store.error ? fmtInt(store.incidents) : '–';
  $('st-reports').textContent = store && !store.error ? fmtInt(store.reports) : '–';
  $('st-coder').textContent = h ? `sitrep ${h.version} · ${h.coder?.coder_id ?? '?'}` : '–';
  $('st-coder').title = h ? `coder ${h.coder?.coder_id}\ndictionaries: ${h.coder?.dictionaries}\nmodels: ${h.coder?.models}` : '';
}

// Only the coding box: no store, a store that cannot answer, or no chart libraries.
function storeless(...message) {
  document.body.classList.add('storeless');
  $('tab-events').hidden = true;
  $('store-note').replaceChildren(...message);
  $('store-note').hidden = false;
  showView('code', { push: false });
}

function initTabs() {
  const tabs = [$('tab-events'), $('tab-code')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => showView(tab.id === 'tab-code' ? 'code' : 'events'));
    tab.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const visible = tabs.filter((t) => !t.hidden);
      const next = visible[(visible.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : visible.length - 1)) % visible.length];
      next.focus();
      next.click();
    });
  }
}

function showView(view, { push = true } = {}) {
  const code = view === 'code';
  $('view-events').hidden = code;
  $('view-code').hidden = !code;
  $('tab-events').setAttribute('aria-selected', String(!code));
  $('tab-code').setAttribute('aria-selected', String(code));
  $('tab-events').tabIndex = code ? -1 : 0;
  $('tab-code').tabIndex = code ? 0 : -1;
  if (code && !$('panel').hidden) closePanel({ push: false });
  const v = code && !document.body.classList.contains('storeless') ? 'code' : '';
  if (push && state.view !== v) {
    state = { ...state, view: v };
    history.pushState(null, '', stateUrl(state));
  }
}

// ---- filters -------------------------------------------------------------------------------

function initFilters() {
  const form = $('filters');
  form.addEventListener('submit', (e) => e.preventDefault());
  let dateTimer = 0;
  form.addEventListener('change', (e) => {
    const t = e.target;
    if (!t.name || !FILTER_KEYS.includes(t.name)) return;
    if (t.type === 'radio' && !t.checked) return;
    clearTimeout(dateTimer);
    // A date typed digit by digit changes on every complete value ("0002", "0020", "2025"):
    // wait for the typing to stop.
    if (t.type === 'date') dateTimer = setTimeout(() => setState({ [t.name]: t.value }), 600);
    else setState({ [t.name]: t.value });
  });
  // Actor codes apply on Enter as well as on leaving the field.
  for (const id of ['f-source', 'f-target']) {
    $(id).addEventListener('keydown', (e) => {
      if (e.key === 'Enter') setState({ [e.target.name]: e.target.value });
    });
  }
  // Clears the filters; incidents or reports stays as chosen.
  $('f-reset').addEventListener('click', () =>
    setState(Object.fromEntries(FILTER_KEYS.filter((k) => k !== 'unit').map((k) => [k, '']))));
  $('timeline-clear').addEventListener('click', () => setState({ from: '', to: '' }));
  $('map-world').addEventListener('click', () => (state.country ? setState({ country: '' }) : map?.zoomTo('')));
  $('pager-prev').addEventListener('click', () => loadTable({ offset: Math.max(0, offset - PAGE), focus: true }));
  $('pager-next').addEventListener('click', () => loadTable({ offset: offset + PAGE, focus: true }));
}

function fillRoots(codes) {
  const select = $('f-root');
  const roots = codes.filter((c) => c.code.length === 2).sort((a, b) => a.code.localeCompare(b.code));
  select.replaceChildren(el('option', { value: '' }, 'All event types'),
    roots.map((c) => el('option', { value: c.code }, `${c.code} ${c.name}`)));
  select.value = state.root;
}

function fillCountries() {
  const select = $('f-country');
  const byName = [...countries].sort((a, b) => a.name.localeCompare(b.name));
  const withEvents = byName.filter((c) => countryCounts.get(c.code));
  const option = (c) => el('option', { value: c.code },
    countryCounts.get(c.code) ? `${c.name} (${fmtInt(countryCounts.get(c.code))})` : c.name);
  select.replaceChildren(
    el('option', { value: '' }, 'All countries'),
    withEvents.length ? el('optgroup', { label: 'With incidents' }, withEvents.map(option)) : null,
    el('optgroup', { label: 'All countries' }, byName.map((c) => el('option', { value: c.code }, c.name))));
  // A country the table knows but the list does not (a code outside countries.tsv) stays selectable.
  if (state.country && !countries.some((c) => c.code === state.country)) {
    select.append(el('option', { value: state.country }, state.country));
  }
  select.value = state.country;
}

async function fillActors() {
  try {
    const dyads = await getJson('/v1/stats', { group_by: 'dyad' });
    const seen = new Map();
    for (const r of dyads.rows) {
      for (const code of [r.source, r.target]) if (code) seen.set(code, (seen.get(code) ?? 0) + r.events);
    }
    const top = [...seen].sort((a, b) => b[1] - a[1]).slice(0, 300);
    $('actor-codes').replaceChildren(...top.map(([code, n]) => el('option', { value: code }, plural(n, 'incident'))));
  } catch (e) {
    if (!isAbort(e)) showError(e);
  }
}

function renderLegend() {
  const sizes = [1, 5, 20];
  const r = sizes.map(pointRadius);
  let x = 0;
  const circles = sizes.map((n, i) => {
    x += (i ? r[i - 1] + 4 : 0) + r[i];
    return `<circle cx="${x}" cy="${r[2]}" r="${r[i]}" fill="none" stroke="#6b7786"/>`;
  });
  const size = el('div', { class: 'legend-size', title: 'Point size: the reports behind the incident' });
  if (state.unit === 'reports') {
    size.append('one point per report');
  } else {
    size.innerHTML = `<svg width="${x + r[2]}" height="${2 * r[2]}" aria-hidden="true">${circles.join('')}</svg>`;
    size.append('1, 5, 20 reports');
  }
  $('legend').replaceChildren(
    el('div', { class: 'legend-title' }, 'Quad class'),
    ...QUADS.map((q) => el('button', {
      type: 'button',
      class: `legend-item${state.quad === String(q.quad) ? ' active' : ''}`,
      'aria-pressed': String(state.quad === String(q.quad)),
      title: `${state.quad === String(q.quad) ? 'Show every quad class' : `Show only ${q.name.toLowerCase()}`} (quad class ${q.quad})`,
      onclick: () => setState({ quad: state.quad === String(q.quad) ? '' : String(q.quad) }),
    }, el('span', { class: 'swatch', style: `background:${q.color}` }), q.name)),
    size);
}

function applyStateToForm() {
  $('f-from').value = state.from;
  $('f-to').value = state.to;
  $('f-country').value = state.country;
  $('f-source').value = state.source;
  $('f-target').value = state.target;
  $('f-root').value = state.root;
  $('f-quad').value = state.quad;
  for (const r of document.querySelectorAll('input[name=unit]')) r.checked = r.value === (state.unit || 'incidents');
  $('f-reset').disabled = !hasFilters(state);
  $('timeline-clear').hidden = !(state.from || state.to);
  document.title = state.country ? `${countryName(state.country)} · sitrep` : 'sitrep';
  renderLegend();
}

const countryName = (code) => countries.find((c) => c.code === code)?.name ?? code;

function setState(patch) {
  const next = { ...state };
  for (const [k, v] of Object.entries(patch)) next[k] = normalize(k, v);
  const changed = FILTER_KEYS.some((k) => next[k] !== state[k]);
  if (!changed) {
    applyStateToForm();
    return;
  }
  const countryChanged = next.country !== state.country;
  state = next;
  history.pushState(null, '', stateUrl(state));
  applyStateToForm();
  if (countryChanged) map?.zoomTo(state.country);
  refresh();
}

function onPopState() {
  const prev = state;
  state = readState();
  applyStateToForm();
  showView(state.view === 'code' ? 'code' : 'events', { push: false });
  if (FILTER_KEYS.some((k) => prev[k] !== state[k])) {
    if (prev.country !== state.country) map?.zoomTo(state.country);
    refresh();
  }
  if (state.event && state.event !== prev.event) openEvent(state.event, null, { push: false });
  if (!state.event && !$('panel').hidden) closePanel({ push: false });
}

// ---- loading ----------------------------------------------------------------------------------

async function refresh({ animate = true } = {}) {
  refreshCtrl?.abort();
  const ctrl = new AbortController();
  refreshCtrl = ctrl;
  hideBanner();
  const results = await Promise.allSettled([
    loadTable({ offset: 0, signal: ctrl.signal }),
    loadMap(ctrl.signal),
    loadTimeline(ctrl.signal),
  ]);
  if (ctrl.signal.aborted) return;
  const failed = results.find((r) => r.status === 'rejected' && !isAbort(r.reason));
  if (failed) showError(failed.reason);
  if (state.country && !animate) map?.zoomTo(state.country, { animate: false });
}

const unitWord = () => (state.unit === 'reports' ? 'reports' : 'incidents');

async function loadTable({ offset: at = 0, signal, focus = false } = {}) {
  if (!signal) {
    tableCtrl?.abort();
    tableCtrl = new AbortController();
    signal = tableCtrl.signal;
  }
  overlay('table', 'loading', 'Loading…');
  $('table-title').textContent = state.unit === 'reports' ? 'Reports' : 'Incidents';
  $('th-reports').textContent = state.unit === 'reports' ? 'Story' : 'Reports';
  $('th-reports').className = state.unit === 'reports' ? 'c-story' : 'c-num c-reports';
  try {
    const res = await getJson('/v1/events', { ...filterParams(state), limit: PAGE, offset: at }, { signal });
    offset = at;
    renderRows($('events').tBodies[0], res.events, { unit: res.unit, onOpen: openEvent, openId: state.event });
    const first = res.events.length ? at + 1 : 0;
    $('pager-text').textContent = res.total ? `${fmtInt(first)}–${fmtInt(at + res.events.length)} of ${fmtInt(res.total)}` : '';
    $('table-note').textContent = res.total ? `${plural(res.total, res.unit === 'reports' ? 'report' : 'incident')}, newest first` : '';
    $('pager-prev').disabled = at === 0;
    $('pager-next').disabled = res.next_offset == null;
    $('table-wrap').scrollTop = 0;
    if (!res.total) {
      overlay('table', 'empty', hasFilters(state) ? `No ${unitWord()} match these filters.` : `The store holds no ${unitWord()} yet.`,
        hasFilters(state) ? el('button', { type: 'button', class: 'ghost small', onclick: () => $('f-reset').click() }, 'Clear filters') : null);
    } else {
      overlay('table', null);
      if (focus) $('events').tBodies[0].rows[0]?.focus();
    }
  } catch (e) {
    if (!isAbort(e)) {
      $('events').tBodies[0].replaceChildren();
      $('pager-text').textContent = '';
      overlay('table', 'error', e.message);
    }
    throw e;
  }
}

async function loadMap(signal) {
  overlay('map', 'loading', 'Loading…');
  try {
    const [stats, points] = await Promise.all([
      getJson('/v1/stats', { ...filterParams(state, ['country']), group_by: 'country' }, { signal }),
      fetchPoints(signal),
    ]);
    countryCounts = new Map(stats.rows.filter((r) => r.country).map((r) => [r.country, r.events]));
    fillCountries();
    const onMap = map ? map.update({ points: points.events, countryCounts, selected: state.country }) : 0;
    const off = points.events.length - onMap;
    const word = unitWord();
    const note = [];
    if (points.total > points.events.length) note.push(`the newest ${fmtInt(points.events.length)} of ${fmtInt(points.total)} ${word}`);
    note.push(`${fmtInt(onMap)} on the map`);
    note.push(`${fmtInt(off)} not on the map`);
    $('map-note').replaceChildren(...(points.total ? note : []).flatMap((n, i) =>
      [i ? ' · ' : '', el('span', { class: i === note.length - 1 && off ? 'off-map' : null }, n)]));
    $('map-note').title = off ? `${off} ${word} have no place: the text named none and their actors have no country` : '';
    if (!points.total) overlay('map', 'empty', `No ${word} match these filters.`);
    else overlay('map', null);
  } catch (e) {
    if (!isAbort(e)) overlay('map', 'error', e.message);
    throw e;
  }
}

// Every page of matching incidents (or reports) up to MAP_CAP, newest first.
async function fetchPoints(signal) {
  const events = [];
  let next = 0, total = 0;
  while (next != null && events.length < MAP_CAP) {
    const res = await getJson('/v1/events', { ...filterParams(state), limit: Math.min(1000, MAP_CAP - events.length), offset: next }, { signal });
    events.push(...res.events);
    total = res.total;
    next = res.next_offset;
  }
  return { events, total };
}

// The timeline covers the date range when one is set (brushing inside it narrows it further),
// else every date the other filters allow; day, week or month bins follow from its length.
async function loadTimeline(signal) {
  overlay('timeline', 'loading', 'Loading…');
  try {
    const params = filterParams(state, ['from', 'to']);
    // A reversed range: let the API say what is wrong, as it does for the table and the map.
    if (state.from && state.to && state.to < state.from) await getJson('/v1/stats', filterParams(state), { signal });
    let first = state.from ? parseDay(state.from) : null;
    let end = state.to ? new Date(parseDay(state.to).getTime() + 864e5) : null;
    if (!first || !end) {
      const months = await getJson('/v1/stats', { ...filterParams(state), group_by: 'month' }, { signal });
      const keys = months.rows.map((r) => r.month).filter(Boolean).sort();
      if (keys.length) {
        first ??= parseDay(keys[0]);
        if (!end) {
          end = parseDay(keys[keys.length - 1]);
          end.setUTCMonth(end.getUTCMonth() + 1);
        }
      }
    }
    const ranged = Boolean(state.from || state.to);
    if (!first || !end || end <= first) {
      timeline.update({ granularity: 'month', unit: unitWord(), rows: {} });
      $('timeline-note').textContent = '';
      overlay('timeline', 'empty', `No dated ${unitWord()} match these filters.`);
      return;
    }
    const granularity = chooseGranularity(first, end);
    const quads = state.quad ? [state.quad] : ['1', '2', '3', '4'];
    const rows = {};
    await Promise.all(quads.map(async (q) => {
      const res = await getJson('/v1/stats', { ...params, from: state.from, to: state.to, quad: q, group_by: granularity }, { signal });
      rows[q] = res.rows;
    }));
    const bars = timeline.update({ granularity, unit: unitWord(), rows, domain: ranged ? [first, end] : null });
    const per = { day: 'per day', week: 'per week', month: 'per month' }[granularity];
    $('timeline-note').textContent = `${unitWord()} ${per} by quad class · drag across the bars to ${ranged ? 'narrow the dates' : 'choose dates'}`;
    overlay('timeline', bars ? null : 'empty', `No dated ${unitWord()} match these filters.`);
  } catch (e) {
    if (!isAbort(e)) overlay('timeline', 'error', e.message);
    throw e;
  }
}

// ---- the event panel -----------------------------------------------------------------------

async function openEvent(id, trigger, { push = true } = {}) {
  if (!id) return;
  panelTrigger = trigger ?? document.activeElement;
  panelCtrl?.abort();
  panelCtrl = new AbortController();
  const panel = $('panel');
  panel.hidden = false;
  document.body.classList.add('panel-open');
  $('panel-title').textContent = id.startsWith('inc_') ? 'Incident' : 'Report';
  $('panel-body').replaceChildren(el('p', { class: 'loading' }, 'Loading…'));
  $('panel-body').setAttribute('aria-busy', 'true');
  $('panel-title').focus();
  for (const row of $('events').tBodies[0].rows) row.classList.toggle('open', row.dataset.id === id);
  map?.highlight(id);
  if (state.event !== id) {
    state = { ...state, event: id };
    if (push) history.pushState(null, '', stateUrl(state));
  }
  try {
    const detail = await getJson(`/v1/events/${encodeURIComponent(id)}`, null, { signal: panelCtrl.signal });
    $('panel-title').replaceChildren(detail.kind === 'incident' ? 'Incident ' : 'Report ', el('code', {}, id));
    $('panel-body').replaceChildren(...renderDetail(detail, codebook, { onOpen: (other) => openEvent(other, null) }));
  } catch (e) {
    if (isAbort(e)) return;
    $('panel-body').replaceChildren(el('p', { class: 'error', role: 'alert' }, e.message));
  } finally {
    $('panel-body').removeAttribute('aria-busy');
  }
}

function closePanel({ push = true } = {}) {
  panelCtrl?.abort();
  $('panel').hidden = true;
  document.body.classList.remove('panel-open');
  for (const row of $('events').tBodies[0].rows) row.classList.remove('open');
  map?.highlight('');
  if (state.event) {
    state = { ...state, event: '' };
    if (push) history.pushState(null, '', stateUrl(state));
  }
  if (panelTrigger && document.contains(panelTrigger)) panelTrigger.focus();
  panelTrigger = null;
}

// ---- small pieces ------------------------------------------------------------------------------

// kind: 'loading' | 'empty' | 'error' | null (hide).
function overlay(part, kind, message, action) {
  const node = $(`${part}-overlay`);
  if (!kind) {
    node.hidden = true;
    node.className = 'overlay';
    node.parentElement.removeAttribute('aria-busy');
    return;
  }
  node.hidden = false;
  node.className = `overlay ${kind}`;
  node.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  node.replaceChildren(el('p', {}, kind === 'error' ? el('b', {}, 'Error: ') : null, message), ...(action ? [action] : []));
  if (kind === 'loading') node.parentElement.setAttribute('aria-busy', 'true');
  else node.parentElement.removeAttribute('aria-busy');
}

function showError(e) {
  if (isAbort(e)) return;
  $('banner-text').textContent = e.status ? `${e.message} (HTTP ${e.status})` : e.message;
  $('banner').hidden = false;
}

function hideBanner() {
  $('banner').hidden = true;
}

function createTooltip(node) {
  return {
    show(event, lines) {
      node.replaceChildren(...lines.filter(Boolean).map((l, i) => el('div', { class: i ? '' : 'tip-head' }, l)));
      node.hidden = false;
      const pad = 14;
      const r = node.getBoundingClientRect();
      let x = event.clientX + pad, y = event.clientY + pad;
      if (x + r.width > window.innerWidth - 4) x = event.clientX - r.width - pad;
      if (y + r.height > window.innerHeight - 4) y = event.clientY - r.height - pad;
      node.style.left = `${Math.max(4, x)}px`;
      node.style.top = `${Math.max(4, y)}px`;
    },
    hide() {
      node.hidden = true;
    },
  };
}
