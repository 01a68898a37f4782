import type {
  RawImBotV2CommandAddEvent,
  RawImBotV2ContextGetEvent,
  RawImBotV2DeleteEvent,
  RawImBotV2JoinChatEvent,
  RawImBotV2MessageAddEvent,
  RawImBotV2MessageDeleteEvent,
  RawImBotV2MessageUpdateEvent,
  RawImBotV2ReactionChangeEvent,
} from '../schemas/RawImBotV2EventSchemas.js';
import type { Bot } from './Bot.js';
import type { MessageBase } from './BotMessage.js';
import type { Chat } from './Chat.js';
import type { EventAuth } from './EventAuth.js';
import type { CommandCall } from './ImCommandAddEvent.js';
import type { User } from './User.js';

/**
 * The envelope of every API 2.0 event: as API 1.0's `BotEventEnvelope`, but the handler id is
 * optional (the documented API 2.0 envelope is `{event, data, ts, auth}`).
 */
export interface ImBotV2EventEnvelope {
  /** The id of the event handler registration, when sent. Wire: `event_handler_id`, else `event_id`. */
  readonly handlerId?: number;
  /** When the event left the portal's event queue. Wire: `ts` (unix time). */
  readonly sentAt: Date;
  /**
   * The auth of the user on whose behalf the event fired; verify its `applicationToken` (never
   * the bot's). Wire: `auth`.
   */
  readonly auth: EventAuth;
}

/** A message of an API 2.0 event: the basics every message has, and what API 2.0 adds. */
export interface ImBotV2Message extends MessageBase {
  /** The message's id. Wire: `data[message][id]`. */
  readonly id: number;
  /** The message text, byte-exact. Wire: `data[message][text]`. */
  readonly text: string;
  /** The message's author; `0` for system messages. Wire: `data[message][authorId]`. */
  readonly authorId: number;
  /** The chat the message is in. Wire: `data[message][chatId]`. */
  readonly chatId: number;
  /**
   * When the message was written; absent when not sent (`null`, or `''` on a webhook). Wire:
   * `data[message][date]` (ISO 8601).
   */
  readonly date?: Date;
  /** Whether it is a system message; `false` when not sent. Wire: `data[message][isSystem]`. */
  readonly isSystem: boolean;
  /** The message's UUID, for deduplication; absent when not sent or empty. Wire: `data[message][uuid]`. */
  readonly uuid?: string;
}

/** The fields of every API 2.0 event about a chat. */
export interface ImBotV2ChatEventBase extends ImBotV2EventEnvelope {
  /**
   * The bot the event is for (one bot per event: Bitrix24 calls the webhook once per bot). Wire:
   * `data[bot]` (`id`, `code`, and `auth` over a webhook).
   */
  readonly bot: Bot;
  /**
   * The chat. API 2.0 sends no `TO_USER_ID`: in a private chat, `toUserId` is the other party of
   * the user, which is the bot (`data[bot][id]`), except for ONIMBOTV2JOINCHAT, where it is the
   * user (`data[user][id]`), as ONIMBOTJOINCHAT sends it. Wire: `data[chat]`.
   */
  readonly chat: Chat;
  /** The user who caused the event; `null` when absent or empty. Wire: `data[user]`. */
  readonly user: User | null;
  /** The portal's language (`'en'`). Wire: `data[language]`. */
  readonly language: string;
}

/**
 * ONIMBOTV2MESSAGEADD (API 2.0): a message was sent to the bot, or in a chat the bot is in.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 */
export interface ImBotV2MessageAddEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2MESSAGEADD';
  /** The message. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The user who wrote the message; `null` when absent (system messages). Wire: `data[user]`. */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImBotV2MessageAddEvent;
}

/**
 * ONIMBOTV2MESSAGEUPDATE (API 2.0): a message in the bot's chat was edited.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 */
export interface ImBotV2MessageUpdateEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2MESSAGEUPDATE';
  /** The message as it is now. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The payload as validated. */
  readonly raw: RawImBotV2MessageUpdateEvent;
}

/**
 * ONIMBOTV2MESSAGEDELETE (API 2.0): a message in the bot's chat was deleted. Only its id comes.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
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
 * ONIMBOTV2JOINCHAT (API 2.0): the bot was added to a chat, or a user opened a private chat with
 * it.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
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
 * ONIMBOTV2DELETE (API 2.0): the bot was removed; the last event it receives.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 */
export interface ImBotV2DeleteEvent extends ImBotV2EventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2DELETE';
  /** The removed bot, with its auth when sent. Wire: `data[bot]`. */
  readonly bot: Bot;
  /** The payload as validated. */
  readonly raw: RawImBotV2DeleteEvent;
}

/**
 * ONIMBOTV2CONTEXTGET (API 2.0): a user opened a dialog with the bot and passed context data
 * (a link with `botContextData`).
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 */
export interface ImBotV2ContextGetEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2CONTEXTGET';
  /** The dialog that was opened. Wire: `data[dialogId]`. */
  readonly dialogId: string;
  /**
   * The data the opening party passed, each value as its text (a webhook sends every scalar as
   * a string; `true`/`false` as `'1'`/`'0'`); `{}` when none. Nested values are left out here
   * and stay in `raw`. Wire: `data[context]`.
   */
  readonly context: Readonly<Record<string, string>>;
  /** The payload as validated. */
  readonly raw: RawImBotV2ContextGetEvent;
}

/**
 * ONIMBOTV2COMMANDADD (API 2.0): a user invoked one of the bot's commands. Bitrix24 sends one
 * event per command.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 */
export interface ImBotV2CommandAddEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2COMMANDADD';
  /**
   * The invoked command, as ONIMCOMMANDADD's: always exactly one. `command` without its leading
   * slash (`'/help'` gives `'help'`, as API 1.0 sends it), `botId`, `botCode` and `botAuth` from
   * `data[bot]` (the event requires `data[bot][auth]`; webhooks always send it), `messageId` the
   * message's id. Wire: `data[command]`.
   */
  readonly commands: readonly [CommandCall];
  /** The message that carried the command. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The payload as validated. */
  readonly raw: RawImBotV2CommandAddEvent;
}

/** What happened to a reaction: `add`, `delete`, or `unknown` for any other action. */
export type ImBotV2ReactionAction = 'add' | 'delete' | 'unknown';

/**
 * ONIMBOTV2REACTIONCHANGE (API 2.0): a user added or removed a reaction on a message of the bot.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 */
export interface ImBotV2ReactionChangeEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2REACTIONCHANGE';
  /** The reaction's code (`'like'`), as sent. Wire: `data[reaction]`. */
  readonly reaction: string;
  /** Whether the reaction was added or removed. Wire: `data[action]` (`add`, `delete`). */
  readonly action: ImBotV2ReactionAction;
  /** The message reacted to. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The payload as validated. */
  readonly raw: RawImBotV2ReactionChangeEvent;
}
