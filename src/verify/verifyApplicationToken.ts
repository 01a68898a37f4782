import { eventError } from '../errors/EventParseError.js';
import { equalInConstantTime } from './equalInConstantTime.js';

/**
 * What the token checks read: the top-level auth of a normalized event. The token (and, for the
 * user events, the whole `auth`) may be missing: such an event never verifies.
 *
 * @category Verification
 */
export interface ApplicationTokenCarrier {
  /** The top-level auth (the event's, never the bot's); absent on the user events (ONIMV2*). */
  readonly auth?:
    | {
        /** The application token the event carries; absent when the body had none. */
        readonly applicationToken?: string | undefined;
      }
    | undefined;
}

/**
 * Checks that an event comes from the portal the app was installed on: compares the event's
 * top-level `auth.applicationToken` (never the bot's copy in a command) with the token(s) stored
 * at install time, in constant time. Bitrix24 signs nothing; this token is the only proof.
 *
 * @param event The parsed event.
 * @param expected The stored token, or several during a rotation or after a reinstall.
 * @returns True when the event's token equals one of them; false for a missing or empty token
 *   (or a missing `auth`), an empty list, or anything malformed. Never throws.
 *
 * @example
 * ```ts
 * const event = parseImCommandAdd(body);
 * if (!verifyApplicationToken(event, process.env.B24_APP_TOKEN ?? '')) return new Response(null, { status: 401 });
 * ```
 * @category Verification
 */
export function verifyApplicationToken(
  event: ApplicationTokenCarrier,
  expected: string | readonly string[],
): boolean {
  try {
    const token = event.auth?.applicationToken;
    if (typeof token !== 'string' || token === '') return false;
    const candidates: readonly unknown[] = typeof expected === 'string' ? [expected] : expected;
    let matched = false;
    for (const candidate of candidates) {
      // Every candidate is compared, so the time does not say which one matched.
      if (
        typeof candidate === 'string' &&
        candidate !== '' &&
        equalInConstantTime(token, candidate)
      ) {
        matched = true;
      }
    }
    return matched;
  } catch {
    return false;
  }
}

/**
 * Like {@link verifyApplicationToken}, but throws when the token does not match.
 *
 * @param event The parsed event.
 * @param expected The stored token, or several.
 * @throws {EventParseError} Code `token_mismatch`; its message carries neither token.
 *
 * @example
 * ```ts
 * const event = parseImCommandAdd(body);
 * assertApplicationToken(event, [currentToken, previousToken]);
 * // throws EventParseError, code 'token_mismatch', when the event carries neither
 * ```
 * @category Verification
 */
export function assertApplicationToken(
  event: ApplicationTokenCarrier,
  expected: string | readonly string[],
): void {
  if (!verifyApplicationToken(event, expected)) {
    throw eventError(
      'token_mismatch',
      'the application token does not match any expected token',
      'auth[application_token]',
    );
  }
}
