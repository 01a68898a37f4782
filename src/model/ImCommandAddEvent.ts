import type { RawImCommandAddEvent } from '../schemas/RawImCommandAddSchema.js';
import type { ChatWithOptionalId } from './Chat.js';
import type { BotAuth, EventAuth } from './EventAuth.js';
import type { User } from './User.js';

/**
 * Where a command was invoked from: `TEXTAREA` typed in the message box, `KEYBOARD` a keyboard
 * button, `MENU` a context menu; `unknown` for any other value.
 */
export type CommandContext = 'textarea' | 'keyboard' | 'menu' | 'unknown';

/** One invoked bot command (an entry of `data[COMMAND]`). */
export interface CommandCall {
  /** The command's id. Wire: `data[COMMAND][id][COMMAND_ID]`, else the entry's key. */
  readonly id: number;
  /** The bot the command belongs to. Wire: `BOT_ID`. */
  readonly botId: number;
  /** The bot's code. Wire: `BOT_CODE`. */
  readonly botCode: string;
  /** The command as registered, without the slash (`'echo'`). Wire: `COMMAND`. */
  readonly command: string;
  /** Everything after the command, byte-exact (no trimming); `''` when none. Wire: `COMMAND_PARAMS`. */
  readonly params: string;
  /** Where the command was invoked from. Wire: `COMMAND_CONTEXT`. */
  readonly context: CommandContext;
  /** The message to answer. Wire: `MESSAGE_ID`. */
  readonly messageId: number;
  /** The bot's own auth bundle. Wire: `AUTH`, else the same keys flat in the entry. */
  readonly botAuth: BotAuth;
}

/** The delivery flags of a message (`data[PARAMS]`), each present only when sent. */
export interface MessageFlags {
  /** Skip the user check. Wire: `SKIP_USER_CHECK`. */
  readonly skipUserCheck?: boolean;
  /** Send a push notification. Wire: `PUSH`. */
  readonly push?: boolean;
  /** The push notification is important. Wire: `PUSH_IMPORTANT`. */
  readonly pushImportant?: boolean;
  /** Add the message to the Recent list. Wire: `RECENT_ADD`. */
  readonly recentAdd?: boolean;
  /** Do not update the Recent list for the author. Wire: `RECENT_SKIP_AUTHOR`. */
  readonly recentSkipAuthor?: boolean;
  /** Convert the message's formatting. Wire: `CONVERT`. */
  readonly convert?: boolean;
  /** Skip command processing for the message. Wire: `SKIP_COMMAND`. */
  readonly skipCommand?: boolean;
  /** Do not increment unread counters. Wire: `SKIP_COUNTER_INCREMENTS`. */
  readonly skipCounterIncrements?: boolean;
  /** Send to external connectors without notification. Wire: `SILENT_CONNECTOR`. */
  readonly silentConnector?: boolean;
  /** Do not send to external connectors. Wire: `SKIP_CONNECTOR`. */
  readonly skipConnector?: boolean;
  /** The message is important for the connector. Wire: `IMPORTANT_CONNECTOR`. */
  readonly importantConnector?: boolean;
  /** Do not open an Open Line session. Wire: `NO_SESSION_OL`. */
  readonly noSessionOl?: boolean;
  /** Do not index links in the message. Wire: `SKIP_URL_INDEX`. */
  readonly skipUrlIndex?: boolean;
}

/** The message that carried a command (from `data[PARAMS]`). */
export interface CommandMessage {
  /** The message's id. Wire: `data[PARAMS][MESSAGE_ID]`. */
  readonly id: number;
  /** The message text with the command (`'/echo test'`), byte-exact. Wire: `MESSAGE`. */
  readonly text: string;
  /** The message template's id (a UUID). Wire: `TEMPLATE_ID`. */
  readonly templateId?: string;
  /** The message's author, when sent. Wire: `AUTHOR_ID`. */
  readonly authorId?: number;
  /** The sender; `0` for system messages. Wire: `FROM_USER_ID`. */
  readonly fromUserId: number;
  /**
   * The chat the message was posted in; absent in a private chat whose command came from a
   * keyboard button (the server sends no chat id there). Wire: `TO_CHAT_ID`, else `CHAT_ID`.
   */
  readonly chatId?: number;
  /**
   * Whether this is a system message; `false` when `SYSTEM` is absent (keyboard commands, the
   * older send path): the server never fires ONIMCOMMANDADD for a system message. Wire: `SYSTEM`.
   */
  readonly isSystem: boolean;
  /** A system value of the user's relation to the chat. Wire: `FAKE_RELATION`. */
  readonly fakeRelation?: number;
  /** The message's delivery flags. */
  readonly flags: MessageFlags;
}

/**
 * ONIMCOMMANDADD, normalized: a user invoked one or more of the bot's commands in a chat.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/commands/events/on-im-command-add.html
 */
export interface ImCommandAddEvent {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMCOMMANDADD';
  /**
   * The id of the event handler registration, when sent (portals before `rest` 24.200, 2024,
   * send none). Wire: `event_handler_id`, else `event_id`.
   */
  readonly handlerId?: number;
  /** When the event left the portal's event queue. Wire: `ts` (unix time). */
  readonly sentAt: Date;
  /** The auth of the user on whose behalf the event fired; verify its `applicationToken`. Wire: `auth`. */
  readonly auth: EventAuth;
  /** The invoked commands, at least one; order not significant. Wire: `data[COMMAND]`. */
  readonly commands: readonly [CommandCall, ...CommandCall[]];
  /** The message that carried the command(s). Wire: `data[PARAMS]`. */
  readonly message: CommandMessage;
  /**
   * The chat the command was invoked in; a private chat's `id` is absent when the command came
   * from a keyboard button. Wire: `data[PARAMS]`.
   */
  readonly chat: ChatWithOptionalId;
  /** The message's author; `null` when absent or empty (system messages). Wire: `data[USER]`. */
  readonly user: User | null;
  /** The portal's default language (`'en'`). Wire: `data[PARAMS][LANGUAGE]`. */
  readonly language: string;
  /** The payload as validated, with Bitrix key names and unknown fields. */
  readonly raw: RawImCommandAddEvent;
}
