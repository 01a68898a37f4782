import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { BotEventEnvelope } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelope } from '../../normalize/normalizeEnvelope.js';
import { toFlag, toId, toText } from '../../normalize/scalars.js';
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
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from '../../wire/wire.js';

/** ONAPPINSTALL as sent. @category Wire types */
export interface RawAppInstallEvent extends RawEventEnvelope<'ONAPPINSTALL'> {
  /** The installed app; absent when the portal sent none of its fields. */
  readonly data?:
    | {
        /** The app version installed. */
        readonly VERSION?: WireId | undefined;
        /** Whether the app is active on the portal (`Y`/`N`). */
        readonly ACTIVE?: WireFlag | undefined;
        /** Whether the installation is finished (`N` until the app calls `installFinish`). */
        readonly INSTALLED?: WireFlag | undefined;
        /** The portal's language. */
        readonly LANGUAGE_ID?: WireText | undefined;
        /** Any other field, kept as sent. */
        readonly [key: string]: unknown;
      }
    | undefined;
}

/** ONAPPINSTALL exactly as sent. @category Schemas */
export const RawAppInstallSchema: v.GenericSchema<unknown, RawAppInstallEvent> =
  /* @__PURE__ */ eventSchema(
    'ONAPPINSTALL',
    v.optional(
      v.looseObject(
        {
          VERSION: v.optional(RawIdSchema),
          ACTIVE: v.optional(RawYesNoSchema),
          INSTALLED: v.optional(RawYesNoSchema),
          LANGUAGE_ID: v.optional(RawTextSchema),
        },
        objectMessage,
      ),
    ),
  );

/**
 * ONAPPINSTALL: the app (and so its bots) was installed on a portal. The first event that brings
 * the portal's `auth.applicationToken`: store it per `auth.memberId` and verify every later event
 * against it (see the install-flow guide, docs/install-flow.md).
 *
 * @see https://apidocs.bitrix24.com/api-reference/common/events/on-app-install.html
 * @category Events
 */
export interface AppInstallEvent extends BotEventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONAPPINSTALL';
  /** The app version installed, when sent. Wire: `data[VERSION]`. */
  readonly version?: number;
  /** Whether the app is active on the portal, when sent. Wire: `data[ACTIVE]`. */
  readonly isActive?: boolean;
  /**
   * Whether the installation is finished, when sent: `false` while an app with an install page
   * has not called `installFinish` yet. Wire: `data[INSTALLED]`.
   */
  readonly isInstalled?: boolean;
  /** The portal's language (`'ru'`), when sent. Wire: `data[LANGUAGE_ID]`. */
  readonly language?: string;
  /** The payload as validated. */
  readonly raw: RawAppInstallEvent;
}

/**
 * Normalizes a validated ONAPPINSTALL payload.
 *
 * @param raw The output of {@link RawAppInstallSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeAppInstall(
  raw: RawAppInstallEvent,
  context: NormalizeContext,
): AppInstallEvent {
  const event: Writable<AppInstallEvent> = {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    raw,
  };
  const data = raw.data;
  if (data?.VERSION !== undefined) event.version = toId(data.VERSION);
  if (data?.ACTIVE !== undefined) event.isActive = toFlag(data.ACTIVE);
  if (data?.INSTALLED !== undefined) event.isInstalled = toFlag(data.INSTALLED);
  if (data?.LANGUAGE_ID !== undefined) event.language = toText(data.LANGUAGE_ID);
  return event;
}

const spec = {
  event: 'ONAPPINSTALL',
  rawSchema: RawAppInstallSchema,
  normalize: normalizeAppInstall,
  idKeyedMaps: [],
  required: APP_ENVELOPE_REQUIRED,
} as const;

/** ONAPPINSTALL's entry in the event table. @internal */
export const appInstall = /* @__PURE__ */ defineEvent(spec);

/** ONAPPINSTALL as one valibot schema: the wire schema, then the normalizer. @category Schemas */
export const AppInstallSchema: v.GenericSchema<unknown, AppInstallEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(appInstall);

/**
 * Parses ONAPPINSTALL: the app was installed on a portal. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const lookup = (portal: EventPortal) => tokens.get(portal.memberId);
 * // A portal you do not know yet passes the lookup unverified: its token arrives here.
 * const event = parseAppInstall(await request.text(), { applicationToken: lookup });
 * tokens.set(event.auth.memberId, event.auth.applicationToken);
 * event.auth.memberId; // '0123456789abcdef0123456789abcdef'
 * event.auth.domain;   // 'example-corp.bitrix24.com'
 * event.version;       // 1
 * ```
 * @category Events
 */
export function parseAppInstall(input: EventInput, options?: ParseOptions): AppInstallEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseAppInstall}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness and the expected application token.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseAppInstall(await request.text(), { applicationToken: lookup });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * tokens.set(result.output.auth.memberId, result.output.auth.applicationToken);
 * ```
 * @category Events
 */
export function safeParseAppInstall(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<AppInstallEvent> {
  return parser.safeParse(input, options);
}
