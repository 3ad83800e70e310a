// The page's calls to rasd's HTTP API.

export const FILTER_KEYS = ['q', 'date_from', 'date_to', 'admin1', 'admin2', 'event_type', 'sub_event_type',
  'actor', 'outlet', 'bbox'];

/** Query string of the non-empty filters (plus extra parameters). */
export function query(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    if (filters[key]) params.set(key, filters[key]);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, value);
  }
  return params.toString();
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export async function getJSON(path, { signal } = {}) {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.json();
      detail = typeof body.detail === 'string' ? body.detail : JSON.stringify(body.detail);
    } catch { /* not JSON: keep the status text */ }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

export const api = {
  facets: () => getJSON('/api/facets'),
  points: (filters, opts) => getJSON(`/api/points?${query(filters)}`, opts),
  incidents: (filters, { sort, limit, offset }, opts) =>
    getJSON(`/api/incidents?${query(filters, { sort, limit, offset })}`, opts),
  incident: (id, opts) => getJSON(`/api/incidents/${encodeURIComponent(id)}`, opts),
  document: (id, opts) => getJSON(`/api/documents/${encodeURIComponent(id)}`, opts),
  exportUrl: (filters, format) => `/api/export?${query(filters, { format })}`,
};
