import * as v from 'valibot';
import type { CommandCall, CommandMessage } from '../model/ImCommandAddEvent.js';
import {
  type RawAuth,
  type RawAuthFields,
  RawAuthSchema,
  rawAuthEntries,
} from './RawAuthSchema.js';
import { type RawUser, RawUserSchema } from './RawUserSchema.js';
import {
  type RawChatParams,
  type RawMessageFlags,
  rawChatEntries,
  rawMessageFlagEntries,
} from './rawChatEntries.js';
import { rawEnvelopeEntries } from './rawEnvelopeEntries.js';
import { requireFields } from './requireFields.js';
import {
  eventCodeMessage,
  idKeyedMapSchema,
  objectMessage,
  RawIdSchema,
  RawIntegerSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from './wire.js';

const RawCommandObjectSchema = v.looseObject(
  {
    ...rawAuthEntries,
    AUTH: v.optional(RawAuthSchema),
    BOT_ID: RawIdSchema,
    BOT_CODE: RawTextSchema,
    COMMAND: RawTextSchema,
    COMMAND_ID: v.optional(RawIdSchema),
    COMMAND_PARAMS: v.optional(RawTextSchema),
    COMMAND_CONTEXT: RawTextSchema,
    MESSAGE_ID: RawIdSchema,
  },
  objectMessage,
);

/**
 * One invoked command as sent (`data[COMMAND][id]`): the bot's auth bundle, flat and again under
 * `AUTH`, and the command itself. The bot's auth must come in one of the two places.
 */
export const RawCommandSchema: v.GenericSchema<unknown, RawCommand> = v.pipe(
  RawCommandObjectSchema,
  requireFields<v.InferOutput<typeof RawCommandObjectSchema>>(
    ['domain', 'member_id', 'application_token'],
    (entry) => entry.AUTH === undefined,
    'when the entry has no AUTH',
  ),
);

/** One invoked command as sent (`data[COMMAND][id]`); see {@link CommandCall}. */
export interface RawCommand extends RawAuthFields {
  /** The bot's auth bundle; the same fields also come flat in the entry. */
  readonly AUTH?: RawAuth | undefined;
  /** The bot the command belongs to. */
  readonly BOT_ID: WireId;
  /** The bot's code. */
  readonly BOT_CODE: WireText;
  /** The command, without the slash. */
  readonly COMMAND: WireText;
  /** The command's id (also the entry's key). */
  readonly COMMAND_ID?: WireId | undefined;
  /** Everything after the command. */
  readonly COMMAND_PARAMS?: WireText | undefined;
  /** `TEXTAREA`, `KEYBOARD` or `MENU`. */
  readonly COMMAND_CONTEXT: WireText;
  /** The message to answer. */
  readonly MESSAGE_ID: WireId;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** `data[COMMAND]`: the invoked commands keyed by command id; at least one. */
const RawCommandMapSchema = idKeyedMapSchema(RawCommandSchema, 'command');

function isPrivate(params: { CHAT_TYPE?: unknown; MESSAGE_TYPE?: unknown }): boolean {
  return (params.CHAT_TYPE ?? params.MESSAGE_TYPE) === 'P';
}

const RawCommandParamsObjectSchema = v.looseObject(
  {
    ...rawChatEntries,
    ...rawMessageFlagEntries,
    MESSAGE: RawTextSchema,
    TEMPLATE_ID: v.optional(RawTextSchema),
    FROM_USER_ID: RawIdSchema,
    AUTHOR_ID: v.optional(RawIdSchema),
    SYSTEM: v.optional(RawYesNoSchema),
    FAKE_RELATION: v.optional(RawIntegerSchema),
    MESSAGE_ID: RawIdSchema,
    LANGUAGE: RawTextSchema,
  },
  objectMessage,
);

type RawCommandParamsObject = v.InferOutput<typeof RawCommandParamsObjectSchema>;

/**
 * `data[PARAMS]` of ONIMCOMMANDADD as sent: the message that carried the command and its chat.
 * `CHAT_TYPE` or `MESSAGE_TYPE` must be present; private chats (`P`) must carry `TO_USER_ID`.
 */
export const RawCommandParamsSchema: v.GenericSchema<unknown, RawCommandParams> = v.pipe(
  RawCommandParamsObjectSchema,
  requireFields<RawCommandParamsObject>(
    ['CHAT_TYPE'],
    (params) => params.CHAT_TYPE === undefined && params.MESSAGE_TYPE === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<RawCommandParamsObject>(['TO_USER_ID'], isPrivate, 'in a private chat'),
  requireFields<RawCommandParamsObject>(
    ['TO_CHAT_ID'],
    (params) => !isPrivate(params) && params.CHAT_ID === undefined,
    'in a group chat when CHAT_ID is missing',
  ),
);

/** `data[PARAMS]` of ONIMCOMMANDADD as sent: the message and its chat; see {@link CommandMessage}. */
export interface RawCommandParams extends RawChatParams, RawMessageFlags {
  /** The message text with the command. */
  readonly MESSAGE: WireText;
  /** The message template's id. */
  readonly TEMPLATE_ID?: WireText | undefined;
  /** The sender; `0` for system messages. */
  readonly FROM_USER_ID: WireId;
  /** The message's author; absent on some send paths. */
  readonly AUTHOR_ID?: WireId | undefined;
  /** Whether it is a system message; absent on keyboard commands and typed ones of the older send path. */
  readonly SYSTEM?: WireFlag | undefined;
  /** A system value of the user's relation to the chat. */
  readonly FAKE_RELATION?: WireId | undefined;
  /** The message's id. */
  readonly MESSAGE_ID: WireId;
  /** The portal's default language. */
  readonly LANGUAGE: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * The ONIMCOMMANDADD payload exactly as Bitrix24 sends it: Bitrix key names, scalars as strings
 * (native numbers and booleans also accepted, as a JSON body may carry them), unknown keys kept.
 * It validates formats (ids, flags, times) but converts nothing; {@link ImCommandAddSchema}
 * normalizes its output.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/commands/events/on-im-command-add.html
 */
export const RawImCommandAddSchema: v.GenericSchema<unknown, RawImCommandAddEvent> = v.looseObject(
  {
    event: v.literal('ONIMCOMMANDADD', eventCodeMessage('ONIMCOMMANDADD')),
    ...rawEnvelopeEntries,
    data: v.looseObject(
      {
        COMMAND: RawCommandMapSchema,
        PARAMS: RawCommandParamsSchema,
        USER: v.optional(RawUserSchema),
      },
      objectMessage,
    ),
  },
  objectMessage,
);

/** `data` of ONIMCOMMANDADD as sent. */
export interface RawImCommandAddData {
  /** The invoked commands, keyed by command id. */
  readonly COMMAND: Readonly<Record<string, RawCommand>>;
  /** The message that carried the command, and its chat. */
  readonly PARAMS: RawCommandParams;
  /** The message's author; missing or empty for system messages. */
  readonly USER?: RawUser | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** The ONIMCOMMANDADD payload as sent (the output of {@link RawImCommandAddSchema}). */
export interface RawImCommandAddEvent {
  /** The event code. */
  readonly event: 'ONIMCOMMANDADD';
  /** The id of the event handler registration; sent by portals with `rest` 24.500 (2024) on. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name (`rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** The event's data. */
  readonly data: RawImCommandAddData;
  /** When the event left the queue (unix time). */
  readonly ts: WireId;
  /** The auth of the user on whose behalf the event fired. */
  readonly auth: RawAuth;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}
