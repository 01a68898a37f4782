import type * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2Message } from '../../model/BotMessage.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { chatEventBase, normalizeImBotV2Message, theBot } from '../../normalize/normalizeV2.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  type RawImBotV2MessageData,
  RawMessageDataSchema,
  V2_CHAT_EVENT_REQUIRED,
  V2_MESSAGE_REQUIRED,
} from '../../wire/v2Entities.js';
/** ONIMBOTV2MESSAGEUPDATE as sent. @category Wire types */
export interface RawImBotV2MessageUpdateEvent extends RawImBotV2Envelope<'ONIMBOTV2MESSAGEUPDATE'> {
  /** The event's data; `message` as it is now. */
  readonly data: RawImBotV2MessageData;
}

/** ONIMBOTV2MESSAGEUPDATE exactly as sent (API 2.0). @category Schemas */
export const RawImBotV2MessageUpdateSchema: v.GenericSchema<unknown, RawImBotV2MessageUpdateEvent> =
  /* @__PURE__ */ eventSchema('ONIMBOTV2MESSAGEUPDATE', RawMessageDataSchema);

/**
 * ONIMBOTV2MESSAGEUPDATE (API 2.0): a message in the bot's chat was edited.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2MessageUpdateEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2MESSAGEUPDATE';
  /** The message as it is now. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The payload as validated. */
  readonly raw: RawImBotV2MessageUpdateEvent;
}

/**
 * Normalizes a validated ONIMBOTV2MESSAGEUPDATE payload.
 *
 * @param raw The output of {@link RawImBotV2MessageUpdateSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2MessageUpdate(
  raw: RawImBotV2MessageUpdateEvent,
  context: NormalizeContext,
): ImBotV2MessageUpdateEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    message: normalizeImBotV2Message(raw.data.message, context, 'data[message]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2MESSAGEUPDATE',
  rawSchema: RawImBotV2MessageUpdateSchema,
  normalize: normalizeImBotV2MessageUpdate,
  idKeyedMaps: [],
  required: [...V2_CHAT_EVENT_REQUIRED, ...V2_MESSAGE_REQUIRED],
} as const;

/** ONIMBOTV2MESSAGEUPDATE's entry in the event table. @internal */
export const imBotV2MessageUpdate = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2MESSAGEUPDATE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2MessageUpdateSchema: v.GenericSchema<unknown, ImBotV2MessageUpdateEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2MessageUpdate);

/**
 * Parses ONIMBOTV2MESSAGEUPDATE (API 2.0): a message in the bot's chat was edited. Takes every {@link EventInput}, as
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
 * const event = parseImBotV2MessageUpdate(await request.text(), { applicationToken });
 * event.message.id;   // 7002
 * event.message.text; // '[USER=512]Helper[/USER] when is the release planned? And the beta?'
 * ```
 * @category Events
 */
export function parseImBotV2MessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2MessageUpdateEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2MessageUpdate}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2MessageUpdate(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.message.id; // 7002
 * ```
 * @category Events
 */
export function safeParseImBotV2MessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2MessageUpdateEvent> {
  return parser.safeParse(input, options);
}
