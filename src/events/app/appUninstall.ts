import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { BotEventEnvelope } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelope } from '../../normalize/normalizeEnvelope.js';
import { toFlag, toText } from '../../normalize/scalars.js';
import type { Writable } from '../../normalize/Writable.js';
import {
  APP_ENVELOPE_REQUIRED,
  eventSchema,
  type RawEventEnvelope,
} from '../../wire/rawEnvelopeEntries.js';
import {
  objectMessage,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireText,
} from '../../wire/wire.js';

/** ONAPPUNINSTALL as sent. @category Wire types */
export interface RawAppUninstallEvent extends RawEventEnvelope<'ONAPPUNINSTALL'> {
  /** The uninstall; absent when the portal sent none of its fields. */
  readonly data?:
    | {
        /** The portal's language. */
        readonly LANGUAGE_ID?: WireText | undefined;
        /** Whether the administrator chose to delete the app's data (`1`/`0`). */
        readonly CLEAN?: WireFlag | undefined;
        /** Any other field, kept as sent. */
        readonly [key: string]: unknown;
      }
    | undefined;
}

/** ONAPPUNINSTALL exactly as sent. @category Schemas */
export const RawAppUninstallSchema: v.GenericSchema<unknown, RawAppUninstallEvent> =
  /* @__PURE__ */ eventSchema(
    'ONAPPUNINSTALL',
    v.optional(
      v.looseObject(
        { LANGUAGE_ID: v.optional(RawTextSchema), CLEAN: v.optional(RawYesNoSchema) },
        objectMessage,
      ),
    ),
  );

/**
 * ONAPPUNINSTALL: the app was removed from a portal; the last event from it. Verify it against
 * the stored token, then forget the portal (its token, and its data when `clean` is true).
 *
 * @see https://apidocs.bitrix24.com/api-reference/common/events/on-app-uninstall.html
 * @category Events
 */
export interface AppUninstallEvent extends BotEventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONAPPUNINSTALL';
  /** The portal's language (`'ru'`), when sent. Wire: `data[LANGUAGE_ID]`. */
  readonly language?: string;
  /**
   * Whether the administrator chose to delete the app's data with it, when sent. Wire:
   * `data[CLEAN]` (`1`/`0`).
   */
  readonly clean?: boolean;
  /** The payload as validated. */
  readonly raw: RawAppUninstallEvent;
}

/**
 * Normalizes a validated ONAPPUNINSTALL payload.
 *
 * @param raw The output of {@link RawAppUninstallSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeAppUninstall(
  raw: RawAppUninstallEvent,
  context: NormalizeContext,
): AppUninstallEvent {
  const event: Writable<AppUninstallEvent> = {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    raw,
  };
  const data = raw.data;
  if (data?.LANGUAGE_ID !== undefined) event.language = toText(data.LANGUAGE_ID);
  if (data?.CLEAN !== undefined) event.clean = toFlag(data.CLEAN);
  return event;
}

const spec = {
  event: 'ONAPPUNINSTALL',
  rawSchema: RawAppUninstallSchema,
  normalize: normalizeAppUninstall,
  idKeyedMaps: [],
  required: APP_ENVELOPE_REQUIRED,
} as const;

/** ONAPPUNINSTALL's entry in the event table. @internal */
export const appUninstall = /* @__PURE__ */ defineEvent(spec);

/** ONAPPUNINSTALL as one valibot schema: the wire schema, then the normalizer. @category Schemas */
export const AppUninstallSchema: v.GenericSchema<unknown, AppUninstallEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(appUninstall);

/**
 * Parses ONAPPUNINSTALL: the app was removed from a portal. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseAppUninstall(await request.text(), { applicationToken: lookup });
 * tokens.delete(event.auth.memberId);
 * event.clean; // false: true when the administrator chose to delete the app's data
 * ```
 * @category Events
 */
export function parseAppUninstall(input: EventInput, options?: ParseOptions): AppUninstallEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseAppUninstall}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseAppUninstall(await request.text(), { applicationToken: lookup });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * tokens.delete(result.output.auth.memberId);
 * ```
 * @category Events
 */
export function safeParseAppUninstall(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<AppUninstallEvent> {
  return parser.safeParse(input, options);
}
