import * as v from 'valibot';
import { describeKind } from '../errors/EventParseError.js';
import { RawAuthSchema, rawAuthEntries } from './RawAuthSchema.js';
import { RawUserSchema } from './RawUserSchema.js';
import { rawChatEntries, rawMessageFlagEntries } from './rawChatEntries.js';
import { requireFields } from './requireFields.js';
import {
  isSafeDigits,
  objectMessage,
  RawIdSchema,
  RawIntegerSchema,
  RawTextSchema,
  RawUnixTimeSchema,
  RawYesNoSchema,
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
export const RawCommandSchema = v.pipe(
  RawCommandObjectSchema,
  requireFields<v.InferOutput<typeof RawCommandObjectSchema>>(
    ['domain', 'member_id', 'application_token'],
    (entry) => entry.AUTH === undefined,
    'when the entry has no AUTH',
  ),
);

/** One invoked command as sent (the output of {@link RawCommandSchema}). */
export type RawCommand = v.InferOutput<typeof RawCommandSchema>;

/** `data[COMMAND]`: the invoked commands keyed by command id; at least one. */
const RawCommandMapSchema = v.pipe(
  v.record(
    v.custom<string>(
      (key) => typeof key === 'string' && isSafeDigits(key),
      (issue) =>
        `expected a command id as the key (decimal digits), found ${describeKind(issue.input)}`,
    ),
    RawCommandSchema,
    objectMessage,
  ),
  v.check(
    (commands) => Object.keys(commands).length > 0,
    'expected at least one command, found none',
  ),
);

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
    TO_CHAT_ID: RawIdSchema,
    AUTHOR_ID: RawIdSchema,
    SYSTEM: RawYesNoSchema,
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
export const RawCommandParamsSchema = v.pipe(
  RawCommandParamsObjectSchema,
  requireFields<RawCommandParamsObject>(
    ['CHAT_TYPE'],
    (params) => params.CHAT_TYPE === undefined && params.MESSAGE_TYPE === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<RawCommandParamsObject>(['TO_USER_ID'], isPrivate, 'in a private chat'),
);

/** `data[PARAMS]` of ONIMCOMMANDADD as sent (the output of {@link RawCommandParamsSchema}). */
export type RawCommandParams = v.InferOutput<typeof RawCommandParamsSchema>;

/**
 * The ONIMCOMMANDADD payload exactly as Bitrix24 sends it: Bitrix key names, scalars as strings
 * (native numbers and booleans also accepted, as a JSON body may carry them), unknown keys kept.
 * It validates formats (ids, flags, times) but converts nothing; {@link ImCommandAddSchema}
 * normalizes its output.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/commands/events/on-im-command-add.html
 */
export const RawImCommandAddSchema = v.looseObject(
  {
    event: v.literal('ONIMCOMMANDADD', (issue) =>
      issue.input === undefined
        ? 'is required but missing'
        : "expected the event code 'ONIMCOMMANDADD'",
    ),
    event_handler_id: RawIdSchema,
    data: v.looseObject(
      {
        COMMAND: RawCommandMapSchema,
        PARAMS: RawCommandParamsSchema,
        USER: v.optional(RawUserSchema),
      },
      objectMessage,
    ),
    ts: RawUnixTimeSchema,
    auth: RawAuthSchema,
  },
  objectMessage,
);

/** The ONIMCOMMANDADD payload as sent (the output of {@link RawImCommandAddSchema}). */
export type RawImCommandAddEvent = v.InferOutput<typeof RawImCommandAddSchema>;
