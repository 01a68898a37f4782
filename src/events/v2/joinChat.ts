import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { Bot } from '../../model/Bot.js';
import type { Chat } from '../../model/Chat.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import type { User } from '../../model/User.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { chatEventBase } from '../../normalize/normalizeV2.js';
import { toId, toText } from '../../normalize/scalars.js';
import { isPrivateChatV2 } from '../../wire/chatTypes.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import { requireFields } from '../../wire/requireFields.js';
import {
  eventDataEntries,
  type RawImBotV2EventData,
  V2_CHAT_EVENT_REQUIRED,
} from '../../wire/v2Entities.js';
import { isSafeDigits, objectMessage, RawTextSchema, type WireText } from '../../wire/wire.js';
/** ONIMBOTV2JOINCHAT as sent. @category Wire types */
export interface RawImBotV2JoinChatEvent extends RawImBotV2Envelope<'ONIMBOTV2JOINCHAT'> {
  /** The event's data; `user` is who added the bot. */
  readonly data: RawImBotV2EventData & {
    /** The dialog the bot joined. */
    readonly dialogId: WireText;
  };
}

const RawJoinChatDataObjectSchema = /* @__PURE__ */ v.looseObject(
  { ...eventDataEntries, dialogId: RawTextSchema },
  objectMessage,
);

/**
 * ONIMBOTV2JOINCHAT exactly as sent (API 2.0). In a private chat `data[user]` is required.
 *
 * @category Schemas
 */
export const RawImBotV2JoinChatSchema: v.GenericSchema<unknown, RawImBotV2JoinChatEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTV2JOINCHAT',
    v.pipe(
      RawJoinChatDataObjectSchema,
      requireFields<v.InferOutput<typeof RawJoinChatDataObjectSchema>>(
        ['user'],
        (data) => isPrivateChatV2(data.chat),
        'in a private chat',
      ),
    ),
  );

/**
 * ONIMBOTV2JOINCHAT (API 2.0): the bot was added to a chat, or a user opened a private chat with
 * it.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2JoinChatEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2JOINCHAT';
  /** The dialog the bot joined (`'chat7400'`, or the user's id). Wire: `data[dialogId]`. */
  readonly dialogId: string;
  /**
   * The chat the bot joined; in a private chat `toUserId` is the user (`data[user][id]`). Wire:
   * `data[chat]`.
   */
  readonly chat: Chat;
  /**
   * The user who added the bot (or opened the private chat); `null` when absent (a private chat
   * always has one). Wire: `data[user]`.
   */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImBotV2JoinChatEvent;
}

/**
 * Normalizes a validated ONIMBOTV2JOINCHAT payload. In a private chat, `chat.toUserId` is the
 * user (as ONIMBOTJOINCHAT sends it); the wire schema requires the user there. Given an empty
 * user anyway (only a pipeline schema on native JSON can be), it falls back to the dialog id,
 * which in a private chat is the user's id.
 *
 * @param raw The output of {@link RawImBotV2JoinChatSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2JoinChat(
  raw: RawImBotV2JoinChatEvent,
  context: NormalizeContext,
): ImBotV2JoinChatEvent {
  const dialogId = toText(raw.data.dialogId);
  const theUser = (_bot: Bot, user: User | null): number =>
    user?.id ?? (isSafeDigits(dialogId) ? toId(dialogId) : 0);
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theUser),
    dialogId,
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2JOINCHAT',
  rawSchema: RawImBotV2JoinChatSchema,
  normalize: normalizeImBotV2JoinChat,
  idKeyedMaps: [],
  required: [...V2_CHAT_EVENT_REQUIRED, 'data[dialogId]'],
} as const;

/** ONIMBOTV2JOINCHAT's entry in the event table. @internal */
export const imBotV2JoinChat = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2JOINCHAT as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2JoinChatSchema: v.GenericSchema<unknown, ImBotV2JoinChatEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2JoinChat);

/**
 * Parses ONIMBOTV2JOINCHAT (API 2.0): the bot joined a chat. Takes every {@link EventInput}, as
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
 * const event = parseImBotV2JoinChat(await request.text(), { applicationToken });
 * event.dialogId;   // 'chat1200'
 * event.user?.name; // 'Maria Novak': who added the bot
 * ```
 * @category Events
 */
export function parseImBotV2JoinChat(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2JoinChatEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2JoinChat}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2JoinChat(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function safeParseImBotV2JoinChat(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2JoinChatEvent> {
  return parser.safeParse(input, options);
}
