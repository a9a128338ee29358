// The gateway's bearer API: every call carries the access token; errors are RFC 9457 problem details.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export function createApi(auth) {
  async function request(method, path, body, withTotal = false) {
    const headers = { Authorization: `Bearer ${await auth.token()}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      throw new ApiError(response.status, json?.title ?? titleOf(response.status), json?.detail ?? (json ? undefined : text.slice(0, 200)));
    }
    return withTotal ? { rows: json ?? [], total: Number(response.headers.get('X-Total-Count') ?? json?.length ?? 0) } : json;
  }

  return {
    token: () => auth.token(),
    get: (path) => request('GET', path),
    /** A page of a list: { rows, total } (total from the X-Total-Count header). */
    page: (path) => request('GET', path, undefined, true),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
  };
}

function titleOf(status) {
  return { 401: 'Not logged in', 403: 'Not allowed for your role', 404: 'Not found', 409: 'Not possible now' }[status]
    ?? `The gateway answered ${status}`;
}

/** Query string of the non-empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
