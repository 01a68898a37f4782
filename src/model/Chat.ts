import type { ChatType } from '../wire/chatTypes.js';
import type { FreeformRecord } from './Freeform.js';

export type { ChatType };

/** The fields every chat has. @category Model */
export interface ChatBase {
  /** The kind of chat. Wire: `CHAT_TYPE`, else `MESSAGE_TYPE`. */
  readonly type: ChatType;
  /** The message type letter as sent (`P`, `C`, ...). Wire: `MESSAGE_TYPE` (else `CHAT_TYPE`). */
  readonly messageType: string;
  /**
   * The dialog to answer in, as the reply methods take it: a user id (`'1269'`) for a private
   * chat, `chat` + chat id (`'chat2725'`) otherwise. Wire: `DIALOG_ID`.
   */
  readonly dialogId: string;
  /** The chat's id. Wire: `CHAT_ID`, else `TO_CHAT_ID`. */
  readonly id: number;
  /**
   * The chat avatar's address; absent when the chat has none (`''`). API 2.0 only (API 1.0 sends
   * a file id instead, see `avatarId`). Wire: v2 `data[chat][avatar]`.
   */
  readonly avatarUrl?: string;
  /** The chat's description, as sent. API 2.0 only. Wire: v2 `data[chat][description]`. */
  readonly description?: string;
  /**
   * The chat's title, when sent; a {@link GroupChat} has `''` when it is not. Wire: `CHAT_TITLE`
   * (v2 `data[chat][name]`).
   */
  readonly name?: string;
  /** The chat's owner. Wire: `CHAT_AUTHOR_ID` (v2 `data[chat][owner]`). */
  readonly owner?: number;
  /**
   * The parent chat of a thread; `null` when there is none (`0`). Wire: `CHAT_PARENT_ID` (v2
   * `data[chat][parentChatId]`; `null` there leaves it out).
   */
  readonly parentChatId?: number | null;
  /**
   * The parent message of a thread; `null` when there is none (`0`). Wire: `CHAT_PARENT_MID` (v2
   * `data[chat][parentMessageId]`; `null` there leaves it out).
   */
  readonly parentMessageId?: number | null;
  /** The chat avatar's file id; `null` when there is none (`0`). API 1.0 only. Wire: `CHAT_AVATAR`. */
  readonly avatarId?: number | null;
  /**
   * The chat's color: a scheme name in API 1.0 (`'GREEN'`), a HEX color in API 2.0 (`'#ab7761'`).
   * Wire: `CHAT_COLOR` (v2 `data[chat][color]`; `null` or `''` there leaves it out).
   */
  readonly color?: string;
  /**
   * The type of the object the chat is linked to (`'CHAT'`, `'LINES'`, ...). Wire:
   * `CHAT_ENTITY_TYPE` (v2 `data[chat][entityType]`).
   */
  readonly entityType?: string;
  /** The id of the object the chat is linked to. Wire: `CHAT_ENTITY_ID` (v2 `data[chat][entityId]`). */
  readonly entityId?: string;
  /** Extra data of the linked object, field 1. Wire: `CHAT_ENTITY_DATA_1` (v2 `data[chat][entityData1]`). */
  readonly entityData1?: string;
  /** Extra data of the linked object, field 2. Wire: `CHAT_ENTITY_DATA_2` (v2 `data[chat][entityData2]`). */
  readonly entityData2?: string;
  /** Extra data of the linked object, field 3. Wire: `CHAT_ENTITY_DATA_3` (v2 `data[chat][entityData3]`). */
  readonly entityData3?: string;
  /**
   * Whether the chat is an extranet chat (has extranet users). Wire: `CHAT_EXTRANET` (Y/N; v2
   * `data[chat][extranet]`).
   */
  readonly extranet?: boolean;
  /**
   * The previous message in the chat; `null` when there is none (`0`). API 1.0 only. Wire:
   * `CHAT_PREV_MESSAGE_ID`.
   */
  readonly prevMessageId?: number | null;
  /** Who may post in the chat, as sent (`'MEMBER'`). API 1.0 only. Wire: `CHAT_CAN_POST`. */
  readonly canPost?: string;
  /** The record of the user's relation to the chat. API 1.0 only. Wire: `RID`. */
  readonly relationId?: number;
  /** Whether the user is a manager of the chat. API 1.0 only. Wire: `IS_MANAGER` (Y/N). */
  readonly isManager?: boolean;
  /** Whether the chat has collaborators (collab guests) in it. API 2.0 only. Wire: `data[chat][containsCollaber]`. */
  readonly containsCollaber?: boolean;
  /**
   * The link to the external object the chat belongs to; its keys are not documented, so it is
   * kept as sent. Absent when not sent or empty. API 2.0 only. Wire: `data[chat][entityLink]`.
   */
  readonly entityLink?: FreeformRecord;
  /**
   * The Bitrix24 Drive folder of the chat's files; absent when not sent or `null`. API 2.0 only.
   * Wire: `data[chat][diskFolderId]`.
   */
  readonly diskFolderId?: number;
  /**
   * What the reader may do in the chat; its keys are not documented, so it is kept as sent.
   * Absent when not sent or empty. API 2.0 only. Wire: `data[chat][permissions]`.
   */
  readonly permissions?: FreeformRecord;
  /** Whether the chat was just created. API 2.0 only. Wire: `data[chat][isNew]`. */
  readonly isNew?: boolean;
  /**
   * Whether the chat's input field is on (a bot may turn it off). API 2.0 only. Wire:
   * `data[chat][textFieldEnabled]` (`'Y'`/`'N'` in both deliveries).
   */
  readonly textFieldEnabled?: boolean;
  /**
   * The chat's background (`'azure'`, `'mint'`, `'steel'`, `'slate'`, `'teal'`, `'cornflower'`,
   * `'sky'`, `'peach'`, `'frost'`), as sent; absent when not sent, `null` or `''`. API 2.0 only.
   * Wire: `data[chat][backgroundId]`.
   */
  readonly backgroundId?: string;
}

/** A one-to-one chat between a user and the bot. @category Model */
export interface PrivateChat extends ChatBase {
  /** Always `'private'` (wire letter `P`). */
  readonly type: 'private';
  /** The other party of the private chat (for a command, the bot's user id). Wire: `TO_USER_ID`. */
  readonly toUserId: number;
}

/**
 * Any chat that is not private: group chats, open lines, channels, threads and the rest. The wire
 * documentation says the optional fields depend on the chat type; each may be missing.
 *
 * @category Model
 */
export interface GroupChat extends ChatBase {
  /** The kind of chat; every type but `'private'`. */
  readonly type: Exclude<ChatType, 'private'>;
  /** The chat's title; `''` when not sent. Wire: `CHAT_TITLE` (v2 `data[chat][name]`). */
  readonly name: string;
  /**
   * The bots present in the chat; `[]` when not sent; order not significant. Wire: the values of
   * `BOT_IN_CHAT` (an id-keyed map whose keys equal their values).
   */
  readonly botIds: readonly number[];
}

/**
 * A chat, discriminated by `type`: `'private'` is a {@link PrivateChat}, every other type a {@link GroupChat}.
 *
 * @category Model
 */
export type Chat = PrivateChat | GroupChat;

/**
 * A chat whose id an event may leave out: ONIMBOTJOINCHAT, ONIMBOTMESSAGEDELETE and keyboard
 * commands of ONIMCOMMANDADD send no chat id for private chats. Otherwise the same as {@link Chat}.
 *
 * @category Model
 */
export type ChatWithOptionalId =
  | (Omit<PrivateChat, 'id'> & {
      /** The chat's id, when the event sends it. Wire: `CHAT_ID`, else `TO_CHAT_ID`. */
      readonly id?: number;
    })
  | GroupChat;

/**
 * A private chat of a user event (ONIMV2*): as {@link PrivateChat}, without `toUserId`. The
 * events describe the chat as the subscribed user sees it (`dialogId` is the other party's id)
 * but never name that user, so the other party of the event's user is not always known.
 *
 * @category Model
 */
export interface ImV2PrivateChat extends ChatBase {
  /** Always `'private'` (wire letter `P`). */
  readonly type: 'private';
}

/**
 * The chat of a user event (ONIMV2*), discriminated by `type`: an {@link ImV2PrivateChat} or a
 * {@link GroupChat}. Every {@link Chat} is one too, so code written against `ImV2Chat` takes the
 * chat of every API 2.0 event, the bot's and the user's.
 *
 * @category Model
 */
export type ImV2Chat = ImV2PrivateChat | GroupChat;
