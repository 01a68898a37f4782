import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { chatEventBase, theBot } from '../../normalize/normalizeV2.js';
import { toId } from '../../normalize/scalars.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  eventDataEntries,
  type RawImBotV2EventData,
  V2_CHAT_EVENT_REQUIRED,
} from '../../wire/v2Entities.js';
import { objectMessage, RawIdSchema, type WireId } from '../../wire/wire.js';
/** ONIMBOTV2MESSAGEDELETE as sent. @category Wire types */
export interface RawImBotV2MessageDeleteEvent extends RawImBotV2Envelope<'ONIMBOTV2MESSAGEDELETE'> {
  /** The event's data. */
  readonly data: RawImBotV2EventData & {
    /** The deleted message's id. */
    readonly messageId: WireId;
  };
}

/**
 * ONIMBOTV2MESSAGEDELETE exactly as sent (API 2.0): the message's id only, no message.
 *
 * @category Schemas
 */
export const RawImBotV2MessageDeleteSchema: v.GenericSchema<unknown, RawImBotV2MessageDeleteEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTV2MESSAGEDELETE',
    v.looseObject({ ...eventDataEntries, messageId: RawIdSchema }, objectMessage),
  );

/**
 * ONIMBOTV2MESSAGEDELETE (API 2.0): a message in the bot's chat was deleted. Only its id comes.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2MessageDeleteEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2MESSAGEDELETE';
  /** The deleted message's id. Wire: `data[messageId]`. */
  readonly messageId: number;
  /** The payload as validated. */
  readonly raw: RawImBotV2MessageDeleteEvent;
}

/**
 * Normalizes a validated ONIMBOTV2MESSAGEDELETE payload.
 *
 * @param raw The output of {@link RawImBotV2MessageDeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2MessageDelete(
  raw: RawImBotV2MessageDeleteEvent,
  context: NormalizeContext,
): ImBotV2MessageDeleteEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    messageId: toId(raw.data.messageId),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2MESSAGEDELETE',
  rawSchema: RawImBotV2MessageDeleteSchema,
  normalize: normalizeImBotV2MessageDelete,
  idKeyedMaps: [],
  required: [...V2_CHAT_EVENT_REQUIRED, 'data[messageId]'],
} as const;

/** ONIMBOTV2MESSAGEDELETE's entry in the event table. @internal */
export const imBotV2MessageDelete = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2MESSAGEDELETE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2MessageDeleteSchema: v.GenericSchema<unknown, ImBotV2MessageDeleteEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2MessageDelete);

/**
 * Parses ONIMBOTV2MESSAGEDELETE (API 2.0): a message in the bot's chat was deleted. Takes every {@link EventInput}, as
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
 * const event = parseImBotV2MessageDelete(await request.text(), { applicationToken });
 * event.messageId;     // 7002
 * event.chat.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function parseImBotV2MessageDelete(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2MessageDeleteEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2MessageDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2MessageDelete(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.messageId; // 7002
 * ```
 * @category Events
 */
export function safeParseImBotV2MessageDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2MessageDeleteEvent> {
  return parser.safeParse(input, options);
}
