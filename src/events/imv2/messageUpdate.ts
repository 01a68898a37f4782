import type * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2Message } from '../../model/BotMessage.js';
import type { ImV2ChatEventBase } from '../../model/EventBases.js';
import type { User } from '../../model/User.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { imV2ChatEventBase, normalizeImBotV2Message } from '../../normalize/normalizeV2.js';
import { imV2EventSchema, type RawImV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  IM_V2_CHAT_EVENT_REQUIRED,
  type RawImV2MessageData,
  RawImV2MessageDataSchema,
  V2_MESSAGE_REQUIRED,
} from '../../wire/v2Entities.js';

/** ONIMV2MESSAGEUPDATE as sent. @category Wire types */
export interface RawImV2MessageUpdateEvent extends RawImV2Envelope<'ONIMV2MESSAGEUPDATE'> {
  /** The event's data; `user` is the message's author. */
  readonly data: RawImV2MessageData;
}

/** ONIMV2MESSAGEUPDATE exactly as sent (API 2.0 user event). @category Schemas */
export const RawImV2MessageUpdateSchema: v.GenericSchema<unknown, RawImV2MessageUpdateEvent> =
  /* @__PURE__ */ imV2EventSchema('ONIMV2MESSAGEUPDATE', RawImV2MessageDataSchema);

/**
 * ONIMV2MESSAGEUPDATE (API 2.0 user event): a message was edited in a chat of the subscribed user;
 * `message.text` is the new text. Read through `im.v2.Event.get`, or `imbot.v2.Event.get` with
 * `withUserEvents`; the same shape as ONIMV2MESSAGEADD, and as ONIMBOTV2MESSAGEUPDATE without
 * `bot`.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html
 * @category Events
 */
export interface ImV2MessageUpdateEvent extends ImV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMV2MESSAGEUPDATE';
  /** The edited message, with its new text. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The message's author; `null` when absent (system messages). Wire: `data[user]`. */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImV2MessageUpdateEvent;
}

/**
 * Normalizes a validated ONIMV2MESSAGEUPDATE payload.
 *
 * @param raw The output of {@link RawImV2MessageUpdateSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImV2MessageUpdate(
  raw: RawImV2MessageUpdateEvent,
  context: NormalizeContext,
): ImV2MessageUpdateEvent {
  return {
    event: raw.event,
    ...imV2ChatEventBase(raw, context),
    message: normalizeImBotV2Message(raw.data.message, context, 'data[message]'),
    raw,
  };
}

const spec = {
  event: 'ONIMV2MESSAGEUPDATE',
  rawSchema: RawImV2MessageUpdateSchema,
  normalize: normalizeImV2MessageUpdate,
  idKeyedMaps: [],
  required: [...IM_V2_CHAT_EVENT_REQUIRED, ...V2_MESSAGE_REQUIRED],
} as const;

/** ONIMV2MESSAGEUPDATE's entry in the event table. @internal */
export const imV2MessageUpdate = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMV2MESSAGEUPDATE as one valibot schema: the wire schema, then the normalizer (lenient). It
 * takes the payload with JSON's native types (as polled) or as a decoded form (string leaves).
 *
 * @category Schemas
 */
export const ImV2MessageUpdateSchema: v.GenericSchema<unknown, ImV2MessageUpdateEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imV2MessageUpdate);

/**
 * Parses ONIMV2MESSAGEUPDATE (API 2.0 user event): a message edited in a chat of the subscribed
 * user. Takes every {@link EventInput}, as {@link parseImCommandAdd} does: a polled item's `data`
 * wrapped as `{ event: item.type, data: item.data }`, as JSON or as a form body.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * // item: one event of an im.v2.Event.get answer
 * const event = parseImV2MessageUpdate({ event: item.type, data: item.data });
 * event.message.id;   // 7010
 * event.message.text; // 'The release notes are ready for review (v2).'
 * ```
 * @category Events
 */
export function parseImV2MessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): ImV2MessageUpdateEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImV2MessageUpdate}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImV2MessageUpdate({ event: item.type, data: item.data });
 * if (!result.success) return console.warn(result.error.message);
 * result.output.message.id; // 7010
 * ```
 * @category Events
 */
export function safeParseImV2MessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImV2MessageUpdateEvent> {
  return parser.safeParse(input, options);
}
