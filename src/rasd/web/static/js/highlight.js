// A document's text with its evidence and copied passages marked, built from character offsets.
//
// Offsets from the API count Unicode code points (Python strings); JavaScript strings count UTF-16
// units, so the two differ after any character outside the Basic Multilingual Plane (an emoji).

import { h } from './dom.js';
import { fieldInfo } from './taxonomy.js';

/** A function mapping code-point offsets of `text` to UTF-16 offsets. */
export function offsetMapper(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const units = [];
  let unit = 0;
  for (const ch of text) { units.push(unit); unit += ch.length; }
  units.push(unit);
  return (i) => units[Math.max(0, Math.min(i, units.length - 1))];
}

/**
 * Cut [0, length) at every span boundary: [{start, end, spans: [...active spans]}], in order.
 * Spans are {start, end, ...}; those out of range or empty are ignored.
 */
export function segments(length, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start < s.end && s.start >= 0 && s.end <= length);
  const cuts = new Set([0, length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, spans: valid.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

/**
 * The text as DOM: plain text nodes, <mark> for evidence (one class per field), <span class="reuse">
 * for copied passages, each passage opened by a badge that says where it came from or went to.
 *
 * evidence: [{field, start, end}]; reuse: [{this_start, this_end, direction, label}].
 */
export function renderText(text, evidence, reuse = []) {
  const map = offsetMapper(text);
  const spans = [
    ...evidence.map((e) => ({ kind: 'ev', field: e.field, start: map(e.start), end: map(e.end) })),
    ...reuse.map((r, i) => ({ kind: 'reuse', index: i, direction: r.direction, label: r.label,
      start: map(r.this_start), end: map(r.this_end) })),
  ];
  const frag = document.createDocumentFragment();
  const opened = new Set();
  for (const seg of segments(text.length, spans)) {
    const piece = text.slice(seg.start, seg.end);
    const fields = seg.spans.filter((s) => s.kind === 'ev').map((s) => s.field);
    const passages = seg.spans.filter((s) => s.kind === 'reuse');
    for (const p of passages) {
      if (!opened.has(p.index)) {
        opened.add(p.index);
        frag.append(reuseBadge(p));
      }
    }
    let node = document.createTextNode(piece);
    if (fields.length) {
      const unique = [...new Set(fields)];
      const classes = unique.map((f) => fieldInfo(f).cls);
      node = h('mark', {
        class: ['ev', ...new Set(classes)].join(' '),
        title: unique.map((f) => fieldInfo(f).label).join(', '),
        dataset: { fields: unique.join(' ') },
      }, node);
    }
    if (passages.length) {
      const dir = passages.some((p) => p.direction === 'copied_from') ? 'reuse-from'
        : passages.some((p) => p.direction === 'copied_by') ? 'reuse-by' : 'reuse-unknown';
      node = h('span', { class: `reuse ${dir}` }, node);
    }
    frag.append(node);
  }
  return frag;
}

const ARROWS = { copied_from: '⬅ copied from', copied_by: '➡ copied by', unknown: '⇄ shared with' };

function reuseBadge(passage) {
  const direction = ARROWS[passage.direction] ? passage.direction : 'unknown';
  return h('span', { class: `reuse-badge reuse-badge-${direction}`, dir: 'ltr', lang: 'en' },
    `${ARROWS[direction]} ${passage.label}`);
}
