import type { BotAuth } from './EventAuth.js';

/** The bot an event is addressed to. @category Model */
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
}
