import type * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { BotMessage } from '../../model/BotMessage.js';
import type { Chat } from '../../model/Chat.js';
import type { ImBotMessageEventBase } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeChat } from '../../normalize/normalizeChat.js';
import { messageEventBase, normalizeBotMessage, withChatId } from '../../normalize/normalizeV1.js';
import {
  ENVELOPE_REQUIRED,
  eventSchema,
  type RawEventEnvelope,
} from '../../wire/rawEnvelopeEntries.js';
import { under } from '../../wire/requiredPaths.js';
import {
  MESSAGE_PARAMS_REQUIRED,
  type RawBotMessageParams,
  RawBotMessageParamsSchema,
  type RawImBotEventData,
  V1_DATA_REQUIRED,
  V1_ID_KEYED_MAPS,
  v1DataSchema,
} from '../../wire/v1Entities.js';

/** ONIMBOTMESSAGEUPDATE as sent. @category Wire types */
export interface RawImBotMessageUpdateEvent extends RawEventEnvelope<'ONIMBOTMESSAGEUPDATE'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotMessageParams>;
}

/** ONIMBOTMESSAGEUPDATE exactly as sent (API 1.0). @category Schemas */
export const RawImBotMessageUpdateSchema: v.GenericSchema<unknown, RawImBotMessageUpdateEvent> =
  /* @__PURE__ */ eventSchema('ONIMBOTMESSAGEUPDATE', v1DataSchema(RawBotMessageParamsSchema));

/**
 * ONIMBOTMESSAGEUPDATE (API 1.0): a message the bot received was edited.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/messages/events/on-imbot-message-update.html
 * @category Events
 */
export interface ImBotMessageUpdateEvent extends ImBotMessageEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTMESSAGEUPDATE';
  /** The message as it is now. Wire: `data[PARAMS]`. */
  readonly message: BotMessage;
  /** The chat. Wire: `data[PARAMS]`. */
  readonly chat: Chat;
  /** The payload as validated. */
  readonly raw: RawImBotMessageUpdateEvent;
}

/**
 * Normalizes a validated ONIMBOTMESSAGEUPDATE payload.
 *
 * @param raw The output of {@link RawImBotMessageUpdateSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotMessageUpdate(
  raw: RawImBotMessageUpdateEvent,
  context: NormalizeContext,
): ImBotMessageUpdateEvent {
  return {
    event: raw.event,
    ...messageEventBase(raw, context),
    message: withChatId(normalizeBotMessage(raw.data.PARAMS, context)),
    chat: normalizeChat(raw.data.PARAMS, context, 'data[PARAMS]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTMESSAGEUPDATE',
  rawSchema: RawImBotMessageUpdateSchema,
  normalize: normalizeImBotMessageUpdate,
  idKeyedMaps: V1_ID_KEYED_MAPS,
  required: [
    ...ENVELOPE_REQUIRED,
    ...V1_DATA_REQUIRED,
    ...under('data[PARAMS]', MESSAGE_PARAMS_REQUIRED),
  ],
} as const;

/** ONIMBOTMESSAGEUPDATE's entry in the event table. @internal */
export const imBotMessageUpdate = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTMESSAGEUPDATE as one valibot schema: the wire schema, then the normalizer (lenient).
 *
 * @category Schemas
 */
export const ImBotMessageUpdateSchema: v.GenericSchema<unknown, ImBotMessageUpdateEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotMessageUpdate);

/**
 * Parses ONIMBOTMESSAGEUPDATE (API 1.0): a message the bot received was edited. Takes every
 * {@link EventInput}, as {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotMessageUpdate(await request.text(), { applicationToken });
 * event.message.id;   // 7002
 * event.message.text; // ', when is the release planned? And the beta?'
 * ```
 * @category Events
 */
export function parseImBotMessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): ImBotMessageUpdateEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotMessageUpdate}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotMessageUpdate(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.message.id; // 7002
 * ```
 * @category Events
 */
export function safeParseImBotMessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotMessageUpdateEvent> {
  return parser.safeParse(input, options);
}
