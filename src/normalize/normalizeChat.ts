import type { Chat, ChatWithOptionalId } from '../model/Chat.js';
import { CHAT_TYPE_LETTERS } from '../wire/chatTypes.js';
import type { RawChatParams } from '../wire/rawChatEntries.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { toFlag, toId, toOptionalId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

/**
 * Normalizes the chat an API 1.0 event happened in, from its `data[PARAMS]`.
 *
 * @param params The validated params: `CHAT_TYPE` or `MESSAGE_TYPE` present, `TO_USER_ID` present
 *   for a private chat, `CHAT_ID` or `TO_CHAT_ID` present.
 * @param context The normalize context.
 * @param path The params' wire path (`data[PARAMS]`), for issues.
 * @returns A {@link PrivateChat} for type `P`, a {@link GroupChat} otherwise.
 */
export function normalizeChat(
  params: RawChatParams,
  context: NormalizeContext,
  path: string,
): Chat {
  const chat = normalizeChatWithOptionalId(params, context, path);
  if (chat.id === undefined) {
    // The wire schemas of the events that use this require a chat id.
    throw new Error('normalizeChat: the validated params carry no chat id');
  }
  return chat as Chat;
}

/**
 * Normalizes the chat of an API 1.0 event that may leave out the id of a private chat
 * (ONIMBOTJOINCHAT, ONIMBOTMESSAGEDELETE).
 *
 * @param params The validated params: as for {@link normalizeChat}, but a private chat may have
 *   neither `CHAT_ID` nor `TO_CHAT_ID` (a group chat has one of them).
 * @param context The normalize context.
 * @param path The params' wire path, for issues.
 * @returns The chat, its id left out when not sent.
 */
export function normalizeChatWithOptionalId(
  params: RawChatParams,
  context: NormalizeContext,
  path: string,
): ChatWithOptionalId {
  const letterSource = params.CHAT_TYPE !== undefined ? 'CHAT_TYPE' : 'MESSAGE_TYPE';
  const letter = toText(params.CHAT_TYPE ?? params.MESSAGE_TYPE ?? '');
  const type = nameCode(
    CHAT_TYPE_LETTERS,
    letter,
    context,
    `${path}[${letterSource}]`,
    'a chat type letter',
  );
  const messageType = toText(params.MESSAGE_TYPE ?? letter);
  const dialogId = toText(params.DIALOG_ID);
  const rawId = params.CHAT_ID ?? params.TO_CHAT_ID;
  let chat: Writable<ChatWithOptionalId>;
  if (type === 'private') {
    const toUserId = toId(params.TO_USER_ID ?? 0);
    chat =
      rawId === undefined
        ? { type, messageType, dialogId, toUserId }
        : { type, messageType, dialogId, id: toId(rawId), toUserId };
    if (params.CHAT_TITLE !== undefined) chat.name = toText(params.CHAT_TITLE);
  } else {
    chat = {
      type,
      messageType,
      dialogId,
      id: toId(rawId ?? 0),
      name: params.CHAT_TITLE === undefined ? '' : toText(params.CHAT_TITLE),
      botIds: params.BOT_IN_CHAT === undefined ? [] : Object.values(params.BOT_IN_CHAT).map(toId),
    };
  }
  // The other fields, in a chat of any type: private chats send some of them too (the chat's
  // author and linked object on updates and deletions).
  if (params.CHAT_AUTHOR_ID !== undefined) chat.owner = toId(params.CHAT_AUTHOR_ID);
  if (params.CHAT_PARENT_ID !== undefined) chat.parentChatId = toOptionalId(params.CHAT_PARENT_ID);
  if (params.CHAT_PARENT_MID !== undefined)
    chat.parentMessageId = toOptionalId(params.CHAT_PARENT_MID);
  if (params.CHAT_AVATAR !== undefined) chat.avatarId = toOptionalId(params.CHAT_AVATAR);
  if (params.CHAT_COLOR !== undefined) chat.color = toText(params.CHAT_COLOR);
  if (params.CHAT_ENTITY_TYPE !== undefined) chat.entityType = toText(params.CHAT_ENTITY_TYPE);
  if (params.CHAT_ENTITY_ID !== undefined) chat.entityId = toText(params.CHAT_ENTITY_ID);
  if (params.CHAT_ENTITY_DATA_1 !== undefined) chat.entityData1 = toText(params.CHAT_ENTITY_DATA_1);
  if (params.CHAT_ENTITY_DATA_2 !== undefined) chat.entityData2 = toText(params.CHAT_ENTITY_DATA_2);
  if (params.CHAT_ENTITY_DATA_3 !== undefined) chat.entityData3 = toText(params.CHAT_ENTITY_DATA_3);
  if (params.CHAT_EXTRANET !== undefined) chat.extranet = toFlag(params.CHAT_EXTRANET);
  if (params.CHAT_PREV_MESSAGE_ID !== undefined) {
    chat.prevMessageId = toOptionalId(params.CHAT_PREV_MESSAGE_ID);
  }
  if (params.CHAT_CAN_POST !== undefined) chat.canPost = toText(params.CHAT_CAN_POST);
  if (params.RID !== undefined) chat.relationId = toId(params.RID);
  if (params.IS_MANAGER !== undefined) chat.isManager = toFlag(params.IS_MANAGER);
  return chat;
}
