import * as v from 'valibot';
import {
  objectMessage,
  RawIdSchema,
  RawNullableIdSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from './wire.js';

/**
 * The chat fields of an API 1.0 `data[PARAMS]` as sent; see `Chat` for their meaning.
 *
 * @category Wire types
 */
export interface RawChatParams {
  /** The chat type letter (`P`, `C`, `O`, ...). */
  readonly CHAT_TYPE?: WireText | undefined;
  /** The message type letter; the chat type when `CHAT_TYPE` is missing. */
  readonly MESSAGE_TYPE?: WireText | undefined;
  /** The dialog to answer in (`'1269'` or `'chat2725'`). */
  readonly DIALOG_ID: WireText;
  /** The chat's id (group chats). */
  readonly CHAT_ID?: WireId | undefined;
  /** The chat the message went to. */
  readonly TO_CHAT_ID?: WireId | undefined;
  /** The other party of a private chat. */
  readonly TO_USER_ID?: WireId | undefined;
  /** The chat's title. */
  readonly CHAT_TITLE?: WireText | undefined;
  /** The chat's owner. */
  readonly CHAT_AUTHOR_ID?: WireId | undefined;
  /** The parent chat of a thread; `0` for none. */
  readonly CHAT_PARENT_ID?: WireId | undefined;
  /** The parent message of a thread; `0` for none. */
  readonly CHAT_PARENT_MID?: WireId | undefined;
  /** The avatar's file id; `0` for none. */
  readonly CHAT_AVATAR?: WireId | undefined;
  /** The color scheme (`GREEN`). */
  readonly CHAT_COLOR?: WireText | undefined;
  /** The type of the object the chat is linked to. */
  readonly CHAT_ENTITY_TYPE?: WireText | undefined;
  /** The id of the object the chat is linked to. */
  readonly CHAT_ENTITY_ID?: WireText | undefined;
  /** Extra data of the linked object, field 1. */
  readonly CHAT_ENTITY_DATA_1?: WireText | undefined;
  /** Extra data of the linked object, field 2. */
  readonly CHAT_ENTITY_DATA_2?: WireText | undefined;
  /** Extra data of the linked object, field 3. */
  readonly CHAT_ENTITY_DATA_3?: WireText | undefined;
  /** Whether the chat is an extranet chat. */
  readonly CHAT_EXTRANET?: WireFlag | undefined;
  /** The previous message in the chat; `0` for none. */
  readonly CHAT_PREV_MESSAGE_ID?: WireId | undefined;
  /** Who may post (`MEMBER`). */
  readonly CHAT_CAN_POST?: WireText | undefined;
  /** The record of the user's relation to the chat. */
  readonly RID?: WireId | undefined;
  /** Whether the user manages the chat. */
  readonly IS_MANAGER?: WireFlag | undefined;
  /** The bots in the chat, keyed by bot id. */
  readonly BOT_IN_CHAT?: Readonly<Record<string, WireId>> | undefined;
}

/** The delivery flags of an API 1.0 message as sent; see `MessageFlags`. @category Wire types */
export interface RawMessageFlags {
  /** Skip the user check. */
  readonly SKIP_USER_CHECK?: WireFlag | undefined;
  /** Send a push notification. */
  readonly PUSH?: WireFlag | undefined;
  /** The push notification is important. */
  readonly PUSH_IMPORTANT?: WireFlag | undefined;
  /** Add the message to the Recent list. */
  readonly RECENT_ADD?: WireFlag | undefined;
  /** Do not update the Recent list for the author. */
  readonly RECENT_SKIP_AUTHOR?: WireFlag | undefined;
  /** Convert the message's formatting. */
  readonly CONVERT?: WireFlag | undefined;
  /** Skip command processing. */
  readonly SKIP_COMMAND?: WireFlag | undefined;
  /** Do not increment unread counters. */
  readonly SKIP_COUNTER_INCREMENTS?: WireFlag | undefined;
  /** Send to connectors without notification. */
  readonly SILENT_CONNECTOR?: WireFlag | undefined;
  /** Do not send to connectors. */
  readonly SKIP_CONNECTOR?: WireFlag | undefined;
  /** Important for the connector. */
  readonly IMPORTANT_CONNECTOR?: WireFlag | undefined;
  /** Do not open an Open Line session. */
  readonly NO_SESSION_OL?: WireFlag | undefined;
  /** Do not index links. */
  readonly SKIP_URL_INDEX?: WireFlag | undefined;
}

/**
 * The chat fields of an API 1.0 `data[PARAMS]`, shared by the message and command events. Which
 * of them are present depends on the chat type; `TO_USER_ID` only comes in private chats.
 * @internal
 */
export const rawChatEntries = {
  CHAT_TYPE: v.optional(RawTextSchema),
  MESSAGE_TYPE: v.optional(RawTextSchema),
  DIALOG_ID: RawTextSchema,
  CHAT_ID: v.optional(RawIdSchema),
  TO_CHAT_ID: v.optional(RawIdSchema),
  TO_USER_ID: v.optional(RawIdSchema),
  CHAT_TITLE: v.optional(RawTextSchema),
  CHAT_AUTHOR_ID: v.optional(RawIdSchema),
  CHAT_PARENT_ID: v.optional(RawNullableIdSchema),
  CHAT_PARENT_MID: v.optional(RawNullableIdSchema),
  CHAT_AVATAR: v.optional(RawNullableIdSchema),
  CHAT_COLOR: v.optional(RawTextSchema),
  CHAT_ENTITY_TYPE: v.optional(RawTextSchema),
  CHAT_ENTITY_ID: v.optional(RawTextSchema),
  CHAT_ENTITY_DATA_1: v.optional(RawTextSchema),
  CHAT_ENTITY_DATA_2: v.optional(RawTextSchema),
  CHAT_ENTITY_DATA_3: v.optional(RawTextSchema),
  CHAT_EXTRANET: v.optional(RawYesNoSchema),
  CHAT_PREV_MESSAGE_ID: v.optional(RawNullableIdSchema),
  CHAT_CAN_POST: v.optional(RawTextSchema),
  RID: v.optional(RawIdSchema),
  IS_MANAGER: v.optional(RawYesNoSchema),
  BOT_IN_CHAT: v.optional(v.record(v.string(), RawIdSchema, objectMessage)),
} as const;

/**
 * The delivery flags of an API 1.0 message in `data[PARAMS]`, each `Y`/`N` and each optional.
 * @internal
 */
export const rawMessageFlagEntries = {
  SKIP_USER_CHECK: v.optional(RawYesNoSchema),
  PUSH: v.optional(RawYesNoSchema),
  PUSH_IMPORTANT: v.optional(RawYesNoSchema),
  RECENT_ADD: v.optional(RawYesNoSchema),
  RECENT_SKIP_AUTHOR: v.optional(RawYesNoSchema),
  CONVERT: v.optional(RawYesNoSchema),
  SKIP_COMMAND: v.optional(RawYesNoSchema),
  SKIP_COUNTER_INCREMENTS: v.optional(RawYesNoSchema),
  SILENT_CONNECTOR: v.optional(RawYesNoSchema),
  SKIP_CONNECTOR: v.optional(RawYesNoSchema),
  IMPORTANT_CONNECTOR: v.optional(RawYesNoSchema),
  NO_SESSION_OL: v.optional(RawYesNoSchema),
  SKIP_URL_INDEX: v.optional(RawYesNoSchema),
} as const;
