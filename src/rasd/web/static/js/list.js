// The list of incidents matching the filters, a page at a time.

import { fill, h } from './dom.js';
import * as fmt from './format.js';
import { typeClass } from './taxonomy.js';

export class IncidentList {
  constructor(root, { onSelect, onPage }) {
    this.root = root;
    this.onSelect = onSelect;
    this.onPage = onPage;
    this.list = root.querySelector('#incident-list');
    this.info = root.querySelector('#page-info');
    this.prev = root.querySelector('#prev');
    this.next = root.querySelector('#next');
    this.prev.addEventListener('click', () => this.onPage(-1));
    this.next.addEventListener('click', () => this.onPage(1));
  }

  loading() {
    this.root.classList.add('loading');
  }

  error(message) {
    this.root.classList.remove('loading');
    fill(this.list, h('li', { class: 'empty error' }, message));
  }

  show(page, selected) {
    this.root.classList.remove('loading');
    const { items, total, offset, limit } = page;
    if (!items.length) {
      fill(this.list, h('li', { class: 'empty' }, total ? 'No more incidents on this page.'
        : 'No incidents match these filters.'));
    } else {
      fill(this.list, items.map((r) => this.#item(r, selected)));
    }
    const n = (x) => x.toLocaleString('en');
    this.info.textContent = total ? `${n(offset + 1)}–${n(Math.min(offset + items.length, total))} of ${n(total)}` : '0';
    this.prev.disabled = offset <= 0;
    this.next.disabled = offset + limit >= total;
  }

  markSelected(id) {
    for (const el of this.list.querySelectorAll('.item')) el.classList.toggle('selected', el.dataset.id === id);
  }

  #item(r, selected) {
    const location = r.location || {};
    const sources = typeof r.sources === 'number' ? r.sources : (r.doc_ids || []).length;
    return h('li', { class: `item${r.id === selected ? ' selected' : ''}`, dataset: { id: r.id } },
      h('button', { type: 'button', class: 'item-open', onclick: () => this.onSelect(r.id) },
        h('div', { class: 'item-head' },
          h('span', { class: `dot ${typeClass(r.event_type)}` }),
          h('span', { class: 'item-date' }, fmt.date(r)),
          h('span', { class: `item-sources${sources > 1 ? ' multi' : ''}` },
            `${sources} source${sources === 1 ? '' : 's'}`)),
        h('div', { class: 'item-type' }, r.sub_event_type && r.sub_event_type !== 'Other'
          ? `${r.event_type} · ${r.sub_event_type}` : r.event_type),
        h('div', { class: 'item-place' }, fmt.place(location),
          location.name_ar && location.name ? h('span', { class: 'ar', lang: 'ar', dir: 'rtl' }, location.name_ar) : null,
          location.admin1 ? h('span', { class: 'muted' }, ` · ${location.admin1}`) : null),
        fmt.actors(r) ? h('div', { class: 'item-actors' }, fmt.actors(r)) : null,
        r.notes ? h('p', { class: 'item-notes' }, r.notes) : null));
  }
}
