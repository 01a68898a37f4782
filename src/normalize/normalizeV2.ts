import type { Bot } from '../model/Bot.js';
import type { ImBotV2Message } from '../model/BotMessage.js';
import type { Chat, GroupChat, ImV2Chat, ImV2PrivateChat, PrivateChat } from '../model/Chat.js';
import type { ImBotV2ChatEventBase, ImV2ChatEventBase } from '../model/EventBases.js';
import type { ImBotV2ReactionAction } from '../model/Reaction.js';
import type { User } from '../model/User.js';
import { CHAT_TYPE_LETTERS, CHAT_TYPE_NAMES_V2, letterOfChatType } from '../wire/chatTypes.js';
import type { RawEnvelopeFields, RawImV2Envelope } from '../wire/rawEnvelopeEntries.js';
import type {
  RawImBotV2Bot,
  RawImBotV2Chat,
  RawImBotV2EventData,
  RawImBotV2Message,
  RawImBotV2User,
  RawImBotV2UserWithId,
  RawImV2EventData,
} from '../wire/v2Entities.js';
import type { WireText } from '../wire/wire.js';
import type { WireNullableId } from '../wire/wireV2.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { normalizeEnvelope, normalizeImV2Envelope } from './normalizeEnvelope.js';
import { normalizeGender } from './normalizeUser.js';
import { toFlag, toId, toOptionalId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

// The entities every API 2.0 event shares: the bot, the chat, the user, the message.

/** A nullable v2 id as a number, `0` as `null`; `undefined` for `''` (a webhook's `null`). */
function toNullableId(id: WireNullableId): number | null | undefined {
  if (id === null || id === '') return undefined;
  return toOptionalId(id);
}

/**
 * Normalizes the bot of an API 2.0 event (`data[bot]`).
 *
 * @param raw The validated bot.
 * @param context The normalize context.
 * @param path The bot's wire path (`data[bot]`), for issues.
 * @returns The bot, with its auth when sent.
 */
export function normalizeImBotV2Bot(
  raw: RawImBotV2Bot,
  context: NormalizeContext,
  path: string,
): Bot {
  const bot: Writable<Bot> = { id: toId(raw.id), code: toText(raw.code) };
  if (raw.auth !== undefined) bot.auth = normalizeAuth(raw.auth, context, `${path}[auth]`);
  return bot;
}

/**
 * Normalizes the chat of an API 2.0 event (`data[chat]`) into the shared {@link Chat}.
 *
 * The type comes from `type` (a name), else from the `messageType` letter; an unknown one is
 * `'unknown'` (an issue under `strict`). `messageType` is the letter as sent, else the letter of
 * the type (`''` when it has none). API 2.0 sends no `TO_USER_ID`, so the caller says who the
 * other party of a private chat is; without one (the user events, ONIMV2*), a private chat has no
 * `toUserId`.
 *
 * @param raw The validated chat: `id`, `dialogId`, and `type` or `messageType`.
 * @param context The normalize context.
 * @param path The chat's wire path (`data[chat]`), for issues.
 * @param toUserId The other party of a private chat (the bot's id, or for a join the user's).
 * @returns A {@link PrivateChat} for type `private`, a {@link GroupChat} otherwise.
 */
export function normalizeImBotV2Chat(
  raw: RawImBotV2Chat,
  context: NormalizeContext,
  path: string,
  toUserId: number,
): Chat;
/**
 * Normalizes the chat of a user event of API 2.0 (`data[chat]`): as the bot events' chat, but a
 * private chat has no `toUserId` (the data never names the subscribed user).
 *
 * @param raw The validated chat.
 * @param context The normalize context.
 * @param path The chat's wire path (`data[chat]`), for issues.
 * @returns An {@link ImV2PrivateChat} for type `private`, a {@link GroupChat} otherwise.
 */
export function normalizeImBotV2Chat(
  raw: RawImBotV2Chat,
  context: NormalizeContext,
  path: string,
): ImV2Chat;
export function normalizeImBotV2Chat(
  raw: RawImBotV2Chat,
  context: NormalizeContext,
  path: string,
  toUserId?: number,
): ImV2Chat {
  const type =
    raw.type !== undefined
      ? nameCode(CHAT_TYPE_NAMES_V2, toText(raw.type), context, `${path}[type]`, 'a chat type')
      : nameCode(
          CHAT_TYPE_LETTERS,
          toText(raw.messageType ?? ''),
          context,
          `${path}[messageType]`,
          'a chat type letter',
        );
  const messageType =
    raw.messageType !== undefined ? toText(raw.messageType) : (letterOfChatType(type) ?? '');
  const dialogId = toText(raw.dialogId);
  const id = toId(raw.id);
  let chat: Writable<ImV2PrivateChat> | Writable<PrivateChat> | Writable<GroupChat>;
  if (type === 'private') {
    chat =
      toUserId === undefined
        ? { type, messageType, dialogId, id }
        : { type, messageType, dialogId, id, toUserId };
  } else {
    const group: Writable<GroupChat> = {
      type,
      messageType,
      dialogId,
      id,
      name: raw.name === undefined ? '' : toText(raw.name),
      botIds: [],
    };
    if (raw.owner !== undefined) group.owner = toId(raw.owner);
    if (raw.parentChatId !== undefined) {
      const parentChatId = toNullableId(raw.parentChatId);
      if (parentChatId !== undefined) group.parentChatId = parentChatId;
    }
    if (raw.parentMessageId !== undefined) {
      const parentMessageId = toNullableId(raw.parentMessageId);
      if (parentMessageId !== undefined) group.parentMessageId = parentMessageId;
    }
    if (raw.color !== undefined && raw.color !== null && raw.color !== '') {
      group.color = toText(raw.color);
    }
    if (raw.entityType !== undefined) group.entityType = toText(raw.entityType);
    if (raw.entityId !== undefined) group.entityId = toText(raw.entityId);
    if (raw.entityData1 !== undefined) group.entityData1 = toText(raw.entityData1);
    if (raw.entityData2 !== undefined) group.entityData2 = toText(raw.entityData2);
    if (raw.entityData3 !== undefined) group.entityData3 = toText(raw.entityData3);
    if (raw.extranet !== undefined) group.extranet = toFlag(raw.extranet);
    chat = group;
  }
  if (raw.avatar !== undefined && raw.avatar !== '') chat.avatarUrl = toText(raw.avatar);
  if (raw.description !== undefined) chat.description = toText(raw.description);
  return chat;
}

/**
 * Normalizes a user whose id the wire schema requires (ONIMV2JOINCHAT's new member).
 *
 * @param raw The validated user, with its id.
 * @param context The normalize context.
 * @param path The user's wire path (`data[user]`), for issues.
 * @returns The user.
 */
export function normalizeImBotV2User(
  raw: RawImBotV2UserWithId,
  context: NormalizeContext,
  path: string,
): User;
/**
 * Normalizes the user of an API 2.0 event (`data[user]`) into the shared {@link User}.
 *
 * @param raw The validated user, or `undefined` when absent.
 * @param context The normalize context.
 * @param path The user's wire path (`data[user]`), for issues.
 * @returns The user, or `null` when absent or empty.
 */
export function normalizeImBotV2User(
  raw: RawImBotV2User | undefined,
  context: NormalizeContext,
  path: string,
): User | null;
export function normalizeImBotV2User(
  raw: RawImBotV2User | undefined,
  context: NormalizeContext,
  path: string,
): User | null {
  // The raw schema guarantees the id once the user has any key.
  if (raw?.id === undefined) return null;
  const user: Writable<User> = { id: toId(raw.id) };
  if (raw.name !== undefined) user.name = toText(raw.name);
  if (raw.firstName !== undefined) user.firstName = toText(raw.firstName);
  if (raw.lastName !== undefined) user.lastName = toText(raw.lastName);
  const gender = normalizeGender(raw.gender, context, `${path}[gender]`);
  if (gender !== undefined) user.gender = gender;
  if (raw.workPosition !== undefined) user.workPosition = toText(raw.workPosition);
  if (raw.bot !== undefined) user.isBot = toFlag(raw.bot);
  if (raw.connector !== undefined) user.isConnector = toFlag(raw.connector);
  if (raw.extranet !== undefined) user.isExtranet = toFlag(raw.extranet);
  return user;
}

/**
 * Normalizes the message of an API 2.0 event (`data[message]`).
 *
 * @param raw The validated message.
 * @returns The message.
 */
export function normalizeImBotV2Message(raw: RawImBotV2Message): ImBotV2Message {
  const message: Writable<ImBotV2Message> = {
    id: toId(raw.id),
    text: raw.text === undefined ? '' : toText(raw.text),
    authorId: toId(raw.authorId),
    chatId: toId(raw.chatId),
    isSystem: raw.isSystem === undefined ? false : toFlag(raw.isSystem),
  };
  if (raw.date !== undefined && raw.date !== null && raw.date !== '') {
    message.date = new Date(raw.date);
  }
  if (raw.uuid !== undefined && raw.uuid !== null && raw.uuid !== '') {
    message.uuid = toText(raw.uuid);
  }
  return message;
}

/** The base of an API 2.0 chat event; `toUserId` is the other party of a private chat. @internal */
export function chatEventBase(
  raw: RawEnvelopeFields & { readonly data: RawImBotV2EventData },
  context: NormalizeContext,
  toUserId: (bot: Bot, user: User | null) => number,
): ImBotV2ChatEventBase {
  const { data } = raw;
  const envelope = normalizeEnvelope(raw, context);
  const bot = normalizeImBotV2Bot(data.bot, context, 'data[bot]');
  const user = normalizeImBotV2User(data.user, context, 'data[user]');
  return {
    ...envelope,
    bot,
    chat: normalizeImBotV2Chat(data.chat, context, 'data[chat]', toUserId(bot, user)),
    user,
    language: toText(data.language),
  };
}

/** In a private chat, the user's other party is the bot. @internal */
export const theBot = (bot: Bot): number => bot.id;

/**
 * The base of a user event of API 2.0 about a chat (ONIMV2*): the envelope fields that were sent,
 * the chat (a private one without `toUserId`), the user and the language.
 * @internal
 */
export function imV2ChatEventBase(
  raw: RawImV2Envelope<string> & { readonly data: RawImV2EventData },
  context: NormalizeContext,
): ImV2ChatEventBase {
  const { data } = raw;
  return {
    ...normalizeImV2Envelope(raw, context),
    chat: normalizeImBotV2Chat(data.chat, context, 'data[chat]'),
    user: normalizeImBotV2User(data.user, context, 'data[user]'),
    language: toText(data.language),
  };
}

/** The reaction actions by wire code (any letter case). */
const REACTION_ACTIONS: Readonly<Record<string, Exclude<ImBotV2ReactionAction, 'unknown'>>> = {
  add: 'add',
  delete: 'delete',
};

/**
 * Normalizes the action of a reaction event (`data[action]`, both REACTIONCHANGE events): `add`
 * or `delete` in any letter case, else `'unknown'` (an issue under `strict`).
 *
 * @param raw The action as sent.
 * @param context The normalize context.
 * @param path The action's wire path, for issues.
 * @returns The action.
 * @internal
 */
export function normalizeReactionAction(
  raw: WireText,
  context: NormalizeContext,
  path: string,
): ImBotV2ReactionAction {
  return nameCode(REACTION_ACTIONS, toText(raw).toLowerCase(), context, path, 'a reaction action');
}
