import type { PolledBotEventCode } from '../poll/PolledBotEvent.js';
import type { BotEventPayloadOverrides } from './BotEventPayload.js';
import { createBotEventPayload } from './createBotEventPayload.js';

/** One item of a test batch: its code, and what to change in its default. @category Testing */
export interface BotEventBatchItem<K extends PolledBotEventCode = PolledBotEventCode> {
  /** The event code. Wire: `type`. */
  readonly type: K;
  /** Changes to the default payload, by wire key, as for `createBotEventPayload` (on `data` here). */
  readonly overrides?: BotEventPayloadOverrides<K> | undefined;
  /** The item's id in the queue; by default the one after the previous item's. Wire: `eventId`. */
  readonly eventId?: number | undefined;
  /** When the event happened, ISO 8601 with an offset. Wire: `date`. @default '2026-06-09T14:05:12+02:00' */
  readonly date?: string | undefined;
}

/** Options of {@link createBotEventBatch}. @category Testing */
export interface CreateBotEventBatchOptions {
  /** The id of the first item without its own. @default 1 */
  readonly firstEventId?: number | undefined;
  /** The answer's `hasMore`. @default false */
  readonly hasMore?: boolean | undefined;
  /** The answer's `nextOffset`; by default the last item's id + 1 (`0` for an empty batch). */
  readonly nextOffset?: number | undefined;
}

/** A test answer of `imbot.v2.Event.get`. @category Testing */
export interface BotEventBatchAnswer {
  /** The batch. */
  readonly result: {
    /** The items: `eventId`, `type`, `date`, `data`. */
    readonly events: {
      /** The item's id in the queue. */
      readonly eventId: number;
      /** The event code. */
      readonly type: string;
      /** When the event happened (ISO 8601 with an offset). */
      readonly date: string;
      /** The event's data, as the default payload has it (without the bot's auth). */
      readonly data: unknown;
    }[];
    /** The offset to send next. */
    readonly nextOffset: number;
    /** Whether more events wait. */
    readonly hasMore: boolean;
  };
  /** The request timing every REST answer carries. */
  readonly time: {
    /** When the call started (unix time, seconds). */
    readonly start: number;
    /** When it finished (unix time, seconds). */
    readonly finish: number;
    /** How long it took, in seconds. */
    readonly duration: number;
  };
}

const DEFAULT_DATE = '2026-06-09T14:05:12+02:00';

/**
 * Builds an answer of `imbot.v2.Event.get` (API 2.0's polling method) for a bot's own tests:
 * `{ result: { events, nextOffset, hasMore }, time }`, each item made from the event's default
 * test payload (`createBotEventPayload`) as polling delivers it: its `data` without the bot's
 * `auth`, with `eventId`, `type` and `date` instead of the envelope. Scalars are the webhook's
 * strings, which {@link parseBotEventBatch} and `createBotEventPoller` take as they take JSON's
 * types.
 *
 * @param items The codes, or items with overrides, ids and dates.
 * @param options The first id, `hasMore`, `nextOffset`.
 * @returns The answer, fresh each call.
 * @throws {TypeError} For a code polling does not deliver, or ids that do not increase.
 *
 * @example
 * ```ts
 * const answer = createBotEventBatch([
 *   'ONIMBOTV2JOINCHAT',
 *   { type: 'ONIMBOTV2MESSAGEADD', overrides: { data: { message: { text: 'help' } } } },
 * ]);
 * const poller = createBotEventPoller(handlers, { call: async () => answer, botId: 1 });
 * await poller.poll(); // 3: both items handled
 * ```
 * @category Testing
 */
export function createBotEventBatch(
  items: readonly (PolledBotEventCode | BotEventBatchItem)[],
  options?: CreateBotEventBatchOptions,
): BotEventBatchAnswer {
  let nextId = options?.firstEventId ?? 1;
  const events = items.map((entry) => {
    const item: BotEventBatchItem = typeof entry === 'string' ? { type: entry } : entry;
    if (!/^ONIM(BOT)?V2/.test(item.type)) {
      throw new TypeError(
        `[bitrix24-imbot-events] createBotEventBatch: ${JSON.stringify(item.type)} is not an event imbot.v2.Event.get delivers`,
      );
    }
    const eventId = item.eventId ?? nextId;
    if (eventId < nextId) {
      throw new TypeError(
        '[bitrix24-imbot-events] createBotEventBatch: event ids must increase, as in the queue',
      );
    }
    nextId = eventId + 1;
    const payload = createBotEventPayload(item.type, item.overrides as never) as {
      data?: { bot?: Record<string, unknown> };
    };
    const data = payload.data ?? {};
    if (data.bot !== undefined) {
      const { auth: _auth, ...bot } = data.bot;
      data.bot = bot;
    }
    return { eventId, type: item.type, date: item.date ?? DEFAULT_DATE, data };
  });
  const last = events.at(-1)?.eventId;
  return {
    result: {
      events,
      nextOffset: options?.nextOffset ?? (last === undefined ? 0 : last + 1),
      hasMore: options?.hasMore ?? false,
    },
    time: { start: 1781006712.1, finish: 1781006712.15, duration: 0.05 },
  };
}
