import { describe, expect, it } from 'vitest';
import {
  type BotEvent,
  EventParseError,
  type PolledBotEvent,
  parseBotEvent,
  parseBotEventBatch,
  safeParseBotEventBatch,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// imbot.v2.Event.get answers (fixtures/v2-fetch/, made by generate-batch.php from the same
// payloads as the webhook fixtures of fixtures/v2/).

const mixedText = fixtureText('v2-fetch/answer-mixed.json');
const mixed = () => JSON.parse(mixedText) as { result: { events: Record<string, unknown>[] } };
const NAMES = [
  'ONIMBOTV2JOINCHAT-private',
  'ONIMBOTV2MESSAGEADD-private',
  'ONIMBOTV2COMMANDADD-private',
  'ONIMBOTV2MESSAGEADD-group',
  'ONIMBOTV2COMMANDADD-group',
  'ONIMBOTV2REACTIONCHANGE-group',
  'ONIMBOTV2MESSAGEUPDATE-group',
  'ONIMBOTV2MESSAGEDELETE-group',
  'ONIMBOTV2CONTEXTGET-private',
  'ONIMBOTV2JOINCHAT-group',
  'ONIMBOTV2DELETE-webhook',
];

/** What the webhook event of the same payload has, less what polling does not send. */
function webhookPart(event: BotEvent): Record<string, unknown> {
  const {
    sentAt: _sentAt,
    auth: _auth,
    handlerId: _handlerId,
    raw: _raw,
    bot,
    commands,
    ...rest
  } = event as unknown as Record<string, unknown> & {
    bot?: { id: number; code: string };
    commands?: Record<string, unknown>[];
  };
  const out: Record<string, unknown> = { ...rest };
  if (bot !== undefined) out.bot = { id: bot.id, code: bot.code };
  if (commands !== undefined) {
    out.commands = commands.map(({ botAuth: _botAuth, ...command }) => command);
  }
  return out;
}

function polledPart(event: PolledBotEvent): Record<string, unknown> {
  const {
    eventId: _id,
    date: _date,
    raw: _raw,
    bot,
    ...rest
  } = event as unknown as Record<string, unknown> & { bot?: { id: number; code: string } };
  return bot === undefined ? rest : { ...rest, bot: { id: bot.id, code: bot.code } };
}

/** Every scalar as the webhook would send it: strings, true as '1', false as '0', null left out. */
function asWebhookStrings(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asWebhookStrings);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const text = asWebhookStrings(item);
      if (text !== undefined) out[key] = text;
    }
    return out;
  }
  return value;
}

describe('parseBotEventBatch', () => {
  it('reads a mixed answer: each event as its webhook gives it, in eventId order, with eventId and date', () => {
    const batch = parseBotEventBatch(mixed());
    expect(batch.failures).toEqual([]);
    expect(batch.nextOffset).toBe(2012);
    expect(batch.hasMore).toBe(true);
    expect(batch.events.map((event) => event.eventId)).toEqual(
      NAMES.map((_name, index) => 2001 + index),
    );
    for (const [index, name] of NAMES.entries()) {
      const polled = batch.events[index] as PolledBotEvent;
      const payload = JSON.parse(fixtureText(`v2/${name}.json`)) as { ts: number };
      expect(polled.event).toBe(name.split('-')[0]);
      expect(polled.known).toBe(true);
      expect(polled.date.getTime()).toBe(payload.ts * 1000);
      // The same event as the webhook's, but for what polling does not send.
      expect(polledPart(polled)).toEqual(webhookPart(parseBotEvent(payload as never)));
      // ... which is absent, not faked.
      for (const key of ['sentAt', 'auth', 'handlerId']) expect(polled).not.toHaveProperty(key);
      if ('bot' in polled) expect(polled.bot).not.toHaveProperty('auth');
      expect(polled.raw).not.toHaveProperty('ts');
    }
    const command = batch.events.find((event) => event.event === 'ONIMBOTV2COMMANDADD');
    expect(command).toBeDefined();
    expect((command as unknown as { commands: object[] }).commands[0]).not.toHaveProperty(
      'botAuth',
    );
  });

  it('reads bot events and the user events of withUserEvents in one list', () => {
    const batch = parseBotEventBatch(fixtureText('v2-fetch/answer-user-events.json'));
    expect(batch.failures).toEqual([]);
    expect(batch.events.map((event) => event.event)).toEqual([
      'ONIMBOTV2MESSAGEADD',
      'ONIMV2MESSAGEADD',
      'ONIMV2MESSAGEUPDATE',
      'ONIMV2REACTIONCHANGE',
      'ONIMV2MESSAGEDELETE',
      'ONIMV2JOINCHAT',
    ]);
    for (const [index, name] of [
      'ONIMV2MESSAGEADD-group',
      'ONIMV2MESSAGEUPDATE-group',
      'ONIMV2REACTIONCHANGE-group',
      'ONIMV2MESSAGEDELETE-group',
      'ONIMV2JOINCHAT-group',
    ].entries()) {
      const polled = batch.events[index + 1] as PolledBotEvent;
      expect(polled.eventId).toBe(3002 + index);
      // A user event is the same as parseBotEvent gives for its {event, data}.
      const payload = JSON.parse(fixtureText(`v2/${name}.json`));
      expect(polledPart(polled)).toEqual(webhookPart(parseBotEvent(payload)));
    }
  });

  it('takes the whole answer, its result, its JSON text and its bytes alike', () => {
    const expected = parseBotEventBatch(mixed());
    expect(parseBotEventBatch(mixed().result)).toEqual(expected);
    expect(parseBotEventBatch(mixedText)).toEqual(expected);
    expect(parseBotEventBatch(new TextEncoder().encode(mixedText))).toEqual(expected);
  });

  it('takes scalars as the webhook strings too (the docs say both)', () => {
    const strings = asWebhookStrings(mixed()) as Record<string, unknown>;
    const batch = parseBotEventBatch(strings);
    expect(batch.failures).toEqual([]);
    expect(batch.nextOffset).toBe(2012);
    expect(batch.hasMore).toBe(true);
    expect(batch.events.map(polledPart)).toEqual(
      parseBotEventBatch(mixed()).events.map(polledPart),
    );
  });

  it('puts a broken item in failures, with its id, code and error; the rest parse', () => {
    const answer = mixed();
    const broken = answer.result.events.find((item) => item.eventId === 2005) as {
      data: { message: { id: unknown } };
    };
    broken.data.message.id = 'not an id';
    answer.result.events.push({ eventId: 'x', type: 7, date: 'yesterday' });
    const batch = parseBotEventBatch(answer);
    expect(batch.events).toHaveLength(10);
    expect(batch.events.map((event) => event.eventId)).not.toContain(2005);
    expect(batch.failures).toHaveLength(2);
    const [item, garbage] = batch.failures;
    expect(item?.eventId).toBe(2005);
    expect(item?.type).toBe('ONIMBOTV2COMMANDADD');
    expect(item?.error).toBeInstanceOf(EventParseError);
    expect(item?.error.code).toBe('invalid_payload');
    expect(item?.error.issues[0]?.path).toBe('data[message][id]');
    expect(garbage?.eventId).toBeUndefined();
    expect(garbage?.error.issues.map((issue) => issue.path)).toEqual([
      'eventId',
      'type',
      'date',
      'data',
    ]);
  });

  it('passes a future type through as an unknown event, and refuses an API 1.0 code', () => {
    const answer = mixed();
    const [first] = answer.result.events;
    answer.result.events.push({ ...first, eventId: 3000, type: 'ONIMBOTV2CHATUPDATE' });
    answer.result.events.push({ ...first, eventId: 3001, type: 'ONIMCOMMANDADD' });
    const batch = parseBotEventBatch(answer);
    const future = batch.events.find((event) => event.eventId === 3000);
    expect(future).toMatchObject({ event: 'ONIMBOTV2CHATUPDATE', known: false });
    expect(future?.raw).toMatchObject({ event: 'ONIMBOTV2CHATUPDATE', data: { language: 'de' } });
    expect(batch.failures).toHaveLength(1);
    expect(batch.failures[0]?.error.code).toBe('wrong_event');
  });

  it('reads the offsets: empty batches keep the cursor, a fresh queue gives 0, lastEventId + 1 before 2026-03-25', () => {
    const empty = parseBotEventBatch(fixtureText('v2-fetch/answer-empty.json'));
    expect(empty).toEqual({ events: [], failures: [], nextOffset: 2012, hasMore: false });
    const fresh = parseBotEventBatch(fixtureText('v2-fetch/answer-first-call.json'));
    expect(fresh.nextOffset).toBe(0);
    const legacy = parseBotEventBatch(fixtureText('v2-fetch/answer-legacy.json'));
    expect(legacy.nextOffset).toBe(2004);
    expect(legacy.events.map((event) => event.eventId)).toEqual([2001, 2003]);
  });

  it('refuses an answer that is not a batch with malformed_body; safeParse returns it', () => {
    const cases: [unknown, RegExp][] = [
      [{ result: {} }, /list of events/],
      [{ error: 'BOT_NOT_FOUND', error_description: 'Bot not found' }, /REST error BOT_NOT_FOUND/],
      ['{"result":', /not valid JSON/],
      [42, /an integer/],
      [{ result: { events: [], nextOffset: 'soon' } }, /next offset/],
    ];
    for (const [answer, message] of cases) {
      expect(() => parseBotEventBatch(answer as never)).toThrow(EventParseError);
      const result = safeParseBotEventBatch(answer as never);
      expect(result.success).toBe(false);
      expect(result.error?.code).toBe('malformed_body');
      expect(result.error?.message).toMatch(message);
    }
    expect(safeParseBotEventBatch(undefined as never).success).toBe(false);
  });
});
