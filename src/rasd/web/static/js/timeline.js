// The timeline: a histogram of incidents per day, week or month drawn in SVG, with a brush.
// Dragging across it (or clicking a bar) selects dates; the page turns that into date_from/date_to.

import { bucketStart, formatDay, formatMonth, isIsoDate, nextBucket, toDay, toIso, unitFor } from './dates.js';
import { fill, h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 92;
const PAD = { left: 34, right: 10, top: 8, bottom: 20 };

function s(tag, attrs = {}, text = null) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== null) el.textContent = text;
  return el;
}

export class Timeline {
  constructor(root, { onBrush }) {
    this.root = root;
    this.onBrush = onBrush;
    this.days = [];
    this.selection = null; // [fromDay, toDay] inclusive, or null
    this.label = h('span', { class: 'tl-label' });
    this.clear = h('button', { type: 'button', class: 'tl-clear', title: 'Clear the date filter', hidden: true,
      onclick: () => this.onBrush(null, null) }, '× all dates');
    this.svg = s('svg', { class: 'tl-svg', height: HEIGHT, role: 'img', 'aria-label': 'Incidents over time' });
    fill(root, h('div', { class: 'tl-head' }, h('span', { class: 'tl-title' }, 'Timeline'), this.label, this.clear),
      this.svg);
    this.svg.addEventListener('pointerdown', (e) => this.#down(e));
    new ResizeObserver(() => this.draw()).observe(root);
  }

  /** dates: ISO event dates of every incident matching the other filters. */
  setData(dates) {
    this.days = dates.filter(isIsoDate).map(toDay);
    this.undated = dates.length - this.days.length;
    this.outside = 0;
    this.draw();
  }

  setSelection(from, to) {
    this.selection = from || to ? [from ? toDay(from) : -Infinity, to ? toDay(to) : Infinity] : null;
    this.draw();
  }

  /**
   * The span of days drawn. A few stray dates (a misread year) would squeeze every other bar into a
   * sliver, so when the central 98% of the dates cover less than half the full span, the axis shows
   * just those and the label counts the rest.
   */
  #domain() {
    const sorted = [...this.days].sort((a, b) => a - b);
    let lo = sorted[0];
    let hi = sorted[sorted.length - 1];
    const cut = Math.floor(sorted.length * 0.01);
    const innerLo = sorted[cut];
    const innerHi = sorted[sorted.length - 1 - cut];
    this.outside = 0;
    if (cut > 0 && (innerHi - innerLo + 1) < 0.5 * (hi - lo + 1)) {
      lo = innerLo;
      hi = innerHi;
      this.outside = sorted.filter((d) => d < lo || d > hi).length;
    }
    if (this.selection) {
      if (Number.isFinite(this.selection[0])) lo = Math.min(lo, this.selection[0]);
      if (Number.isFinite(this.selection[1])) hi = Math.max(hi, this.selection[1]);
    }
    const unit = unitFor(hi - lo + 1);
    const start = bucketStart(lo, unit);
    const buckets = [];
    for (let b = start; b <= hi; b = nextBucket(b, unit)) buckets.push(b);
    buckets.push(nextBucket(buckets[buckets.length - 1], unit)); // end of the last bucket
    return { unit, buckets };
  }

  draw() {
    const width = Math.max(this.root.clientWidth, 200);
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    this.svg.replaceChildren();
    this.#drawLabel();
    if (!this.days.length) {
      this.svg.append(s('text', { x: width / 2, y: HEIGHT / 2, class: 'tl-empty', 'text-anchor': 'middle' },
        'No dated incidents'));
      this.scale = null;
      return;
    }
    const { unit, buckets } = this.#domain();
    const counts = new Array(buckets.length - 1).fill(0);
    let i = 0;
    for (const day of [...this.days].sort((a, b) => a - b)) {
      if (day < buckets[0] || day >= buckets[buckets.length - 1]) continue; // outside the axis
      while (day >= buckets[i + 1]) i++;
      counts[i]++;
    }
    this.#drawLabel();
    const x0 = buckets[0];
    const x1 = buckets[buckets.length - 1];
    const plotW = width - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const x = (day) => PAD.left + ((day - x0) / (x1 - x0)) * plotW;
    const max = counts.reduce((a, b) => Math.max(a, b), 1);
    const y = (n) => PAD.top + plotH - (n / max) * plotH;
    this.scale = { x0, x1, plotW, unit, buckets, toDayAt: (px) => x0 + ((px - PAD.left) / plotW) * (x1 - x0) };

    this.svg.append(s('line', { x1: PAD.left, x2: width - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH,
      class: 'tl-axis' }));
    this.svg.append(s('text', { x: PAD.left - 4, y: PAD.top + 8, class: 'tl-tick', 'text-anchor': 'end' }, max));
    const sel = this.selection;
    counts.forEach((n, k) => {
      if (!n) return;
      const left = x(buckets[k]);
      const w = Math.max(1, x(buckets[k + 1]) - left - (plotW / counts.length > 3 ? 1 : 0));
      const inside = !sel || (buckets[k + 1] - 1 >= sel[0] && buckets[k] <= sel[1]);
      const bar = s('rect', { x: left, y: y(n), width: w, height: PAD.top + plotH - y(n),
        class: inside ? 'tl-bar' : 'tl-bar tl-out' });
      bar.append(s('title', {}, `${formatDay(toIso(buckets[k]))}${unit === 'day' ? '' : ` (${unit})`}: ${n}`));
      this.svg.append(bar);
    });
    this.#drawTicks(x, buckets, plotH, width);
    if (sel) {
      const left = Math.max(x(Math.max(sel[0], x0)), PAD.left);
      const right = Math.min(x(Math.min(sel[1] + 1, x1)), width - PAD.right);
      if (right > left) {
        this.svg.append(s('rect', { x: left, y: PAD.top - 4, width: right - left, height: plotH + 4,
          class: 'tl-brush' }));
      }
    }
  }

  #drawTicks(x, buckets, plotH, width) {
    const first = buckets[0];
    const last = buckets[buckets.length - 1];
    const span = last - first;
    // Month ticks over long spans, else day ticks every few days; at most ~8 labels.
    const ticks = [];
    if (span > 60) {
      for (let d = bucketStart(first, 'month'); d <= last; d = nextBucket(d, 'month')) if (d >= first) ticks.push(d);
    } else {
      const step = Math.max(1, Math.ceil(span / 8));
      for (let d = first; d <= last; d += step) ticks.push(d);
    }
    const every = Math.max(1, Math.ceil(ticks.length / 8));
    ticks.forEach((d, k) => {
      if (k % every) return;
      if (x(d) < PAD.left + 12 || x(d) > width - PAD.right - 22) return; // a label cut by the edge
      const label = span > 60 ? formatMonth(d) : formatDay(toIso(d)).replace(/ \d{4}$/, '');
      this.svg.append(s('line', { x1: x(d), x2: x(d), y1: PAD.top + plotH, y2: PAD.top + plotH + 4, class: 'tl-axis' }));
      this.svg.append(s('text', { x: x(d), y: HEIGHT - 5, class: 'tl-tick', 'text-anchor': 'middle' }, label));
    });
  }

  #drawLabel() {
    const sel = this.selection;
    const undated = (this.undated ? ` · ${this.undated} undated` : '')
      + (this.outside ? ` · ${this.outside} far outside the others, off the axis` : '');
    if (!sel) {
      this.label.textContent = `${this.days.length} dated incidents${undated} — drag to filter dates`;
      this.clear.hidden = true;
      return;
    }
    const from = Number.isFinite(sel[0]) ? formatDay(toIso(sel[0])) : '…';
    const to = Number.isFinite(sel[1]) ? formatDay(toIso(sel[1])) : '…';
    this.label.textContent = from === to ? from : `${from} – ${to}`;
    this.clear.hidden = false;
  }

  #down(event) {
    if (!this.scale || event.button !== 0) return;
    const rect = this.svg.getBoundingClientRect();
    const startX = event.clientX - rect.left;
    const ghost = s('rect', { x: startX, y: PAD.top - 4, width: 0, height: HEIGHT - PAD.top - PAD.bottom + 4,
      class: 'tl-brush tl-ghost' });
    this.svg.append(ghost);
    this.svg.setPointerCapture(event.pointerId);
    let endX = startX;
    const move = (e) => {
      endX = Math.max(PAD.left, Math.min(e.clientX - rect.left, rect.width - PAD.right));
      ghost.setAttribute('x', Math.min(startX, endX));
      ghost.setAttribute('width', Math.abs(endX - startX));
    };
    const up = () => {
      this.svg.removeEventListener('pointermove', move);
      this.svg.removeEventListener('pointerup', up);
      this.svg.removeEventListener('pointercancel', up);
      ghost.remove();
      this.#select(Math.min(startX, endX), Math.max(startX, endX));
    };
    this.svg.addEventListener('pointermove', move);
    this.svg.addEventListener('pointerup', up);
    this.svg.addEventListener('pointercancel', up);
  }

  /** Snap a pixel range to whole buckets (a click selects the bucket under it). */
  #select(leftPx, rightPx) {
    const { buckets, unit, toDayAt } = this.scale;
    const a = toDayAt(leftPx);
    const b = toDayAt(rightPx);
    const from = bucketStart(Math.floor(Math.max(a, buckets[0])), unit);
    const lastDay = Math.min(Math.floor(b), buckets[buckets.length - 1] - 1);
    const to = nextBucket(bucketStart(lastDay, unit), unit) - 1;
    this.onBrush(toIso(from), toIso(Math.max(from, to)));
  }
}
