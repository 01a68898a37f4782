import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2Message } from '../../model/BotMessage.js';
import type { CommandCall } from '../../model/CommandCall.js';
import type { BotAuth } from '../../model/EventAuth.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import { type NormalizeContext, nameCode } from '../../normalize/NormalizeContext.js';
import { CONTEXT_NAMES } from '../../normalize/normalizeCommand.js';
import { chatEventBase, normalizeImBotV2Message, theBot } from '../../normalize/normalizeV2.js';
import { toId, toText } from '../../normalize/scalars.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import { under } from '../../wire/requiredPaths.js';
import {
  eventDataEntries,
  RawImBotV2BotSchema,
  type RawImBotV2BotWithAuth,
  RawImBotV2BotWithAuthSchema,
  type RawImBotV2Command,
  RawImBotV2CommandSchema,
  type RawImBotV2MessageData,
  RawImBotV2MessageSchema,
  V2_CHAT_EVENT_REQUIRED,
  V2_MESSAGE_REQUIRED,
} from '../../wire/v2Entities.js';
import { objectMessage } from '../../wire/wire.js';
/** ONIMBOTV2COMMANDADD as sent. @category Wire types */
export interface RawImBotV2CommandAddEvent extends RawImBotV2Envelope<'ONIMBOTV2COMMANDADD'> {
  /** The event's data; `user` is who invoked the command. */
  readonly data: RawImBotV2MessageData & {
    /** The bot, with its auth bundle. */
    readonly bot: RawImBotV2BotWithAuth;
    /** The invoked command. */
    readonly command: RawImBotV2Command;
  };
}

/**
 * ONIMBOTV2COMMANDADD exactly as sent (API 2.0): one command, and the bot's auth required.
 *
 * @category Schemas
 */
export const RawImBotV2CommandAddSchema: v.GenericSchema<unknown, RawImBotV2CommandAddEvent> =
  /* @__PURE__ */ eventSchema(
    'ONIMBOTV2COMMANDADD',
    v.looseObject(
      {
        ...eventDataEntries,
        bot: RawImBotV2BotWithAuthSchema,
        command: RawImBotV2CommandSchema,
        message: RawImBotV2MessageSchema,
      },
      objectMessage,
    ),
    // Polled from imbot.v2.Event.get, the bot comes without its auth bundle.
    v.looseObject(
      {
        ...eventDataEntries,
        bot: RawImBotV2BotSchema,
        command: RawImBotV2CommandSchema,
        message: RawImBotV2MessageSchema,
      },
      objectMessage,
    ),
  );

/**
 * ONIMBOTV2COMMANDADD (API 2.0): a user invoked one of the bot's commands. Bitrix24 sends one
 * event per command.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2CommandAddEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2COMMANDADD';
  /**
   * The invoked command, as ONIMCOMMANDADD's: always exactly one. `command` without its leading
   * slash (`'/help'` gives `'help'`, as API 1.0 sends it), `botId`, `botCode` and `botAuth` from
   * `data[bot]` (the event requires `data[bot][auth]`; webhooks always send it), `messageId` the
   * message's id. Wire: `data[command]`.
   */
  readonly commands: readonly [CommandCall];
  /** The message that carried the command. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The payload as validated. */
  readonly raw: RawImBotV2CommandAddEvent;
}

/**
 * Normalizes a validated ONIMBOTV2COMMANDADD payload. The one command becomes a
 * {@link CommandCall} as ONIMCOMMANDADD's are: the command without one leading slash, the context
 * by name in any letter case, the bot's id, code and auth from `data[bot]`, the message's id.
 *
 * @param raw The output of {@link RawImBotV2CommandAddSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2CommandAdd(
  raw: RawImBotV2CommandAddEvent,
  context: NormalizeContext,
): ImBotV2CommandAddEvent {
  const base = chatEventBase(raw, context, theBot);
  const { command, message } = raw.data;
  const commandText = toText(command.command);
  const normalizedMessage = normalizeImBotV2Message(message, context, 'data[message]');
  const call: Omit<CommandCall, 'botAuth'> & { botAuth?: BotAuth } = {
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
  };
  // The webhook schema requires data[bot][auth]; a polled item has none (PolledBotEvent omits it).
  if (base.bot.auth !== undefined) call.botAuth = base.bot.auth;
  return {
    event: raw.event,
    ...base,
    commands: [call as CommandCall],
    message: normalizedMessage,
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2COMMANDADD',
  rawSchema: RawImBotV2CommandAddSchema,
  normalize: normalizeImBotV2CommandAdd,
  idKeyedMaps: [],
  required: [
    ...V2_CHAT_EVENT_REQUIRED,
    ...V2_MESSAGE_REQUIRED,
    'data[bot][auth]',
    'data[command]',
    ...under('data[command]', ['id', 'command', 'context']),
  ],
} as const;

/** ONIMBOTV2COMMANDADD's entry in the event table. @internal */
export const imBotV2CommandAdd = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2COMMANDADD as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2CommandAddSchema: v.GenericSchema<unknown, ImBotV2CommandAddEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2CommandAdd);

/**
 * Parses ONIMBOTV2COMMANDADD (API 2.0): a user invoked one of the bot's commands. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * const event = parseImBotV2CommandAdd(await request.text(), { applicationToken });
 * event.commands[0].command; // 'status'
 * event.commands[0].params;  // 'launch'
 * event.chat.dialogId;       // 'chat1200'
 * ```
 * @category Events
 */
export function parseImBotV2CommandAdd(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2CommandAddEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2CommandAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2CommandAdd(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.commands[0].command; // 'status'
 * ```
 * @category Events
 */
export function safeParseImBotV2CommandAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2CommandAddEvent> {
  return parser.safeParse(input, options);
}
