// The REST API client (docs: the API contract; every error is {"error": {code, message}}).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** GET /api<path> with the non-empty params; the parsed JSON body. */
export async function get(path, params) {
  const url = new URL(`/api${path}`, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  let resp;
  try {
    resp = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiError(0, "network", String(err && err.message ? err.message : err));
  }
  let body = null;
  try {
    body = await resp.json();
  } catch {
    body = null;
  }
  if (!resp.ok) {
    const error = body && body.error ? body.error : {};
    throw new ApiError(resp.status, error.code || `http_${resp.status}`,
      error.message || resp.statusText);
  }
  return body;
}

const cache = new Map();

/** GET once per page load (stats, the world outline): they do not change while we look. */
export function getCached(path, params) {
  const key = `${path}?${new URLSearchParams(params || {})}`;
  if (!cache.has(key)) {
    cache.set(key, get(path, params).catch((err) => {
      cache.delete(key);
      throw err;
    }));
  }
  return cache.get(key);
}

/** A count from an event: the API may give a number or {min, max, ...}. */
export function count(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "object") return value.min ?? value.max ?? null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** "18", "10–99" or "" for a count field. */
export function countText(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    const { min, max } = value;
    if (min !== null && min !== undefined && max !== null && max !== undefined && max !== min) {
      return `${min}–${max}`;
    }
    if (min !== null && min !== undefined) return `${min}${max === null ? "+" : ""}`;
    return max === null || max === undefined ? "" : String(max);
  }
  return String(value);
}

/** "18", "10–99", "61+" from a low and a high count (either may be null). */
export function rangeText(min, max) {
  const has = (v) => v !== null && v !== undefined;
  if (!has(min)) return has(max) ? `≤${max}` : "";
  if (has(max) && max !== min) return `${min}–${max}`;
  return String(min);
}

/** An event's killed/injured/arrested as text, from an API item (`killed`, `killed_max`)
 * or a rasd/1 event ({min, max, ...}). */
export function eventToll(event, kind) {
  const value = event ? event[kind] : null;
  if (value && typeof value === "object") return countText(value);
  return rangeText(value ?? null, event ? event[`${kind}_max`] ?? null : null);
}
