import * as v from 'valibot';
import type { WireTree } from '../decode/decodeEventInput.js';
import { parseWireTree, type WireSpec } from './parseWireTree.js';

/**
 * What one event's file says about it: its code, its wire schema, its normalizer, the id-keyed maps
 * qs may turn into lists, and the wire paths it cannot do without. {@link defineEvent} turns it
 * into the {@link EventDefinition} the table holds.
 * @internal
 */
export interface EventSpec<Code extends string, Raw, Event> extends WireSpec<Raw, Event> {
  /** The event code (`ONIMCOMMANDADD`). */
  readonly event: Code;
  /**
   * The wire paths the event always needs (`data[PARAMS][MESSAGE]`; `*` for any id key of an
   * id-keyed map). Paths a condition makes required (a private chat's `TO_USER_ID`) are not
   * listed; the schema's checks say them.
   */
  readonly required: readonly string[];
}

/**
 * One entry of the event table: everything needed to parse one kind of event. The wire type shows
 * only in covariant places, so that the entries of different events fit one list, and the type
 * mentions no valibot type, so that the event maps derived from the table need no valibot.
 * @internal
 */
export interface EventDefinition<Code extends string, Raw, Event> {
  /** The event code. */
  readonly event: Code;
  /** Never set: carries the wire type, for {@link RawOf}. */
  readonly '~raw'?: Raw;
  /** The wire paths the event always needs; see {@link EventSpec.required}. */
  readonly required: readonly string[];
  /**
   * Validates and normalizes a decoded body as this event (its code is not checked here).
   *
   * @throws {EventParseError} `invalid_payload`.
   */
  readonly parseTree: (wire: WireTree, strict: boolean) => Event;
  /**
   * The event's {@link WireSpec} (schema, normalizer, maps), for the polled batches, which make
   * their own schema from it. Opaque here, so that the table's type needs no valibot.
   */
  readonly spec: object;
}

/** The normalized event type of a definition. @internal */
export type EventOf<D> = D extends EventDefinition<string, unknown, infer Event> ? Event : never;

/** The wire type of a definition. @internal */
export type RawOf<D> = D extends EventDefinition<string, infer Raw, unknown> ? Raw : never;

/**
 * Makes an event's table entry from its spec.
 *
 * @param spec The event's code, schema, normalizer, maps and required paths.
 * @returns The definition.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineEvent<Code extends string, Raw, Event>(
  spec: EventSpec<Code, Raw, Event>,
): EventDefinition<Code, Raw, Event> {
  return {
    event: spec.event,
    required: spec.required,
    parseTree: (wire, strict) => parseWireTree(spec, wire, strict),
    spec,
  };
}

/**
 * An event as one valibot schema: its wire schema, then its normalizer (lenient: unknown codes
 * become `'unknown'`). It takes the payload as an object, not a body.
 *
 * @param spec The event's spec.
 * @returns The schema.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function pipelineSchema<Code extends string, Raw, Event>(
  spec: EventSpec<Code, Raw, Event>,
): v.GenericSchema<unknown, Event> {
  return v.pipe(
    spec.rawSchema,
    v.transform((raw) => spec.normalize(raw, { strict: false, issues: [] })),
  );
}
