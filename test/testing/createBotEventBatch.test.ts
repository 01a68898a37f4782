import { describe, expect, it } from 'vitest';
import {
  createBotEventBatch,
  createBotEventPayload,
  createBotEventPoller,
  type PolledBotEvent,
  parseBotEvent,
  parseBotEventBatch,
} from '../../src/index.js';

describe('createBotEventBatch', () => {
  it('makes an answer whose items parse as the defaults do, without the envelope and the bot auth', () => {
    const answer = createBotEventBatch([
      'ONIMBOTV2JOINCHAT',
      { type: 'ONIMBOTV2MESSAGEADD', overrides: { data: { message: { text: 'help' } } } },
      { type: 'ONIMV2MESSAGEADD', eventId: 10, date: '2026-01-02T03:04:05+00:00' },
    ]);
    expect(answer.result.nextOffset).toBe(11);
    expect(answer.result.hasMore).toBe(false);
    expect(answer.result.events.map((item) => [item.eventId, item.type])).toEqual([
      [1, 'ONIMBOTV2JOINCHAT'],
      [2, 'ONIMBOTV2MESSAGEADD'],
      [10, 'ONIMV2MESSAGEADD'],
    ]);
    expect(JSON.stringify(answer)).not.toContain('application_token');
    const batch = parseBotEventBatch(answer);
    expect(batch.failures).toEqual([]);
    const [join, message, user] = batch.events as PolledBotEvent[];
    expect(message).toMatchObject({ event: 'ONIMBOTV2MESSAGEADD', message: { text: 'help' } });
    expect(user?.date.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    const webhook = parseBotEvent(createBotEventPayload('ONIMBOTV2JOINCHAT')) as {
      chat: unknown;
    };
    expect((join as unknown as { chat: unknown }).chat).toEqual(webhook.chat);
  });

  it('drives a poller in a bot test', async () => {
    const seen: string[] = [];
    const poller = createBotEventPoller(
      {
        ONIMBOTV2MESSAGEADD: (event) => {
          seen.push(event.message.text);
        },
      },
      {
        call: async () =>
          createBotEventBatch(
            [{ type: 'ONIMBOTV2MESSAGEADD', overrides: { data: { message: { text: 'hi' } } } }],
            { firstEventId: 41 },
          ),
        botId: 1,
      },
    );
    expect(await poller.poll()).toBe(42);
    expect(seen).toEqual(['hi']);
  });

  it('refuses codes polling does not deliver, and ids that go back', () => {
    expect(() => createBotEventBatch(['ONIMCOMMANDADD' as never])).toThrow(/not an event/);
    expect(() =>
      createBotEventBatch([
        { type: 'ONIMBOTV2DELETE', eventId: 5 },
        { type: 'ONIMBOTV2DELETE', eventId: 3 },
      ]),
    ).toThrow(/increase/);
    expect(createBotEventBatch([]).result).toEqual({ events: [], nextOffset: 0, hasMore: false });
  });
});
