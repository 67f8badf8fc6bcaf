// The one fetch client of the app: JSON in and out, same-origin cookies, the CSRF token on
// state-changing requests, and application/problem+json turned into a typed ApiError.

export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details as the Vakkompas server sends them (title is Dutch). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
  /** Privacy guard findings of a 422 (see features/privacy/usePrivacyGuard). */
  findings?: unknown[];
}

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached at all. */
  readonly status: number;
  readonly problem: Problem;
  /** Seconds from a Retry-After header (429), if any. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem, retryAfter: number | null = null) {
    super(problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Field errors keyed by field name (the first message per field). */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      if (e && typeof e.field === 'string' && !(e.field in out)) out[e.field] = String(e.message ?? '');
    }
    return out;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const BASE = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;

/** Remember the CSRF token from GET /me or a log-in/set-up/accept response. */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return null;
}

async function readProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await res.json();
      if (body && typeof body === 'object') {
        const p = body as Problem;
        return {
          type: typeof p.type === 'string' ? p.type : undefined,
          title: typeof p.title === 'string' ? p.title : undefined,
          status: typeof p.status === 'number' ? p.status : res.status,
          detail: typeof p.detail === 'string' ? p.detail : undefined,
          errors: Array.isArray(p.errors) ? p.errors : undefined,
          findings: Array.isArray(p.findings) ? p.findings : undefined,
        };
      }
    } catch {
      // not JSON after all: fall through to a bare problem
    }
  }
  return { status: res.status };
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: undefined, detail: e instanceof Error ? e.message : undefined });
  }

  if (!res.ok) {
    throw new ApiError(res.status, await readProblem(res), parseRetryAfter(res.headers.get('Retry-After')));
  }
  if (res.status === 204 || res.status === 205) return undefined as T;
  const text = await res.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, { status: res.status, detail: 'invalid JSON' });
  }
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
