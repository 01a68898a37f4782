import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2Message } from '../../model/BotMessage.js';
import type { ImBotV2ChatEventBase } from '../../model/EventBases.js';
import type { ImBotV2ReactionAction } from '../../model/Reaction.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import {
  chatEventBase,
  normalizeImBotV2Message,
  normalizeReactionAction,
  theBot,
} from '../../normalize/normalizeV2.js';
import { toText } from '../../normalize/scalars.js';
import { eventSchema, type RawImBotV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  eventDataEntries,
  type RawImBotV2MessageData,
  RawImBotV2MessageSchema,
  V2_CHAT_EVENT_REQUIRED,
  V2_MESSAGE_REQUIRED,
} from '../../wire/v2Entities.js';
import { objectMessage, RawTextSchema, type WireText } from '../../wire/wire.js';
/** ONIMBOTV2REACTIONCHANGE as sent. @category Wire types */
export interface RawImBotV2ReactionChangeEvent
  extends RawImBotV2Envelope<'ONIMBOTV2REACTIONCHANGE'> {
  /** The event's data; `user` is who changed the reaction, `message` the message reacted to. */
  readonly data: RawImBotV2MessageData & {
    /** The reaction's code (`like`). */
    readonly reaction: WireText;
    /** `add` or `delete`. */
    readonly action: WireText;
  };
}

/** ONIMBOTV2REACTIONCHANGE exactly as sent (API 2.0). @category Schemas */
export const RawImBotV2ReactionChangeSchema: v.GenericSchema<
  unknown,
  RawImBotV2ReactionChangeEvent
> = /* @__PURE__ */ eventSchema(
  'ONIMBOTV2REACTIONCHANGE',
  v.looseObject(
    {
      ...eventDataEntries,
      reaction: RawTextSchema,
      action: RawTextSchema,
      message: RawImBotV2MessageSchema,
    },
    objectMessage,
  ),
);

/**
 * ONIMBOTV2REACTIONCHANGE (API 2.0): a user added or removed a reaction on a message of the bot.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/imbot.v2/events/events.html
 * @category Events
 */
export interface ImBotV2ReactionChangeEvent extends ImBotV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMBOTV2REACTIONCHANGE';
  /** The reaction's code (`'like'`), as sent. Wire: `data[reaction]`. */
  readonly reaction: string;
  /** Whether the reaction was added or removed. Wire: `data[action]` (`add`, `delete`). */
  readonly action: ImBotV2ReactionAction;
  /** The message reacted to. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The payload as validated. */
  readonly raw: RawImBotV2ReactionChangeEvent;
}

/**
 * Normalizes a validated ONIMBOTV2REACTIONCHANGE payload.
 *
 * @param raw The output of {@link RawImBotV2ReactionChangeSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImBotV2ReactionChange(
  raw: RawImBotV2ReactionChangeEvent,
  context: NormalizeContext,
): ImBotV2ReactionChangeEvent {
  return {
    event: raw.event,
    ...chatEventBase(raw, context, theBot),
    reaction: toText(raw.data.reaction),
    action: normalizeReactionAction(raw.data.action, context, 'data[action]'),
    message: normalizeImBotV2Message(raw.data.message, context, 'data[message]'),
    raw,
  };
}

const spec = {
  event: 'ONIMBOTV2REACTIONCHANGE',
  rawSchema: RawImBotV2ReactionChangeSchema,
  normalize: normalizeImBotV2ReactionChange,
  idKeyedMaps: [],
  required: [...V2_CHAT_EVENT_REQUIRED, ...V2_MESSAGE_REQUIRED, 'data[reaction]', 'data[action]'],
} as const;

/** ONIMBOTV2REACTIONCHANGE's entry in the event table. @internal */
export const imBotV2ReactionChange = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMBOTV2REACTIONCHANGE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 *
 * @category Schemas
 */
export const ImBotV2ReactionChangeSchema: v.GenericSchema<unknown, ImBotV2ReactionChangeEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imBotV2ReactionChange);

/**
 * Parses ONIMBOTV2REACTIONCHANGE (API 2.0): a reaction on the bot's message was added or removed. Takes every {@link EventInput}, as
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
 * const event = parseImBotV2ReactionChange(await request.text(), { applicationToken });
 * event.reaction;   // 'like'
 * event.action;     // 'add'
 * event.message.id; // 7004
 * ```
 * @category Events
 */
export function parseImBotV2ReactionChange(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2ReactionChangeEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImBotV2ReactionChange}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImBotV2ReactionChange(await request.text(), { applicationToken });
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.reaction; // 'like'
 * ```
 * @category Events
 */
export function safeParseImBotV2ReactionChange(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2ReactionChangeEvent> {
  return parser.safeParse(input, options);
}
