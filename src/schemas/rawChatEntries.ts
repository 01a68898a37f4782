import * as v from 'valibot';
import {
  objectMessage,
  RawIdSchema,
  RawNullableIdSchema,
  RawTextSchema,
  RawYesNoSchema,
} from './wire.js';

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
