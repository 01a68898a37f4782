import type { Bot } from '../model/Bot.js';
import type { BotMessage, DeletedBotMessage } from '../model/BotMessage.js';
import type { BotMessageFile } from '../model/BotMessageFile.js';
import type { EventAuth } from '../model/EventAuth.js';
import type { ImBotMessageEventBase } from '../model/EventBases.js';
import type { RawEnvelopeFields } from '../wire/rawEnvelopeEntries.js';
import type {
  RawBotEntry,
  RawBotMessageFile,
  RawBotMessageParams,
  RawImBotEventData,
} from '../wire/v1Entities.js';
import type { WireText } from '../wire/wire.js';
import { copyFields } from './copyFields.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { CONTEXT_NAMES } from './normalizeCommand.js';
import { normalizeEnvelope } from './normalizeEnvelope.js';
import { normalizeFileFields } from './normalizeFile.js';
import { normalizeMessageFlags } from './normalizeMessageFlags.js';
import { normalizeUser } from './normalizeUser.js';
import { toFlag, toId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

// The pieces the API 1.0 bot events share: the bots of `data[BOT]`, the message of `data[PARAMS]`,
// and the fields every message event has.

/**
 * Normalizes one bot of `data[BOT]`: its auth from `AUTH`, else from the flat keys when they
 * carry a whole bundle.
 *
 * @param entry The validated entry.
 * @param context The normalize context.
 * @param path The entry's wire path.
 * @returns The bot.
 */
export function normalizeBot(entry: RawBotEntry, context: NormalizeContext, path: string): Bot {
  const bot: Writable<Bot> = { id: toId(entry.BOT_ID), code: toText(entry.BOT_CODE) };
  let auth: EventAuth | undefined;
  if (entry.AUTH !== undefined) auth = normalizeAuth(entry.AUTH, context, `${path}[AUTH]`);
  else if (
    entry.domain !== undefined &&
    entry.member_id !== undefined &&
    entry.application_token !== undefined
  ) {
    auth = normalizeAuth(entry, context, path);
  }
  if (auth !== undefined) bot.auth = auth;
  return bot;
}

/** Normalizes the bots of `data[BOT]`, in their order. @internal */
export function normalizeBots(
  bots: Readonly<Record<string, RawBotEntry>>,
  context: NormalizeContext,
): [Bot, ...Bot[]] {
  return Object.keys(bots).map((key) =>
    normalizeBot(bots[key] as RawBotEntry, context, `data[BOT][${key}]`),
  ) as [Bot, ...Bot[]];
}

/**
 * Normalizes one file of `data[PARAMS][FILES]`.
 *
 * @param key The entry's key (the Drive file id).
 * @param raw The validated entry.
 * @param context The normalize context.
 * @returns The file; each field but `id` only when sent.
 */
function normalizeBotMessageFile(
  key: string,
  raw: RawBotMessageFile,
  context: NormalizeContext,
): BotMessageFile {
  const file: Writable<BotMessageFile> = { id: toId(raw.id ?? key) };
  normalizeFileFields(file, raw, context, `data[PARAMS][FILES][${key}]`);
  copyFields(file, raw, ['urlPreview', 'urlShow', 'urlDownload'], toText);
  return file;
}

/**
 * Normalizes the message of an API 1.0 message event from its `data[PARAMS]`.
 *
 * @param params The validated params.
 * @param context The normalize context.
 * @returns The message; `chatId` left out when the params carry no chat id.
 */
export function normalizeBotMessage(
  params: RawBotMessageParams,
  context: NormalizeContext,
): DeletedBotMessage {
  const message: Writable<DeletedBotMessage> = {
    id: toId(params.MESSAGE_ID ?? params.ID ?? 0),
    text: params.MESSAGE === undefined ? '' : toText(params.MESSAGE),
    mentionedUserIds:
      params.MENTIONED_LIST === undefined ? [] : Object.values(params.MENTIONED_LIST).map(toId),
    flags: normalizeMessageFlags(params),
    files:
      params.FILES === undefined
        ? []
        : Object.entries(params.FILES).map(([key, file]) =>
            normalizeBotMessageFile(key, file, context),
          ),
    fileIds:
      params.PARAMS?.FILE_ID === undefined ? [] : Object.values(params.PARAMS.FILE_ID).map(toId),
  };
  const chatId = params.TO_CHAT_ID ?? params.CHAT_ID;
  if (chatId !== undefined) message.chatId = toId(chatId);
  if (params.AUTHOR_ID !== undefined) message.authorId = toId(params.AUTHOR_ID);
  if (params.FROM_USER_ID !== undefined) message.fromUserId = toId(params.FROM_USER_ID);
  if (params.TEMPLATE_ID !== undefined) message.templateId = toText(params.TEMPLATE_ID);
  if (params.SYSTEM !== undefined) message.isSystem = toFlag(params.SYSTEM);
  if (params.MESSAGE_ORIGINAL !== undefined) message.originalText = toText(params.MESSAGE_ORIGINAL);
  if (params.PLATFORM_CONTEXT !== undefined)
    message.platformContext = toText(params.PLATFORM_CONTEXT);
  if (params.COMMAND_CONTEXT !== undefined) {
    message.commandContext = nameCode(
      CONTEXT_NAMES,
      toText(params.COMMAND_CONTEXT).toUpperCase(),
      context,
      'data[PARAMS][COMMAND_CONTEXT]',
      'a command context',
    );
  }
  if (params.CHAT_USER_COUNT !== undefined) message.chatUserCount = toId(params.CHAT_USER_COUNT);
  if (params.FAKE_RELATION !== undefined) message.fakeRelation = Number(params.FAKE_RELATION);
  return message;
}

/** The fields the API 1.0 message and join events share. @internal */
export function messageEventBase(
  raw: RawEnvelopeFields & { readonly data: RawImBotEventData<{ readonly LANGUAGE: WireText }> },
  context: NormalizeContext,
): ImBotMessageEventBase {
  const bots = normalizeBots(raw.data.BOT, context);
  return {
    ...normalizeEnvelope(raw, context),
    bots,
    bot: bots[0],
    user: normalizeUser(raw.data.USER, context, 'data[USER]'),
    language: toText(raw.data.PARAMS.LANGUAGE),
  };
}

/** A message whose chat id the wire schema guarantees (ONIMBOTMESSAGEADD and UPDATE). @internal */
export function withChatId(message: DeletedBotMessage): BotMessage {
  if (message.chatId === undefined) {
    throw new Error('normalizeBotMessage: the validated params carry no chat id');
  }
  return message as BotMessage;
}
