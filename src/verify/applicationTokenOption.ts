import type { FormObject } from '../decode/FormObject.js';
import { type EventParseError, eventError } from '../errors/EventParseError.js';
import { equalInConstantTime } from './equalInConstantTime.js';

/**
 * One expected application token, or several (during a rotation, or after a reinstall).
 *
 * @category Verification
 */
export type ExpectedApplicationTokens = string | readonly string[];

/**
 * The portal a body says it comes from, read from the decoded body before anything else: the
 * same `auth[member_id]` and `auth[domain]` the parsed event will carry.
 *
 * @category Verification
 */
export interface EventPortal {
  /** The portal's id. Wire: `auth[member_id]`. */
  readonly memberId: string;
  /** The portal's domain (`'example.bitrix24.com'`); `''` when the body has none. Wire: `auth[domain]`. */
  readonly domain: string;
}

/**
 * The expected application token of a portal: the token(s) stored for it at ONAPPINSTALL, or
 * `undefined` for a portal the app does not know.
 *
 * @category Verification
 */
export type ApplicationTokenLookup = (portal: EventPortal) => ExpectedApplicationTokens | undefined;

/**
 * The `applicationToken` option of the parse functions: the expected token, several, or a lookup
 * by portal. When given, the body's top-level `auth[application_token]` is compared with it, in
 * constant time, right after decoding and before validation; see {@link ParseOptions.applicationToken}.
 *
 * @category Verification
 */
export type ApplicationTokenOption = ExpectedApplicationTokens | ApplicationTokenLookup;

/**
 * The `applicationToken` option of the request helpers and of `createBotEventHandler`: as
 * {@link ApplicationTokenOption}, but the lookup may also answer with a Promise (a database read).
 *
 * @category Verification
 */
export type AsyncApplicationTokenOption =
  | ExpectedApplicationTokens
  | ((
      portal: EventPortal,
    ) =>
      | ExpectedApplicationTokens
      | undefined
      | PromiseLike<ExpectedApplicationTokens | undefined>);

/** The one event a portal may send before the app knows it: the install, which brings its token. */
const TRUSTED_ON_FIRST_USE = 'ONAPPINSTALL';

const TOKEN_PATH = 'auth[application_token]';

/**
 * A `token_mismatch` error, made without a stack trace: a forged request is an attacker's
 * cheapest request, and capturing a stack costs more than comparing the token (a stack would
 * point into this module anyway). The error is otherwise the same as every other.
 */
function mismatch(message: string, path: string): EventParseError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return eventError('token_mismatch', message, path);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * An error thrown by a user's token lookup, carried through the parse functions unchanged (a
 * `safeParse*` function rethrows it rather than reporting a body error).
 * @internal
 */
export class LookupFailure {
  /**
   * @param error What the lookup threw or rejected with.
   */
  constructor(readonly error: unknown) {}
}

function authOf(tree: FormObject): FormObject | undefined {
  const auth = tree.auth;
  return typeof auth === 'object' ? auth : undefined;
}

/**
 * The portal a decoded body names; throws `token_mismatch` when it names none, since no token
 * can then be expected.
 */
function portalOf(tree: FormObject): EventPortal {
  const auth = authOf(tree);
  const memberId = auth?.member_id;
  if (typeof memberId !== 'string' || memberId === '') {
    throw mismatch(
      'the body names no portal, so no application token can be expected for it',
      'auth[member_id]',
    );
  }
  const domain = auth?.domain;
  return { memberId, domain: typeof domain === 'string' ? domain : '' };
}

function checkExpected(expected: unknown): ExpectedApplicationTokens | undefined {
  if (expected === undefined || typeof expected === 'string') return expected;
  if (Array.isArray(expected) && expected.every((token) => typeof token === 'string')) {
    return expected;
  }
  throw new LookupFailure(
    new TypeError(
      'the applicationToken lookup must return a string, a list of strings or undefined',
    ),
  );
}

/**
 * Compares a decoded body's top-level application token with the expected one(s), in constant
 * time, every candidate compared. `undefined` (a lookup's unknown portal) refuses every event but
 * ONAPPINSTALL, which is trusted on first use.
 *
 * @param tree The decoded body.
 * @param expected The expected token(s), or `undefined` for an unknown portal.
 * @throws {EventParseError} `token_mismatch`, with a message that carries nothing of the body.
 */
function compareTokens(tree: FormObject, expected: ExpectedApplicationTokens | undefined): void {
  if (expected === undefined) {
    if (tree.event === TRUSTED_ON_FIRST_USE) return;
    throw mismatch(
      'the portal is not known (no application token is stored for it)',
      'auth[member_id]',
    );
  }
  const token = authOf(tree)?.application_token;
  if (typeof token !== 'string' || token === '') {
    throw mismatch('the body carries no application token', TOKEN_PATH);
  }
  const candidates = typeof expected === 'string' ? [expected] : expected;
  let matched = false;
  for (const candidate of candidates) {
    // Every candidate is compared, so the time does not say which one matched.
    if (candidate !== '' && equalInConstantTime(token, candidate)) matched = true;
  }
  if (!matched) {
    throw mismatch('the application token does not match any expected token', TOKEN_PATH);
  }
}

/** What every refusal of an empty token option says to do. */
const EMPTY_TOKEN_HINT =
  'is the environment variable that holds the token set? Pass the token stored at ONAPPINSTALL, several, or a lookup by portal';

/**
 * Checks the `applicationToken` option itself, before any body is read. A present option must
 * name a token: `undefined` (an unset environment variable), `''`, an empty list or a list with
 * an empty string would match nothing, or, worse, turn the check off, so each is refused at once.
 *
 * @param options The options as given (the option counts as present when the key is there).
 * @param off How the caller turns verification off, for the message: `false` in the handler,
 *   leaving the option out in the parse functions.
 * @throws {TypeError} For an option of the wrong kind or an empty one.
 * @internal
 */
export function checkApplicationTokenOption(
  options: object | undefined,
  off = 'leave the option out to parse without checking',
): void {
  if (typeof options !== 'object' || options === null || !('applicationToken' in options)) return;
  const option: unknown = options.applicationToken;
  if (typeof option === 'function') return;
  const empty =
    option === undefined
      ? 'is undefined'
      : option === ''
        ? 'is an empty string'
        : Array.isArray(option) && option.length === 0
          ? 'is an empty list'
          : Array.isArray(option) && option.includes('')
            ? 'lists an empty string'
            : undefined;
  if (empty !== undefined) {
    throw new TypeError(
      `[bitrix24-imbot-events] options.applicationToken ${empty}: ${EMPTY_TOKEN_HINT}; ${off}`,
    );
  }
  if (typeof option === 'string') return;
  if (Array.isArray(option) && option.every((token) => typeof token === 'string')) return;
  throw new TypeError(
    '[bitrix24-imbot-events] options.applicationToken must be a string, a list of strings or a function of the portal',
  );
}

/**
 * Asks a lookup for the expected token(s) of the portal a decoded body names; an error the lookup
 * throws is carried out as a {@link LookupFailure}.
 */
function askLookup(lookup: (portal: EventPortal) => unknown, tree: FormObject): unknown {
  const portal = portalOf(tree);
  try {
    return lookup(portal);
  } catch (error) {
    throw new LookupFailure(error);
  }
}

/**
 * Verifies a decoded body against the `applicationToken` option, before it is validated.
 *
 * @param tree The decoded body.
 * @param option The option.
 * @throws {EventParseError} `token_mismatch`.
 * @throws {TypeError} For an option, or a lookup's answer, of the wrong kind.
 * @internal
 */
export function verifyDecodedToken(tree: FormObject, option: ApplicationTokenOption): void {
  if (typeof option !== 'function') {
    compareTokens(tree, option);
    return;
  }
  const expected = askLookup(option, tree);
  if (isThenable(expected)) {
    throw new LookupFailure(
      new TypeError(
        'the applicationToken lookup returned a Promise: use a request helper or createBotEventHandler, or look the token up first',
      ),
    );
  }
  compareTokens(tree, checkExpected(expected));
}

/**
 * As {@link verifyDecodedToken}, with a lookup that may answer with a Promise.
 *
 * @param tree The decoded body.
 * @param option The option.
 * @returns When the token matches.
 * @throws {EventParseError} `token_mismatch`.
 * @internal
 */
export async function verifyDecodedTokenAsync(
  tree: FormObject,
  option: AsyncApplicationTokenOption,
): Promise<void> {
  if (typeof option !== 'function') {
    compareTokens(tree, option);
    return;
  }
  let expected = askLookup(option, tree);
  try {
    expected = await expected;
  } catch (error) {
    throw new LookupFailure(error);
  }
  compareTokens(tree, checkExpected(expected));
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
