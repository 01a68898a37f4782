import * as v from 'valibot';
import { chatLetterOf, isPrivateParams } from './chatTypes.js';
import {
  AUTH_REQUIRED,
  type RawAuth,
  type RawAuthFields,
  RawAuthSchema,
  rawAuthEntries,
} from './RawAuthSchema.js';
import {
  type RawChatParams,
  type RawMessageFlags,
  rawChatEntries,
  rawMessageFlagEntries,
} from './rawChatEntries.js';
import { under } from './requiredPaths.js';
import { requireFields } from './requireFields.js';
import {
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
 *
 * @category Schemas
 */
export const RawCommandSchema: v.GenericSchema<unknown, RawCommand> = v.pipe(
  RawCommandObjectSchema,
  requireFields<v.InferOutput<typeof RawCommandObjectSchema>>(
    ['domain', 'member_id', 'application_token'],
    (entry) => entry.AUTH === undefined,
    'when the entry has no AUTH',
  ),
);

/** One invoked command as sent (`data[COMMAND][id]`); see `CommandCall`. @category Wire types */
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

/** `data[COMMAND]`: the invoked commands keyed by command id; at least one. @internal */
export const RawCommandMapSchema = idKeyedMapSchema(RawCommandSchema, 'command');

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
 *
 * @category Schemas
 */
export const RawCommandParamsSchema: v.GenericSchema<unknown, RawCommandParams> = v.pipe(
  RawCommandParamsObjectSchema,
  requireFields<RawCommandParamsObject>(
    ['CHAT_TYPE'],
    (params) => chatLetterOf(params) === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<RawCommandParamsObject>(['TO_USER_ID'], isPrivateParams, 'in a private chat'),
  requireFields<RawCommandParamsObject>(
    ['TO_CHAT_ID'],
    (params) => !isPrivateParams(params) && params.CHAT_ID === undefined,
    'in a group chat when CHAT_ID is missing',
  ),
);

/**
 * `data[PARAMS]` of ONIMCOMMANDADD as sent: the message and its chat; see `CommandMessage`.
 *
 * @category Wire types
 */
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

/** The keys a command entry (`data[COMMAND][id]`) always has; `AUTH`, when sent, has its own. @internal */
export const COMMAND_REQUIRED: readonly string[] = [
  'BOT_ID',
  'BOT_CODE',
  'COMMAND',
  'COMMAND_CONTEXT',
  'MESSAGE_ID',
  ...under('AUTH', AUTH_REQUIRED),
];

/** The keys `data[PARAMS]` of ONIMCOMMANDADD always has. @internal */
export const COMMAND_PARAMS_REQUIRED: readonly string[] = [
  'MESSAGE',
  'FROM_USER_ID',
  'DIALOG_ID',
  'MESSAGE_ID',
  'LANGUAGE',
];
