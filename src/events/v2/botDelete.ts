import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { Bot } from '../../model/Bot.js';
import type { ImBotV2EventEnvelope } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeEnvelope } from '../../normalize/normalizeEnvelope.js';
import { normalizeImBotV2Bot } from '../../normalize/normalizeV2.js';
import {
  ENVELOPE_REQUIRED,
  eventSchema,
  type RawImBotV2Envelope,
} from '../../wire/rawEnvelopeEntries.js';
import { under } from '../../wire/requiredPaths.js';
import { type RawImBotV2Bot, RawImBotV2BotSchema, V2_BOT_REQUIRED } from '../../wire/v2Entities.js';
import { objectMessage } from '../../wire/wire.js';
/** ONIMBOTV2DELETE as sent. @category Wire types */
export interface RawImBotV2DeleteEvent extends RawImBotV2Envelope<'ONIMBOTV2DELETE'> {
  /** The event's data: the removed bot. */
  readonly data: {
    /** The removed bot. */
    readonly bot: RawImBotV2Bot;
    /** Any other field, kept as sent. */
    readonly [key: string]: unknown;
  };
}

/** ONIMBOTV2DELETE exactly as sent (API 2.0). @category Schemas */
export const RawImBotV2DeleteSchema: v.GenericSchema<unknown, RawImBotV2DeleteEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTV2DELETE',
    v.looseObject({ bot: RawImBotV2BotSchema }, objectMessage),
  );

/**
 * ONIMBOTV2DELETE (API 2.0): the bot was removed; the last event it receives.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2DeleteEvent extends ImBotV2EventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2DELETE';
  /** The removed bot, with its auth when sent. Wire: `data[bot]`. */
  readonly bot: Bot;
  /** The payload as validated. */
  readonly raw: RawImBotV2DeleteEvent;
}

/**
 * Normalizes a validated ONIMBOTV2DELETE payload.
 *
 * @param raw The output of {@link RawImBotV2DeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2Delete(
  raw: RawImBotV2DeleteEvent,
  context: NormalizeContext,
): ImBotV2DeleteEvent {
  return {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    bot: normalizeImBotV2Bot(raw.data.bot, context, 'data[bot]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2DELETE',
  rawSchema: RawImBotV2DeleteSchema,
  normalize: normalizeImBotV2Delete,
  idKeyedMaps: [],
  required: [...ENVELOPE_REQUIRED, 'data[bot]', ...under('data[bot]', V2_BOT_REQUIRED)],
} as const;

/** ONIMBOTV2DELETE's entry in the event table. @internal */
export const imBotV2Delete = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2DELETE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2DeleteSchema: v.GenericSchema<unknown, ImBotV2DeleteEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2Delete);

/**
 * Parses ONIMBOTV2DELETE (API 2.0): the bot was removed. Takes every {@link EventInput}, as
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
 * const event = parseImBotV2Delete(await request.text(), { applicationToken });
 * event.bot.id;   // 512
 * event.bot.code; // 'helper_bot'
 * ```
 * @category Events
 */
export function parseImBotV2Delete(input: EventInput, options?: ParseOptions): ImBotV2DeleteEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2Delete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2Delete(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.bot.id; // 512
 * ```
 * @category Events
 */
export function safeParseImBotV2Delete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2DeleteEvent> {
  return parser.safeParse(input, options);
}
