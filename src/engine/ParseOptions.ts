import type { Limits } from '../decode/limits.js';
import type { EventIssue, EventParseError } from '../errors/EventParseError.js';

/**
 * Options of every parse function.
 */
export interface ParseOptions {
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
 * The result of a `safeParse*` function: the event, or the issues and the error `parse*` would
 * have thrown.
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
