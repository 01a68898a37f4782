import type { FormObject } from '../decode/FormObject.js';
import type { BotEventMap, KnownBotEventCode } from '../events/table.js';
import type { Bot } from '../model/Bot.js';
import type { CommandCall } from '../model/CommandCall.js';

/**
 * The codes `imbot.v2.Event.get` delivers: the API 2.0 bot events (`ONIMBOTV2*`) and, with
 * `withUserEvents`, the user events (`ONIMV2*`).
 *
 * @category Polling
 */
export type PolledBotEventCode = Extract<
  KnownBotEventCode,
  `ONIMBOTV2${string}` | `ONIMV2${string}`
>;

/**
 * A wire payload without the envelope a polled item does not have (`ts`, `auth`, handler id).
 * (A mapped type, not `Omit`: the wire types have an index signature, which `Omit` would keep
 * alone.)
 *
 * @category Polling
 */
export type PolledRaw<Raw> = {
  [Key in keyof Raw as Key extends 'ts' | 'auth' | 'event_handler_id' | 'event_id'
    ? never
    : Key]: Raw[Key];
};

/** The fields a polled item has that a webhook's body does not. @category Polling */
export interface PolledFields {
  /** The event's id in the bot's queue; acknowledge it by sending a greater `offset`. Wire: `eventId`. */
  readonly eventId: number;
  /** When the event happened. Wire: `date` (ISO 8601 with an offset). */
  readonly date: Date;
}

/**
 * An event as `imbot.v2.Event.get` delivers it: the same normalized type as its code's webhook
 * event, without what polling does not send (`sentAt` from `ts`, `auth`, `handlerId`, the bot's
 * `auth` and a command's `botAuth`), with the item's `eventId` and `date`.
 *
 * @typeParam Event The webhook event type.
 * @category Polling
 */
export type Polled<
  Event extends {
    /** The payload as validated. */
    readonly raw: unknown;
  },
> = Omit<Event, 'sentAt' | 'auth' | 'handlerId' | 'raw' | 'bot' | 'commands'> &
  (Event extends {
    /** The bot the event is for. */
    readonly bot: Bot;
  }
    ? PolledBotField
    : unknown) &
  (Event extends {
    /** The invoked command. */
    readonly commands: readonly [CommandCall];
  }
    ? PolledCommandsField
    : unknown) &
  PolledFields &
  PolledRawField<Event['raw']>;

/**
 * The bot of a polled event: the whole bot, without the `auth` a webhook sends.
 *
 * @category Polling
 */
export interface PolledBotField {
  /** The bot the event is for, without `auth`. Wire: `data[bot]`. */
  readonly bot: Omit<Bot, 'auth'>;
}

/**
 * The command of a polled ONIMBOTV2COMMANDADD: without `botAuth`, which comes from the bot's `auth`.
 *
 * @category Polling
 */
export interface PolledCommandsField {
  /** The invoked command, without `botAuth`. Wire: `data[command]`. */
  readonly commands: readonly [Omit<CommandCall, 'botAuth'>];
}

/** The payload of a polled event, as validated. @category Polling */
export interface PolledRawField<Raw> {
  /** The item as validated: its code as `event`, and `data` (scalars as the webhook sends them). */
  readonly raw: PolledRaw<Raw>;
}

/** Each code `imbot.v2.Event.get` delivers, mapped to its polled event type. @category Polling */
export type PolledBotEventMap = {
  [Code in PolledBotEventCode]: Polled<BotEventMap[Code]>;
};

/** A polled event of a code this library knows. @category Polling */
export type PolledKnownBotEvent = PolledBotEventMap[PolledBotEventCode];

/** A polled event of a code this library does not know (yet), passed through. @category Polling */
export interface PolledUnknownBotEvent extends PolledFields {
  /** The event code as sent. Wire: `type`. */
  readonly event: string;
  /** Always `false`: tells this apart from the known events. */
  readonly known: false;
  /** The item as decoded: its code as `event`, and `data` (string leaves). */
  readonly raw: Readonly<FormObject>;
}

/** What a polled batch holds: a known event, or an unknown one passed through. @category Polling */
export type PolledBotEvent = PolledKnownBotEvent | PolledUnknownBotEvent;

/**
 * Each known event code mapped to the type a handler serving both deliveries gets: the webhook
 * event or the polled one. A handler typed with it serves `createBotEventHandler` and
 * `createBotEventPoller` alike (read `sentAt`, `auth` only after checking `'auth' in event`).
 *
 * @category Polling
 */
export type AnyDeliveryBotEventMap = {
  [Code in KnownBotEventCode]: Code extends PolledBotEventCode
    ? BotEventMap[Code] | PolledBotEventMap[Code]
    : BotEventMap[Code];
};
