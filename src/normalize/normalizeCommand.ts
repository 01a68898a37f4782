import type { CommandCall, CommandContext, CommandMessage } from '../model/CommandCall.js';
import type { RawCommand, RawCommandParams } from '../wire/commandEntries.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { normalizeMessageFlags } from './normalizeMessageFlags.js';
import { toFlag, toId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

/** The command contexts by wire code (any letter case). */
export const CONTEXT_NAMES: Readonly<Record<string, Exclude<CommandContext, 'unknown'>>> = {
  TEXTAREA: 'textarea',
  KEYBOARD: 'keyboard',
  MENU: 'menu',
};

/**
 * Normalizes one invoked command (an entry of `data[COMMAND]`).
 *
 * @param key The entry's key in `data[COMMAND]` (the command id).
 * @param raw The validated entry.
 * @param context The normalize context.
 * @param path The entry's wire path (`data[COMMAND][99]`), for issues.
 * @returns The command call.
 */
export function normalizeCommand(
  key: string,
  raw: RawCommand,
  context: NormalizeContext,
  path: string,
): CommandCall {
  const contextCode = toText(raw.COMMAND_CONTEXT).toUpperCase();
  return {
    id: toId(raw.COMMAND_ID ?? key),
    botId: toId(raw.BOT_ID),
    botCode: toText(raw.BOT_CODE),
    command: toText(raw.COMMAND),
    params: raw.COMMAND_PARAMS === undefined ? '' : toText(raw.COMMAND_PARAMS),
    context: nameCode(
      CONTEXT_NAMES,
      contextCode,
      context,
      `${path}[COMMAND_CONTEXT]`,
      'a command context',
    ),
    messageId: toId(raw.MESSAGE_ID),
    botAuth:
      raw.AUTH === undefined
        ? normalizeAuth(raw, context, path)
        : normalizeAuth(raw.AUTH, context, `${path}[AUTH]`),
  };
}

/**
 * Normalizes the message that carried a command, from `data[PARAMS]`.
 *
 * @param params The validated params.
 * @returns The message.
 */
export function normalizeCommandMessage(params: RawCommandParams): CommandMessage {
  const flags = normalizeMessageFlags(params);
  const message: Writable<CommandMessage> = {
    id: toId(params.MESSAGE_ID),
    text: toText(params.MESSAGE),
    fromUserId: toId(params.FROM_USER_ID),
    // The server never fires ONIMCOMMANDADD for a system message, and the column defaults to N.
    isSystem: params.SYSTEM === undefined ? false : toFlag(params.SYSTEM),
    flags,
  };
  if (params.AUTHOR_ID !== undefined) message.authorId = toId(params.AUTHOR_ID);
  const chatId = params.TO_CHAT_ID ?? params.CHAT_ID;
  if (chatId !== undefined) message.chatId = toId(chatId);
  if (params.TEMPLATE_ID !== undefined) message.templateId = toText(params.TEMPLATE_ID);
  if (params.FAKE_RELATION !== undefined) message.fakeRelation = Number(params.FAKE_RELATION);
  return message;
}
