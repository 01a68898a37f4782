import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImV2ChatEventBase } from '../../model/EventBases.js';
import type { User } from '../../model/User.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { imV2ChatEventBase } from '../../normalize/normalizeV2.js';
import { toId } from '../../normalize/scalars.js';
import { imV2EventSchema, type RawImV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  IM_V2_CHAT_EVENT_REQUIRED,
  imV2EventDataEntries,
  type RawImV2EventData,
} from '../../wire/v2Entities.js';
import { objectMessage, RawIdSchema, type WireId } from '../../wire/wire.js';

/** ONIMV2MESSAGEDELETE as sent. @category Wire types */
export interface RawImV2MessageDeleteEvent extends RawImV2Envelope<'ONIMV2MESSAGEDELETE'> {
  /** The event's data; `user` is the author of the deleted message. */
  readonly data: RawImV2EventData & {
    /** The deleted message's id. */
    readonly messageId: WireId;
  };
}

/**
 * ONIMV2MESSAGEDELETE exactly as sent (API 2.0 user event): the message's id only, no message.
 *
 * @category Schemas
 */
export const RawImV2MessageDeleteSchema: v.GenericSchema<unknown, RawImV2MessageDeleteEvent> =
  /* @__PURE__ */ imV2EventSchema(
    'ONIMV2MESSAGEDELETE',
    v.looseObject({ ...imV2EventDataEntries, messageId: RawIdSchema }, objectMessage),
  );

/**
 * ONIMV2MESSAGEDELETE (API 2.0 user event): a message was deleted in a chat of the subscribed
 * user. Only its id comes. The same shape as ONIMBOTV2MESSAGEDELETE without `bot`.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html
 * @category Events
 */
export interface ImV2MessageDeleteEvent extends ImV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMV2MESSAGEDELETE';
  /** The deleted message's id. Wire: `data[messageId]`. */
  readonly messageId: number;
  /** The author of the deleted message; `null` when absent. Wire: `data[user]`. */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImV2MessageDeleteEvent;
}

/**
 * Normalizes a validated ONIMV2MESSAGEDELETE payload.
 *
 * @param raw The output of {@link RawImV2MessageDeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImV2MessageDelete(
  raw: RawImV2MessageDeleteEvent,
  context: NormalizeContext,
): ImV2MessageDeleteEvent {
  return {
    event: raw.event,
    ...imV2ChatEventBase(raw, context),
    messageId: toId(raw.data.messageId),
    raw,
  };
}

const spec = {
  event: 'ONIMV2MESSAGEDELETE',
  rawSchema: RawImV2MessageDeleteSchema,
  normalize: normalizeImV2MessageDelete,
  idKeyedMaps: [],
  required: [...IM_V2_CHAT_EVENT_REQUIRED, 'data[messageId]'],
} as const;

/** ONIMV2MESSAGEDELETE's entry in the event table. @internal */
export const imV2MessageDelete = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMV2MESSAGEDELETE as one valibot schema: the wire schema, then the normalizer (lenient). It
 * takes the payload with JSON's native types (as polled) or as a decoded form (string leaves).
 *
 * @category Schemas
 */
export const ImV2MessageDeleteSchema: v.GenericSchema<unknown, ImV2MessageDeleteEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imV2MessageDelete);

/**
 * Parses ONIMV2MESSAGEDELETE (API 2.0 user event): a message deleted in a chat of the subscribed
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
 * const event = parseImV2MessageDelete({ event: item.type, data: item.data });
 * event.messageId;     // 7010
 * event.chat.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function parseImV2MessageDelete(
  input: EventInput,
  options?: ParseOptions,
): ImV2MessageDeleteEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImV2MessageDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImV2MessageDelete({ event: item.type, data: item.data });
 * if (!result.success) return console.warn(result.error.message);
 * result.output.messageId; // 7010
 * ```
 * @category Events
 */
export function safeParseImV2MessageDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImV2MessageDeleteEvent> {
  return parser.safeParse(input, options);
}
