import type {
  RawImBotDeleteEvent,
  RawImBotJoinChatEvent,
  RawImBotMessageDeleteEvent,
  RawImBotMessageEvent,
} from '../schemas/RawImBotEventSchemas.js';
import type { Bot } from './Bot.js';
import type { BotMessage, DeletedBotMessage } from './BotMessage.js';
import type { Chat, ChatWithOptionalId } from './Chat.js';
import type { EventAuth } from './EventAuth.js';
import type { User } from './User.js';

/** The envelope every event has. */
export interface BotEventEnvelope {
  /**
   * The id of the event handler registration, when sent (portals before `rest` 24.200, 2024,
   * send none). Wire: `event_handler_id`, else `event_id`.
   */
  readonly handlerId?: number;
  /** When the event left the portal's event queue. Wire: `ts` (unix time). */
  readonly sentAt: Date;
  /** The auth of the user on whose behalf the event fired; verify its `applicationToken`. Wire: `auth`. */
  readonly auth: EventAuth;
}

/** The fields of the API 1.0 message events. */
export interface ImBotMessageEventBase extends BotEventEnvelope {
  /** The bots the event is for, at least one. Wire: `data[BOT]`, keyed by bot id. */
  readonly bots: readonly [Bot, ...Bot[]];
  /** The first of `bots`: the bot the event is for. */
  readonly bot: Bot;
  /** The message's author; `null` when absent or empty. Wire: `data[USER]`. */
  readonly user: User | null;
  /** The portal's default language. Wire: `data[PARAMS][LANGUAGE]`. */
  readonly language: string;
}

/**
 * ONIMBOTMESSAGEADD (API 1.0): a message was sent to the bot (in a private chat), or mentioned it
 * (in a group chat).
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/messages/events/on-imbot-message-add.html
 */
export interface ImBotMessageAddEvent extends ImBotMessageEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTMESSAGEADD';
  /** The message. Wire: `data[PARAMS]`. */
  readonly message: BotMessage;
  /** The chat. Wire: `data[PARAMS]`. */
  readonly chat: Chat;
  /** The payload as validated. */
  readonly raw: RawImBotMessageEvent;
}

/**
 * ONIMBOTMESSAGEUPDATE (API 1.0): a message the bot received was edited.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/messages/events/on-imbot-message-update.html
 */
export interface ImBotMessageUpdateEvent extends ImBotMessageEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTMESSAGEUPDATE';
  /** The message as it is now. Wire: `data[PARAMS]`. */
  readonly message: BotMessage;
  /** The chat. Wire: `data[PARAMS]`. */
  readonly chat: Chat;
  /** The payload as validated. */
  readonly raw: RawImBotMessageEvent;
}

/**
 * ONIMBOTMESSAGEDELETE (API 1.0): a message the bot received was deleted.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/messages/events/on-imbot-message-delete.html
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
 * ONIMBOTJOINCHAT (API 1.0): the bot was added to a chat, or a user opened a private chat with it.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chats/events/on-imbot-join-chat.html
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
 * ONIMBOTDELETE (API 1.0): the bot was removed from the portal.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/events/on-imbot-delete.html
 */
export interface ImBotDeleteEvent extends BotEventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTDELETE';
  /** The removed bot (no auth: it has none left). Wire: `data[BOT_ID]`, `data[BOT_CODE]`. */
  readonly bot: Bot;
  /** The payload as validated. */
  readonly raw: RawImBotDeleteEvent;
}
