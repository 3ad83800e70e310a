// ACLED's event types (colours of the page) and sub-event types, spelled as ACLED spells them.

export const EVENT_TYPES = [
  { name: 'Battles', cls: 'et-battles' },
  { name: 'Explosions/Remote violence', cls: 'et-explosions' },
  { name: 'Violence against civilians', cls: 'et-vac' },
  { name: 'Protests', cls: 'et-protests' },
  { name: 'Riots', cls: 'et-riots' },
  { name: 'Strategic developments', cls: 'et-strategic' },
];

export const SUB_EVENT_TYPES = {
  'Battles': ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb',
    'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  'Protests': ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  'Riots': ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory',
    'Other'],
};

const CLASS_BY_TYPE = new Map(EVENT_TYPES.map((t) => [t.name, t.cls]));

/** CSS class of an event type's colour (a fixed list, so API strings never become class names). */
export function typeClass(eventType) {
  return CLASS_BY_TYPE.get(eventType) || 'et-unknown';
}

export const PRECISION = {
  1: 'the place itself',
  2: 'near it, or its district',
  3: 'governorate only',
};

// Fields of the panel, the colour class of their evidence highlight, and the other keys under which
// the store may report a source's value or a disagreement for them (``aliases``).
export const FIELDS = [
  { key: 'event_date', label: 'Date', cls: 'ev-date', aliases: ['date_precision', 'date_range'] },
  { key: 'time_of_day', label: 'Time of day', cls: 'ev-date', aliases: [] },
  { key: 'event_type', label: 'Event', cls: 'ev-type', aliases: ['sub_event_type'] },
  { key: 'actor1', label: 'Actor 1', cls: 'ev-actor1', aliases: [] },
  { key: 'actor2', label: 'Actor 2', cls: 'ev-actor2', aliases: [] },
  { key: 'assoc_actors', label: 'Associated actors', cls: 'ev-actor2', aliases: [] },
  { key: 'location', label: 'Location', cls: 'ev-location', aliases: ['admin1', 'admin2', 'admin3'] },
  { key: 'casualties.killed', label: 'Killed', cls: 'ev-count', aliases: ['killed'] },
  { key: 'casualties.civilians_killed', label: 'Civilians killed', cls: 'ev-count', aliases: ['civilians_killed'] },
  { key: 'casualties.injured', label: 'Injured', cls: 'ev-count', aliases: ['injured'] },
  { key: 'casualties.captured', label: 'Captured', cls: 'ev-count', aliases: ['captured'] },
];

const LABELS = {
  date_precision: 'Date precision', date_range: 'Date range', sub_event_type: 'Sub-event type',
  admin1: 'Governorate', admin2: 'District', admin3: 'Sub-district',
};

const FIELD_BY_KEY = new Map();
for (const f of FIELDS) {
  FIELD_BY_KEY.set(f.key, f);
  for (const alias of f.aliases) FIELD_BY_KEY.set(alias, { ...f, label: LABELS[alias] || f.label, parent: f.key });
}

/** Label and highlight class of a field key, whichever spelling the store used. */
export function fieldInfo(key) {
  return FIELD_BY_KEY.get(key) || { key, label: LABELS[key] || key.replace(/[._]/g, ' '), cls: 'ev-other', aliases: [] };
}

/** Whether a record key (a value, an evidence field, a disagreement) belongs to a panel field. */
export function belongsTo(key, field) {
  return key === field.key || field.aliases.includes(key);
}
