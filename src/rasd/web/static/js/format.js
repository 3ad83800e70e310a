// Plain-text renderings of record values for the list and the incident panel.

import { formatDay } from './dates.js';

export function actorName(actor) {
  return actor ? actor.name || actor.id : null;
}

export function actors(record) {
  const a1 = actorName(record.actor1);
  const a2 = actorName(record.actor2);
  if (a1 && a2) return `${a1} → ${a2}`;
  return a1 || (a2 ? `→ ${a2}` : '');
}

export function place(location) {
  if (!location) return 'no location';
  return location.name || location.name_ar || location.mention || 'unnamed place';
}

export function adminPath(location) {
  if (!location) return '';
  return [location.admin3, location.admin2, location.admin1, location.country].filter(Boolean)
    .filter((v, i, all) => all.indexOf(v) === i).join(' › ');
}

export function count(c) {
  if (!c || (c.low == null && c.best == null && c.high == null)) return null;
  if (c.low != null && c.high != null && c.low !== c.high) return `${c.low}–${c.high} (best ${c.best ?? '?'})`;
  if (c.best != null) return c.low != null && c.high == null && c.low === c.best ? `at least ${c.best}` : String(c.best);
  return c.low != null ? `at least ${c.low}` : `up to ${c.high}`;
}

export function date(record) {
  if (!record.event_date) return 'undated';
  const p = record.date_precision;
  const base = formatDay(record.event_date);
  if (!p || p === 'day') return base;
  return `${p} of ${base}`;
}

/** A source's value for a field (a string, a number, an actor, a count, a location...) as text. */
export function value(v) {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(value).join(', ') || '—';
  if (typeof v === 'object') {
    if ('best' in v || 'low' in v || 'high' in v) return count(v) || '—';
    if ('id' in v && ('name' in v || 'name_ar' in v)) return v.name || v.id;
    if ('name' in v || 'name_ar' in v) return [v.name, v.name_ar].filter(Boolean).join(' / ');
    return JSON.stringify(v);
  }
  return String(v);
}
