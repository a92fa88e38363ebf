/**
 * Errors that cross the contract boundary. They travel as plain data (IPC and
 * HTTP both lose class identity), so every error has a stable code the UI can
 * branch on and a message written for the reader.
 */
export const API_ERROR_CODES = [
  'INVALID_ARGUMENTS',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'CORE_UNAVAILABLE',
  'NOT_FOUND',
  'CONFLICT',
  /** The reader (or shutdown) stopped it; nothing went wrong. */
  'CANCELLED',
  /** Not possible now: offline, a server down or unreachable, or a capability this host does not have. */
  'UNAVAILABLE',
  'UNSAFE_URL',
  /** A sync service refused the user name or password (or Inoreader's app credentials); nothing was saved. */
  'AUTH_REFUSED',
  'STORAGE',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorData {
  code: ApiErrorCode;
  message: string;
  /** Machine-readable specifics, e.g. which argument failed validation. */
  details?: unknown;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: unknown;

  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toData(): ApiErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.message === 'string' && (API_ERROR_CODES as readonly unknown[]).includes(candidate.code);
}

/** Turns anything thrown into error data fit to send to the UI. */
export function toApiErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toData();
  if (isApiErrorData(error)) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Unexpected error: ${message}` };
}
