import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { EventEnvelopeWithOptionalToken } from '../../model/EventBases.js';
import { type NormalizeContext, nameCode } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelopeWithOptionalToken } from '../../normalize/normalizeEnvelope.js';
import { toFlag, toId, toText } from '../../normalize/scalars.js';
import type { Writable } from '../../normalize/Writable.js';
import {
  APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED,
  eventSchemaWithOptionalToken,
  type RawEventEnvelopeWithOptionalToken,
} from '../../wire/rawEnvelopeEntries.js';
import {
  objectMessage,
  RawIdSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from '../../wire/wire.js';

/** ONAPPPAYMENT as sent. @category Wire types */
export interface RawAppPaymentEvent extends RawEventEnvelopeWithOptionalToken<'ONAPPPAYMENT'> {
  /** The payment; absent when the portal sent none of its fields. */
  readonly data?:
    | {
        /** The application's code (`bitrix.gds_company`). */
        readonly CODE?: WireText | undefined;
        /** The app version installed. */
        readonly VERSION?: WireId | undefined;
        /** The application's status letter (`F D T P`, also `L` and `S`). */
        readonly STATUS?: WireText | undefined;
        /** Whether the paid or trial period is over (`Y`/`N`). */
        readonly PAYMENT_EXPIRED?: WireFlag | undefined;
        /** Days left until the period ends; absent when it has no end. */
        readonly DAYS?: WireId | undefined;
        /** The portal's language. */
        readonly LANGUAGE_ID?: WireText | undefined;
        /** Any other field, kept as sent. */
        readonly [key: string]: unknown;
      }
    | undefined;
}

/**
 * ONAPPPAYMENT exactly as sent. Its `auth` may come without `application_token` (the
 * documentation's example has none).
 *
 * @category Schemas
 */
export const RawAppPaymentSchema: v.GenericSchema<unknown, RawAppPaymentEvent> =
  /* @__PURE__ */ eventSchemaWithOptionalToken(
    'ONAPPPAYMENT',
    v.optional(
      v.looseObject(
        {
          CODE: v.optional(RawTextSchema),
          VERSION: v.optional(RawIdSchema),
          STATUS: v.optional(RawTextSchema),
          PAYMENT_EXPIRED: v.optional(RawYesNoSchema),
          DAYS: v.optional(RawIdSchema),
          LANGUAGE_ID: v.optional(RawTextSchema),
        },
        objectMessage,
      ),
    ),
  );

/**
 * The application's paid status in ONAPPPAYMENT, from the wire letter: `L` local, `F` free, `D`
 * demo, `T` trial, `P` paid, `S` subscription (Market+, in the documentation until 2026-08 and
 * still in its example); `unknown` for any other letter.
 *
 * @category Events
 */
export type AppPaymentStatus =
  | 'local'
  | 'free'
  | 'demo'
  | 'trial'
  | 'paid'
  | 'subscription'
  | 'unknown';

const PAYMENT_STATUS_NAMES: Readonly<Record<string, Exclude<AppPaymentStatus, 'unknown'>>> = {
  L: 'local',
  F: 'free',
  D: 'demo',
  T: 'trial',
  P: 'paid',
  S: 'subscription',
};

/**
 * ONAPPPAYMENT: the app was paid for on a portal, or its paid period was extended. The portal
 * learns of a payment lazily (when a user opens the app), so the event may come well after it.
 * Its `auth` may lack the application token: such a body parses when no token is asked for and
 * fails `token_mismatch` when one is.
 *
 * @see https://apidocs.bitrix24.com/api-reference/common/events/on-app-payment.html
 * @category Events
 */
export interface AppPaymentEvent extends EventEnvelopeWithOptionalToken {
  /** The event code. Wire: `event`. */
  readonly event: 'ONAPPPAYMENT';
  /** The application's code (`'bitrix.gds_company'`), when sent. Wire: `data[CODE]`. */
  readonly appCode?: string;
  /** The app version installed, when sent. Wire: `data[VERSION]`. */
  readonly version?: number;
  /**
   * The application's paid status, when sent. Wire: `data[STATUS]` (`L F D T P S`; an unknown
   * letter is `'unknown'`, an issue under `strict`).
   */
  readonly status?: AppPaymentStatus;
  /**
   * Whether the paid or trial period is over, when sent (the portal sends no event once it is, so
   * expect `false`). Wire: `data[PAYMENT_EXPIRED]` (Y/N).
   */
  readonly isPaymentExpired?: boolean;
  /** Days left in the paid period; absent when the period has no end. Wire: `data[DAYS]`. */
  readonly daysLeft?: number;
  /** The portal's language (`'de'`), when sent. Wire: `data[LANGUAGE_ID]`. */
  readonly language?: string;
  /** The payload as validated. */
  readonly raw: RawAppPaymentEvent;
}

/**
 * Normalizes a validated ONAPPPAYMENT payload.
 *
 * @param raw The output of {@link RawAppPaymentSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeAppPayment(
  raw: RawAppPaymentEvent,
  context: NormalizeContext,
): AppPaymentEvent {
  const event: Writable<AppPaymentEvent> = {
    event: raw.event,
    ...normalizeEnvelopeWithOptionalToken(raw, context),
    raw,
  };
  const data = raw.data;
  if (data?.CODE !== undefined) event.appCode = toText(data.CODE);
  if (data?.VERSION !== undefined) event.version = toId(data.VERSION);
  if (data?.STATUS !== undefined) {
    event.status = nameCode(
      PAYMENT_STATUS_NAMES,
      toText(data.STATUS),
      context,
      'data[STATUS]',
      'an application status letter',
    );
  }
  if (data?.PAYMENT_EXPIRED !== undefined) {
    event.isPaymentExpired = toFlag(data.PAYMENT_EXPIRED);
  }
  if (data?.DAYS !== undefined) event.daysLeft = toId(data.DAYS);
  if (data?.LANGUAGE_ID !== undefined) event.language = toText(data.LANGUAGE_ID);
  return event;
}

const spec = {
  event: 'ONAPPPAYMENT',
  rawSchema: RawAppPaymentSchema,
  normalize: normalizeAppPayment,
  idKeyedMaps: [],
  required: APP_ENVELOPE_WITH_OPTIONAL_TOKEN_REQUIRED,
} as const;

/** ONAPPPAYMENT's entry in the event table. @internal */
export const appPayment = /* @__PURE__ */ defineEvent(spec);

/** ONAPPPAYMENT as one valibot schema: the wire schema, then the normalizer. @category Schemas */
export const AppPaymentSchema: v.GenericSchema<unknown, AppPaymentEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(appPayment);

/**
 * Parses ONAPPPAYMENT: the app was paid for. Takes every {@link EventInput}, as
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
 * // A payment may come without a token: without one, confirm it with app.info first.
 * const event = parseAppPayment(await request.text());
 * event.status;   // 'paid'
 * event.daysLeft; // 30
 * ```
 * @category Events
 */
export function parseAppPayment(input: EventInput, options?: ParseOptions): AppPaymentEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseAppPayment}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseAppPayment(await request.text());
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.status; // 'paid'
 * ```
 * @category Events
 */
export function safeParseAppPayment(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<AppPaymentEvent> {
  return parser.safeParse(input, options);
}
