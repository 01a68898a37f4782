import type { Limits } from '../decode/limits.js';
import type { EventIssue, EventParseError } from '../errors/EventParseError.js';
import type {
  ApplicationTokenOption,
  AsyncApplicationTokenOption,
} from '../verify/applicationTokenOption.js';

/**
 * The options every parse function and request helper shares: limits and strictness.
 *
 * @category Parsing
 */
export interface BaseParseOptions {
  /** Bounds on the work a body may cause; each missing one takes its default from {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<Limits> | undefined;
  /**
   * When true, an unknown enum code (a chat type letter, an auth status, a command context, a
   * gender) is an issue; by default it becomes `'unknown'` and the code stays in `raw`.
   *
   * @default false
   */
  readonly strict?: boolean | undefined;
}

/**
 * Options of every parse function.
 *
 * @category Parsing
 */
export interface ParseOptions extends BaseParseOptions {
  /**
   * Verify before parse: the expected application token (a string), several (a rotation), or a
   * lookup by portal (`({ memberId, domain }) => token | tokens | undefined`). When given, the
   * body's top-level `auth[application_token]` is compared with it in constant time right after
   * decoding, before validation and normalization, on the decoded body itself (the same
   * `member_id` and token the event will carry). A mismatch, a missing token, or a portal the
   * lookup does not know (`undefined`) fails with `token_mismatch` and hands back nothing from the
   * body; only ONAPPINSTALL passes for an unknown portal, since it is how a portal's token first
   * arrives (trust on first use: see docs/install-flow.md). An error the lookup throws is rethrown
   * as it is, by `safeParse*` too.
   *
   * Leave the option out to parse without checking. A present option that names no token
   * (`undefined`, as an unset `process.env` variable gives, `''`, `[]`, or a list with `''`) is
   * refused with a `TypeError` at once, never taken as "no check" (the type admits `undefined`
   * so that `process.env.B24_APPLICATION_TOKEN` can be passed as it is and fail loudly when the
   * variable is unset).
   */
  readonly applicationToken?: ApplicationTokenOption | undefined;
}

/**
 * Options of the request helpers (`parseImCommandAddRequest`, `parseBotEventRequest`): as
 * {@link ParseOptions}, but the `applicationToken` lookup may answer with a Promise.
 *
 * @category Parsing
 */
export interface RequestParseOptions extends BaseParseOptions {
  /** As {@link ParseOptions.applicationToken}; the lookup may return a Promise. */
  readonly applicationToken?: AsyncApplicationTokenOption | undefined;
}

/**
 * The result of a `safeParse*` function: the event, or the issues and the error `parse*` would
 * have thrown.
 *
 * @category Parsing
 */
export type SafeParseResult<T> =
  | {
      /** The input is a valid event. */
      readonly success: true;
      /** The event. */
      readonly output: T;
      /** Never set on success. */
      readonly issues?: never;
      /** Never set on success. */
      readonly error?: never;
    }
  | {
      /** The input is not a valid event. */
      readonly success: false;
      /** Never set on failure. */
      readonly output?: never;
      /** What is wrong, with wire paths; the same as `error.issues`. */
      readonly issues: readonly [EventIssue, ...EventIssue[]];
      /** The error `parse*` would have thrown. */
      readonly error: EventParseError;
    };
