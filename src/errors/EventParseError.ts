/**
 * The reason a body could not be turned into an event.
 *
 * - `body_too_large`, `too_many_params`, `too_deep`: a {@link Limits} bound was passed.
 * - `malformed_body`: the body is not a form body or JSON object it claims to be.
 * - `unsupported_content_type`: a request helper got a content type it cannot read.
 * - `wrong_event`: a valid event, but not the one the parser is for.
 * - `invalid_payload`: the payload does not match the event's wire schema; see `issues`.
 * - `token_mismatch`: the application token did not match: `assertApplicationToken`, or the
 *   `applicationToken` option (a wrong or missing token, or a portal the lookup does not know).
 * - `unknown_event`: `parseBotEvent` with `{ unknownEvents: 'reject' }` met an unknown event.
 *
 * @category Parsing
 */
export type ErrorCode =
  | 'body_too_large'
  | 'too_many_params'
  | 'too_deep'
  | 'malformed_body'
  | 'unsupported_content_type'
  | 'wrong_event'
  | 'invalid_payload'
  | 'token_mismatch'
  | 'unknown_event';

/**
 * One problem found in a payload.
 *
 * @category Parsing
 */
export interface EventIssue {
  /** The wire path of the offending field, in PHP form notation, e.g. `data[PARAMS][MESSAGE_ID]`; `''` for the whole body. */
  readonly path: string;
  /** A plain sentence: what was expected and what kind of thing was found. Never contains a token. */
  readonly message: string;
}

/** The JSON form of an {@link EventParseError}, for logs. @category Parsing */
export interface EventParseErrorJson {
  /** Always `'EventParseError'`. */
  readonly name: string;
  /** What kind of failure it is. */
  readonly code: ErrorCode;
  /** The error's message. */
  readonly message: string;
  /** The problems found. */
  readonly issues: readonly EventIssue[];
}

/**
 * The prefix of every message this library writes, errors and type errors alike.
 * @internal
 */
export const MESSAGE_PREFIX = '[bitrix24-imbot-events]';

/** How many issues the error message lists before it summarises the rest. */
const LISTED_ISSUES = 5;

/**
 * The brand of every {@link EventParseError}, on its prototype: one registry symbol, the same in
 * the ESM and the CommonJS build (and in any copy of the package).
 */
const BRAND = Symbol.for('bitrix24-imbot-events.EventParseError');

/**
 * The one error class of this library: every failure to decode, validate or verify an event.
 *
 * Its `message` starts with `[bitrix24-imbot-events]`; neither the message, the issues nor the
 * JSON form ever carry a token or the raw body.
 *
 * `error instanceof EventParseError` holds whichever build threw it: an app may load both the
 * ESM and the CommonJS build (a CommonJS dependency beside ESM code), each with its own class, so
 * the check looks for a brand every build's errors carry, not for one class's prototype. An
 * object that merely has the same `name` and `code` is no `EventParseError`.
 *
 * @example
 * ```ts
 * try {
 *   parseImCommandAdd(body);
 * } catch (error) {
 *   if (error instanceof EventParseError) console.warn(error.code, error.issues);
 * }
 * ```
 * @category Parsing
 */
export class EventParseError extends Error {
  /** Always `'EventParseError'`. */
  override readonly name = 'EventParseError';
  // `declare`: set by the constructor alone, with no field declaration in the build.
  /** What kind of failure this is. */
  declare readonly code: ErrorCode;
  /** The problems found, at least one; each with the wire path it concerns. */
  declare readonly issues: readonly [EventIssue, ...EventIssue[]];

  /**
   * Creates an error from its code and issues.
   *
   * @param code The kind of failure.
   * @param issues The problems found, at least one.
   */
  constructor(code: ErrorCode, issues: readonly [EventIssue, ...EventIssue[]]) {
    super(formatMessage(code, issues));
    this.code = code;
    this.issues = Object.freeze([...issues]) as unknown as readonly [EventIssue, ...EventIssue[]];
  }

  /**
   * The JSON form of the error, for logs: name, code, message and issues.
   *
   * @returns A plain object without the stack.
   */
  toJSON(): EventParseErrorJson {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }

  /**
   * Tells whether a value is an `EventParseError` of any build of this package (the ESM one,
   * the CommonJS one, another copy): the brand they share. A subclass keeps the ordinary check.
   *
   * @param value Any value, the left side of `instanceof`.
   * @returns True for an error of this class, whichever build made it.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof`: a subclass takes the ordinary check.
    // biome-ignore lint/complexity/noThisInStatic: the brand answers for this class alone
    if (this !== EventParseError) return super[Symbol.hasInstance](value);
    return (value as Partial<Record<symbol, unknown>> | null | undefined)?.[BRAND] === true;
  }

  static {
    // On the prototype: not among an error's own keys, in its JSON or in util.inspect (but with
    // `showHidden`, which lists a class's prototype properties).
    (EventParseError.prototype as unknown as Record<symbol, true>)[BRAND] = true;
  }
}

/**
 * Creates an {@link EventParseError} with a single issue.
 *
 * @param code The kind of failure.
 * @param message The plain sentence describing it.
 * @param path The wire path it concerns; `''` for the whole body.
 * @returns The error.
 * @internal
 */
export function eventError(code: ErrorCode, message: string, path = ''): EventParseError {
  return new EventParseError(code, [{ path, message }]);
}

function formatMessage(code: ErrorCode, issues: readonly EventIssue[]): string {
  const listed = issues
    .slice(0, LISTED_ISSUES)
    .map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  const rest = issues.length - listed.length;
  if (rest > 0) listed.push(`and ${rest} more issue${rest === 1 ? '' : 's'}`);
  if (listed.length === 1) return `${MESSAGE_PREFIX} ${code}: ${listed[0]}`;
  return `${MESSAGE_PREFIX} ${code}:\n  - ${listed.join('\n  - ')}`;
}

/**
 * Describes what kind of value was found, never the value itself.
 *
 * @param value Any value.
 * @returns A short noun phrase such as `a string of 12 characters` or `an object`.
 * @internal
 */
export function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    if (value === '') return 'an empty string';
    if (value.trim() === '') return 'a blank string';
    return `a string of ${value.length} character${value.length === 1 ? '' : 's'}`;
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return 'an integer';
    return Number.isFinite(value) ? 'a fractional number' : 'a non-finite number';
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`; // a boolean, a bigint, a symbol, a function
}
