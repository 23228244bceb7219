// The REST API of this service as the page uses it: JSON in and out, the signed-in token on every request.

const TOKEN_KEY = 'bookshelf.token';
const POSITION_KEY = 'bookshelf.position';
const POSITION_HEADER = 'Bookshelf-Position';

/** How many books or authors a page of a listing shows. */
export const PAGE_SIZE = 10;

/** The token the person signed in with, kept for this tab only (sessionStorage). */
export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signIn: token => sessionStorage.setItem(TOKEN_KEY, token),
  signOut: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** A refusal of the API: its HTTP status and its problem details (RFC 9457); status 0 when nothing answered. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The offending fields of a 400, as [{field, message}]. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/**
 * Where the catalogue stood after this tab's last change (the `Bookshelf-Position` of its answer), sent with
 * every read, so that a service reading from replicas never shows this tab a state older than its own changes.
 */
const position = {
  get: () => sessionStorage.getItem(POSITION_KEY),
  set: value => sessionStorage.setItem(POSITION_KEY, value),
};

function query(params) {
  const given = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return given.length ? `?${new URLSearchParams(given)}` : '';
}

/** Sends one request; resolves to {data, etag} or rejects with an ApiError. */
async function call(method, path, { body, ifMatch, token = session.token() } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (method === 'GET' && position.get()) headers[POSITION_HEADER] = position.get();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { title: 'No answer', detail: 'the service did not answer; check the connection and try again' });
  }
  const changedAt = response.headers.get(POSITION_HEADER);
  if (changedAt) position.set(changedAt);
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data ?? { title: response.statusText || `HTTP ${response.status}` });
  }
  return { data, etag: response.headers.get('ETag') };
}

export const api = {
  /** Resolves when the API accepts `token`; rejects with a 401 when it does not. */
  checkToken: token => call('GET', `/api/books${query({ limit: 1 })}`, { token }),

  findBooks: ({ q, cursor }) => call('GET', `/api/books${query({ q, cursor, limit: PAGE_SIZE })}`),
  getBook: id => call('GET', `/api/books/${id}`),
  registerBook: fields => call('POST', '/api/books', { body: fields }),
  updateBook: (id, changes, etag) => call('PATCH', `/api/books/${id}`, { body: changes, ifMatch: etag }),
  deleteBook: id => call('DELETE', `/api/books/${id}`),
  replaceAuthors: (id, authorIds, etag) =>
    call('PUT', `/api/books/${id}/authors`, { body: { author_ids: authorIds }, ifMatch: etag }),
  credit: (id, authorId) => call('PUT', `/api/books/${id}/authors/${authorId}`),
  removeCredit: (id, authorId) => call('DELETE', `/api/books/${id}/authors/${authorId}`),

  findAuthors: ({ q, cursor }) => call('GET', `/api/authors${query({ q, cursor, limit: PAGE_SIZE })}`),
  getAuthor: id => call('GET', `/api/authors/${id}`),
  booksOf: (id, cursor) => call('GET', `/api/authors/${id}/books${query({ cursor, limit: PAGE_SIZE })}`),
  registerAuthor: name => call('POST', '/api/authors', { body: { name } }),
  renameAuthor: (id, name, etag) => call('PATCH', `/api/authors/${id}`, { body: { name }, ifMatch: etag }),
  deleteAuthor: (id, unlink) => call('DELETE', `/api/authors/${id}${query({ unlink: unlink || undefined })}`),
};
