// The event panel: GET /v1/events/{id} — the incident, each report behind it with its evidence,
// and the coder versions that produced them.

import { el, fmtDay, fmtGoldstein, fmtInt, plural, placeText, quadInfo, quadSwatch } from './format.js';
import { renderReport } from './evidence.js';

function summary(inc, codebook) {
  const q = quadInfo(inc.quad_class);
  const code = codebook.get(inc.cameo);
  const dates = inc.date_last && inc.date_last !== inc.date ? `${fmtDay(inc.date)} – ${fmtDay(inc.date_last)}` : fmtDay(inc.date);
  const plover = [inc.plover?.type, inc.plover?.mode].filter(Boolean).join(' / ');
  const facts = [
    ['Date', dates],
    ['Event', [el('code', { class: 'cameo' }, inc.cameo), ' ', inc.cameo_name ?? code?.name ?? '']],
    ['Goldstein', fmtGoldstein(inc.goldstein)],
    ['Quad class', [quadSwatch(inc.quad_class), ` ${q.name} (${inc.quad_class})`]],
    ['PLOVER', plover || '–'],
    ['Place', inc.location ? `${placeText(inc.location) || inc.location.name} (${inc.location.precision})` : 'not located'],
  ];
  if (inc.killed != null) facts.push(['Killed', fmtInt(inc.killed)]);
  if (inc.wounded != null) facts.push(['Wounded', fmtInt(inc.wounded)]);
  if (inc.reports != null) facts.push(['Reports', `${plural(inc.reports, 'report')} in ${plural(inc.stories, 'story', 'stories')}`]);
  return el('section', { class: 'incident' },
    el('p', { class: 'dyad' },
      el('code', { class: 'actor' }, inc.source?.code ?? '–'),
      el('span', { class: 'arrow', style: `border-color:${q.color}` }, inc.cameo_name ?? inc.cameo),
      el('code', { class: 'actor' }, inc.target?.code ?? '–')),
    el('dl', { class: 'facts' }, facts.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v)))));
}

function coderList(coders) {
  if (!coders?.length) return null;
  return el('section', { class: 'coders' },
    el('h3', {}, coders.length > 1 ? 'Coders' : 'Coder'),
    coders.map((c) => el('dl', { class: 'facts small' },
      el('div', {}, el('dt', {}, 'coder'), el('dd', {}, el('code', {}, c.coder_id), ` sitrep ${c.sitrep_version ?? '?'}`)),
      el('div', {}, el('dt', {}, 'dictionaries'), el('dd', { class: 'wrap' }, c.dictionaries ?? '–')),
      el('div', {}, el('dt', {}, 'models'), el('dd', { class: 'wrap' }, c.models ?? '–')),
      el('div', {}, el('dt', {}, 'used'), el('dd', {}, `${c.first_used ?? '?'} – ${c.last_used ?? '?'}`)))));
}

// The body of the panel for one GET /v1/events/{id} answer.
export function renderDetail(detail, codebook, { onOpen } = {}) {
  const inc = detail.incident;
  const reports = detail.reports ?? [];
  const parts = [];
  if (inc) parts.push(summary(inc, codebook));
  else if (reports[0]) parts.push(summary({ ...reports[0], reports: null }, codebook));
  if (detail.kind === 'report' && inc) {
    parts.push(el('p', { class: 'note' }, 'This report is one of the incident’s. ',
      el('button', { type: 'button', class: 'link', onclick: () => onOpen?.(inc.incident_id) }, `Open incident ${inc.incident_id}`)));
  }
  parts.push(el('h3', {}, detail.kind === 'incident' ? `${plural(reports.length, 'report')}` : 'Report'));
  reports.forEach((r, i) => parts.push(renderReport(r, { index: i, count: reports.length, codebook, coders: detail.coders })));
  parts.push(coderList(detail.coders));
  return parts;
}
