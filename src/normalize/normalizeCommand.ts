import type { CommandCall, CommandContext } from '../model/ImCommandAddEvent.js';
import type { RawCommand } from '../schemas/RawImCommandAddSchema.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { normalizeAuth } from './normalizeAuth.js';
import { toId, toText } from './scalars.js';

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
