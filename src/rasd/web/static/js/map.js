// The map: the shipped admin boundaries as the basemap (an online tile layer only if configured),
// and the incidents as clustered markers coloured by event type, shaped by geo precision.

import { h } from './dom.js';
import { formatDay } from './dates.js';
import { EVENT_TYPES, PRECISION, typeClass } from './taxonomy.js';

const L = window.L;
const SYRIA_IRAQ = [[29.0, 35.6], [37.4, 48.7]];
// Admin levels, each drawn from the zoom at which it becomes readable (files load on first use).
const LEVELS = [
  { level: 0, minZoom: 0, style: { color: '#55606a', weight: 1.6, fill: true, fillColor: '#fbfaf6', fillOpacity: 1 } },
  { level: 1, minZoom: 0, style: { color: '#8d969e', weight: 1.1, fill: false } },
  { level: 2, minZoom: 8, style: { color: '#aab1b7', weight: 0.8, fill: false, dashArray: '4 3' } },
  { level: 3, minZoom: 10, style: { color: '#c3c8cc', weight: 0.6, fill: false, dashArray: '2 3' } },
];

export class IncidentMap {
  constructor(root, { tiles, attribution, onSelect, onMove }) {
    this.onSelect = onSelect;
    this.map = L.map(root, { preferCanvas: false, zoomSnap: 0.5, worldCopyJump: false, minZoom: 4, maxZoom: 16 });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Boundaries: OCHA (Syria 2016, Iraq 2019)');
    this.map.fitBounds(SYRIA_IRAQ);
    this.map.createPane('basemap').style.zIndex = 250;
    this.renderer = L.canvas({ pane: 'basemap', padding: 0.3 });
    this.levels = new Map();
    this.labels = L.layerGroup();
    this.#loadBasemap();
    this.map.on('zoomend', () => this.#showLevels());

    this.cluster = L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 42, spiderfyOnMaxZoom: true,
      iconCreateFunction: (cluster) => clusterIcon(cluster),
    });
    this.map.addLayer(this.cluster);
    // One listener on the group rather than three on each of (maybe) tens of thousands of markers.
    this.cluster.on('click', (e) => e.layer.incident && this.onSelect(e.layer.incident.id));
    this.cluster.on('mouseover', (e) => {
      const marker = e.layer;
      if (!marker.incident) return;
      if (!marker.getTooltip()) marker.bindTooltip(tooltip(marker.incident), { direction: 'top', offset: [0, -8] });
      marker.openTooltip();
    });
    this.markers = new Map();
    this.selected = null;

    const overlays = {};
    if (tiles) {
      overlays['Online map tiles'] = L.tileLayer(tiles, { attribution: attribution || '', maxZoom: 18, opacity: 0.8 });
    }
    overlays['Admin 1 names'] = this.labels;
    L.control.layers(null, overlays, { collapsed: true, position: 'topright' }).addTo(this.map);
    this.#legend().addTo(this.map);
    L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(this.map);
    this.map.on('moveend', () => onMove && onMove(this.bbox()));
  }

  /** Current view as "minlon,minlat,maxlon,maxlat" (rounded). */
  bbox() {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map((v, i) => Math.max(i % 2 ? -90 : -180, Math.min(i % 2 ? 90 : 180, v)).toFixed(3)).join(',');
  }

  /** points: {fields, rows}; from/to filter the rows client-side (the timeline keeps them all). */
  setPoints(points, from, to) {
    const f = Object.fromEntries(points.fields.map((name, i) => [name, i]));
    this.markers = new Map();
    for (const r of points.rows) {
      const row = {
        id: r[f.id], date: r[f.event_date], lat: r[f.lat], lon: r[f.lon], type: r[f.event_type],
        sub: r[f.sub_event_type], precision: r[f.geo_precision], place: r[f.place], admin1: r[f.admin1],
        sources: r[f.sources],
      };
      if (row.lat === null || row.lon === null) continue;
      const marker = new IncidentMarker([row.lat, row.lon], { icon: pointIcon(row.type, row.precision),
        title: `${row.place || 'unnamed place'}, ${row.date || 'undated'}`, riseOnHover: true });
      marker.incident = row;
      marker.owner = this;
      this.markers.set(row.id, marker);
    }
    this.setDateRange(from, to);
  }

  setDateRange(from, to) {
    const changed = (from || null) !== (this.from ?? null) || (to || null) !== (this.to ?? null);
    this.from = from || null;
    this.to = to || null;
    const visible = [];
    for (const marker of this.markers.values()) {
      const date = marker.incident.date;
      if ((!this.from || (date && date >= this.from)) && (!this.to || (date && date <= this.to))) visible.push(marker);
    }
    this.cluster.clearLayers();
    this.cluster.addLayers(visible);
    this.visibleCount = visible.length;
    // A narrower period shows where its incidents are: fit the view to them.
    if (changed && (this.from || this.to) && visible.length) {
      this.map.fitBounds(L.latLngBounds(visible.map((m) => m.getLatLng())), { padding: [40, 40], maxZoom: 9 });
    }
  }

  select(id) {
    this.selected = id;
    for (const el of this.map.getContainer().querySelectorAll('.leaflet-marker-icon.pt.selected')) {
      el.classList.remove('selected');
    }
    const el = id && this.markers.get(id)?.getElement();
    if (el) el.classList.add('selected');
  }

  /** Zoom to an incident and bring its marker out of its cluster. */
  reveal(id) {
    const marker = this.markers.get(id);
    if (marker) this.cluster.zoomToShowLayer(marker, () => this.select(id));
  }

  async #loadBasemap() {
    for (const spec of LEVELS) {
      if (spec.minZoom <= this.map.getZoom()) await this.#level(spec);
    }
    this.#showLevels();
  }

  async #level(spec) {
    if (this.levels.has(spec.level)) return this.levels.get(spec.level);
    const promise = fetch(`/static/basemap/admin${spec.level}.geojson`).then((r) => r.json()).then((data) => {
      const layer = L.geoJSON(data, { style: spec.style, renderer: this.renderer, interactive: false });
      if (spec.level === 1) this.#addLabels(data);
      return layer;
    });
    this.levels.set(spec.level, promise);
    return promise;
  }

  async #showLevels() {
    const zoom = this.map.getZoom();
    for (const spec of LEVELS) {
      const wanted = zoom >= spec.minZoom;
      if (!wanted && !this.levels.has(spec.level)) continue;
      const layer = await this.#level(spec);
      if (wanted && !this.map.hasLayer(layer)) layer.addTo(this.map);
      if (!wanted && this.map.hasLayer(layer)) this.map.removeLayer(layer);
    }
  }

  #addLabels(data) {
    for (const feature of data.features) {
      const center = L.geoJSON(feature).getBounds().getCenter();
      const label = h('span', {}, feature.properties.name);
      L.marker(center, { interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'admin-label', html: label, iconSize: null }) }).addTo(this.labels);
    }
    this.labels.addTo(this.map);
  }

  #legend() {
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const types = EVENT_TYPES.map((t) => h('li', {}, h('span', { class: `pt p1 ${t.cls}` }), t.name));
      const precisions = [1, 2, 3].map((p) => h('li', { title: PRECISION[p] },
        h('span', { class: `pt p${p} et-unknown` }), `precision ${p}: ${PRECISION[p]}`));
      const el = h('div', { class: 'legend' }, h('ul', {}, types), h('ul', { class: 'legend-precision' }, precisions));
      L.DomEvent.disableClickPropagation(el);
      return el;
    };
    return legend;
  }
}

/** A marker whose element carries its incident id (for tests and for restoring the selection). */
const IncidentMarker = L.Marker.extend({
  onAdd(map) {
    L.Marker.prototype.onAdd.call(this, map);
    const el = this.getElement();
    el.dataset.id = this.incident.id;
    el.classList.toggle('selected', this.incident.id === this.owner.selected);
    return this;
  },
});

const iconCache = new Map();

function pointIcon(type, precision) {
  const p = [1, 2, 3].includes(precision) ? precision : 3;
  const key = `${typeClass(type)} ${p}`;
  if (!iconCache.has(key)) {
    const size = { 1: 14, 2: 18, 3: 26 }[p];
    iconCache.set(key, L.divIcon({ className: `pt p${p} ${typeClass(type)}`, iconSize: [size, size] }));
  }
  return iconCache.get(key);
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const byType = new Map();
  for (const m of children) byType.set(m.incident.type, (byType.get(m.incident.type) || 0) + 1);
  const [top] = [...byType.entries()].sort((a, b) => b[1] - a[1]);
  const n = children.length;
  const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
  // A cluster takes the colour of its event type when most of it is of one type, else a neutral one.
  const colour = top[1] / n >= 0.6 ? typeClass(top[0]) : 'et-mixed';
  return L.divIcon({
    html: h('span', {}, n.toLocaleString('en')),
    className: `cluster ${colour}${byType.size > 1 ? ' mixed' : ''}`,
    iconSize: L.point(size, size),
  });
}

function tooltip(r) {
  return h('div', { class: 'tip' },
    h('strong', {}, r.place || 'unnamed place'),
    h('div', {}, `${formatDay(r.date) || 'undated'} · ${r.sub || r.type}`),
    h('div', { class: 'muted' }, `${r.sources} source${r.sources === 1 ? '' : 's'} · precision ${r.precision ?? '?'}`));
}
