import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImBotV2Message } from '../../model/BotMessage.js';
import type { ImV2ChatEventBase } from '../../model/EventBases.js';
import type { ImBotV2ReactionAction } from '../../model/Reaction.js';
import type { User } from '../../model/User.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import {
  imV2ChatEventBase,
  normalizeImBotV2Message,
  normalizeReactionAction,
} from '../../normalize/normalizeV2.js';
import { toText } from '../../normalize/scalars.js';
import { imV2EventSchema, type RawImV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  IM_V2_CHAT_EVENT_REQUIRED,
  imV2EventDataEntries,
  RawImBotV2MessageSchema,
  type RawImV2MessageData,
  V2_MESSAGE_REQUIRED,
} from '../../wire/v2Entities.js';
import { objectMessage, RawTextSchema, type WireText } from '../../wire/wire.js';

/** ONIMV2REACTIONCHANGE as sent. @category Wire types */
export interface RawImV2ReactionChangeEvent extends RawImV2Envelope<'ONIMV2REACTIONCHANGE'> {
  /** The event's data; `user` is who changed the reaction, `message` the message reacted to. */
  readonly data: RawImV2MessageData & {
    /** The reaction's code (`like`). */
    readonly reaction: WireText;
    /** `add` or `delete`. */
    readonly action: WireText;
  };
}

/** ONIMV2REACTIONCHANGE exactly as sent (API 2.0 user event). @category Schemas */
export const RawImV2ReactionChangeSchema: v.GenericSchema<unknown, RawImV2ReactionChangeEvent> =
  /* @__PURE__ */ imV2EventSchema(
    'ONIMV2REACTIONCHANGE',
    v.looseObject(
      {
        ...imV2EventDataEntries,
        reaction: RawTextSchema,
        action: RawTextSchema,
        message: RawImBotV2MessageSchema,
      },
      objectMessage,
    ),
  );

/**
 * ONIMV2REACTIONCHANGE (API 2.0 user event): someone added or removed a reaction on any message
 * in a chat of the subscribed user (ONIMBOTV2REACTIONCHANGE covers only the bot's own messages).
 * The same shape as ONIMBOTV2REACTIONCHANGE without `bot`.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html
 * @category Events
 */
export interface ImV2ReactionChangeEvent extends ImV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMV2REACTIONCHANGE';
  /** The reaction's code (`'like'`), as sent. Wire: `data[reaction]`. */
  readonly reaction: string;
  /** Whether the reaction was added or removed. Wire: `data[action]` (`add`, `delete`). */
  readonly action: ImBotV2ReactionAction;
  /** The message reacted to. Wire: `data[message]`. */
  readonly message: ImBotV2Message;
  /** The user who reacted; `null` when absent. Wire: `data[user]`. */
  readonly user: User | null;
  /** The payload as validated. */
  readonly raw: RawImV2ReactionChangeEvent;
}

/**
 * Normalizes a validated ONIMV2REACTIONCHANGE payload.
 *
 * @param raw The output of {@link RawImV2ReactionChangeSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImV2ReactionChange(
  raw: RawImV2ReactionChangeEvent,
  context: NormalizeContext,
): ImV2ReactionChangeEvent {
  return {
    event: raw.event,
    ...imV2ChatEventBase(raw, context),
    reaction: toText(raw.data.reaction),
    action: normalizeReactionAction(raw.data.action, context, 'data[action]'),
    message: normalizeImBotV2Message(raw.data.message, context, 'data[message]'),
    raw,
  };
}

const spec = {
  event: 'ONIMV2REACTIONCHANGE',
  rawSchema: RawImV2ReactionChangeSchema,
  normalize: normalizeImV2ReactionChange,
  idKeyedMaps: [],
  required: [
    ...IM_V2_CHAT_EVENT_REQUIRED,
    ...V2_MESSAGE_REQUIRED,
    'data[reaction]',
    'data[action]',
  ],
} as const;

/** ONIMV2REACTIONCHANGE's entry in the event table. @internal */
export const imV2ReactionChange = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMV2REACTIONCHANGE as one valibot schema: the wire schema, then the normalizer (lenient). It
 * takes the payload with JSON's native types (as polled) or as a decoded form (string leaves).
 *
 * @category Schemas
 */
export const ImV2ReactionChangeSchema: v.GenericSchema<unknown, ImV2ReactionChangeEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imV2ReactionChange);

/**
 * Parses ONIMV2REACTIONCHANGE (API 2.0 user event): a reaction added or removed in a chat of the
 * subscribed user. Takes every {@link EventInput}, as {@link parseImCommandAdd} does: a polled
 * item's `data` wrapped as `{ event: item.type, data: item.data }`, as JSON or as a form body.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * // item: one event of an im.v2.Event.get answer
 * const event = parseImV2ReactionChange({ event: item.type, data: item.data });
 * event.reaction;   // 'like'
 * event.action;     // 'add'
 * event.message.id; // 7011
 * ```
 * @category Events
 */
export function parseImV2ReactionChange(
  input: EventInput,
  options?: ParseOptions,
): ImV2ReactionChangeEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImV2ReactionChange}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImV2ReactionChange({ event: item.type, data: item.data });
 * if (!result.success) return console.warn(result.error.message);
 * result.output.reaction; // 'like'
 * ```
 * @category Events
 */
export function safeParseImV2ReactionChange(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImV2ReactionChangeEvent> {
  return parser.safeParse(input, options);
}
