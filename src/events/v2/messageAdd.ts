import type * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2Message } from '../../model/BotMessage.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import type { User } from '../../model/User.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { chatEventBase, normalizeImBotV2Message, theBot } from '../../normalize/normalizeV2.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  type RawImBotV2MessageData,
  RawMessageDataSchema,
  V2_CHAT_EVENT_REQUIRED,
  V2_MESSAGE_REQUIRED,
} from '../../wire/v2Entities.js';
/** ONIMBOTV2MESSAGEADD as sent. @category Wire types */
export interface RawImBotV2MessageAddEvent extends RawImBotV2Envelope<'ONIMBOTV2MESSAGEADD'> {
  /** The event's data. */
  readonly data: RawImBotV2MessageData;
}

/** ONIMBOTV2MESSAGEADD exactly as sent (API 2.0). @category Schemas */
export const RawImBotV2MessageAddSchema: v.GenericSchema<unknown, RawImBotV2MessageAddEvent> =
  /* @__PURE__ */ eventSchema('ONIMBOTV2MESSAGEADD', RawMessageDataSchema);

/**
 * ONIMBOTV2MESSAGEADD (API 2.0): a message was sent to the bot, or in a chat the bot is in.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2MessageAddEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2MESSAGEADD';
  /** The message. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The user who wrote the message; `null` when absent (system messages). Wire: `data[user]`. */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImBotV2MessageAddEvent;
}

/**
 * Normalizes a validated ONIMBOTV2MESSAGEADD payload.
 *
 * @param raw The output of {@link RawImBotV2MessageAddSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2MessageAdd(
  raw: RawImBotV2MessageAddEvent,
  context: NormalizeContext,
): ImBotV2MessageAddEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    message: normalizeImBotV2Message(raw.data.message, context, 'data[message]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2MESSAGEADD',
  rawSchema: RawImBotV2MessageAddSchema,
  normalize: normalizeImBotV2MessageAdd,
  idKeyedMaps: [],
  required: [...V2_CHAT_EVENT_REQUIRED, ...V2_MESSAGE_REQUIRED],
} as const;

/** ONIMBOTV2MESSAGEADD's entry in the event table. @internal */
export const imBotV2MessageAdd = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2MESSAGEADD as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2MessageAddSchema: v.GenericSchema<unknown, ImBotV2MessageAddEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2MessageAdd);

/**
 * Parses ONIMBOTV2MESSAGEADD (API 2.0): a message to the bot. Takes every {@link EventInput}, as
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
 * const event = parseImBotV2MessageAdd(await request.text(), { applicationToken });
 * event.message.text;  // '[USER=512]Helper[/USER] when is the release planned?'
 * event.chat.dialogId; // 'chat1200'
 * event.user?.name;    // 'Maria Novak'
 * ```
 * @category Events
 */
export function parseImBotV2MessageAdd(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2MessageAddEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2MessageAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2MessageAdd(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.message.id; // 7002
 * ```
 * @category Events
 */
export function safeParseImBotV2MessageAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2MessageAddEvent> {
  return parser.safeParse(input, options);
}
