import type { Bot } from './Bot.js';
import type { Chat, ImV2Chat } from './Chat.js';
import type { EventAuth, EventAuthWithOptionalToken } from './EventAuth.js';
import type { User } from './User.js';

/** The envelope every event has. @category Model */
export interface BotEventEnvelope {
  /**
   * Always `true`: tells a known event from an `UnknownBotEvent`, so that
   * `if (event.known) switch (event.event)` narrows to each event's type.
   */
  readonly known: true;
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

/** The fields of the API 1.0 message events. @category Model */
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
 * The envelope of every API 2.0 event: as API 1.0's `BotEventEnvelope`, but the handler id is
 * optional (the documented API 2.0 envelope is `{event, data, ts, auth}`).
 *
 * @category Model
 */
export interface ImBotV2EventEnvelope {
  /** Always `true`: tells a known event from an `UnknownBotEvent`. */
  readonly known: true;
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

/** The fields of every API 2.0 event about a chat. @category Model */
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
 * The envelope of the app events whose `auth` may come without an application token
 * (ONAPPPAYMENT, ONAPPMETHODCONFIRM, ONAPPTEST): as {@link BotEventEnvelope}, but
 * `auth.applicationToken` is optional. Such an event without a token never passes a token check.
 *
 * @category Model
 */
export interface EventEnvelopeWithOptionalToken {
  /** Always `true`: tells a known event from an `UnknownBotEvent`. */
  readonly known: true;
  /** The id of the event handler registration, when sent. Wire: `event_handler_id`, else `event_id`. */
  readonly handlerId?: number;
  /** When the event left the portal's event queue. Wire: `ts` (unix time). */
  readonly sentAt: Date;
  /**
   * The portal's identity, with its `applicationToken` to verify when sent (ONAPPPAYMENT's
   * documented `auth` has none). Wire: `auth`.
   */
  readonly auth: EventAuthWithOptionalToken;
}

/**
 * The envelope of a user event of API 2.0 (ONIMV2*). These events have no webhook: the polling
 * methods (`im.v2.Event.get`, or `imbot.v2.Event.get` with `withUserEvents`) give their `data` with
 * no `auth` and no `ts`, so each envelope field is here only when the payload carried it. A
 * payload of a poll is already trusted (the app fetched it with its own credentials); a body
 * posted to a webhook without a token fails the `applicationToken` option.
 *
 * @category Model
 */
export interface ImV2EventEnvelope {
  /** Always `true`: tells a known event from an `UnknownBotEvent`. */
  readonly known: true;
  /** The id of an event handler registration, when sent. Wire: `event_handler_id`, else `event_id`. */
  readonly handlerId?: number;
  /** When the event left the portal's event queue, when sent. Wire: `ts` (unix time). */
  readonly sentAt?: Date;
  /** The portal's identity and tokens, when sent (the polling methods send none). Wire: `auth`. */
  readonly auth?: EventAuthWithOptionalToken;
}

/**
 * The fields of every user event of API 2.0 about a chat (ONIMV2*): the messenger activity of the
 * user who subscribed (`im.v2.Event.subscribe`) in every chat they are in. The same `chat`,
 * `user` and `language` as the bot events ({@link ImBotV2ChatEventBase}), but no `bot`.
 *
 * @category Model
 */
export interface ImV2ChatEventBase extends ImV2EventEnvelope {
  /**
   * The chat. In a private chat `dialogId` is the other party of the subscribed user; there is
   * no `toUserId`, since the data never names the subscribed user (see {@link ImV2Chat}). Wire:
   * `data[chat]`.
   */
  readonly chat: ImV2Chat;
  /** The user who caused the event; `null` when absent or empty. Wire: `data[user]`. */
  readonly user: User | null;
  /** The portal's language (`'en'`). Wire: `data[language]`. */
  readonly language: string;
}
