import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { Bot } from '../../model/Bot.js';
import type { BotEventEnvelope } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelope } from '../../normalize/normalizeEnvelope.js';
import { toId, toText } from '../../normalize/scalars.js';
import {
  ENVELOPE_REQUIRED,
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

/** ONIMBOTDELETE as sent. @category Wire types */
export interface RawImBotDeleteEvent extends RawEventEnvelope<'ONIMBOTDELETE'> {
  /** The event's data: the removed bot. */
  readonly data: {
    /** The removed bot's id. */
    readonly BOT_ID: WireId;
    /** The removed bot's code. */
    readonly BOT_CODE: WireText;
    /** Any other field, kept as sent. */
    readonly [key: string]: unknown;
  };
}

/** ONIMBOTDELETE exactly as sent (API 1.0). @category Schemas */
export const RawImBotDeleteSchema: v.GenericSchema<unknown, RawImBotDeleteEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTDELETE',
    v.looseObject({ BOT_ID: RawIdSchema, BOT_CODE: RawTextSchema }, objectMessage),
  );

/**
 * ONIMBOTDELETE (API 1.0): the bot was removed from the portal.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/events/on-imbot-delete.html
 * @category Events
 */
export interface ImBotDeleteEvent extends BotEventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTDELETE';
  /** The removed bot (no auth: it has none left). Wire: `data[BOT_ID]`, `data[BOT_CODE]`. */
  readonly bot: Bot;
  /** The payload as validated. */
  readonly raw: RawImBotDeleteEvent;
}

/**
 * Normalizes a validated ONIMBOTDELETE payload.
 *
 * @param raw The output of {@link RawImBotDeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotDelete(
  raw: RawImBotDeleteEvent,
  context: NormalizeContext,
): ImBotDeleteEvent {
  return {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    bot: { id: toId(raw.data.BOT_ID), code: toText(raw.data.BOT_CODE) },
    raw,
  };
}

const spec = {
  event: 'ONIMBOTDELETE',
  rawSchema: RawImBotDeleteSchema,
  normalize: normalizeImBotDelete,
  idKeyedMaps: [],
  required: [...ENVELOPE_REQUIRED, 'data[BOT_ID]', 'data[BOT_CODE]'],
} as const;

/** ONIMBOTDELETE's entry in the event table. @internal */
export const imBotDelete = /* @__PURE__ */ defineEvent(spec);

/** ONIMBOTDELETE as one valibot schema: the wire schema, then the normalizer. @category Schemas */
export const ImBotDeleteSchema: v.GenericSchema<unknown, ImBotDeleteEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotDelete);

/**
 * Parses ONIMBOTDELETE (API 1.0): the bot was removed. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotDelete(await request.text(), { applicationToken });
 * event.bot.id;   // 512
 * event.bot.code; // 'helper_bot'
 * ```
 * @category Events
 */
export function parseImBotDelete(input: EventInput, options?: ParseOptions): ImBotDeleteEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotDelete(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.bot.id; // 512
 * ```
 * @category Events
 */
export function safeParseImBotDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotDeleteEvent> {
  return parser.safeParse(input, options);
}
