// The events table: one page of GET /v1/events, newest first; a row opens the event panel.

import { el, fmtInt, placeText, quadInfo, quadSwatch, casualtyText } from './format.js';

// One tab stop for the whole table (the open row, else the first); arrow keys, Home and End
// move between rows, Enter or Space opens one.
export function renderRows(tbody, events, { unit, onOpen, openId }) {
  tbody.replaceChildren(...events.map((e) => {
    const id = e.incident_id && unit !== 'reports' ? e.incident_id : e.event_id;
    const q = quadInfo(e.quad_class);
    const span = e.date_last && e.date_last !== e.date ? `${e.date} – ${e.date_last}` : null;
    const place = placeText(e.location);
    const row = el('tr', {
      tabindex: -1,
      class: id === openId ? 'open' : null,
      dataset: { id, country: e.location?.country ?? '' },
      'aria-label': `${e.date ?? 'undated'}: ${e.source?.code ?? 'unknown'} ${e.cameo_name ?? e.cameo} ${e.target?.code ?? 'unknown'}. Open details`,
    },
    el('td', { class: 'c-date', title: span }, e.date ?? 'undated', span ? '+' : ''),
    el('td', { class: 'c-actor' }, el('code', {}, e.source?.code ?? '–')),
    el('td', { class: 'c-event', title: `${e.cameo} ${e.cameo_name ?? ''}\n${q.name} · Goldstein ${e.goldstein}` },
      el('span', { class: 'name' }, quadSwatch(e.quad_class), el('code', { class: 'cameo' }, e.cameo), ' ', e.cameo_name ?? '')),
    el('td', { class: 'c-actor' }, el('code', {}, e.target?.code ?? '–')),
    el('td', { class: 'c-place', title: place }, place || el('span', { class: 'muted' }, 'not located')),
    el('td', { class: 'c-num' }, casualtyText(e.killed)),
    unit === 'reports'
      ? el('td', { class: 'c-story', title: `story ${e.story_id}` }, el('code', {}, e.story_id))
      : el('td', { class: 'c-num c-reports' }, fmtInt(e.reports)));
    const open = () => onOpen(id, row);
    row.addEventListener('click', open);
    row.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        open();
      } else if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(ev.key)) {
        ev.preventDefault();
        const rows = [...tbody.rows];
        const at = rows.indexOf(row);
        const next = { ArrowDown: rows[at + 1], ArrowUp: rows[at - 1], Home: rows[0], End: rows[rows.length - 1] }[ev.key];
        next?.focus();
      }
    });
    row.addEventListener('focus', () => {
      for (const r of tbody.rows) r.tabIndex = r === row ? 0 : -1;
    });
    return row;
  }));
  const start = [...tbody.rows].find((r) => r.dataset.id === openId) ?? tbody.rows[0];
  if (start) start.tabIndex = 0;
}
