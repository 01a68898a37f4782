import type { BotAuth } from './EventAuth.js';
import type { MessageFlags } from './MessageFlags.js';

/**
 * Where a command was invoked from: `TEXTAREA` typed in the message box, `KEYBOARD` a keyboard
 * button, `MENU` a context menu; `unknown` for any other value.
 *
 * @category Model
 */
export type CommandContext = 'textarea' | 'keyboard' | 'menu' | 'unknown';

/** One invoked bot command (an entry of `data[COMMAND]`). @category Model */
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

/** The message that carried a command (from `data[PARAMS]`). @category Model */
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
