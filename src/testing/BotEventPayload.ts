import type { KnownBotEventCode, RawBotEventMap } from '../events/table.js';
import type { WirePayload, WirePayloadOverrides } from './createImCommandAddPayload.js';

// Types only: the shapes of the test payloads and of their overrides, derived from the wire
// types of the event table, so that they follow every change of a wire type.

/** The leaf of a form-decoded payload: the string members of the wire leaf, else any string. */
type FormLeaf<T> = [Extract<T, string>] extends [never] ? string : Extract<T, string>;

/**
 * A wire type as a form body carries it: every scalar a string (a flag `'Y'`/`'N'`/`'1'`/`'0'`,
 * the event code its literal), every map a map of the same keys, `null` gone; what `parse_str`
 * makes of the body Bitrix24 posts. A field of unknown type (an index signature's `unknown`) is
 * a string or a map.
 */
export type FormShape<T> = unknown extends T
  ? string | WirePayload
  :
      | ([Exclude<T, object | null | undefined>] extends [never]
          ? never
          : FormLeaf<Exclude<T, object | null | undefined>>)
      | FormMap<Extract<T, object>>;

/** The map part of {@link FormShape}: the same keys and optionality, mutable. */
type FormMap<O> = [O] extends [never] ? never : { -readonly [P in keyof O]: FormShape<O[P]> };

/**
 * An override of one wire value, for {@link BotEventPayloadOverrides}: a leaf may be any value
 * its wire type allows (a string or a number for an id, `'Y'`/`'N'` or a boolean for a flag);
 * a map must be a map (of overrides, merged into the default); `undefined` removes the key. A
 * field of unknown type takes any form value.
 */
export type WireOverride<T> = unknown extends T
  ? WirePayloadOverrides[string]
  : Exclude<T, object | null | undefined> | OverrideMap<Extract<T, object>> | undefined;

/** The map part of {@link WireOverride}: every key optional. */
type OverrideMap<O> = [O] extends [never]
  ? never
  : { -readonly [P in keyof O]?: WireOverride<O[P]> };

/**
 * The test payload of an event, as Bitrix24 posts it and as `parse_str` decodes its form body:
 * the wire type of that code (`RawBotEventMap[K]`) with every scalar a string.
 * `BotEventPayload<'ONIMBOTV2MESSAGEADD'>['data']['message']['text']` is `string`.
 *
 * @typeParam K The event code.
 * @category Testing
 */
export type BotEventPayload<K extends KnownBotEventCode> = FormMap<RawBotEventMap[K]>;

/**
 * Overrides of a test payload (see `createBotEventPayload`), checked against the wire type of
 * that code: a deep partial of `RawBotEventMap[K]`. Nested maps merge into the default, a leaf
 * replaces the default's (numbers and booleans written as PHP writes them: `true` is `'1'`), and
 * `undefined` removes the key, as `http_build_query` drops `null`.
 *
 * What the compiler checks: every known key's value (a leaf must be of its wire type, a known
 * map must be a map, `event` must be the code). The wire types are open (Bitrix24 adds fields,
 * and the parsers keep them), so a key the type does not name is accepted, with any form value
 * (a string, number, boolean or map); a misspelled key therefore compiles, and adds a field.
 *
 * @typeParam K The event code.
 *
 * @example
 * ```ts
 * const overrides: BotEventPayloadOverrides<'ONIMBOTMESSAGEADD'> = {
 *   data: { PARAMS: { MESSAGE: 'help' }, USER: undefined },
 * };
 * ```
 * @category Testing
 */
export type BotEventPayloadOverrides<K extends KnownBotEventCode> = OverrideMap<RawBotEventMap[K]>;

/** Options of `createBotEventBody`. @category Testing */
export interface CreateBotEventBodyOptions {
  /**
   * The body's format: the form body Bitrix24 posts (`application/x-www-form-urlencoded`,
   * byte-identical to PHP's `http_build_query`), or the payload as JSON (`application/json`, as
   * a JSON-speaking proxy or a test would send it; every scalar still a string).
   *
   * @default 'form'
   */
  readonly format?: 'form' | 'json' | undefined;
}
