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

/** ONIMV2MESSAGEADD as sent. @category Wire types */
export interface RawImV2MessageAddEvent extends RawImV2Envelope<'ONIMV2MESSAGEADD'> {
  /** The event's data; `user` is the message's author. */
  readonly data: RawImV2MessageData;
}

/** ONIMV2MESSAGEADD exactly as sent (API 2.0 user event). @category Schemas */
export const RawImV2MessageAddSchema: v.GenericSchema<unknown, RawImV2MessageAddEvent> =
  /* @__PURE__ */ imV2EventSchema('ONIMV2MESSAGEADD', RawImV2MessageDataSchema);

/**
 * ONIMV2MESSAGEADD (API 2.0 user event): a message was sent in a chat of the subscribed user (any
 * chat they are in, no mention needed). Read through `im.v2.Event.get`, or `imbot.v2.Event.get`
 * with `withUserEvents`; the same shape as ONIMBOTV2MESSAGEADD without `bot`.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html
 * @category Events
 */
export interface ImV2MessageAddEvent extends ImV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMV2MESSAGEADD';
  /** The message. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The message's author; `null` when absent (system messages). Wire: `data[user]`. */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImV2MessageAddEvent;
}

/**
 * Normalizes a validated ONIMV2MESSAGEADD payload.
 *
 * @param raw The output of {@link RawImV2MessageAddSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImV2MessageAdd(
  raw: RawImV2MessageAddEvent,
  context: NormalizeContext,
): ImV2MessageAddEvent {
  return {
    event: raw.event,
    ...imV2ChatEventBase(raw, context),
    message: normalizeImBotV2Message(raw.data.message, context, 'data[message]'),
    raw,
  };
}

const spec = {
  event: 'ONIMV2MESSAGEADD',
  rawSchema: RawImV2MessageAddSchema,
  normalize: normalizeImV2MessageAdd,
  idKeyedMaps: [],
  required: [...IM_V2_CHAT_EVENT_REQUIRED, ...V2_MESSAGE_REQUIRED],
} as const;

/** ONIMV2MESSAGEADD's entry in the event table. @internal */
export const imV2MessageAdd = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMV2MESSAGEADD as one valibot schema: the wire schema, then the normalizer (lenient). It
 * takes the payload with JSON's native types (as polled) or as a decoded form (string leaves).
 *
 * @category Schemas
 */
export const ImV2MessageAddSchema: v.GenericSchema<unknown, ImV2MessageAddEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imV2MessageAdd);

/**
 * Parses ONIMV2MESSAGEADD (API 2.0 user event): a message in a chat of the subscribed user. Takes
 * every {@link EventInput}, as {@link parseImCommandAdd} does: a polled item's `data` wrapped as
 * `{ event: item.type, data: item.data }`, as JSON or as a form body.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * // item: one event of an im.v2.Event.get answer
 * const event = parseImV2MessageAdd({ event: item.type, data: item.data });
 * event.message.text;  // 'The release notes are ready for review.'
 * event.chat.dialogId; // 'chat1200'
 * event.user?.name;    // 'Maria Novak'
 * ```
 * @category Events
 */
export function parseImV2MessageAdd(
  input: EventInput,
  options?: ParseOptions,
): ImV2MessageAddEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImV2MessageAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImV2MessageAdd({ event: item.type, data: item.data });
 * if (!result.success) return console.warn(result.error.message);
 * result.output.message.id; // 7010
 * ```
 * @category Events
 */
export function safeParseImV2MessageAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImV2MessageAddEvent> {
  return parser.safeParse(input, options);
}
