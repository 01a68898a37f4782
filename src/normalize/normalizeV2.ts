import type { Bot, BotEventMode, BotType } from '../model/Bot.js';
import type {
  ImBotV2Message,
  ImBotV2MessageForward,
  ImBotV2MessageParams,
} from '../model/BotMessage.js';
import type { ImBotV2MessageFile } from '../model/BotMessageFile.js';
import type {
  Chat,
  ChatBase,
  GroupChat,
  ImV2Chat,
  ImV2PrivateChat,
  PrivateChat,
} from '../model/Chat.js';
import type { ImBotV2ChatEventBase, ImV2ChatEventBase } from '../model/EventBases.js';
import type { ImBotV2ReactionAction } from '../model/Reaction.js';
import type { User, UserType } from '../model/User.js';
import { CHAT_TYPE_LETTERS, CHAT_TYPE_NAMES_V2, letterOfChatType } from '../wire/chatTypes.js';
import type { RawEnvelopeFields, RawImV2Envelope } from '../wire/rawEnvelopeEntries.js';
import type {
  RawImBotV2Bot,
  RawImBotV2Chat,
  RawImBotV2EventData,
  RawImBotV2File,
  RawImBotV2Message,
  RawImBotV2User,
  RawImBotV2UserWithId,
  RawImV2EventData,
} from '../wire/v2Entities.js';
import type { WireText } from '../wire/wire.js';
import type {
  WireDate,
  WireDateOrFalse,
  WireNullableId,
  WireNullableText,
  WirePhones,
} from '../wire/wireV2.js';
import { copyFields } from './copyFields.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { normalizeEnvelope, normalizeImV2Envelope } from './normalizeEnvelope.js';
import { normalizeFileFields } from './normalizeFile.js';
import { normalizeFreeformMap } from './normalizeFreeform.js';
import { normalizeGender } from './normalizeUser.js';
import { toFlag, toId, toOptionalId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

// The entities every API 2.0 event shares: the bot, the chat, the user, the message.

/** A nullable v2 id as a number, `0` as `null`; `undefined` for `''` (a webhook's `null`). */
function toNullableId(id: WireNullableId): number | null | undefined {
  if (id === null || id === '') return undefined;
  return toOptionalId(id);
}

/** A nullable v2 text; `undefined` for `null` and `''` (a webhook's `null`). */
function toNullableText(text: WireNullableText | undefined): string | undefined {
  return text === undefined || text === null || text === '' ? undefined : toText(text);
}

/** A v2 date as a `Date`; `undefined` for `null` and `''` (a webhook's `null`). */
function toOptionalDate(date: WireDate | undefined): Date | undefined {
  return date === undefined || date === null || date === '' ? undefined : new Date(date);
}

/** A v2 date or `false` (`'0'` on a webhook); `undefined` for `null` and `''`. */
function toDateOrFalse(value: WireDateOrFalse): Date | false | undefined {
  return value === false || value === '0' ? false : toOptionalDate(value);
}

/** Sets a field when its value is defined. */
function setDefined(out: object, key: string, value: unknown): void {
  if (value !== undefined) (out as Record<string, unknown>)[key] = value;
}

const BOT_TYPES: Readonly<Record<string, Exclude<BotType, 'unknown'>>> = {
  bot: 'bot',
  supervisor: 'supervisor',
  personal: 'personal',
  openline: 'openline',
};

const BOT_EVENT_MODES: Readonly<Record<string, Exclude<BotEventMode, 'unknown'>>> = {
  fetch: 'fetch',
  webhook: 'webhook',
};

const USER_TYPES: Readonly<Record<string, Exclude<UserType, 'unknown'>>> = {
  employee: 'employee',
  extranet: 'extranet',
  email: 'email',
  collaber: 'collaber',
  bot: 'bot',
};

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
  if (raw.type !== undefined) {
    bot.type = nameCode(BOT_TYPES, toText(raw.type), context, `${path}[type]`, 'a bot type');
  }
  copyFields(bot, raw, ['isHidden', 'isSupportOpenline', 'isReactionsEnabled'], toFlag);
  setDefined(bot, 'backgroundId', toNullableText(raw.backgroundId));
  copyFields(bot, raw, ['language', 'moduleId'], toText);
  if (raw.eventMode !== undefined) {
    bot.eventMode = nameCode(
      BOT_EVENT_MODES,
      toText(raw.eventMode),
      context,
      `${path}[eventMode]`,
      'an event mode',
    );
  }
  copyFields(bot, raw, ['countMessage', 'countCommand', 'countChat', 'countUser'], toId);
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
    if (raw.name !== undefined) chat.name = toText(raw.name);
  } else {
    chat = {
      type,
      messageType,
      dialogId,
      id,
      name: raw.name === undefined ? '' : toText(raw.name),
      botIds: [],
    };
  }
  // Every other field, in a chat of any type (a private chat has an owner, a color, ... too).
  const base: Writable<ChatBase> = chat;
  if (raw.owner !== undefined) base.owner = toId(raw.owner);
  if (raw.parentChatId !== undefined)
    setDefined(base, 'parentChatId', toNullableId(raw.parentChatId));
  if (raw.parentMessageId !== undefined) {
    setDefined(base, 'parentMessageId', toNullableId(raw.parentMessageId));
  }
  setDefined(base, 'color', toNullableText(raw.color));
  copyFields(
    base,
    raw,
    ['entityType', 'entityId', 'entityData1', 'entityData2', 'entityData3', 'description'],
    toText,
  );
  copyFields(base, raw, ['extranet', 'containsCollaber', 'isNew', 'textFieldEnabled'], toFlag);
  if (raw.avatar !== undefined && raw.avatar !== '') base.avatarUrl = toText(raw.avatar);
  if (raw.entityLink !== undefined)
    setDefined(base, 'entityLink', normalizeFreeformMap(raw.entityLink));
  if (raw.diskFolderId !== undefined) {
    const diskFolderId = raw.diskFolderId;
    if (diskFolderId !== null && diskFolderId !== '') base.diskFolderId = toId(diskFolderId);
  }
  if (raw.permissions !== undefined) {
    setDefined(base, 'permissions', normalizeFreeformMap(raw.permissions));
  }
  setDefined(base, 'backgroundId', toNullableText(raw.backgroundId));
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
  if (raw.active !== undefined) user.active = toFlag(raw.active);
  copyFields(
    user,
    raw,
    ['color', 'birthday', 'externalAuthId', 'status', 'website', 'email'],
    toText,
  );
  if (raw.avatar !== undefined && raw.avatar !== '') user.avatarUrl = toText(raw.avatar);
  for (const key of [
    'idle',
    'lastActivityDate',
    'mobileLastDate',
    'desktopLastDate',
    'absent',
  ] as const) {
    const value = raw[key];
    if (value !== undefined) setDefined(user, key, toDateOrFalse(value));
  }
  if (raw.departments !== undefined) {
    const departments = Object.values(raw.departments).map(toId);
    if (departments.length > 0) user.departments = departments;
  }
  if (raw.phones !== undefined) setDefined(user, 'phones', toPhones(raw.phones));
  if (raw.type !== undefined) {
    user.type = nameCode(USER_TYPES, toText(raw.type), context, `${path}[type]`, 'a user type');
  }
  return user;
}

/**
 * Normalizes a user's phones: `false` (`'0'`) for none, else the map's texts.
 *
 * @param raw The validated phones.
 * @returns `false`, the phones, or `undefined` for `''`, `null` or an empty map.
 */
function toPhones(raw: WirePhones): Readonly<Record<string, string>> | false | undefined {
  if (raw === false || raw === '0') return false;
  if (raw === '' || raw === null) return undefined;
  const phones: Record<string, string> = {};
  for (const key of Object.keys(raw)) {
    Object.defineProperty(phones, key, {
      value: toText(raw[key] as WireText),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return Object.keys(phones).length > 0 ? phones : undefined;
}

/**
 * Normalizes one file of an API 2.0 message (`data[message][params][files][n]`).
 *
 * @param raw The validated file.
 * @param context The normalize context.
 * @param path The file's wire path, for issues.
 * @returns The file; each field but `id` only when sent.
 */
function normalizeImBotV2File(
  raw: RawImBotV2File,
  context: NormalizeContext,
  path: string,
): ImBotV2MessageFile {
  const file: Writable<ImBotV2MessageFile> = { id: toId(raw.id) };
  normalizeFileFields(file, raw, context, path);
  setDefined(file, 'date', toOptionalDate(raw.date));
  copyFields(file, raw, ['isTranscribable', 'isVideoNote', 'isVoiceNote'], toFlag);
  return file;
}

/**
 * Normalizes the message of an API 2.0 event (`data[message]`).
 *
 * @param raw The validated message.
 * @param context The normalize context.
 * @param path The message's wire path (`data[message]`), for issues.
 * @returns The message.
 */
export function normalizeImBotV2Message(
  raw: RawImBotV2Message,
  context: NormalizeContext,
  path: string,
): ImBotV2Message {
  const message: Writable<ImBotV2Message> = {
    id: toId(raw.id),
    text: raw.text === undefined ? '' : toText(raw.text),
    authorId: toId(raw.authorId),
    chatId: toId(raw.chatId),
    isSystem: raw.isSystem === undefined ? false : toFlag(raw.isSystem),
  };
  setDefined(message, 'date', toOptionalDate(raw.date));
  setDefined(message, 'uuid', toNullableText(raw.uuid));
  const { forward, params } = raw;
  if (forward !== undefined && forward !== null) {
    const out: Writable<ImBotV2MessageForward> = {};
    if (forward.id !== undefined) out.id = toText(forward.id);
    copyFields(out, forward, ['userId', 'chatId'], toId);
    setDefined(out, 'date', toOptionalDate(forward.date));
    message.forward = out;
  }
  if (params !== undefined) {
    const out: Writable<ImBotV2MessageParams> = {};
    if (params.keyboard !== undefined)
      setDefined(out, 'keyboard', normalizeFreeformMap(params.keyboard));
    if (params.attach !== undefined) setDefined(out, 'attach', normalizeFreeformMap(params.attach));
    const files = params.files;
    if (files !== undefined) {
      const list = Object.keys(files).map((key) =>
        normalizeImBotV2File(
          files[key] as RawImBotV2File,
          context,
          `${path}[params][files][${key}]`,
        ),
      );
      if (list.length > 0) out.files = list;
    }
    if (params.replyId !== undefined) out.replyId = toId(params.replyId);
    message.params = out;
  }
  if (raw.viewedByOthers !== undefined) message.viewedByOthers = toFlag(raw.viewedByOthers);
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
