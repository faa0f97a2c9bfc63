// The console's only way to the service: the public REST API, with the token held in memory (never in storage or a
// cookie: a reload signs the user out). Every failure becomes an ApiError carrying the problem the API answered.

let token = null;
let onSessionEnded = () => {};

export function setToken(accessToken) {
  token = accessToken;
}

export function hasToken() {
  return token !== null;
}

/** Called when the API answers 401 to a signed-in request: the token expired or the session was ended. */
export function whenSessionEnds(callback) {
  onSessionEnded = callback;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  get violations() {
    return this.problem.violations ?? [];
  }

  get codes() {
    return this.violations.map((violation) => violation.code);
  }
}

/** A network failure: no answer at all (status 0); the browser's own wording of it is not shown. */
export class NetworkError extends ApiError {
  constructor(cause) {
    super(0, null);
    this.cause = cause;
  }
}

/**
 * request('POST', '/api/v1/orders/3/review', {body, ifMatch: '"4"', query: {page: 0}, accept: 'application/pdf'})
 * → {status, data, etag, location, blob}. data is parsed JSON (null for an empty body), blob the body of a
 * non-JSON answer.
 */
export async function request(method, path, {body, ifMatch, query, accept = 'application/json', idempotencyKey} = {}) {
  const headers = {Accept: accept === 'application/json' ? 'application/json, application/problem+json' : accept};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let response;
  try {
    response = await fetch(withQuery(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  const isJson = contentType.includes('json');
  if (!response.ok) {
    const problem = isJson ? await response.json().catch(() => null) : null;
    if (response.status === 401 && token) {
      token = null;
      onSessionEnded();
    }
    throw new ApiError(response.status, problem);
  }
  const text = isJson ? await response.text() : null;
  return {
    status: response.status,
    data: text ? JSON.parse(text) : null,
    blob: isJson ? null : await response.blob(),
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
  };
}

export const api = {
  get: (path, query, options = {}) => request('GET', path, {...options, query}),
  post: (path, body, options = {}) => request('POST', path, {...options, body}),
  put: (path, body, options = {}) => request('PUT', path, {...options, body}),
};

function withQuery(path, query) {
  if (!query) return path;
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) parameters.append(name, String(one));
  }
  const search = parameters.toString();
  return search ? `${path}?${search}` : path;
}
