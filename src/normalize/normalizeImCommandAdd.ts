import type { CommandCall, CommandMessage, ImCommandAddEvent } from '../model/ImCommandAddEvent.js';
import type { RawCommandParams, RawImCommandAddEvent } from '../schemas/RawImCommandAddSchema.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { normalizeChatWithOptionalId } from './normalizeChat.js';
import { normalizeCommand } from './normalizeCommand.js';
import { normalizeEnvelope } from './normalizeEnvelope.js';
import { normalizeMessageFlags } from './normalizeMessageFlags.js';
import { normalizeUser } from './normalizeUser.js';
import { toFlag, toId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

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

/**
 * Normalizes a validated ONIMCOMMANDADD payload into the typed event.
 *
 * @param raw The output of {@link RawImCommandAddSchema}.
 * @param context The normalize context; under `strict`, unknown codes land in its issues.
 * @returns The event.
 */
export function normalizeImCommandAdd(
  raw: RawImCommandAddEvent,
  context: NormalizeContext,
): ImCommandAddEvent {
  const { COMMAND, PARAMS, USER } = raw.data;
  const commands = Object.keys(COMMAND).map((key) =>
    normalizeCommand(
      key,
      COMMAND[key] as (typeof COMMAND)[string],
      context,
      `data[COMMAND][${key}]`,
    ),
  ) as [CommandCall, ...CommandCall[]];
  return {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    commands,
    message: normalizeCommandMessage(PARAMS),
    chat: normalizeChatWithOptionalId(PARAMS, context, 'data[PARAMS]'),
    user: normalizeUser(USER, context, 'data[USER]'),
    language: toText(PARAMS.LANGUAGE),
    raw,
  };
}
