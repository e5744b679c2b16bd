// The HTTP API (docs/api.md): JSON in, JSON out; a failure carries the API's own message.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

export const isAbort = (e) => e?.name === 'AbortError';

// Drops empty values so the API sees only the filters that are set.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request(url, init, { acceptStatus = [] } = {}) {
  let res;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError(0, 'network', `The server did not answer (${e.message}). Is sitrep serve still running?`);
  }
  let body = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok && !acceptStatus.includes(res.status)) {
    const err = body?.error;
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `HTTP ${res.status} from ${url}`);
  }
  if (body == null) throw new ApiError(res.status, 'bad_response', `${url} did not answer with JSON`);
  return body;
}

export const getJson = (path, params, { signal, acceptStatus } = {}) =>
  request(path + query(params), { signal, headers: { Accept: 'application/json' } }, { acceptStatus });

// POST /v1/code with a plain-text story.
export const codeText = (text, date, { signal } = {}) =>
  request(`/v1/code${query({ date })}`, {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', Accept: 'application/json' },
    body: text,
  });
