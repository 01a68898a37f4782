import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { BotEventEnvelope } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelope } from '../../normalize/normalizeEnvelope.js';
import { toId, toText } from '../../normalize/scalars.js';
import type { Writable } from '../../normalize/Writable.js';
import {
  APP_ENVELOPE_REQUIRED,
  eventSchema,
  type RawEventEnvelope,
} from '../../wire/rawEnvelopeEntries.js';
import {
  objectMessage,
  RawIdSchema,
  RawTextSchema,
  type WireId,
  type WireText,
} from '../../wire/wire.js';

/** ONAPPUPDATE as sent. @category Wire types */
export interface RawAppUpdateEvent extends RawEventEnvelope<'ONAPPUPDATE'> {
  /** The update; absent when the portal sent none of its fields. */
  readonly data?:
    | {
        /** The app version now installed. */
        readonly VERSION?: WireId | undefined;
        /** The app version installed before. */
        readonly PREVIOUS_VERSION?: WireId | undefined;
        /** The portal's language. */
        readonly LANGUAGE_ID?: WireText | undefined;
        /** Any other field, kept as sent. */
        readonly [key: string]: unknown;
      }
    | undefined;
}

/** ONAPPUPDATE exactly as sent. @category Schemas */
export const RawAppUpdateSchema: v.GenericSchema<unknown, RawAppUpdateEvent> =
  /* @__PURE__ */ eventSchema(
    'ONAPPUPDATE',
    v.optional(
      v.looseObject(
        {
          VERSION: v.optional(RawIdSchema),
          PREVIOUS_VERSION: v.optional(RawIdSchema),
          LANGUAGE_ID: v.optional(RawTextSchema),
        },
        objectMessage,
      ),
    ),
  );

/**
 * ONAPPUPDATE: the app was updated to a new version on a portal. Verify it against the token
 * stored at ONAPPINSTALL.
 *
 * @see https://apidocs.bitrix24.com/api-reference/common/events/on-app-update.html
 * @category Events
 */
export interface AppUpdateEvent extends BotEventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONAPPUPDATE';
  /** The app version now installed, when sent. Wire: `data[VERSION]`. */
  readonly version?: number;
  /** The app version installed before, when sent. Wire: `data[PREVIOUS_VERSION]`. */
  readonly previousVersion?: number;
  /** The portal's language (`'ru'`), when sent. Wire: `data[LANGUAGE_ID]`. */
  readonly language?: string;
  /** The payload as validated. */
  readonly raw: RawAppUpdateEvent;
}

/**
 * Normalizes a validated ONAPPUPDATE payload.
 *
 * @param raw The output of {@link RawAppUpdateSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeAppUpdate(
  raw: RawAppUpdateEvent,
  context: NormalizeContext,
): AppUpdateEvent {
  const event: Writable<AppUpdateEvent> = {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    raw,
  };
  const data = raw.data;
  if (data?.VERSION !== undefined) event.version = toId(data.VERSION);
  if (data?.PREVIOUS_VERSION !== undefined) event.previousVersion = toId(data.PREVIOUS_VERSION);
  if (data?.LANGUAGE_ID !== undefined) event.language = toText(data.LANGUAGE_ID);
  return event;
}

const spec = {
  event: 'ONAPPUPDATE',
  rawSchema: RawAppUpdateSchema,
  normalize: normalizeAppUpdate,
  idKeyedMaps: [],
  required: APP_ENVELOPE_REQUIRED,
} as const;

/** ONAPPUPDATE's entry in the event table. @internal */
export const appUpdate = /* @__PURE__ */ defineEvent(spec);

/** ONAPPUPDATE as one valibot schema: the wire schema, then the normalizer. @category Schemas */
export const AppUpdateSchema: v.GenericSchema<unknown, AppUpdateEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(appUpdate);

/**
 * Parses ONAPPUPDATE: the app was updated on a portal. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseAppUpdate(await request.text(), { applicationToken: lookup });
 * event.version;         // 2
 * event.previousVersion; // 1
 * ```
 * @category Events
 */
export function parseAppUpdate(input: EventInput, options?: ParseOptions): AppUpdateEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseAppUpdate}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseAppUpdate(await request.text(), { applicationToken: lookup });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.version; // 2
 * ```
 * @category Events
 */
export function safeParseAppUpdate(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<AppUpdateEvent> {
  return parser.safeParse(input, options);
}
