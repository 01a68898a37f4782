import * as v from 'valibot';
import { type EventIssue, EventParseError, eventError } from '../errors/EventParseError.js';
import { type Limits, resolveLimits } from '../form/limits.js';
import type { NormalizeContext } from '../normalize/NormalizeContext.js';
import { type CompiledCheck, compileCheck } from '../schemas/compileCheck.js';
import {
  decodeEventBytes,
  decodeEventInput,
  type EventInput,
  type WireTree,
} from './decodeEventInput.js';
import type { ParseOptions, SafeParseResult } from './ParseOptions.js';
import { bodyFormatOf, readRequestBody } from './readRequestBody.js';
import { type IdKeyedMap, recoverIdKeyedMaps } from './recoverIdKeyedMaps.js';
import { schemaFieldNames } from './schemaFieldNames.js';
import { toEventIssues } from './toEventIssues.js';

/**
 * Everything needed to parse one kind of event.
 * @internal
 */
export interface EventDefinition<Raw, Event> {
  /** The event code (`ONIMCOMMANDADD`). */
  readonly event: string;
  /** The wire schema. */
  readonly rawSchema: v.GenericSchema<unknown, Raw>;
  /** The normalizer of the wire schema's output. */
  readonly normalize: (raw: Raw, context: NormalizeContext) => Event;
  /** The id-keyed maps whose keys qs may lose. */
  readonly idKeyedMaps: readonly IdKeyedMap[];
}

const fieldNameCache = new WeakMap<object, ReadonlySet<string>>();

/** The field names of a definition's wire schema, collected once. */
function fieldNamesOf<Raw, Event>(definition: EventDefinition<Raw, Event>): ReadonlySet<string> {
  let names = fieldNameCache.get(definition);
  if (names === undefined) {
    names = schemaFieldNames(definition.rawSchema);
    fieldNameCache.set(definition, names);
  }
  return names;
}

/** What an event code looks like; only such a code is repeated in a message. */
const EVENT_CODE = /^ON[A-Z0-9_]{1,62}$/;

/**
 * Validates and normalizes a wire tree as the given event.
 *
 * @param definition The event's definition.
 * @param wire The decoded input.
 * @param strict Whether unknown codes are issues.
 * @returns The event.
 * @throws {EventParseError} `invalid_payload`.
 * @internal
 */
export function parseWireTree<Raw, Event>(
  definition: EventDefinition<Raw, Event>,
  wire: WireTree,
  strict: boolean,
): Event {
  const recoveryIssues = recoverIdKeyedMaps(wire.tree, wire.lists, definition.idKeyedMaps);
  if (recoveryIssues.length === 0 && checkOf(definition)(wire.tree)) {
    // The compiled check equals valibot's verdict; valibot's output would be a copy of the tree.
    return normalizeChecked(definition, wire.tree as Raw, strict);
  }
  const result = v.safeParse(definition.rawSchema, wire.tree);
  if (!result.success) {
    const issues = toEventIssues(result.issues, fieldNamesOf(definition));
    throw new EventParseError('invalid_payload', [...recoveryIssues, ...issues] as [
      EventIssue,
      ...EventIssue[],
    ]);
  }
  const [recoveryIssue, ...moreRecoveryIssues] = recoveryIssues;
  if (recoveryIssue !== undefined) {
    throw new EventParseError('invalid_payload', [recoveryIssue, ...moreRecoveryIssues]);
  }
  return normalizeChecked(definition, result.output, strict);
}

function normalizeChecked<Raw, Event>(
  definition: EventDefinition<Raw, Event>,
  raw: Raw,
  strict: boolean,
): Event {
  const context: NormalizeContext = { strict, issues: [] };
  const event = definition.normalize(raw, context);
  const [first, ...rest] = context.issues;
  if (first !== undefined) throw new EventParseError('invalid_payload', [first, ...rest]);
  return event;
}

const checkCache = new WeakMap<object, CompiledCheck>();

/** The compiled check of a definition's wire schema, compiled once. */
function checkOf<Raw, Event>(definition: EventDefinition<Raw, Event>): CompiledCheck {
  let check = checkCache.get(definition);
  if (check === undefined) {
    check = compileCheck(definition.rawSchema);
    checkCache.set(definition, check);
  }
  return check;
}

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
export function createEventParser<Raw, Event>(definition: EventDefinition<Raw, Event>) {
  const run = (wire: WireTree, strict: boolean): Event => {
    expectEvent(wire, definition.event);
    return parseWireTree(definition, wire, strict);
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
