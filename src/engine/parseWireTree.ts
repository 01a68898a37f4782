import * as v from 'valibot';
import type { WireTree } from '../decode/decodeEventInput.js';
import { type IdKeyedMap, recoverIdKeyedMaps } from '../decode/recoverIdKeyedMaps.js';
import { type EventIssue, EventParseError } from '../errors/EventParseError.js';
import type { NormalizeContext } from '../normalize/NormalizeContext.js';
import { type CompiledCheck, compileCheck } from '../wire/compileCheck.js';
import { schemaFieldNames } from '../wire/schemaFieldNames.js';
import { toEventIssues } from './toEventIssues.js';

/**
 * What validating and normalizing a tree needs: the wire schema, its normalizer, and the id-keyed
 * maps whose keys qs may lose.
 * @internal
 */
export interface WireSpec<Raw, Event> {
  /** The wire schema. */
  readonly rawSchema: v.GenericSchema<unknown, Raw>;
  /** The normalizer of the wire schema's output. */
  readonly normalize: (raw: Raw, context: NormalizeContext) => Event;
  /** The id-keyed maps whose keys qs may lose. */
  readonly idKeyedMaps: readonly IdKeyedMap[];
}

const fieldNameCache = new WeakMap<object, ReadonlySet<string>>();

/** The field names of a definition's wire schema, collected once. */
function fieldNamesOf<Raw, Event>(definition: WireSpec<Raw, Event>): ReadonlySet<string> {
  let names = fieldNameCache.get(definition);
  if (names === undefined) {
    names = schemaFieldNames(definition.rawSchema);
    fieldNameCache.set(definition, names);
  }
  return names;
}

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
  definition: WireSpec<Raw, Event>,
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
  definition: WireSpec<Raw, Event>,
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
function checkOf<Raw, Event>(definition: WireSpec<Raw, Event>): CompiledCheck {
  let check = checkCache.get(definition);
  if (check === undefined) {
    check = compileCheck(definition.rawSchema);
    checkCache.set(definition, check);
  }
  return check;
}
