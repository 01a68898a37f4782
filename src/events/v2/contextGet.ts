import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeTextRecord } from '../../normalize/normalizeTextRecord.js';
import { chatEventBase, theBot } from '../../normalize/normalizeV2.js';
import { toText } from '../../normalize/scalars.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  eventDataEntries,
  type RawImBotV2EventData,
  V2_CHAT_EVENT_REQUIRED,
} from '../../wire/v2Entities.js';
import { objectMessage, RawTextSchema, type WireText } from '../../wire/wire.js';
/** ONIMBOTV2CONTEXTGET as sent. @category Wire types */
export interface RawImBotV2ContextGetEvent extends RawImBotV2Envelope<'ONIMBOTV2CONTEXTGET'> {
  /** The event's data; `user` is who opened the dialog. */
  readonly data: RawImBotV2EventData & {
    /** The dialog that was opened. */
    readonly dialogId: WireText;
    /** The data the opening party passed; missing when empty. */
    readonly context?: Readonly<Record<string, unknown>> | undefined;
  };
}

/**
 * ONIMBOTV2CONTEXTGET exactly as sent (API 2.0); `context` is kept whatever its keys.
 *
 * @category Schemas
 */
export const RawImBotV2ContextGetSchema: v.GenericSchema<unknown, RawImBotV2ContextGetEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTV2CONTEXTGET',
    v.looseObject(
      {
        ...eventDataEntries,
        dialogId: RawTextSchema,
        context: v.optional(v.looseObject({}, objectMessage)),
      },
      objectMessage,
    ),
  );

/**
 * ONIMBOTV2CONTEXTGET (API 2.0): a user opened a dialog with the bot and passed context data
 * (a link with `botContextData`).
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2ContextGetEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2CONTEXTGET';
  /** The dialog that was opened. Wire: `data[dialogId]`. */
  readonly dialogId: string;
  /**
   * The data the opening party passed, each value as its text (a webhook sends every scalar as
   * a string; `true`/`false` as `'1'`/`'0'`); `{}` when none. Nested values are left out here
   * and stay in `raw`. Wire: `data[context]`.
   */
  readonly context: Readonly<Record<string, string>>;
  /** The payload as validated. */
  readonly raw: RawImBotV2ContextGetEvent;
}

/**
 * Normalizes the context data of ONIMBOTV2CONTEXTGET: each scalar value as its text (booleans as
 * `'1'`/`'0'`, as a webhook sends them); nested values are left out (they stay in `raw`).
 *
 * @param raw The validated `data[context]`, or `undefined` when absent.
 * @returns The context; `{}` when absent.
 */
export function normalizeImBotV2Context(
  raw: Readonly<Record<string, unknown>> | undefined,
): Readonly<Record<string, string>> {
  return normalizeTextRecord(raw);
}

/**
 * Normalizes a validated ONIMBOTV2CONTEXTGET payload.
 *
 * @param raw The output of {@link RawImBotV2ContextGetSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2ContextGet(
  raw: RawImBotV2ContextGetEvent,
  context: NormalizeContext,
): ImBotV2ContextGetEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    dialogId: toText(raw.data.dialogId),
    context: normalizeImBotV2Context(raw.data.context),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2CONTEXTGET',
  rawSchema: RawImBotV2ContextGetSchema,
  normalize: normalizeImBotV2ContextGet,
  idKeyedMaps: [],
  required: [...V2_CHAT_EVENT_REQUIRED, 'data[dialogId]'],
} as const;

/** ONIMBOTV2CONTEXTGET's entry in the event table. @internal */
export const imBotV2ContextGet = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2CONTEXTGET as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2ContextGetSchema: v.GenericSchema<unknown, ImBotV2ContextGetEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2ContextGet);

/**
 * Parses ONIMBOTV2CONTEXTGET (API 2.0): a user opened a dialog with the bot, passing context data. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotV2ContextGet(await request.text(), { applicationToken });
 * event.dialogId; // 'chat1200'
 * event.context;  // { source: 'release-page', page: 'https://example.com/releases/2.0?tab=notes' }
 * ```
 * @category Events
 */
export function parseImBotV2ContextGet(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2ContextGetEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2ContextGet}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2ContextGet(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function safeParseImBotV2ContextGet(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2ContextGetEvent> {
  return parser.safeParse(input, options);
}
