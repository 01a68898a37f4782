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

/** ONIMBOTMESSAGEADD as sent. @category Wire types */
export interface RawImBotMessageAddEvent extends RawEventEnvelope<'ONIMBOTMESSAGEADD'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotMessageParams>;
}

/** ONIMBOTMESSAGEADD exactly as sent (API 1.0). @category Schemas */
export const RawImBotMessageAddSchema: v.GenericSchema<unknown, RawImBotMessageAddEvent> =
  /* @__PURE__ */ eventSchema('ONIMBOTMESSAGEADD', v1DataSchema(RawBotMessageParamsSchema));

/**
 * ONIMBOTMESSAGEADD (API 1.0): a message was sent to the bot (in a private chat), or mentioned it
 * (in a group chat).
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/messages/events/on-imbot-message-add.html
 * @category Events
 */
export interface ImBotMessageAddEvent extends ImBotMessageEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTMESSAGEADD';
  /** The message. Wire: `data[PARAMS]`. */
  readonly message: BotMessage;
  /** The chat. Wire: `data[PARAMS]`. */
  readonly chat: Chat;
  /** The payload as validated. */
  readonly raw: RawImBotMessageAddEvent;
}

/**
 * Normalizes a validated ONIMBOTMESSAGEADD payload.
 *
 * @param raw The output of {@link RawImBotMessageAddSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotMessageAdd(
  raw: RawImBotMessageAddEvent,
  context: NormalizeContext,
): ImBotMessageAddEvent {
  return {
    event: raw.event,
    ...messageEventBase(raw, context),
    message: withChatId(normalizeBotMessage(raw.data.PARAMS, context)),
    chat: normalizeChat(raw.data.PARAMS, context, 'data[PARAMS]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTMESSAGEADD',
  rawSchema: RawImBotMessageAddSchema,
  normalize: normalizeImBotMessageAdd,
  idKeyedMaps: V1_ID_KEYED_MAPS,
  required: [
    ...ENVELOPE_REQUIRED,
    ...V1_DATA_REQUIRED,
    ...under('data[PARAMS]', MESSAGE_PARAMS_REQUIRED),
  ],
} as const;

/** ONIMBOTMESSAGEADD's entry in the event table. @internal */
export const imBotMessageAdd = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTMESSAGEADD as one valibot schema: the wire schema, then the normalizer (lenient).
 *
 * @category Schemas
 */
export const ImBotMessageAddSchema: v.GenericSchema<unknown, ImBotMessageAddEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotMessageAdd);

/**
 * Parses ONIMBOTMESSAGEADD (API 1.0): a message to the bot. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotMessageAdd(await request.text(), { applicationToken });
 * event.chat.dialogId;        // 'chat1200'
 * event.user?.name;           // 'Maria Novak'
 * event.message.originalText; // '[USER=512]Helper[/USER], when is the release planned?'
 * event.message.text;         // ', when is the release planned?'
 * ```
 * @category Events
 */
export function parseImBotMessageAdd(
  input: EventInput,
  options?: ParseOptions,
): ImBotMessageAddEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotMessageAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotMessageAdd(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.message.id; // 7002
 * ```
 * @category Events
 */
export function safeParseImBotMessageAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotMessageAddEvent> {
  return parser.safeParse(input, options);
}
