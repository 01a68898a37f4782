import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { EventEnvelopeWithOptionalToken } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelopeWithOptionalToken } from '../../normalize/normalizeEnvelope.js';
import { normalizeTextRecord } from '../../normalize/normalizeTextRecord.js';
import { toText } from '../../normalize/scalars.js';
import type { Writable } from '../../normalize/Writable.js';
import {
  APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED,
  eventSchemaWithOptionalToken,
  type RawEventEnvelopeWithOptionalToken,
} from '../../wire/rawEnvelopeEntries.js';
import { objectMessage, RawTextSchema, type WireText } from '../../wire/wire.js';

/** ONAPPTEST as sent. @category Wire types */
export interface RawAppTestEvent extends RawEventEnvelopeWithOptionalToken<'ONAPPTEST'> {
  /** The test; absent when the portal sent none of its fields. */
  readonly data?:
    | {
        /** The parameters `event.test` was called with; missing when there were none. */
        readonly QUERY?: Readonly<Record<string, unknown>> | undefined;
        /** The portal's language. */
        readonly LANGUAGE_ID?: WireText | undefined;
        /** Any other field, kept as sent. */
        readonly [key: string]: unknown;
      }
    | undefined;
}

/**
 * ONAPPTEST exactly as sent; `QUERY` is kept whatever its keys. Its `auth` may come without
 * `application_token` (the documentation shows none of its keys).
 *
 * @category Schemas
 */
export const RawAppTestSchema: v.GenericSchema<unknown, RawAppTestEvent> =
  /* @__PURE__ */ eventSchemaWithOptionalToken(
    'ONAPPTEST',
    v.optional(
      v.looseObject(
        {
          QUERY: v.optional(v.looseObject({}, objectMessage)),
          LANGUAGE_ID: v.optional(RawTextSchema),
        },
        objectMessage,
      ),
    ),
  );

/**
 * ONAPPTEST: the test event an app asks for with `event.test` (after binding a handler with
 * `event.bind`), to check that its handler is reached. A body without `auth[application_token]`
 * parses when no token is asked for and fails `token_mismatch` when one is.
 *
 * @see https://apidocs.bitrix24.com/api-reference/events/test-handler.html
 * @category Events
 */
export interface AppTestEvent extends EventEnvelopeWithOptionalToken {
  /** The event code. Wire: `event`. */
  readonly event: 'ONAPPTEST';
  /**
   * The parameters `event.test` was called with, each value as its text (a webhook sends every
   * scalar as a string); `{}` when none. Nested values are left out here and stay in `raw`. Wire:
   * `data[QUERY]`.
   */
  readonly query: Readonly<Record<string, string>>;
  /** The portal's language (`'en'`), when sent. Wire: `data[LANGUAGE_ID]`. */
  readonly language?: string;
  /** The payload as validated. */
  readonly raw: RawAppTestEvent;
}

/**
 * Normalizes a validated ONAPPTEST payload.
 *
 * @param raw The output of {@link RawAppTestSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeAppTest(raw: RawAppTestEvent, context: NormalizeContext): AppTestEvent {
  const data = raw.data;
  const event: Writable<AppTestEvent> = {
    event: raw.event,
    ...normalizeEnvelopeWithOptionalToken(raw, context),
    query: normalizeTextRecord(data?.QUERY),
    raw,
  };
  if (data?.LANGUAGE_ID !== undefined) event.language = toText(data.LANGUAGE_ID);
  return event;
}

const spec = {
  event: 'ONAPPTEST',
  rawSchema: RawAppTestSchema,
  normalize: normalizeAppTest,
  idKeyedMaps: [],
  required: APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED,
} as const;

/** ONAPPTEST's entry in the event table. @internal */
export const appTest = /* @__PURE__ */ defineEvent(spec);

/** ONAPPTEST as one valibot schema: the wire schema, then the normalizer. @category Schemas */
export const AppTestSchema: v.GenericSchema<unknown, AppTestEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(appTest);

/**
 * Parses ONAPPTEST: the test event of `event.test`. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does. A body without `auth[application_token]` parses, unless the
 * `applicationToken` option is given: then it fails with `token_mismatch`.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseAppTest(await request.text());
 * event.query; // { check: 'handler', attempt: '1' }
 * ```
 * @category Events
 */
export function parseAppTest(input: EventInput, options?: ParseOptions): AppTestEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseAppTest}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseAppTest(await request.text());
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.query; // { check: 'handler', attempt: '1' }
 * ```
 * @category Events
 */
export function safeParseAppTest(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<AppTestEvent> {
  return parser.safeParse(input, options);
}
