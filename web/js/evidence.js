// One report rendered with its evidence: the sentence with the words of source, target, verb,
// place, date and casualties highlighted, the codes with their names, and the dictionary rules.
// Used by the event panel and by "Code text".
//
// Spans are [start, end) code point offsets into the story's text; minus
// evidence.sentence_span[0] they index evidence.sentence_text. JavaScript strings count UTF-16
// units, so the sentence is split into code points (Array.from) before slicing.

import { el, fmtDay, fmtGoldstein, quadInfo, quadSwatch, casualtyText, placeText } from './format.js';

const KINDS = [
  { kind: 'source', label: 'Source' },
  { kind: 'verb', label: 'Verb' },
  { kind: 'target', label: 'Target' },
  { kind: 'place', label: 'Place' },
  { kind: 'date', label: 'Date' },
  { kind: 'killed', label: 'Killed' },
  { kind: 'wounded', label: 'Wounded' },
];

// The marks of a report, as code point offsets into its sentence.
export function sentenceMarks(report) {
  const ev = report.evidence ?? {};
  const base = ev.sentence_span?.[0] ?? 0;
  const chars = Array.from(ev.sentence_text ?? '');
  const marks = [];
  const add = (kind, span, title) => {
    if (!Array.isArray(span) || span.length !== 2) return;
    const s = Math.max(0, span[0] - base), e = Math.min(chars.length, span[1] - base);
    if (e > s) marks.push({ kind, s, e, title });
  };
  if (report.source) add('source', report.source.span, `source: ${report.source.code}`);
  if (report.target) add('target', report.target.span, `target: ${report.target.code}`);
  add('verb', ev.verb_span, `verb: CAMEO ${report.cameo}`);
  if (report.location?.text) add('place', report.location.span, `place: ${report.location.name}`);
  if (report.killed) add('killed', report.killed.span, `killed: ${report.killed.n}`);
  if (report.wounded) add('wounded', report.wounded.span, `wounded: ${report.wounded.n}`);
  // The record gives the date's words but no span: find them in the sentence.
  if (report.date_text && ev.sentence_text) {
    const at = ev.sentence_text.indexOf(report.date_text);
    if (at >= 0) {
      const s = Array.from(ev.sentence_text.slice(0, at)).length;
      marks.push({ kind: 'date', s, e: s + Array.from(report.date_text).length, title: `date: ${report.date}` });
    }
  }
  return { chars, marks };
}

// The sentence as nodes: plain text between <mark class="hl hl-KIND"> elements. Where marks
// overlap, the innermost (shortest) one names the segment.
export function renderSentence(report) {
  const { chars, marks } = sentenceMarks(report);
  const cuts = new Set([0, chars.length]);
  for (const m of marks) cuts.add(m.s).add(m.e);
  const points = [...cuts].sort((a, b) => a - b);
  const p = el('p', { class: 'sentence', lang: 'en' });
  let open = null; // consecutive segments of one mark are joined into one element
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const text = chars.slice(a, b).join('');
    const covering = marks.filter((m) => m.s <= a && m.e >= b).sort((x, y) => x.e - x.s - (y.e - y.s));
    if (!covering.length) {
      open = null;
      p.append(text);
      continue;
    }
    const top = covering[0];
    if (open && open.mark === top) {
      open.node.append(text);
      continue;
    }
    const also = covering.slice(1).map((m) => m.kind).filter((k) => k !== top.kind);
    const node = el('mark', {
      class: `hl hl-${top.kind}`,
      'data-also': also.length ? [...new Set(also)].join(' ') : null,
      title: covering.map((m) => m.title).join(' · '),
    }, text);
    open = { mark: top, node };
    p.append(node);
  }
  return p;
}

function keyLegend(report) {
  const { marks } = sentenceMarks(report);
  const present = new Set(marks.map((m) => m.kind));
  return el('ul', { class: 'hl-legend', 'aria-label': 'Highlighted words' },
    KINDS.filter((k) => present.has(k.kind)).map((k) => el('li', {}, el('mark', { class: `hl hl-${k.kind}` }, k.label))));
}

const rule = (r) => (r ? el('code', { class: 'rule', title: 'dictionary file:line' }, r) : el('span', { class: 'muted' }, 'no rule'));
const words = (t) => (t ? el('q', {}, t) : null);

function actorRow(label, a) {
  if (!a) return el('tr', {}, el('th', { scope: 'row' }, label), el('td', { colspan: 2, class: 'muted' }, 'none (one-sided event)'));
  const about = [a.country, a.role].filter(Boolean).join(' · ');
  return el('tr', {},
    el('th', { scope: 'row' }, label),
    el('td', {}, words(a.text), ' → ', el('code', { class: 'actor' }, a.code), about ? el('span', { class: 'muted' }, ` ${about}`) : null),
    el('td', {}, rule(a.rule)));
}

// One report: header line, highlighted sentence, codes and rules.
export function renderReport(report, { index, count, codebook, coders, noun = 'Report' } = {}) {
  const ev = report.evidence ?? {};
  const q = quadInfo(report.quad_class);
  const code = codebook?.get(report.cameo);
  const plover = [report.plover?.type, report.plover?.mode].filter(Boolean).join(' / ');
  const coder = coders?.find((c) => c.coder_id === report.coder_id);
  const loc = report.location;
  const head = el('header', { class: 'report-head' },
    el('span', { class: 'report-no' }, count > 1 ? `${noun} ${index + 1} of ${count}` : noun),
    el('span', {}, 'story ', el('code', {}, report.story_id ?? '?')),
    report.sentence != null ? el('span', {}, `sentence ${report.sentence + 1}`) : null,
    report.negated ? el('span', { class: 'tag warn' }, 'negated') : null);
  const rows = [
    el('tr', {},
      el('th', { scope: 'row' }, 'Event'),
      el('td', {},
        el('code', { class: 'cameo' }, report.cameo), ' ', report.cameo_name ?? code?.name ?? '',
        el('div', { class: 'codes-line' },
          el('span', { class: 'pill' }, 'Goldstein ', el('b', {}, fmtGoldstein(report.goldstein))),
          el('span', { class: 'pill' }, quadSwatch(report.quad_class), `${q.name} (${report.quad_class})`),
          el('span', { class: 'pill' }, 'PLOVER ', el('b', {}, plover || '–')))),
      el('td', {}, rule(ev.rule), ev.coder ? el('span', { class: 'muted' }, ` ${ev.coder}`) : null)),
    actorRow('Source', report.source),
    el('tr', {}, el('th', { scope: 'row' }, 'Verb'), el('td', {}, words(ev.verb_text)), el('td', {})),
    actorRow('Target', report.target),
    el('tr', {},
      el('th', { scope: 'row' }, 'Place'),
      loc
        ? el('td', { colspan: 2 }, words(loc.text), loc.text ? ' → ' : '', placeText(loc) || loc.name,
          el('span', { class: 'muted' }, ` ${[loc.precision, loc.basis && `from the ${loc.basis}`].filter(Boolean).join(', ')}`),
          loc.lat != null ? el('span', { class: 'muted' }, ` (${Number(loc.lat).toFixed(2)}, ${Number(loc.lon).toFixed(2)})`) : null)
        : el('td', { colspan: 2, class: 'muted' }, 'not located')),
    el('tr', {},
      el('th', { scope: 'row' }, 'Date'),
      el('td', { colspan: 2 }, report.date ? fmtDay(report.date) : 'undated',
        report.date_precision ? el('span', { class: 'muted' }, ` ${report.date_precision}`) : null,
        report.date_text ? [' from ', words(report.date_text)] : el('span', { class: 'muted' }, ' (publication date)'))),
  ];
  for (const [label, c] of [['Killed', report.killed], ['Wounded', report.wounded]]) {
    if (!c) continue;
    rows.push(el('tr', {}, el('th', { scope: 'row' }, label),
      el('td', { colspan: 2 }, el('b', {}, casualtyText(c)), ` ${c.qualifier?.replace('_', ' ') ?? ''} `, words(c.text))));
  }
  if (report.coder_id) {
    rows.push(el('tr', {}, el('th', { scope: 'row' }, 'Coder'),
      el('td', { colspan: 2 }, el('code', {}, report.coder_id),
        coder ? el('span', { class: 'muted' }, ` sitrep ${coder.sitrep_version}`) : null)));
  }
  return el('article', { class: 'report', dataset: { eventId: report.event_id ?? '' } },
    head,
    renderSentence(report),
    keyLegend(report),
    el('table', { class: 'codes' }, el('tbody', {}, rows)));
}
