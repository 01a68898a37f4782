import {
  decodeEventBytes,
  decodeEventInput,
  type EventInput,
  type WireTree,
} from '../decode/decodeEventInput.js';
import { type Limits, resolveLimits } from '../decode/limits.js';
import { bodyFormatOf, readRequestBody } from '../decode/readRequestBody.js';
import { EventParseError, eventError } from '../errors/EventParseError.js';
import type { EventDefinition } from './EventDefinition.js';
import type { ParseOptions, SafeParseResult } from './ParseOptions.js';

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
    async parseRequest(request: Request, options?: ParseOptions): Promise<Event> {
      const wire = await decodeEventRequest(request, resolveLimits(options?.limits));
      return run(wire, options?.strict === true);
    },
    parse(input: EventInput, options?: ParseOptions): Event {
      return run(decodeEventInput(input, resolveLimits(options?.limits)), options?.strict === true);
    },
    safeParse(input: EventInput, options?: ParseOptions): SafeParseResult<Event> {
      const limits = resolveLimits(options?.limits);
      return safely(() => run(decodeEventInput(input, limits), options?.strict === true));
    },
  };
}
