// The incident panel: the English note, the merged fields, the disagreements between sources, and
// every source's Arabic text side by side with each field's evidence highlighted.

import { api } from './api.js';
import { formatDay } from './dates.js';
import { fill, h, safeLink } from './dom.js';
import * as fmt from './format.js';
import { renderText } from './highlight.js';
import { FIELDS, PRECISION, belongsTo, fieldInfo, typeClass } from './taxonomy.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export class IncidentPanel {
  constructor(root, { onClose, onShowOnMap }) {
    this.root = root;
    this.onClose = onClose;
    this.onShowOnMap = onShowOnMap;
    this.current = null;
    this.request = 0;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.root.hidden) this.onClose();
    });
  }

  async open(id) {
    const request = ++this.request;
    this.current = id;
    this.root.hidden = false;
    this.root.classList.add('loading');
    fill(this.root, this.#head(null, id), h('div', { class: 'panel-body' }, h('p', { class: 'muted' }, 'Loading…')));
    let incident;
    let documents;
    try {
      incident = await api.incident(id);
      documents = await Promise.all(incident.sources.map((s) => api.document(s.doc_id).catch((e) => e)));
    } catch (e) {
      if (request !== this.request) return;
      this.root.classList.remove('loading');
      fill(this.root, this.#head(null, id), h('div', { class: 'panel-body' },
        h('p', { class: 'error' }, e.status === 404 ? `No incident “${id}” in this database.` : `Could not load: ${e.message}`)));
      return;
    }
    if (request !== this.request) return;
    this.root.classList.remove('loading');
    this.#render(incident, documents);
    this.root.querySelector('.panel-close').focus({ preventScroll: true });
  }

  close() {
    this.request++;
    this.current = null;
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  #head(incident, id) {
    const kicker = incident ? h('div', { class: 'panel-kicker' },
      h('span', { class: `dot ${typeClass(incident.event_type)}` }),
      incident.sub_event_type ? `${incident.event_type} · ${incident.sub_event_type}` : incident.event_type) : null;
    const title = incident ? `${fmt.place(incident.location)} — ${fmt.date(incident)}` : id;
    return h('header', { class: 'panel-head' },
      h('div', { class: 'panel-titles' }, kicker, h('h2', { id: 'panel-title' }, title)),
      h('div', { class: 'panel-actions' },
        incident && incident.location && incident.location.latitude != null
          ? h('button', { type: 'button', class: 'button subtle', onclick: () => this.onShowOnMap(incident.id) }, 'Show on map')
          : null,
        h('button', { type: 'button', class: 'panel-close', title: 'Close (Esc)', 'aria-label': 'Close',
          onclick: () => this.onClose() }, '×')));
  }

  #render(incident, documents) {
    const sources = incident.sources.map((s, i) => ({ ...s, letter: LETTERS[i] || String(i + 1), doc: documents[i] }));
    const byDoc = new Map(sources.map((s) => [s.doc_id, s]));
    const disagreements = incident.disagreements || {};
    const evidenceFields = new Set((incident.evidence || []).map((e) => e.field));
    for (const s of sources) for (const e of s.evidence || []) evidenceFields.add(e.field);

    // Values compared side by side: the keys at least one source gives.
    const shownKeys = [...new Set(sources.flatMap((s) => Object.entries(s.values || {})
      .filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k]) => k)))];
    const facts = h('div', { class: 'facts' },
      incident.notes ? h('p', { class: 'notes', lang: 'en' }, incident.notes) : null,
      this.#fields(incident, disagreements, evidenceFields),
      this.#disagreements(disagreements, byDoc));
    const reading = h('div', { class: 'reading' },
      h('h3', { class: 'sources-title' }, `${sources.length} source${sources.length === 1 ? '' : 's'}`,
        sources.length > 1 ? h('span', { class: 'muted' }, ' side by side · highlights are the evidence of each field; click a field to find it') : null),
      h('div', { class: 'sources', dataset: { count: String(Math.min(sources.length, 3)) } },
        sources.map((s) => this.#source(s, byDoc, shownKeys))));
    const body = h('div', { class: 'panel-body' }, facts, reading);
    fill(this.root, this.#head(incident, incident.id), body);
  }

  #fields(r, disagreements, evidenceFields) {
    const loc = r.location;
    const cas = r.casualties || {};
    const dateText = [fmt.date(r),
      r.date_range && r.date_range[0] !== r.date_range[1] ? `(${formatDay(r.date_range[0])} – ${formatDay(r.date_range[1])})` : null,
    ].filter(Boolean).join(' ');
    const values = {
      event_date: dateText,
      time_of_day: r.time_of_day,
      event_type: r.sub_event_type ? `${r.event_type} · ${r.sub_event_type}` : r.event_type,
      actor1: r.actor1 ? [r.actor1.name, h('span', { class: 'ar', lang: 'ar', dir: 'rtl' }, r.actor1.name_ar)] : null,
      actor2: r.actor2 ? [r.actor2.name, h('span', { class: 'ar', lang: 'ar', dir: 'rtl' }, r.actor2.name_ar)] : null,
      assoc_actors: (r.assoc_actors || []).map(fmt.actorName).join(', ') || null,
      location: loc ? [
        h('span', {}, fmt.place(loc)), loc.name_ar ? h('span', { class: 'ar', lang: 'ar', dir: 'rtl' }, loc.name_ar) : null,
        h('div', { class: 'muted' }, fmt.adminPath(loc)),
        h('div', { class: 'muted' }, [
          loc.geo_precision ? `precision ${loc.geo_precision}: ${PRECISION[loc.geo_precision] || ''}` : 'precision unknown',
          loc.latitude != null ? ` · ${loc.latitude.toFixed(4)}, ${loc.longitude.toFixed(4)}` : '',
        ].join('')),
        loc.mention ? h('div', { class: 'ar mention', lang: 'ar', dir: 'rtl' }, loc.mention) : null,
      ] : null,
    };
    for (const kind of ['killed', 'civilians_killed', 'injured', 'captured']) values[`casualties.${kind}`] = fmt.count(cas[kind]);

    const hasEvidence = (f) => [...evidenceFields].some((k) => belongsTo(k, f));
    const disagree = (f) => Object.keys(disagreements).some((k) => belongsTo(k, f));
    const rows = FIELDS.filter((f) => values[f.key] || hasEvidence(f) || disagree(f))
      .map((f) => this.#fieldRow(f, values[f.key], hasEvidence(f), disagree(f)));
    rows.push(h('div', { class: 'field' }, h('dt', {}, 'Tags'), h('dd', {}, (r.tags || []).join(', ') || '—')));
    rows.push(h('div', { class: 'field' }, h('dt', {}, 'Confidence'),
      h('dd', {}, r.confidence != null ? `${Math.round(r.confidence * 100)}%` : '—')));
    rows.push(h('div', { class: 'field wide' }, h('dt', {}, 'Incident id'), h('dd', { class: 'mono' }, r.id)));
    return h('dl', { class: 'fields' }, rows);
  }

  #fieldRow(field, value, hasEvidence, disagree) {
    const row = h('div', { class: `field${hasEvidence ? ' has-evidence' : ''}${disagree ? ' disagree' : ''}`,
      dataset: { field: field.key } },
    h('dt', {}, h('span', { class: `swatch ${field.cls}` }), field.label),
    h('dd', {}, value ?? '—', disagree ? h('span', { class: 'badge warn' }, 'sources disagree') : null));
    if (hasEvidence) {
      row.tabIndex = 0;
      row.title = 'Show the evidence for this field in the sources';
      const focus = () => this.#focus(field.key, row);
      row.addEventListener('click', focus);
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); focus(); } });
    }
    return row;
  }

  /** Highlight one field's evidence (dim the rest); again on the same field shows all. */
  #focus(key, row) {
    const same = this.root.dataset.focus === key;
    if (same) delete this.root.dataset.focus; else this.root.dataset.focus = key;
    for (const r of this.root.querySelectorAll('.field')) r.classList.toggle('focused', !same && r === row);
    for (const mark of this.root.querySelectorAll('mark.ev')) {
      const field = FIELDS.find((f) => f.key === key);
      const hit = mark.dataset.fields.split(' ').some((k) => (field ? belongsTo(k, field) : k === key));
      mark.classList.toggle('dim', !same && !hit);
      mark.classList.toggle('focus', !same && hit);
    }
    if (!same) {
      for (const text of this.root.querySelectorAll('.doc-text')) {
        const first = [...text.querySelectorAll('mark.ev.focus')][0];
        if (first) text.scrollTo({ top: first.offsetTop - 40, behavior: 'smooth' }); // offsetParent is .doc-text
      }
    }
  }

  #disagreements(disagreements, byDoc) {
    const keys = Object.keys(disagreements);
    if (!keys.length) return h('div', { class: 'agreement muted' }, 'The sources agree on every field they report.');
    return h('div', { class: 'disagreements' },
      h('h4', {}, 'Where the sources disagree'),
      h('ul', {}, keys.map((key) => h('li', {},
        h('span', { class: 'disagree-field' }, h('span', { class: `swatch ${fieldInfo(key).cls}` }), fieldInfo(key).label),
        (disagreements[key] || []).map((d) => {
          const src = byDoc.get(d.doc_id);
          return h('span', { class: 'disagree-value', title: d.doc_id },
            h('span', { class: 'src-letter' }, src ? src.letter : '?'), fmt.value(d.value));
        })))));
  }

  #source(s, byDoc, shownKeys) {
    const doc = s.doc instanceof Error || !s.doc ? null : s.doc;
    const head = h('header', { class: 'source-head' },
      h('div', { class: 'source-line' },
        h('span', { class: 'src-letter' }, s.letter),
        h('span', { class: 'source-outlet' }, s.outlet || 'Unknown outlet'),
        h('span', { class: 'muted' }, s.published ? `published ${formatDay(s.published)}` : 'no publication date'),
        s.date_inferred ? h('span', { class: 'badge', title: 'This report gives no date of its own; it was dated '
          + 'from the reports it is linked to or copies' }, 'date inferred') : null),
      h('div', { class: 'source-meta muted' }, h('span', { class: 'mono' }, s.doc_id), ' ', safeLink(s.url)),
      s.title ? h('h4', { class: 'source-title ar', lang: 'ar', dir: 'rtl' }, s.title) : null);
    const values = s.values || {};
    const valueList = shownKeys.length ? h('ul', { class: 'source-values' }, shownKeys.map((key) =>
      h('li', {}, h('span', { class: `swatch ${fieldInfo(key).cls}` }), `${fieldInfo(key).label}: `, fmt.value(values[key])))) : null;
    if (!doc) {
      return h('article', { class: 'source', dataset: { doc: s.doc_id } }, head, valueList,
        h('p', { class: 'error' }, `The text of this document could not be loaded${s.doc ? `: ${s.doc.message}` : ''}.`));
    }
    const reuse = (doc.reuse || []).map((p) => ({ ...p, label: passageLabel(p, byDoc) }));
    const reuseNote = reuse.length ? h('ul', { class: 'source-reuse' }, reuse.map((p) => h('li', { class: `reuse-${p.direction}` },
      p.direction === 'copied_from' ? 'A passage copied from ' : p.direction === 'copied_by' ? 'A passage copied by ' : 'A passage shared with ',
      h('strong', {}, p.label), ` (characters ${p.this_start}–${p.this_end})`))) : null;
    // Evidence read from the page's title or from the headline in its link (its body lost the
    // article) is marked there.
    const inPart = (part) => (s.evidence || []).filter((e) => e.part === part);
    const headline = (part, str) => (inPart(part).length && str
      ? h('p', { class: 'doc-title ar', lang: 'ar', dir: 'rtl' }, renderText(str, inPart(part))) : null);
    const text = h('div', { class: 'doc-text ar', lang: 'ar', dir: 'rtl' },
      renderText(doc.text || '', (s.evidence || []).filter((e) => !e.part || e.part === 'text'), reuse));
    return h('article', { class: 'source', dataset: { doc: s.doc_id } }, head, valueList, reuseNote,
      headline('title', doc.title), headline('url', doc.url_headline), text);
  }
}

function passageLabel(p, byDoc) {
  const other = byDoc.get(p.other_doc_id);
  const name = other ? `${other.letter} (${other.outlet || other.doc_id})` : p.other_doc_id;
  const similarity = typeof p.similarity === 'number' ? `, ${Math.round(p.similarity * 100)}% similar` : '';
  return `${name}${similarity}`;
}
