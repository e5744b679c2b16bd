// "Code text": POST /v1/code with a pasted paragraph and its publication date; the events come
// back with the same evidence rendering as stored reports. Nothing is stored.

import { codeText, isAbort } from './api.js';
import { el, plural, todayLocal } from './format.js';
import { renderReport } from './evidence.js';

// A paragraph written for this dashboard, to try the coder without a story at hand.
const EXAMPLE = 'Kurdish Peshmerga fighters and Iraqi troops attacked Islamic State militants near Mosul on Sunday, ' +
  'killing at least 30 of them, officials said. On Monday the Iraqi government thanked Turkey for its support ' +
  'and accused Syria of letting militants cross the border.';

export function initCoder({ form, text, date, submit, example, output, getCodebook, getCoder }) {
  date.value = todayLocal();
  example.addEventListener('click', () => {
    text.value = EXAMPLE;
    text.focus();
  });
  let ctrl = null;

  async function run() {
    const body = text.value;
    if (!body.trim()) {
      output.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'Paste some text to code first.'));
      text.focus();
      return;
    }
    ctrl?.abort();
    ctrl = new AbortController();
    submit.disabled = true;
    output.setAttribute('aria-busy', 'true');
    output.replaceChildren(el('p', { class: 'loading' }, 'Coding…'));
    try {
      const res = await codeText(body, date.value, { signal: ctrl.signal });
      output.replaceChildren(...renderResult(res, getCodebook(), getCoder()));
    } catch (e) {
      if (isAbort(e)) return;
      output.replaceChildren(el('p', { class: 'error', role: 'alert' }, el('b', {}, e.status ? `Error ${e.status}: ` : 'Error: '), e.message));
    } finally {
      submit.disabled = false;
      output.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  });
}

function renderResult(res, codebook, coder) {
  const s = res.summary ?? {};
  const story = res.stories?.[0];
  const out = [];
  const sentences = story?.sentences != null ? ` in ${plural(story.sentences, 'sentence')}` : '';
  out.push(el('p', { class: 'code-summary' }, el('b', {}, plural(s.events ?? 0, 'event')), sentences,
    coder ? el('span', { class: 'muted' }, ` · coded by sitrep ${coder.version}, coder `, el('code', {}, coder.coder_id)) : null));
  for (const w of res.warnings ?? []) out.push(el('p', { class: 'warn' }, w));
  for (const st of res.stories ?? []) {
    if (st.status === 'rejected') out.push(el('p', { class: 'error', role: 'alert' }, `Not coded: ${st.reason}`));
  }
  const events = res.events ?? [];
  if (!events.length && story?.status !== 'rejected') {
    out.push(el('p', { class: 'empty' },
      'No events in this text: sitrep found no sentence where a known actor does a coded action to another. ',
      'Actors must be in the dictionaries (countries, their governments and forces, armed groups, leaders …).'));
  }
  events.forEach((e, i) => out.push(renderReport(e, { index: i, count: events.length, codebook, noun: 'Event' })));
  return out;
}
