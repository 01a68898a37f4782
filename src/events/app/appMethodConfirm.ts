import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { EventEnvelopeWithOptionalToken } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelopeWithOptionalToken } from '../../normalize/normalizeEnvelope.js';
import { toFlag, toText } from '../../normalize/scalars.js';
import type { Writable } from '../../normalize/Writable.js';
import {
  APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED,
  eventSchemaWithOptionalToken,
  type RawEventEnvelopeWithOptionalToken,
} from '../../wire/rawEnvelopeEntries.js';
import { under } from '../../wire/requiredPaths.js';
import {
  objectMessage,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireText,
} from '../../wire/wire.js';

/** ONAPPMETHODCONFIRM as sent. @category Wire types */
export interface RawAppMethodConfirmEvent
  extends RawEventEnvelopeWithOptionalToken<'ONAPPMETHODCONFIRM'> {
  /** The administrator's decision. */
  readonly data: {
    /** The access token the app called the method with; the decision is bound to it. */
    readonly TOKEN?: WireText | undefined;
    /** The REST method concerned (`voximplant.user.get`). */
    readonly METHOD: WireText;
    /** `1` granted, `0` denied. */
    readonly CONFIRMED: WireFlag;
    /** The portal's language. */
    readonly LANGUAGE_ID?: WireText | undefined;
    /** Any other field, kept as sent. */
    readonly [key: string]: unknown;
  };
}

/**
 * ONAPPMETHODCONFIRM exactly as sent. Its `auth` may come without `application_token`.
 *
 * @category Schemas
 */
export const RawAppMethodConfirmSchema: v.GenericSchema<unknown, RawAppMethodConfirmEvent> =
  /* @__PURE__ */ eventSchemaWithOptionalToken(
    'ONAPPMETHODCONFIRM',
    v.looseObject(
      {
        TOKEN: v.optional(RawTextSchema),
        METHOD: RawTextSchema,
        CONFIRMED: RawYesNoSchema,
        LANGUAGE_ID: v.optional(RawTextSchema),
      },
      objectMessage,
    ),
  );

/**
 * ONAPPMETHODCONFIRM: a portal administrator decided on the app's request to call a REST method
 * that needs confirmation. When granted, repeat the call with `accessToken` before it expires.
 * Sent without a user's authorization: `auth` has the portal's identity only. A body without
 * `auth[application_token]` parses when no token is asked for and fails `token_mismatch` when one
 * is.
 *
 * @see https://apidocs.bitrix24.com/api-reference/common/events/on-app-method-confirm.html
 * @category Events
 */
export interface AppMethodConfirmEvent extends EventEnvelopeWithOptionalToken {
  /** The event code. Wire: `event`. */
  readonly event: 'ONAPPMETHODCONFIRM';
  /** The REST method the decision is about (`'voximplant.user.get'`). Wire: `data[METHOD]`. */
  readonly method: string;
  /** Whether the administrator granted the call. Wire: `data[CONFIRMED]` (`1`/`0`). */
  readonly isConfirmed: boolean;
  /**
   * The access token the app called the method with, when sent: the decision is bound to it, so
   * repeat the call with this token. A secret: `redactEvent` masks it. Wire: `data[TOKEN]`.
   */
  readonly accessToken?: string;
  /** The portal's language (`'de'`), when sent. Wire: `data[LANGUAGE_ID]`. */
  readonly language?: string;
  /** The payload as validated. */
  readonly raw: RawAppMethodConfirmEvent;
}

/**
 * Normalizes a validated ONAPPMETHODCONFIRM payload.
 *
 * @param raw The output of {@link RawAppMethodConfirmSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeAppMethodConfirm(
  raw: RawAppMethodConfirmEvent,
  context: NormalizeContext,
): AppMethodConfirmEvent {
  const { data } = raw;
  const event: Writable<AppMethodConfirmEvent> = {
    event: raw.event,
    ...normalizeEnvelopeWithOptionalToken(raw, context),
    method: toText(data.METHOD),
    isConfirmed: toFlag(data.CONFIRMED),
    raw,
  };
  if (data.TOKEN !== undefined) event.accessToken = toText(data.TOKEN);
  if (data.LANGUAGE_ID !== undefined) event.language = toText(data.LANGUAGE_ID);
  return event;
}

const spec = {
  event: 'ONAPPMETHODCONFIRM',
  rawSchema: RawAppMethodConfirmSchema,
  normalize: normalizeAppMethodConfirm,
  idKeyedMaps: [],
  required: [
    ...APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED,
    'data',
    ...under('data', ['METHOD', 'CONFIRMED']),
  ],
} as const;

/** ONAPPMETHODCONFIRM's entry in the event table. @internal */
export const appMethodConfirm = /* @__PURE__ */ defineEvent(spec);

/**
 * ONAPPMETHODCONFIRM as one valibot schema: the wire schema, then the normalizer.
 *
 * @category Schemas
 */
export const AppMethodConfirmSchema: v.GenericSchema<unknown, AppMethodConfirmEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(appMethodConfirm);

/**
 * Parses ONAPPMETHODCONFIRM: an administrator granted or denied a method call. Takes every
 * {@link EventInput}, as {@link parseImCommandAdd} does. A body without
 * `auth[application_token]` parses, unless the `applicationToken` option is given: then it fails
 * with `token_mismatch`.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseAppMethodConfirm(await request.text(), { applicationToken: lookup });
 * event.method;      // 'im.chat.user.list'
 * event.isConfirmed; // true
 * ```
 * @category Events
 */
export function parseAppMethodConfirm(
  input: EventInput,
  options?: ParseOptions,
): AppMethodConfirmEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseAppMethodConfirm}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseAppMethodConfirm(await request.text(), { applicationToken: lookup });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.isConfirmed; // true
 * ```
 * @category Events
 */
export function safeParseAppMethodConfirm(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<AppMethodConfirmEvent> {
  return parser.safeParse(input, options);
}
