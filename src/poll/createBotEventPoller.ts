import type { Limits } from '../decode/limits.js';
import { resolveLimits } from '../decode/limits.js';
import { EventParseError } from '../errors/EventParseError.js';
import type { BotEventContextBase, BotEventWork } from '../handler/createBotEventHandler.js';
import type { PolledBotEvent, PolledBotEventCode, PolledBotEventMap } from './PolledBotEvent.js';
import { type BotEventBatchFailure, parseBotEventBatch } from './parseBotEventBatch.js';

/** What a poller's handler gets beside its event. @category Polling */
export interface BotEventPollerContext extends BotEventContextBase {
  /** The event's id in the bot's queue. Wire: `eventId`. */
  readonly eventId: number;
  /**
   * Runs work after the handler; the poller waits for it before the event counts as handled, so
   * a failure of the work (`work_failed`) holds the offset at this event, as a throwing handler
   * does.
   *
   * @param work A Promise, or a function that starts the work.
   */
  waitUntil(work: BotEventWork): void;
}

/**
 * The handlers of {@link createBotEventPoller}, keyed by the codes `imbot.v2.Event.get` delivers,
 * each receiving its polled event; `fallback` receives every event without a handler of its own,
 * unknown ones included. Handlers typed with `AnyDeliveryBotEventMap` and `BotEventContextBase`
 * serve `createBotEventHandler` too.
 *
 * @category Polling
 */
export type BotEventPollerHandlers = {
  readonly [Code in PolledBotEventCode]?: (
    event: PolledBotEventMap[Code],
    context: BotEventPollerContext,
  ) => unknown;
} & {
  /** The handler of every event without one of its own (unknown events included). */
  readonly fallback?:
    | ((event: PolledBotEvent, context: BotEventPollerContext) => unknown)
    | undefined;
};

/**
 * The user's REST client, as the poller calls it: the method and its params, resolving with the
 * REST answer (`{ result, time }`) or its `result`. b24jssdk's
 * `(method, params) => b24.callMethod(method, params).then((r) => r.getData())`, or a `fetch` to
 * an incoming webhook's URL. The poller does no I/O of its own.
 *
 * @category Polling
 */
export type BotEventPollerCall = (
  method: string,
  params: Readonly<Record<string, unknown>>,
  init: { readonly signal?: AbortSignal | undefined },
) => Promise<unknown>;

/**
 * What {@link BotEventPollerOptions.onError} is told: what failed, and for which event.
 *
 * @category Polling
 */
export interface BotEventPollerErrorInfo {
  /**
   * `handler_failed` (a handler threw: the offset holds at its event), `work_failed` (work
   * handed to `waitUntil` failed: the same), `item_failed` (an item could not be parsed: reported
   * and acknowledged), `call_failed` (the REST call failed), `answer_failed` (the answer was not
   * a batch), `offset_failed` (`onOffset` threw; the offset is kept in memory).
   */
  readonly code:
    | 'handler_failed'
    | 'work_failed'
    | 'item_failed'
    | 'call_failed'
    | 'answer_failed'
    | 'offset_failed';
  /** The event's id in the queue, when the failure concerns one. */
  readonly eventId?: number;
  /** The event code, when the failure concerns one. */
  readonly event?: string;
}

/** Options of {@link createBotEventPoller}. @category Polling */
export interface BotEventPollerOptions {
  /** The REST client: called with `imbot.v2.Event.get` and its params. */
  readonly call: BotEventPollerCall;
  /** The bot whose queue is read. Wire: `botId`. */
  readonly botId: number;
  /** The token chosen at registration, for a bot registered through an incoming webhook. Wire: `botToken`. */
  readonly botToken?: string | undefined;
  /** How many events a call may return, 1 to 1000 (the server's default is 100). Wire: `limit`. */
  readonly limit?: number | undefined;
  /** Also read the calling user's `ONIMV2*` events (needs scope `im` and `im.v2.Event.subscribe`). Wire: `withUserEvents`. */
  readonly withUserEvents?: boolean | undefined;
  /**
   * Where to start: the offset persisted by `onOffset` last time. Without it the first call sends
   * no `offset`, and the queue starts from its first unacknowledged event.
   */
  readonly offset?: number | undefined;
  /** Told each new offset once the events below it are handled: persist it, to start there next time. */
  readonly onOffset?: ((offset: number) => unknown) | undefined;
  /**
   * Told of every failure (see {@link BotEventPollerErrorInfo}). By default the poller writes one
   * line per failure to `console.error` (never a token); a function replaces it, `false`
   * silences it.
   */
  readonly onError?: ((error: unknown, info: BotEventPollerErrorInfo) => void) | false | undefined;
  /** How long `run` waits after a batch with nothing more waiting, in ms (the docs ask 5 to 30 s). @default 5000 */
  readonly idleInterval?: number | undefined;
  /** How long `run` waits after a batch with more waiting, in ms. @default 0 */
  readonly busyInterval?: number | undefined;
  /** The longest wait after failed calls, in ms (the wait doubles from 1 s). @default 60000 */
  readonly maxBackoff?: number | undefined;
  /** Bounds on the work each item may cause. */
  readonly limits?: Partial<Limits> | undefined;
  /** Treat unknown enum codes as invalid items. @default false */
  readonly strict?: boolean | undefined;
}

/** A poller of one bot's queue. @category Polling */
export interface BotEventPoller {
  /**
   * Makes one `imbot.v2.Event.get` call and runs the handlers in `eventId` order. At least once:
   * when a handler throws, it stops there and the next call's `offset` is that event's id (every
   * event before it acknowledged, none after); an item that cannot be parsed is reported and
   * acknowledged, so it cannot block the queue.
   *
   * @param signal Aborts between events (the offset then holds at the first event not run), and
   *   is handed to `call`.
   * @returns The offset to send next (`undefined` while the queue has given none).
   * @throws What `call` threw, or an {@link EventParseError} for an answer that is not a batch.
   */
  poll(signal?: AbortSignal): Promise<number | undefined>;
  /**
   * Polls until `signal` aborts: again at once (after `busyInterval`) while more events wait,
   * else after `idleInterval`; after a failed call or answer it reports the failure and waits
   * 1 s, 2 s, 4 s ... up to `maxBackoff`, and so after a failed handler before its event comes
   * again. It never throws; it resolves soon after `signal`
   * aborts (after the handler that is running).
   *
   * @param signal Stops the loop.
   * @returns When the loop has stopped.
   */
  run(signal: AbortSignal): Promise<void>;
  /** The offset to send next; `undefined` before the queue has given one. */
  readonly offset: number | undefined;
}

const PREFIX = '[bitrix24-imbot-events]';

function logFailure(error: unknown, info: BotEventPollerErrorInfo): void {
  const about =
    info.eventId === undefined
      ? ''
      : ` (${info.event === undefined ? '' : `${info.event}, `}event ${info.eventId})`;
  const text =
    error instanceof EventParseError
      ? error.message.replace(`${PREFIX} `, '').replace(/\s*\n\s*/g, ' ')
      : error instanceof Error
        ? (error.stack ?? `${error.name}: ${error.message}`)
        : String(error);
  console.error(`${PREFIX} poller ${info.code}${about}: ${text}`);
}

function checkNumber(name: string, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new TypeError(`${PREFIX} options.${name} must be an integer from ${min} to ${max}`);
  }
}

function checkOptions(options: BotEventPollerOptions): void {
  if (typeof options !== 'object' || options === null || typeof options.call !== 'function') {
    throw new TypeError(
      `${PREFIX} createBotEventPoller needs options.call, your REST client: (method, params) => Promise<answer>`,
    );
  }
  checkNumber('botId', options.botId ?? Number.NaN, 1, Number.MAX_SAFE_INTEGER);
  checkNumber('limit', options.limit, 1, 1000);
  checkNumber('offset', options.offset, 0, Number.MAX_SAFE_INTEGER);
  for (const name of ['idleInterval', 'busyInterval', 'maxBackoff'] as const) {
    checkNumber(name, options[name], 0, 86_400_000);
  }
  if (
    options.botToken !== undefined &&
    (typeof options.botToken !== 'string' || options.botToken === '')
  ) {
    throw new TypeError(
      `${PREFIX} options.botToken is empty or not a string: is the environment variable that holds it set? Leave it out for a bot of an OAuth app`,
    );
  }
  const { onError, onOffset } = options;
  if (onError !== undefined && onError !== false && typeof onError !== 'function') {
    throw new TypeError(`${PREFIX} options.onError must be a function or false`);
  }
  if (onOffset !== undefined && typeof onOffset !== 'function') {
    throw new TypeError(`${PREFIX} options.onOffset must be a function`);
  }
}

/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

type AnyPollerHandler = (event: PolledBotEvent, context: BotEventPollerContext) => unknown;

/** An entry of a batch in `eventId` order: an event to run, or a failure to report. */
type Entry =
  | { readonly eventId: number; readonly event: PolledBotEvent }
  | { readonly eventId: number | undefined; readonly failure: BotEventBatchFailure };

/** A handler's failure, and whether the handler itself or its deferred work threw. */
class HandlerFailure {
  constructor(
    readonly error: unknown,
    readonly code: 'handler_failed' | 'work_failed',
  ) {}
}

/** Runs one polled event's handler, then the work it deferred. */
async function runHandler(run: AnyPollerHandler, event: PolledBotEvent): Promise<void> {
  const deferred: BotEventWork[] = [];
  const context: BotEventPollerContext = {
    eventId: event.eventId,
    waitUntil: (work) => {
      if (typeof work !== 'function' && typeof (work as { then?: unknown })?.then !== 'function') {
        throw new TypeError(
          `${PREFIX} waitUntil takes a Promise or a function that starts the work`,
        );
      }
      deferred.push(work);
    },
  };
  try {
    await run(event, context);
  } catch (error) {
    throw new HandlerFailure(error, 'handler_failed');
  }
  for (const work of deferred) {
    try {
      await (typeof work === 'function' ? work() : work);
    } catch (error) {
      throw new HandlerFailure(error, 'work_failed');
    }
  }
}

/**
 * Creates a poller of a bot's queue (API 2.0's fetch mode, `imbot.v2.Event.get`): your REST
 * client in, typed events out to your handlers, with at-least-once offsets. The library does no
 * I/O: `options.call` makes the REST call.
 *
 * `poll()` makes one call and runs the handlers in `eventId` order; `run(signal)` polls until the
 * signal aborts. Acknowledging is the hard part of polling: an `offset` acknowledges every event
 * below it, so the poller sends, as the next `offset`, the batch's `nextOffset` once every event
 * of the batch is handled, and the id of the event whose handler threw otherwise (that event and
 * those after it come again). Handlers should be idempotent (an event may come twice after a
 * crash); persist the offset with `onOffset` and give it back as `offset` on start.
 *
 * @param handlers The handlers, by event code, and `fallback`.
 * @param options The REST client, the bot, where to start, how to persist the offset, pacing.
 * @returns The poller.
 * @throws {TypeError} For invalid options, at once.
 *
 * @example
 * ```ts
 * const poller = createBotEventPoller(
 *   { ONIMBOTV2MESSAGEADD: (event) => console.log(event.eventId, event.message.text) },
 *   {
 *     call: (method, params) => b24.callMethod(method, params).then((r) => r.getData()),
 *     botId: 456,
 *     offset: await store.get('offset'),
 *     onOffset: (offset) => store.set('offset', offset),
 *   },
 * );
 * await poller.run(AbortSignal.timeout(60_000));
 * ```
 * @category Polling
 */
export function createBotEventPoller(
  handlers: BotEventPollerHandlers,
  options: BotEventPollerOptions,
): BotEventPoller {
  checkOptions(options);
  const limits = resolveLimits(options.limits);
  const { call, onOffset } = options;
  const report = options.onError === false ? () => {} : (options.onError ?? logFailure);
  const table = handlers as Readonly<Record<string, AnyPollerHandler | undefined>>;
  let offset = options.offset;
  let hasMore = false;
  /** Whether the last poll stopped at a failed handler (run then backs off before retrying it). */
  let stalled = false;
  let polling = false;

  const params = (): Record<string, unknown> => {
    const out: Record<string, unknown> = { botId: options.botId };
    if (options.botToken !== undefined) out.botToken = options.botToken;
    if (options.limit !== undefined) out.limit = options.limit;
    if (options.withUserEvents === true) out.withUserEvents = true;
    if (offset !== undefined) out.offset = offset;
    return out;
  };

  const advance = async (next: number | undefined): Promise<void> => {
    // 0 is a fresh queue's "no cursor yet"; the cursor never moves backwards.
    if (next === undefined || next === 0 || (offset !== undefined && next <= offset)) return;
    offset = next;
    try {
      await onOffset?.(next);
    } catch (error) {
      report(error, { code: 'offset_failed' });
    }
  };

  const poll = async (signal?: AbortSignal): Promise<number | undefined> => {
    if (polling) throw new Error(`${PREFIX} poll() is already running`);
    polling = true;
    try {
      const answer = await call('imbot.v2.Event.get', params(), { signal });
      const batch = parseBotEventBatch(answer, {
        limits,
        strict: options.strict,
      });
      hasMore = batch.hasMore;
      stalled = false;
      const entries: Entry[] = [
        ...batch.events.map((event) => ({ eventId: event.eventId, event })),
        ...batch.failures.map((failure) => ({ eventId: failure.eventId, failure })),
      ].sort(
        (a, b) => (a.eventId ?? Number.MAX_SAFE_INTEGER) - (b.eventId ?? Number.MAX_SAFE_INTEGER),
      );
      for (const entry of entries) {
        if ('failure' in entry) {
          const { failure } = entry;
          const info: BotEventPollerErrorInfo = { code: 'item_failed' };
          report(failure.error, {
            ...info,
            ...(failure.eventId === undefined ? {} : { eventId: failure.eventId }),
            ...(failure.type === undefined ? {} : { event: failure.type }),
          });
          continue; // acknowledged with the rest: a poison item cannot block the queue
        }
        const { event } = entry;
        if (signal?.aborted === true) {
          await advance(event.eventId);
          return offset;
        }
        const run = (event.known ? table[event.event] : undefined) ?? table.fallback;
        if (run === undefined) continue;
        try {
          await runHandler(run, event);
        } catch (caught) {
          const failure = caught as HandlerFailure;
          report(failure.error, { code: failure.code, eventId: event.eventId, event: event.event });
          // At least once: this event and those after it come again.
          stalled = true;
          await advance(event.eventId);
          return offset;
        }
      }
      await advance(batch.nextOffset);
      return offset;
    } finally {
      polling = false;
    }
  };

  const run = async (signal: AbortSignal): Promise<void> => {
    let backoff = 0;
    while (!signal.aborted) {
      let wait: number;
      const grow = (): number => {
        backoff = Math.min(Math.max(backoff * 2, 1000), options.maxBackoff ?? 60_000);
        return backoff;
      };
      try {
        await poll(signal);
        if (stalled) {
          // A handler failed (reported): retry its event, but not in a tight loop.
          wait = grow();
        } else {
          backoff = 0;
          wait = hasMore ? (options.busyInterval ?? 0) : (options.idleInterval ?? 5000);
        }
      } catch (error) {
        report(error, { code: error instanceof EventParseError ? 'answer_failed' : 'call_failed' });
        wait = grow();
      }
      await sleep(wait, signal);
    }
  };

  return {
    poll,
    run,
    get offset() {
      return offset;
    },
  };
}
