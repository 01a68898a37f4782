import type * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { DeletedBotMessage } from '../../model/BotMessage.js';
import type { ChatWithOptionalId } from '../../model/Chat.js';
import type { ImBotMessageEventBase } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeChatWithOptionalId } from '../../normalize/normalizeChat.js';
import { messageEventBase, normalizeBotMessage } from '../../normalize/normalizeV1.js';
import {
  ENVELOPE_REQUIRED,
  eventSchema,
  type RawEventEnvelope,
} from '../../wire/rawEnvelopeEntries.js';
import { under } from '../../wire/requiredPaths.js';
import {
  MESSAGE_PARAMS_REQUIRED,
  RawBotDeletedMessageParamsSchema,
  type RawBotMessageParams,
  type RawImBotEventData,
  V1_DATA_REQUIRED,
  V1_ID_KEYED_MAPS,
  v1DataSchema,
} from '../../wire/v1Entities.js';

/** ONIMBOTMESSAGEDELETE as sent. @category Wire types */
export interface RawImBotMessageDeleteEvent extends RawEventEnvelope<'ONIMBOTMESSAGEDELETE'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotMessageParams>;
}

/** ONIMBOTMESSAGEDELETE exactly as sent (API 1.0). @category Schemas */
export const RawImBotMessageDeleteSchema: v.GenericSchema<unknown, RawImBotMessageDeleteEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTMESSAGEDELETE',
    v1DataSchema(RawBotDeletedMessageParamsSchema),
  );

/**
 * ONIMBOTMESSAGEDELETE (API 1.0): a message the bot received was deleted.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/messages/events/on-imbot-message-delete.html
 * @category Events
 */
export interface ImBotMessageDeleteEvent extends ImBotMessageEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTMESSAGEDELETE';
  /** The deleted message. Wire: `data[PARAMS]`. */
  readonly message: DeletedBotMessage;
  /** The chat; private chats may leave the id out. Wire: `data[PARAMS]`. */
  readonly chat: ChatWithOptionalId;
  /** The payload as validated. */
  readonly raw: RawImBotMessageDeleteEvent;
}

/**
 * Normalizes a validated ONIMBOTMESSAGEDELETE payload.
 *
 * @param raw The output of {@link RawImBotMessageDeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotMessageDelete(
  raw: RawImBotMessageDeleteEvent,
  context: NormalizeContext,
): ImBotMessageDeleteEvent {
  return {
    event: raw.event,
    ...messageEventBase(raw, context),
    message: normalizeBotMessage(raw.data.PARAMS, context),
    chat: normalizeChatWithOptionalId(raw.data.PARAMS, context, 'data[PARAMS]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTMESSAGEDELETE',
  rawSchema: RawImBotMessageDeleteSchema,
  normalize: normalizeImBotMessageDelete,
  idKeyedMaps: V1_ID_KEYED_MAPS,
  required: [
    ...ENVELOPE_REQUIRED,
    ...V1_DATA_REQUIRED,
    ...under('data[PARAMS]', MESSAGE_PARAMS_REQUIRED),
  ],
} as const;

/** ONIMBOTMESSAGEDELETE's entry in the event table. @internal */
export const imBotMessageDelete = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTMESSAGEDELETE as one valibot schema: the wire schema, then the normalizer (lenient).
 *
 * @category Schemas
 */
export const ImBotMessageDeleteSchema: v.GenericSchema<unknown, ImBotMessageDeleteEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotMessageDelete);

/**
 * Parses ONIMBOTMESSAGEDELETE (API 1.0): a message the bot received was deleted. Takes every
 * {@link EventInput}, as {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotMessageDelete(await request.text(), { applicationToken });
 * event.message.id;    // 7002
 * event.chat.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function parseImBotMessageDelete(
  input: EventInput,
  options?: ParseOptions,
): ImBotMessageDeleteEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotMessageDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotMessageDelete(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.message.id; // 7002
 * ```
 * @category Events
 */
export function safeParseImBotMessageDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotMessageDeleteEvent> {
  return parser.safeParse(input, options);
}
