import {
  decodeEventBytes,
  decodeEventInput,
  type EventInput,
  type WireTree,
} from '../decode/decodeEventInput.js';
import { type Limits, resolveLimits } from '../decode/limits.js';
import { bodyFormatOf, readRequestBody } from '../decode/readRequestBody.js';
import { EventParseError, eventError } from '../errors/EventParseError.js';
import {
  checkApplicationTokenOption,
  LookupFailure,
  verifyDecodedToken,
  verifyDecodedTokenAsync,
} from '../verify/applicationTokenOption.js';
import type { EventDefinition } from './EventDefinition.js';
import type { ParseOptions, RequestParseOptions, SafeParseResult } from './ParseOptions.js';

/** What an event code looks like; only such a code is repeated in a message. */
const EVENT_CODE = /^ON[A-Z0-9_]{1,62}$/;

/**
 * Throws `wrong_event` when the tree carries an event code other than `expected`.
 *
 * @param wire The decoded input.
 * @param expected The event code the parser is for.
 * @internal
 */
export function expectEvent(wire: WireTree, expected: string): void {
  const code = wire.tree.event;
  if (typeof code !== 'string' || code === expected) return;
  throw eventError(
    'wrong_event',
    `expected the event ${expected}, found ${describeEventCode(code)}`,
    'event',
  );
}

/**
 * Names an event code found in a payload for a message: the code itself when it looks like one
 * (`ONIMBOTJOINCHAT`), otherwise a neutral phrase, so that no token reaches a message this way.
 *
 * @param code The code found.
 * @returns `the event ONIMBOTJOINCHAT` or `another event code`.
 * @internal
 */
export function describeEventCode(code: string): string {
  return EVENT_CODE.test(code) ? `the event ${code}` : 'another event code';
}

/**
 * Runs `parse` and turns every failure into a {@link SafeParseResult}.
 *
 * @param parse The throwing parse.
 * @returns The result; never throws.
 * @internal
 */
export function safely<T>(parse: () => T): SafeParseResult<T> {
  try {
    return { success: true, output: parse() };
  } catch (caught) {
    // The user's own token lookup failed: not a fault of the body; rethrown as it is.
    if (caught instanceof LookupFailure) throw caught.error;
    const error =
      caught instanceof EventParseError
        ? caught
        : // An input object whose getters throw, or another foreign failure: say what, not its text.
          eventError(
            'malformed_body',
            `the input could not be read (${caught instanceof Error ? caught.name : typeof caught})`,
          );
    return { success: false, issues: error.issues, error };
  }
}

/**
 * Runs a throwing parse, rethrowing an error of the user's token lookup as it was thrown.
 *
 * @param parse The parse.
 * @returns Its result.
 * @internal
 */
export function unwrapped<T>(parse: () => T): T {
  try {
    return parse();
  } catch (caught) {
    if (caught instanceof LookupFailure) throw caught.error;
    throw caught;
  }
}

/**
 * Decodes any input and, when `options.applicationToken` is given, verifies the decoded body
 * before anything else reads it.
 *
 * @param input The input.
 * @param options The parse options.
 * @param limits The limits in force (see {@link checkedLimits}).
 * @returns The verified wire tree.
 * @internal
 */
export function decodeVerified(
  input: EventInput,
  options: ParseOptions | undefined,
  limits: Limits,
): WireTree {
  const wire = decodeEventInput(input, limits);
  const option = options?.applicationToken;
  if (option !== undefined) verifyDecodedToken(wire.tree, option);
  return wire;
}

/**
 * Checks the options of a parse (limits and the token option) before any input is read, so that
 * a wrong option throws a `TypeError` from `safeParse*` too: a present `applicationToken` that is
 * `undefined` or empty is refused, never taken as "no check".
 *
 * @param options The options.
 * @returns The limits in force.
 * @internal
 */
export function checkedLimits(
  options:
    | { readonly limits?: Partial<Limits> | undefined; readonly applicationToken?: unknown }
    | undefined,
): Limits {
  checkApplicationTokenOption(options);
  return resolveLimits(options?.limits);
}

/**
 * Reads a request and, when `options.applicationToken` is given, verifies the decoded body before
 * anything else reads it (the lookup may be asynchronous).
 *
 * @param request The request.
 * @param options The request options.
 * @returns The verified wire tree.
 * @internal
 */
export async function decodeVerifiedRequest(
  request: Request,
  options: RequestParseOptions | undefined,
): Promise<WireTree> {
  const wire = await decodeEventRequest(request, checkedLimits(options));
  const option = options?.applicationToken;
  if (option !== undefined) {
    try {
      await verifyDecodedTokenAsync(wire.tree, option);
    } catch (caught) {
      if (caught instanceof LookupFailure) throw caught.error;
      throw caught;
    }
  }
  return wire;
}

/**
 * Reads a Fetch API request into a wire tree: the content type picks the decoder, and the body is
 * read with the byte limit enforced while reading.
 *
 * @param request The request.
 * @param limits The limits in force.
 * @returns The wire tree.
 * @internal
 */
export async function decodeEventRequest(request: Request, limits: Limits): Promise<WireTree> {
  const format = bodyFormatOf(request.headers.get('content-type'));
  return decodeEventBytes(await readRequestBody(request, limits), format, limits);
}

/**
 * Builds the `parse`, `safeParse` and `parseRequest` functions of one event.
 *
 * @param definition The event's definition.
 * @returns The three functions.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function createEventParser<Code extends string, Raw, Event>(
  definition: EventDefinition<Code, Raw, Event>,
) {
  const run = (wire: WireTree, strict: boolean): Event => {
    expectEvent(wire, definition.event);
    return definition.parseTree(wire, strict);
  };
  return {
    async parseRequest(request: Request, options?: RequestParseOptions): Promise<Event> {
      const wire = await decodeVerifiedRequest(request, options);
      return run(wire, options?.strict === true);
    },
    parse(input: EventInput, options?: ParseOptions): Event {
      const limits = checkedLimits(options);
      return unwrapped(() => run(decodeVerified(input, options, limits), options?.strict === true));
    },
    safeParse(input: EventInput, options?: ParseOptions): SafeParseResult<Event> {
      const limits = checkedLimits(options);
      return safely(() => run(decodeVerified(input, options, limits), options?.strict === true));
    },
  };
}
