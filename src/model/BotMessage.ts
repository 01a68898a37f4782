import type { BotMessageFile, ImBotV2MessageFile } from './BotMessageFile.js';
import type { CommandContext } from './CommandCall.js';
import type { FreeformRecord } from './Freeform.js';
import type { MessageFlags } from './MessageFlags.js';

/** What every message has, in both API versions. @category Model */
export interface MessageBase {
  /** The message's id. Wire: `MESSAGE_ID` (else `ID`; v2 `message.id`). */
  readonly id: number;
  /**
   * The message text, byte-exact; `''` when a message event sends none (a message of only files).
   * Wire: `MESSAGE` (v2 `message.text`).
   */
  readonly text: string;
  /**
   * The message's author; `0` for system messages; absent when the send path left it out (API 1.0
   * only). Wire: `AUTHOR_ID` (v2 `message.authorId`).
   */
  readonly authorId?: number;
  /** The chat the message is in. Wire: `TO_CHAT_ID`, else `CHAT_ID` (v2 `message.chatId`). */
  readonly chatId: number;
}

/** A message of an API 1.0 message event (added, updated or deleted). @category Model */
export interface BotMessage extends MessageBase {
  /** The sender; `0` for system messages. Wire: `FROM_USER_ID`. */
  readonly fromUserId?: number;
  /** The message template's id. Wire: `TEMPLATE_ID`. */
  readonly templateId?: string;
  /** Whether it is a system message. Wire: `SYSTEM`. */
  readonly isSystem?: boolean;
  /**
   * The text as written, with BB-code mentions (`[USER=567]NewBot[/USER] hi`); `text` has the bot
   * mention removed. Wire: `MESSAGE_ORIGINAL`.
   */
  readonly originalText?: string;
  /** The users mentioned in the message; `[]` when none. Wire: the values of `MENTIONED_LIST`. */
  readonly mentionedUserIds: readonly number[];
  /** Where the message was written (`'web'`, `'mobile'`). Wire: `PLATFORM_CONTEXT`. */
  readonly platformContext?: string;
  /** Where a command in the message came from. Wire: `COMMAND_CONTEXT`. */
  readonly commandContext?: CommandContext;
  /** How many users the chat has. Wire: `CHAT_USER_COUNT`. */
  readonly chatUserCount?: number;
  /** A system value of the user's relation to the chat. Wire: `FAKE_RELATION`. */
  readonly fakeRelation?: number;
  /** The message's delivery flags. */
  readonly flags: MessageFlags;
  /** The message's files, by id ascending; `[]` when none. Wire: the entries of `FILES`. */
  readonly files: readonly BotMessageFile[];
  /**
   * The Drive ids of the message's files; `[]` when none. Sent also when `FILES` is not (the
   * server's Drive integration off). Wire: the values of `PARAMS[FILE_ID]`.
   */
  readonly fileIds: readonly number[];
}

/**
 * A deleted message: as {@link BotMessage}, but private chats may leave the chat id out.
 *
 * @category Model
 */
export type DeletedBotMessage = Omit<BotMessage, 'chatId'> & {
  /** The chat the message was in, when sent. Wire: `TO_CHAT_ID`, else `CHAT_ID`. */
  readonly chatId?: number;
};

/**
 * A message of an API 2.0 event: the basics every message has, and what API 2.0 adds.
 *
 * @category Model
 */
export interface ImBotV2Message extends MessageBase {
  /** The message's id. Wire: `data[message][id]`. */
  readonly id: number;
  /** The message text, byte-exact; `''` when not sent. Wire: `data[message][text]`. */
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
  /**
   * Where the message was forwarded from; absent when it was not forwarded (`null`, which a
   * webhook leaves out). Wire: `data[message][forward]`.
   */
  readonly forward?: ImBotV2MessageForward;
  /**
   * The message's parameters that this library reads (its keyboard, attachment, files, the
   * message it answers); absent when not sent (an empty one is not sent). Other parameters stay
   * in `raw`, so it may be `{}`. Wire: `data[message][params]`.
   */
  readonly params?: ImBotV2MessageParams;
  /** Whether someone other than the author has read the message. Wire: `data[message][viewedByOthers]`. */
  readonly viewedByOthers?: boolean;
}

/**
 * Where an API 2.0 message was forwarded from. The documentation names the fields but gives no
 * types; each is present only when sent.
 *
 * @category Model
 */
export interface ImBotV2MessageForward {
  /**
   * The id of the forwarded original, as sent (kept as text: its type is not documented). Wire:
   * `data[message][forward][id]`.
   */
  readonly id?: string;
  /** The original's author. Wire: `data[message][forward][userId]`. */
  readonly userId?: number;
  /** The original's chat. Wire: `data[message][forward][chatId]`. */
  readonly chatId?: number;
  /** When the original was written. Wire: `data[message][forward][date]` (ISO 8601). */
  readonly date?: Date;
}

/**
 * The parameters of an API 2.0 message (`data[message][params]`) that this library reads; each
 * is present only when sent. Their shape in events is not documented: the keyboard and the
 * attachment are kept as sent (the shapes a bot sends them in, `BUTTONS` and `BLOCKS`), the files
 * are read as API 2.0's File entity.
 *
 * @category Model
 */
export interface ImBotV2MessageParams {
  /**
   * The keyboard under the message, as sent: `{BOT_ID, BUTTONS}` or the buttons alone, a list of
   * `{TEXT, COMMAND, COMMAND_PARAMS, LINK, ACTION, ACTION_VALUE, ...}`. Wire:
   * `data[message][params][keyboard]`.
   */
  readonly keyboard?: FreeformRecord;
  /**
   * The message's attachment (rich blocks), as sent: `{ID, COLOR, COLOR_TOKEN, BLOCKS}` or the
   * blocks alone, each a map with one of `MESSAGE`, `LINK`, `USER`, `GRID`, `IMAGE`, `FILE`,
   * `DELIMITER`. Wire: `data[message][params][attach]`.
   */
  readonly attach?: FreeformRecord;
  /** The message's files, in the order sent. Wire: `data[message][params][files]` (a list). */
  readonly files?: readonly ImBotV2MessageFile[];
  /** The message this one answers. Wire: `data[message][params][replyId]`. */
  readonly replyId?: number;
}
