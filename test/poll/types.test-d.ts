import { describe, expectTypeOf, it } from 'vitest';
import {
  type AnyDeliveryBotEventMap,
  type BotEventContextBase,
  type BotEventMap,
  createBotEventHandler,
  createBotEventPoller,
  type PolledBotEventCode,
  type PolledBotEventMap,
} from '../../src/index.js';

describe('polled event types', () => {
  it('are the webhook types without what polling does not send, with eventId and date', () => {
    type Command = PolledBotEventMap['ONIMBOTV2COMMANDADD'];
    expectTypeOf<Command>().toHaveProperty('eventId').toEqualTypeOf<number>();
    expectTypeOf<Command>().toHaveProperty('date').toEqualTypeOf<Date>();
    expectTypeOf<Command>().not.toHaveProperty('auth');
    expectTypeOf<Command>().not.toHaveProperty('sentAt');
    expectTypeOf<Command>().not.toHaveProperty('handlerId');
    expectTypeOf<Command['bot']>().not.toHaveProperty('auth');
    expectTypeOf<Command['commands'][0]>().not.toHaveProperty('botAuth');
    expectTypeOf<Command['message']>().toEqualTypeOf<
      BotEventMap['ONIMBOTV2COMMANDADD']['message']
    >();
    // The wire types keep unknown keys (an index signature): ts is only that, not the envelope's.
    expectTypeOf<Command['raw']['ts']>().toEqualTypeOf<unknown>();
    expectTypeOf<BotEventMap['ONIMBOTV2COMMANDADD']['raw']['ts']>().not.toEqualTypeOf<unknown>();
    expectTypeOf<Command['raw']['data']['command']>().toEqualTypeOf<
      BotEventMap['ONIMBOTV2COMMANDADD']['raw']['data']['command']
    >();
  });

  it('cover the API 2.0 codes only', () => {
    expectTypeOf<'ONIMBOTV2MESSAGEADD'>().toMatchTypeOf<PolledBotEventCode>();
    expectTypeOf<'ONIMCOMMANDADD'>().not.toMatchTypeOf<PolledBotEventCode>();
    expectTypeOf<'ONAPPINSTALL'>().not.toMatchTypeOf<PolledBotEventCode>();
  });

  it('let one handler serve the webhook endpoint and the poller', () => {
    const onMessage = (
      event: AnyDeliveryBotEventMap['ONIMBOTV2MESSAGEADD'],
      context: BotEventContextBase,
    ) => {
      expectTypeOf(event.message.text).toEqualTypeOf<string>();
      if ('eventId' in event) expectTypeOf(event.eventId).toEqualTypeOf<number>();
      else expectTypeOf(event.sentAt).toEqualTypeOf<Date>();
      context.waitUntil(() => undefined);
    };
    createBotEventHandler({ ONIMBOTV2MESSAGEADD: onMessage }, { applicationToken: false });
    createBotEventPoller({ ONIMBOTV2MESSAGEADD: onMessage }, { call: async () => ({}), botId: 1 });
    // A handler that needs the webhook's auth does not fit the poller.
    const needsAuth = (event: BotEventMap['ONIMBOTV2MESSAGEADD']) => event.auth.memberId;
    createBotEventPoller(
      // @ts-expect-error a polled event has no auth
      { ONIMBOTV2MESSAGEADD: needsAuth },
      { call: async () => ({}), botId: 1 },
    );
  });
});
