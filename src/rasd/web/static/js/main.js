// The page: filters (kept in the URL), map, timeline, list and incident panel, wired together.

import { FILTER_KEYS, api } from './api.js';
import { debounce, fill, h } from './dom.js';
import { isIsoDate } from './dates.js';
import { IncidentPanel } from './incident.js';
import { IncidentList } from './list.js';
import { IncidentMap } from './map.js';
import { EVENT_TYPES, SUB_EVENT_TYPES } from './taxonomy.js';
import { Timeline } from './timeline.js';

const PAGE_SIZE = 50;
const SORTS = ['-event_date', 'event_date', '-sources', 'sources', '-fatalities', 'fatalities'];
const $ = (selector) => document.querySelector(selector);

/** Everything a shared link restores: the filters, the sort, the page and the open incident. */
function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  for (const key of ['date_from', 'date_to']) if (filters[key] && !isIsoDate(filters[key])) delete filters[key];
  const sort = SORTS.includes(params.get('sort')) ? params.get('sort') : '-event_date';
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  return { filters, sort, offset, incident: params.get('incident') || null };
}

function urlFromState(state) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state.filters[key]) params.set(key, state.filters[key]);
  if (state.sort !== '-event_date') params.set('sort', state.sort);
  if (state.offset) params.set('offset', String(state.offset));
  if (state.incident) params.set('incident', state.incident);
  const qs = params.toString();
  return `${window.location.pathname}${qs ? `?${qs}` : ''}`;
}

class App {
  constructor() {
    this.state = stateFromUrl();
    this.form = $('#filter-form');
    this.requests = { points: 0, list: 0 };
    const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content || '';
    this.map = new IncidentMap($('#map'), {
      tiles: meta('rasd-tiles'), attribution: meta('rasd-tiles-attribution'),
      onSelect: (id) => this.openIncident(id),
      onMove: (bbox) => this.#mapMoved(bbox),
    });
    this.timeline = new Timeline($('#timeline'), { onBrush: (from, to) => this.setDates(from, to) });
    this.list = new IncidentList($('#results'), {
      onSelect: (id) => this.openIncident(id),
      onPage: (step) => this.#page(step),
    });
    this.panel = new IncidentPanel($('#incident-panel'), {
      onClose: () => this.closeIncident(),
      onShowOnMap: (id) => { this.map.reveal(id); },
    });
    this.#fillStaticOptions();
    this.#bindForm();
    window.addEventListener('popstate', () => this.#restore());
  }

  async start() {
    this.#writeForm();
    // The list first: it is what the eye reads first, and the points of a big store take longer.
    const list = this.loadList();
    await Promise.all([this.loadPoints(), list]);
    this.#loadFacets();
    if (this.state.incident) this.panel.open(this.state.incident);
  }

  // --- state changes ------------------------------------------------------------------------------

  setFilter(key, value) {
    if ((this.state.filters[key] || '') === (value || '')) return;
    if (value) this.state.filters[key] = value; else delete this.state.filters[key];
    if (key === 'event_type') {
      delete this.state.filters.sub_event_type;
      this.#fillSubTypes();
    }
    this.state.offset = 0;
    this.#save();
    if (key === 'date_from' || key === 'date_to') this.#datesChanged();
    else { this.loadPoints(); this.loadList(); }
  }

  setDates(from, to) {
    const f = this.state.filters;
    if ((f.date_from || null) === (from || null) && (f.date_to || null) === (to || null)) return;
    if (from) f.date_from = from; else delete f.date_from;
    if (to) f.date_to = to; else delete f.date_to;
    this.state.offset = 0;
    this.#save();
    this.#writeForm();
    this.#datesChanged();
  }

  openIncident(id) {
    if (this.state.incident !== id) {
      this.state.incident = id;
      this.#save(true);
    }
    this.map.select(id);
    this.list.markSelected(id);
    this.panel.open(id);
  }

  closeIncident() {
    this.state.incident = null;
    this.#save(true);
    this.map.select(null);
    this.list.markSelected(null);
    this.panel.close();
  }

  // --- loading ------------------------------------------------------------------------------------

  /** Points for the map and the timeline: every filter except the dates, which the map applies itself. */
  async loadPoints() {
    const request = ++this.requests.points;
    const { date_from: _from, date_to: _to, ...rest } = this.state.filters;
    try {
      const points = await api.points(rest);
      if (request !== this.requests.points) return;
      this.points = points;
      const f = points.fields.indexOf('event_date');
      this.timeline.setData(points.rows.map((r) => r[f]));
      this.timeline.setSelection(this.state.filters.date_from, this.state.filters.date_to);
      $('#truncated').hidden = !points.truncated;
      this.map.setPoints(points, this.state.filters.date_from, this.state.filters.date_to);
    } catch (e) {
      if (request === this.requests.points) this.#status(`Could not load the map: ${e.message}`);
    }
  }

  async loadList() {
    const request = ++this.requests.list;
    this.list.loading();
    try {
      const page = await api.incidents(this.state.filters,
        { sort: this.state.sort, limit: PAGE_SIZE, offset: this.state.offset });
      if (request !== this.requests.list) return;
      this.list.show(page, this.state.incident);
      $('#summary').textContent = `${page.total.toLocaleString('en')} incident${page.total === 1 ? '' : 's'}`;
      this.#updateExport();
    } catch (e) {
      if (request === this.requests.list) this.list.error(`Could not load incidents: ${e.message}`);
    }
  }

  async #loadFacets() {
    try {
      this.facets = await api.facets();
    } catch (e) {
      this.#status(`Could not load the filter values: ${e.message}`);
      return;
    }
    const f = this.facets;
    const select = this.form.elements.admin1;
    const groups = new Map();
    for (const a of f.admin1) {
      const label = { SYR: 'Syria', IRQ: 'Iraq' }[a.iso3] || a.iso3 || 'Other';
      if (!groups.has(label)) groups.set(label, h('optgroup', { label }));
      groups.get(label).append(h('option', { value: a.name }, `${a.name} (${a.count})`));
    }
    fill(select, h('option', { value: '' }, 'All governorates'), [...groups.values()]);
    const counts = new Map(f.event_types.map((t) => [t.name, t.count]));
    for (const option of this.form.elements.event_type.options) {
      if (option.value) option.textContent = `${option.value} (${counts.get(option.value) || 0})`;
    }
    fill(this.form.elements.actor, h('option', { value: '' }, 'All actors'),
      f.actors.map((a) => h('option', { value: a.id }, `${a.name} (${a.count})`)));
    fill($('#outlets'), f.outlets.map((o) => h('option', { value: o.name })));
    if (!f.total) this.#status('This database has no incidents yet: add documents with `rasd ingest` or POST /api/documents.');
    this.#writeForm();
  }

  // --- the filter form ----------------------------------------------------------------------------

  #fillStaticOptions() {
    fill(this.form.elements.event_type, h('option', { value: '' }, 'All event types'),
      EVENT_TYPES.map((t) => h('option', { value: t.name }, t.name)));
    this.#fillSubTypes();
    fill($('#sort'), [['-event_date', 'Newest first'], ['event_date', 'Oldest first'], ['-sources', 'Most sources first'],
      ['-fatalities', 'Most killed first']]
      .map(([value, label]) => h('option', { value }, label)));
  }

  #fillSubTypes() {
    const type = this.state.filters.event_type;
    const subs = type ? SUB_EVENT_TYPES[type] || [] : Object.values(SUB_EVENT_TYPES).flat();
    fill(this.form.elements.sub_event_type, h('option', { value: '' }, 'All sub-event types'),
      subs.map((s) => h('option', { value: s }, s)));
  }

  /** Put the state into the form (adding options the lists lack, so a shared URL shows its value). */
  #writeForm() {
    const els = this.form.elements;
    for (const key of ['q', 'date_from', 'date_to', 'admin1', 'event_type', 'sub_event_type', 'actor', 'outlet']) {
      const el = els[key];
      const value = this.state.filters[key] || '';
      if (el.tagName === 'SELECT' && value && ![...el.options].some((o) => o.value === value)) {
        el.append(h('option', { value }, value));
      }
      el.value = value;
    }
    els.in_view.checked = Boolean(this.state.filters.bbox);
    $('#sort').value = this.state.sort;
    this.#updateExport();
  }

  #bindForm() {
    const els = this.form.elements;
    for (const key of ['admin1', 'event_type', 'sub_event_type', 'actor']) {
      els[key].addEventListener('change', () => this.setFilter(key, els[key].value));
    }
    for (const key of ['date_from', 'date_to']) {
      els[key].addEventListener('change', () => {
        if (!els[key].value || isIsoDate(els[key].value)) this.setFilter(key, els[key].value);
      });
    }
    for (const key of ['q', 'outlet']) {
      const update = debounce(() => this.setFilter(key, els[key].value.trim()), 350);
      els[key].addEventListener('input', update);
    }
    els.in_view.addEventListener('change', () => this.setFilter('bbox', els.in_view.checked ? this.map.bbox() : ''));
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.state.filters = {};
      this.state.offset = 0;
      this.#fillSubTypes();
      this.#save();
      this.#writeForm();
      this.loadPoints();
      this.loadList();
    });
    $('#sort').addEventListener('change', () => {
      this.state.sort = $('#sort').value;
      this.state.offset = 0;
      this.#save();
      this.loadList();
    });
    $('#export-format').addEventListener('change', () => this.#updateExport());
  }

  #mapMoved(bbox) {
    if (this.state.filters.bbox && this.state.filters.bbox !== bbox) this.setFilter('bbox', bbox);
  }

  #datesChanged() {
    this.map.setDateRange(this.state.filters.date_from, this.state.filters.date_to);
    this.timeline.setSelection(this.state.filters.date_from, this.state.filters.date_to);
    this.loadList();
  }

  #page(step) {
    this.state.offset = Math.max(0, this.state.offset + step * PAGE_SIZE);
    this.#save();
    this.loadList();
    $('#incident-list').scrollTop = 0;
  }

  #updateExport() {
    const link = $('#export-link');
    const format = $('#export-format').value;
    link.href = api.exportUrl(this.state.filters, format);
  }

  #save(push = false) {
    const url = urlFromState(this.state);
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, '', url); else window.history.replaceState(null, '', url);
  }

  #restore() {
    const before = JSON.stringify(this.state.filters) + this.state.sort + this.state.offset;
    this.state = stateFromUrl();
    this.#fillSubTypes();
    this.#writeForm();
    if (before !== JSON.stringify(this.state.filters) + this.state.sort + this.state.offset) {
      this.loadPoints();
      this.loadList();
    }
    if (this.state.incident) this.openIncident(this.state.incident); else if (this.panel.current) {
      this.panel.close();
      this.map.select(null);
    }
  }

  #status(message) {
    const el = $('#status');
    el.textContent = message;
    el.hidden = !message;
  }
}

window.rasd = new App();
window.rasd.start();
