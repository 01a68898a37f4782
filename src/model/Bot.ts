import type { BotAuth } from './EventAuth.js';

/**
 * What an API 2.0 bot hears (set at registration): `'bot'` and `'openline'` get a group chat's
 * messages only when mentioned, `'supervisor'` and `'personal'` every message of their chats;
 * `'unknown'` for a type this library does not know (an issue under `strict`).
 *
 * @category Model
 */
export type BotType = 'bot' | 'supervisor' | 'personal' | 'openline' | 'unknown';

/**
 * How an API 2.0 bot gets its events: `'fetch'` (it polls `imbot.v2.Event.get`) or `'webhook'`;
 * `'unknown'` for a mode this library does not know (an issue under `strict`).
 *
 * @category Model
 */
export type BotEventMode = 'fetch' | 'webhook' | 'unknown';

/**
 * The bot an event is addressed to. Over a webhook an event names the bot by `id`, `code` and
 * `auth` only; the polling method (`imbot.v2.Event.get`) sends the whole API 2.0 bot, without
 * `auth`, and so fills the fields marked "API 2.0, polled".
 *
 * @category Model
 */
export interface Bot {
  /** The bot's id (its user id). Wire: `BOT_ID` (v2 `bot.id`). */
  readonly id: number;
  /** The bot's code, as registered. Wire: `BOT_CODE` (v2 `bot.code`). */
  readonly code: string;
  /**
   * The bot's own auth bundle, for REST calls on its behalf; absent when the event sends none.
   * Wire: `data[BOT][id][AUTH]` or the same keys flat in the entry (v2 `bot.auth`).
   */
  readonly auth?: BotAuth;
  /** What the bot hears (see {@link BotType}). API 2.0, polled. Wire: `data[bot][type]`. */
  readonly type?: BotType;
  /** Whether the bot is hidden from the contact list. API 2.0, polled. Wire: `data[bot][isHidden]`. */
  readonly isHidden?: boolean;
  /** Whether the bot works in open channels. API 2.0, polled. Wire: `data[bot][isSupportOpenline]`. */
  readonly isSupportOpenline?: boolean;
  /**
   * Whether users may react to the bot's messages. API 2.0, polled. Wire:
   * `data[bot][isReactionsEnabled]`.
   */
  readonly isReactionsEnabled?: boolean;
  /**
   * The background of the bot's chats (`'azure'`, `'mint'`, ...), as sent; absent when not sent
   * or `null`. API 2.0, polled. Wire: `data[bot][backgroundId]`.
   */
  readonly backgroundId?: string;
  /** The bot's default language (`'en'`). API 2.0, polled. Wire: `data[bot][language]`. */
  readonly language?: string;
  /** The module that owns the bot (`'rest'` for REST bots). API 2.0, polled. Wire: `data[bot][moduleId]`. */
  readonly moduleId?: string;
  /** How the bot gets its events (see {@link BotEventMode}). API 2.0, polled. Wire: `data[bot][eventMode]`. */
  readonly eventMode?: BotEventMode;
  /** How many messages the bot has processed. API 2.0, polled. Wire: `data[bot][countMessage]`. */
  readonly countMessage?: number;
  /** How many commands the bot has registered. API 2.0, polled. Wire: `data[bot][countCommand]`. */
  readonly countCommand?: number;
  /** How many chats the bot is in. API 2.0, polled. Wire: `data[bot][countChat]`. */
  readonly countChat?: number;
  /** How many users the bot has talked to. API 2.0, polled. Wire: `data[bot][countUser]`. */
  readonly countUser?: number;
}
