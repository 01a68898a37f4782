import type { Bot } from '../model/Bot.js';
import type { Chat, ChatType, GroupChat, PrivateChat } from '../model/Chat.js';
import type { BotAuth } from '../model/EventAuth.js';
import type {
  ImBotV2ChatEventBase,
  ImBotV2CommandAddEvent,
  ImBotV2ContextGetEvent,
  ImBotV2DeleteEvent,
  ImBotV2JoinChatEvent,
  ImBotV2Message,
  ImBotV2MessageAddEvent,
  ImBotV2MessageDeleteEvent,
  ImBotV2MessageUpdateEvent,
  ImBotV2ReactionAction,
  ImBotV2ReactionChangeEvent,
} from '../model/ImBotV2Events.js';
import type { CommandCall } from '../model/ImCommandAddEvent.js';
import type { User } from '../model/User.js';
import type {
  RawImBotV2Bot,
  RawImBotV2Chat,
  RawImBotV2CommandAddEvent,
  RawImBotV2ContextGetEvent,
  RawImBotV2DeleteEvent,
  RawImBotV2EventData,
  RawImBotV2JoinChatEvent,
  RawImBotV2Message,
  RawImBotV2MessageAddEvent,
  RawImBotV2MessageDeleteEvent,
  RawImBotV2MessageUpdateEvent,
  RawImBotV2ReactionChangeEvent,
  RawImBotV2User,
} from '../schemas/RawImBotV2EventSchemas.js';
import { isSafeDigits } from '../schemas/wire.js';
import type { WireNullableId } from '../schemas/wireV2.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { CHAT_TYPE_NAMES } from './normalizeChat.js';
import { CONTEXT_NAMES } from './normalizeCommand.js';
import { normalizeEnvelope, type RawEnvelopeFields } from './normalizeEnvelope.js';
import { normalizeGender } from './normalizeUser.js';
import { toFlag, toId, toOptionalId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

/** The chat types API 2.0 names in `chat.type`: every {@link ChatType} but `unknown`. */
const V2_CHAT_TYPE_NAMES: Readonly<Record<string, Exclude<ChatType, 'unknown'>>> = {
  private: 'private',
  chat: 'chat',
  open: 'open',
  lines: 'lines',
  system: 'system',
  channel: 'channel',
  openChannel: 'openChannel',
  thread: 'thread',
  copilot: 'copilot',
  collab: 'collab',
  external: 'external',
  generalChannel: 'generalChannel',
};

/** Each chat type's letter, for `messageType` when the chat sends none; `generalChannel` has none known. */
const LETTER_OF_TYPE: Readonly<Partial<Record<ChatType, string>>> = Object.fromEntries(
  Object.entries(CHAT_TYPE_NAMES).map(([letter, type]) => [type, letter]),
);

/** The reaction actions by wire code (any letter case). */
const REACTION_ACTIONS: Readonly<Record<string, Exclude<ImBotV2ReactionAction, 'unknown'>>> = {
  add: 'add',
  delete: 'delete',
};

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
 * other party of a private chat is.
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
): Chat {
  const type =
    raw.type !== undefined
      ? nameCode(V2_CHAT_TYPE_NAMES, toText(raw.type), context, `${path}[type]`, 'a chat type')
      : nameCode(
          CHAT_TYPE_NAMES,
          toText(raw.messageType ?? ''),
          context,
          `${path}[messageType]`,
          'a chat type letter',
        );
  const messageType =
    raw.messageType !== undefined ? toText(raw.messageType) : (LETTER_OF_TYPE[type] ?? '');
  const dialogId = toText(raw.dialogId);
  const id = toId(raw.id);
  let chat: Writable<PrivateChat> | Writable<GroupChat>;
  if (type === 'private') {
    chat = { type, messageType, dialogId, id, toUserId };
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
): User | null {
  // The raw schema guarantees the four fields once the user has any key.
  if (raw?.id === undefined) return null;
  const user: Writable<User> = {
    id: toId(raw.id),
    name: toText(raw.name ?? ''),
    firstName: toText(raw.firstName ?? ''),
    lastName: toText(raw.lastName ?? ''),
  };
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
    text: toText(raw.text),
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

/** The base of an API 2.0 chat event; `toUserId` is the other party of a private chat. */
function chatEventBase(
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

/** In a private chat, the user's other party is the bot. */
const theBot = (bot: Bot): number => bot.id;

/**
 * Normalizes a validated ONIMBOTV2MESSAGEADD payload.
 *
 * @param raw The output of {@link RawImBotV2MessageAddSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2MessageAdd(
  raw: RawImBotV2MessageAddEvent,
  context: NormalizeContext,
): ImBotV2MessageAddEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    message: normalizeImBotV2Message(raw.data.message),
    raw,
  };
}

/**
 * Normalizes a validated ONIMBOTV2MESSAGEUPDATE payload.
 *
 * @param raw The output of {@link RawImBotV2MessageUpdateSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2MessageUpdate(
  raw: RawImBotV2MessageUpdateEvent,
  context: NormalizeContext,
): ImBotV2MessageUpdateEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    message: normalizeImBotV2Message(raw.data.message),
    raw,
  };
}

/**
 * Normalizes a validated ONIMBOTV2MESSAGEDELETE payload.
 *
 * @param raw The output of {@link RawImBotV2MessageDeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2MessageDelete(
  raw: RawImBotV2MessageDeleteEvent,
  context: NormalizeContext,
): ImBotV2MessageDeleteEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    messageId: toId(raw.data.messageId),
    raw,
  };
}

/**
 * Normalizes a validated ONIMBOTV2JOINCHAT payload. In a private chat, `chat.toUserId` is the
 * user (as ONIMBOTJOINCHAT sends it); the wire schema requires the user there. Given an empty
 * user anyway (only a pipeline schema on native JSON can be), it falls back to the dialog id,
 * which in a private chat is the user's id.
 *
 * @param raw The output of {@link RawImBotV2JoinChatSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2JoinChat(
  raw: RawImBotV2JoinChatEvent,
  context: NormalizeContext,
): ImBotV2JoinChatEvent {
  const dialogId = toText(raw.data.dialogId);
  const theUser = (_bot: Bot, user: User | null): number =>
    user?.id ?? (isSafeDigits(dialogId) ? toId(dialogId) : 0);
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theUser),
    dialogId,
    raw,
  };
}

/**
 * Normalizes a validated ONIMBOTV2DELETE payload.
 *
 * @param raw The output of {@link RawImBotV2DeleteSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2Delete(
  raw: RawImBotV2DeleteEvent,
  context: NormalizeContext,
): ImBotV2DeleteEvent {
  return {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    bot: normalizeImBotV2Bot(raw.data.bot, context, 'data[bot]'),
    raw,
  };
}

/**
 * Normalizes the context data of ONIMBOTV2CONTEXTGET: each scalar value as its text (booleans as
 * `'1'`/`'0'`, as a webhook sends them); nested values are left out (they stay in `raw`).
 *
 * @param raw The validated `data[context]`, or `undefined` when absent.
 * @returns The context; `{}` when absent.
 */
export function normalizeImBotV2Context(
  raw: Readonly<Record<string, unknown>> | undefined,
): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  if (raw === undefined) return out;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    let text: string | undefined;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
    else if (typeof value === 'boolean') text = value ? '1' : '0';
    if (text !== undefined) {
      // A key such as `__proto__` stays an own data property.
      Object.defineProperty(out, key, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}

/**
 * Normalizes a validated ONIMBOTV2CONTEXTGET payload.
 *
 * @param raw The output of {@link RawImBotV2ContextGetSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2ContextGet(
  raw: RawImBotV2ContextGetEvent,
  context: NormalizeContext,
): ImBotV2ContextGetEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    dialogId: toText(raw.data.dialogId),
    context: normalizeImBotV2Context(raw.data.context),
    raw,
  };
}

/**
 * Normalizes a validated ONIMBOTV2COMMANDADD payload. The one command becomes a
 * {@link CommandCall} as ONIMCOMMANDADD's are: the command without one leading slash, the context
 * by name in any letter case, the bot's id, code and auth from `data[bot]`, the message's id.
 *
 * @param raw The output of {@link RawImBotV2CommandAddSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2CommandAdd(
  raw: RawImBotV2CommandAddEvent,
  context: NormalizeContext,
): ImBotV2CommandAddEvent {
  const base = chatEventBase(raw, context, theBot);
  const { command, message } = raw.data;
  const commandText = toText(command.command);
  const normalizedMessage = normalizeImBotV2Message(message);
  const call: CommandCall = {
    id: toId(command.id),
    botId: base.bot.id,
    botCode: base.bot.code,
    command: commandText.startsWith('/') ? commandText.slice(1) : commandText,
    params: command.params === undefined ? '' : toText(command.params),
    context: nameCode(
      CONTEXT_NAMES,
      toText(command.context).toUpperCase(),
      context,
      'data[command][context]',
      'a command context',
    ),
    messageId: normalizedMessage.id,
    // The wire schema requires data[bot][auth] for this event.
    botAuth: base.bot.auth as BotAuth,
  };
  return {
    event: raw.event,
    ...base,
    commands: [call],
    message: normalizedMessage,
    raw,
  };
}

/**
 * Normalizes a validated ONIMBOTV2REACTIONCHANGE payload.
 *
 * @param raw The output of {@link RawImBotV2ReactionChangeSchema}.
 * @param context The normalize context.
 * @returns The event.
 */
export function normalizeImBotV2ReactionChange(
  raw: RawImBotV2ReactionChangeEvent,
  context: NormalizeContext,
): ImBotV2ReactionChangeEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    reaction: toText(raw.data.reaction),
    action: nameCode(
      REACTION_ACTIONS,
      toText(raw.data.action).toLowerCase(),
      context,
      'data[action]',
      'a reaction action',
    ),
    message: normalizeImBotV2Message(raw.data.message),
    raw,
  };
}
