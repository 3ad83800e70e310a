// ISO dates as UTC day numbers, and the buckets of the timeline. Weeks run Saturday to Friday,
// as rasd's date rules do.

const DAY_MS = 86400000;

export function toDay(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function toIso(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value) {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toDay(value));
}

/** Start day of the bucket holding `day`. */
export function bucketStart(day, unit) {
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((new Date(day * DAY_MS).getUTCDay() + 1) % 7); // back to Saturday
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

/** First day of the bucket after the one starting at `start`. */
export function nextBucket(start, unit) {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

/** The bucket size that gives a readable number of bars for a span of days. */
export function unitFor(spanDays) {
  if (spanDays <= 120) return 'day';
  if (spanDays <= 3 * 365) return 'week';
  return 'month';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDay(iso) {
  if (!isIsoDate(iso)) return iso || '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function formatMonth(day) {
  const date = new Date(day * DAY_MS);
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
