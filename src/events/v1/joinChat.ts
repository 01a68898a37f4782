import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ChatWithOptionalId } from '../../model/Chat.js';
import type { ImBotMessageEventBase } from '../../model/EventBases.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { normalizeChatWithOptionalId } from '../../normalize/normalizeChat.js';
import { messageEventBase } from '../../normalize/normalizeV1.js';
import { toFlag, toId } from '../../normalize/scalars.js';
import type { Writable } from '../../normalize/Writable.js';
import { chatLetterOf, isPrivateParams } from '../../wire/chatTypes.js';
import { type RawChatParams, rawChatEntries } from '../../wire/rawChatEntries.js';
import {
  ENVELOPE_REQUIRED,
  eventSchema,
  type RawEventEnvelope,
} from '../../wire/rawEnvelopeEntries.js';
import { under } from '../../wire/requiredPaths.js';
import { requireFields } from '../../wire/requireFields.js';
import {
  type RawImBotEventData,
  V1_DATA_REQUIRED,
  V1_ID_KEYED_MAPS,
  v1DataSchema,
} from '../../wire/v1Entities.js';
import {
  objectMessage,
  RawIdSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from '../../wire/wire.js';

/** `data[PARAMS]` of ONIMBOTJOINCHAT as sent. @category Wire types */
export interface RawBotJoinChatParams extends RawChatParams {
  /** The bot that joined (the same as the `data[BOT]` entry's key). */
  readonly BOT_ID?: WireId | undefined;
  /** The user who added the bot; `0` when the system did. */
  readonly USER_ID: WireId;
  /** In a private chat, the bot itself. */
  readonly FROM_USER_ID?: WireId | undefined;
  /** Whether the bot may read the chat's history (`1`/`0`). */
  readonly ACCESS_HISTORY?: WireFlag | undefined;
  /** Whether the bot joined silently (Y/N). */
  readonly SILENT_JOIN?: WireFlag | undefined;
  /** The portal's default language. */
  readonly LANGUAGE: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

const RawBotJoinChatParamsObjectSchema = v.looseObject(
  {
    ...rawChatEntries,
    BOT_ID: v.optional(RawIdSchema),
    USER_ID: RawIdSchema,
    FROM_USER_ID: v.optional(RawIdSchema),
    ACCESS_HISTORY: v.optional(RawYesNoSchema),
    SILENT_JOIN: v.optional(RawYesNoSchema),
    LANGUAGE: RawTextSchema,
  },
  objectMessage,
);

type JoinParams = v.InferOutput<typeof RawBotJoinChatParamsObjectSchema>;

/**
 * `data[PARAMS]` of ONIMBOTJOINCHAT as sent: the chat the bot joined, and who added it.
 *
 * @category Schemas
 */
export const RawBotJoinChatParamsSchema: v.GenericSchema<unknown, RawBotJoinChatParams> = v.pipe(
  RawBotJoinChatParamsObjectSchema,
  requireFields<JoinParams>(
    ['CHAT_TYPE'],
    (params) => chatLetterOf(params) === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<JoinParams>(['TO_USER_ID'], isPrivateParams, 'in a private chat'),
  requireFields<JoinParams>(
    ['CHAT_ID'],
    (params) => !isPrivateParams(params) && params.TO_CHAT_ID === undefined,
    'in a group chat when TO_CHAT_ID is missing',
  ),
);

/** ONIMBOTJOINCHAT as sent. @category Wire types */
export interface RawImBotJoinChatEvent extends RawEventEnvelope<'ONIMBOTJOINCHAT'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotJoinChatParams>;
}

/** ONIMBOTJOINCHAT exactly as sent (API 1.0). @category Schemas */
export const RawImBotJoinChatSchema: v.GenericSchema<unknown, RawImBotJoinChatEvent> =
  /* @__PURE__ */ eventSchema('ONIMBOTJOINCHAT', v1DataSchema(RawBotJoinChatParamsSchema));

/**
 * ONIMBOTJOINCHAT (API 1.0): the bot was added to a chat, or a user opened a private chat with it.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chats/events/on-imbot-join-chat.html
 * @category Events
 */
export interface ImBotJoinChatEvent extends ImBotMessageEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTJOINCHAT';
  /** The chat the bot joined; private chats leave the id out. Wire: `data[PARAMS]`. */
  readonly chat: ChatWithOptionalId;
  /** The user who added the bot (or opened the chat). Wire: `data[PARAMS][USER_ID]`. */
  readonly userId: number;
  /** Whether the bot may read the chat's history. Wire: `data[PARAMS][ACCESS_HISTORY]` (`1`/`0`). */
  readonly accessHistory?: boolean;
  /** Whether the bot joined without a notice in the chat. Wire: `data[PARAMS][SILENT_JOIN]`. */
  readonly silentJoin?: boolean;
  /** The payload as validated. */
  readonly raw: RawImBotJoinChatEvent;
}

/**
 * Normalizes a validated ONIMBOTJOINCHAT payload.
 *
 * @param raw The output of {@link RawImBotJoinChatSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotJoinChat(
  raw: RawImBotJoinChatEvent,
  context: NormalizeContext,
): ImBotJoinChatEvent {
  const params = raw.data.PARAMS;
  const event: Writable<ImBotJoinChatEvent> = {
    event: raw.event,
    ...messageEventBase(raw, context),
    chat: normalizeChatWithOptionalId(params, context, 'data[PARAMS]'),
    userId: toId(params.USER_ID),
    raw,
  };
  if (params.ACCESS_HISTORY !== undefined) event.accessHistory = toFlag(params.ACCESS_HISTORY);
  if (params.SILENT_JOIN !== undefined) event.silentJoin = toFlag(params.SILENT_JOIN);
  return event;
}

const spec = {
  event: 'ONIMBOTJOINCHAT',
  rawSchema: RawImBotJoinChatSchema,
  normalize: normalizeImBotJoinChat,
  idKeyedMaps: V1_ID_KEYED_MAPS,
  required: [
    ...ENVELOPE_REQUIRED,
    ...V1_DATA_REQUIRED,
    ...under('data[PARAMS]', ['DIALOG_ID', 'USER_ID', 'LANGUAGE']),
  ],
} as const;

/** ONIMBOTJOINCHAT's entry in the event table. @internal */
export const imBotJoinChat = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTJOINCHAT as one valibot schema: the wire schema, then the normalizer (lenient).
 *
 * @category Schemas
 */
export const ImBotJoinChatSchema: v.GenericSchema<unknown, ImBotJoinChatEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotJoinChat);

/**
 * Parses ONIMBOTJOINCHAT (API 1.0): the bot joined a chat. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotJoinChat(await request.text(), { applicationToken });
 * event.chat.dialogId; // 'chat1200'
 * event.userId;        // 48: who added the bot
 * ```
 * @category Events
 */
export function parseImBotJoinChat(input: EventInput, options?: ParseOptions): ImBotJoinChatEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotJoinChat}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotJoinChat(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.chat.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function safeParseImBotJoinChat(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotJoinChatEvent> {
  return parser.safeParse(input, options);
}
