import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type BotEventPollerErrorInfo,
  type BotEventPollerOptions,
  createBotEventPoller,
  EventParseError,
  type PolledBotEvent,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// The poller against a fake imbot.v2.Event.get: a queue that returns the items from the offset
// it is sent on, and keeps what was not acknowledged.

type Item = Record<string, unknown> & { eventId: number };
const ITEMS = (
  JSON.parse(fixtureText('v2-fetch/answer-mixed.json')) as { result: { events: Item[] } }
).result.events;

/** A fake queue: `offset` acknowledges every item below it; at most `limit` items an answer. */
function fakeQueue(items: Item[], limit = 100) {
  const calls: Record<string, unknown>[] = [];
  let acknowledged = 0;
  const queue = [...items].sort((a, b) => a.eventId - b.eventId);
  const call: BotEventPollerOptions['call'] = async (method, params) => {
    expect(method).toBe('imbot.v2.Event.get');
    calls.push({ ...params });
    if (typeof params.offset === 'number') acknowledged = Math.max(acknowledged, params.offset);
    const waiting = queue.filter((item) => item.eventId >= acknowledged);
    const events = waiting.slice(0, (params.limit as number | undefined) ?? limit);
    const last = events.at(-1)?.eventId;
    return {
      result: {
        events,
        nextOffset: last === undefined ? acknowledged : last + 1,
        hasMore: waiting.length > events.length,
      },
      time: {},
    };
  };
  return { call, calls };
}

function recorder() {
  const seen: number[] = [];
  const errors: [unknown, BotEventPollerErrorInfo][] = [];
  const offsets: number[] = [];
  return {
    seen,
    errors,
    offsets,
    fallback: (event: PolledBotEvent) => {
      seen.push(event.eventId);
    },
    onError: (error: unknown, info: BotEventPollerErrorInfo) => {
      errors.push([error, info]);
    },
    onOffset: (offset: number) => {
      offsets.push(offset);
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createBotEventPoller: poll()', () => {
  it('sends no offset on the very first call, runs the handlers in eventId order, then acknowledges the batch', async () => {
    const { call, calls } = fakeQueue(ITEMS);
    const r = recorder();
    const poller = createBotEventPoller(
      { fallback: r.fallback },
      { call, botId: 315, onError: r.onError, onOffset: r.onOffset },
    );
    expect(poller.offset).toBeUndefined();
    expect(await poller.poll()).toBe(2012);
    expect(calls[0]).toEqual({ botId: 315 });
    expect(r.seen).toEqual(ITEMS.map((item) => item.eventId).sort((a, b) => a - b));
    expect(r.offsets).toEqual([2012]);
    expect(poller.offset).toBe(2012);
    // The next call acknowledges them: nothing comes again.
    expect(await poller.poll()).toBe(2012);
    expect(calls[1]).toEqual({ botId: 315, offset: 2012 });
    expect(r.seen).toHaveLength(ITEMS.length);
    expect(r.errors).toEqual([]);
  });

  it('starts at the given offset and sends the bot token, limit and withUserEvents', async () => {
    const { call, calls } = fakeQueue(ITEMS);
    const r = recorder();
    const poller = createBotEventPoller(
      { fallback: r.fallback },
      {
        call,
        botId: 315,
        botToken: 'registration-token',
        limit: 3,
        withUserEvents: true,
        offset: 2009,
        onError: r.onError,
      },
    );
    expect(await poller.poll()).toBe(2012);
    expect(calls[0]).toEqual({
      botId: 315,
      botToken: 'registration-token',
      limit: 3,
      withUserEvents: true,
      offset: 2009,
    });
    expect(r.seen).toEqual([2009, 2010, 2011]);
  });

  it('stops at a throwing handler: the next offset is its event, every event before it acknowledged, none after', async () => {
    const { call, calls } = fakeQueue(ITEMS);
    const r = recorder();
    let failing = true;
    const poller = createBotEventPoller(
      {
        ONIMBOTV2REACTIONCHANGE: (event) => {
          r.seen.push(event.eventId);
          if (failing) throw new Error('the database is down');
        },
        fallback: r.fallback,
      },
      { call, botId: 315, onError: r.onError, onOffset: r.onOffset },
    );
    expect(await poller.poll()).toBe(2006);
    expect(r.seen).toEqual([2001, 2002, 2003, 2004, 2005, 2006]);
    expect(r.offsets).toEqual([2006]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.[1]).toEqual({
      code: 'handler_failed',
      eventId: 2006,
      event: 'ONIMBOTV2REACTIONCHANGE',
    });
    // The failed event and those after it come again, and only they.
    failing = false;
    expect(await poller.poll()).toBe(2012);
    expect(calls[1]).toEqual({ botId: 315, offset: 2006 });
    expect(r.seen.slice(6)).toEqual([2006, 2007, 2008, 2009, 2010, 2011]);
  });

  it('reports a poison item and acknowledges it: it cannot block the queue', async () => {
    const items = structuredClone(ITEMS);
    const poison = items.find((item) => item.eventId === 2004) as unknown as {
      data: { chat: unknown };
    };
    poison.data.chat = 'not a chat';
    const { call } = fakeQueue(items);
    const r = recorder();
    const poller = createBotEventPoller(
      { fallback: r.fallback },
      { call, botId: 315, onError: r.onError, onOffset: r.onOffset },
    );
    expect(await poller.poll()).toBe(2012);
    expect(r.seen).not.toContain(2004);
    expect(r.seen).toHaveLength(ITEMS.length - 1);
    expect(r.errors).toHaveLength(1);
    const [error, info] = r.errors[0] ?? [];
    expect(error).toBeInstanceOf(EventParseError);
    expect(info).toEqual({ code: 'item_failed', eventId: 2004, event: 'ONIMBOTV2MESSAGEADD' });
  });

  it('waits for deferred work before an event counts as handled; failed work holds the offset', async () => {
    const { call } = fakeQueue(ITEMS);
    const r = recorder();
    const order: string[] = [];
    const poller = createBotEventPoller(
      {
        ONIMBOTV2MESSAGEADD: (event, { waitUntil }) => {
          waitUntil(async () => {
            order.push(`work ${event.eventId}`);
            if (event.eventId === 2004) throw new Error('REST call failed');
          });
          order.push(`handler ${event.eventId}`);
        },
      },
      { call, botId: 315, onError: r.onError },
    );
    expect(await poller.poll()).toBe(2004);
    expect(order).toEqual(['handler 2002', 'work 2002', 'handler 2004', 'work 2004']);
    expect(r.errors[0]?.[1]).toEqual({
      code: 'work_failed',
      eventId: 2004,
      event: 'ONIMBOTV2MESSAGEADD',
    });
  });

  it('keeps 0 as no cursor, and never moves the offset backwards', async () => {
    const first = fakeQueue([]);
    const fresh = createBotEventPoller({}, { call: first.call, botId: 315 });
    expect(await fresh.poll()).toBeUndefined();
    expect(await fresh.poll()).toBeUndefined();
    expect(first.calls).toEqual([{ botId: 315 }, { botId: 315 }]);
    const behind = createBotEventPoller(
      {},
      {
        call: async () => ({ result: { events: [], nextOffset: 10, hasMore: false } }),
        botId: 315,
        offset: 50,
      },
    );
    expect(await behind.poll()).toBe(50);
  });

  it('rejects when the call fails or the answer is not a batch', async () => {
    const down = createBotEventPoller(
      {},
      {
        call: () => Promise.reject(new Error('ECONNRESET')),
        botId: 315,
      },
    );
    await expect(down.poll()).rejects.toThrow('ECONNRESET');
    const refused = createBotEventPoller(
      {},
      { call: async () => ({ error: 'BOT_OWNERSHIP_ERROR' }), botId: 315 },
    );
    await expect(refused.poll()).rejects.toThrow(/REST error BOT_OWNERSHIP_ERROR/);
  });

  it('logs one line per failure by default, with the event and its id', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void lines.push(String(line)));
    const { call } = fakeQueue(ITEMS);
    const poller = createBotEventPoller(
      {
        ONIMBOTV2DELETE: () => {
          throw new Error('cleanup failed');
        },
      },
      { call, botId: 315 },
    );
    expect(await poller.poll()).toBe(2011);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[bitrix24-imbot-events\] poller handler_failed \(ONIMBOTV2DELETE, event 2011\): Error: cleanup failed\n/,
    );
  });
});

describe('createBotEventPoller: run(signal)', () => {
  it('polls again at once while more wait, then waits the idle interval, and resolves soon after abort', async () => {
    const { call, calls } = fakeQueue(ITEMS, 4);
    const r = recorder();
    const poller = createBotEventPoller(
      { fallback: r.fallback },
      { call, botId: 315, idleInterval: 60_000, onError: r.onError },
    );
    const controller = new AbortController();
    const running = poller.run(controller.signal);
    await vi.waitFor(() => expect(r.seen).toHaveLength(ITEMS.length));
    // 4 + 4 + 3 items: three calls at once, then the loop idles.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.length).toBe(3);
    const started = Date.now();
    controller.abort();
    await running;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(poller.offset).toBe(2012);
    expect(r.errors).toEqual([]);
  });

  it('reports failed calls, backs off, never throws, and goes on when the portal answers again', async () => {
    const { call: queueCall } = fakeQueue(ITEMS);
    let failures = 2;
    const r = recorder();
    const poller = createBotEventPoller(
      { fallback: r.fallback },
      {
        call: (method, params, init) =>
          failures-- > 0 ? Promise.reject(new Error('503')) : queueCall(method, params, init),
        botId: 315,
        maxBackoff: 20,
        idleInterval: 60_000,
        onError: r.onError,
      },
    );
    const controller = new AbortController();
    const running = poller.run(controller.signal);
    await vi.waitFor(() => expect(r.seen).toHaveLength(ITEMS.length));
    controller.abort();
    await expect(running).resolves.toBeUndefined();
    expect(r.errors.map(([, info]) => info.code)).toEqual(['call_failed', 'call_failed']);
  });

  it('stops between events when the signal aborts: the offset holds at the first event not run', async () => {
    const { call } = fakeQueue(ITEMS);
    const controller = new AbortController();
    const seen: number[] = [];
    const poller = createBotEventPoller(
      {
        fallback: (event) => {
          seen.push(event.eventId);
          if (event.eventId === 2003) controller.abort();
        },
      },
      { call, botId: 315, onError: false },
    );
    await poller.run(controller.signal);
    expect(seen).toEqual([2001, 2002, 2003]);
    expect(poller.offset).toBe(2004);
  });
});

describe('createBotEventPoller: options', () => {
  it('refuses invalid options at once, with a sentence', () => {
    const call = async () => ({});
    expect(() => createBotEventPoller({}, {} as never)).toThrow(/options\.call/);
    expect(() => createBotEventPoller({}, { call, botId: 0 })).toThrow(/botId/);
    expect(() => createBotEventPoller({}, { call, botId: 1, limit: 5000 })).toThrow(/limit/);
    expect(() => createBotEventPoller({}, { call, botId: 1, botToken: '' })).toThrow(
      /environment variable/,
    );
    expect(() => createBotEventPoller({}, { call, botId: 1, onError: 'x' as never })).toThrow(
      /onError/,
    );
  });
});
