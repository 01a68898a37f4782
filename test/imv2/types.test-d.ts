import { describe, expectTypeOf, it } from 'vitest';
import type {
  AppPaymentEvent,
  Chat,
  EventAuth,
  EventAuthWithOptionalToken,
  ImBotV2Message,
  ImBotV2ReactionAction,
  ImV2Chat,
  ImV2JoinChatEvent,
  ImV2MessageAddEvent,
  ImV2MessageDeleteEvent,
  ImV2MessageUpdateEvent,
  ImV2ReactionChangeEvent,
  KnownBotEvent,
  UnknownBotEvent,
  User,
} from '../../src/index.js';
import {
  parseImV2JoinChat,
  parseImV2MessageAdd,
  parseImV2MessageDelete,
  parseImV2MessageUpdate,
  parseImV2ReactionChange,
  verifyApplicationToken,
} from '../../src/index.js';

type ImV2Event =
  | ImV2MessageAddEvent
  | ImV2MessageUpdateEvent
  | ImV2MessageDeleteEvent
  | ImV2ReactionChangeEvent
  | ImV2JoinChatEvent;

describe('the user events (ONIMV2*)', () => {
  it('each parser returns its event', () => {
    expectTypeOf(parseImV2MessageAdd('')).toEqualTypeOf<ImV2MessageAddEvent>();
    expectTypeOf(parseImV2MessageUpdate('')).toEqualTypeOf<ImV2MessageUpdateEvent>();
    expectTypeOf(parseImV2MessageDelete('')).toEqualTypeOf<ImV2MessageDeleteEvent>();
    expectTypeOf(parseImV2ReactionChange('')).toEqualTypeOf<ImV2ReactionChangeEvent>();
    expectTypeOf(parseImV2JoinChat('')).toEqualTypeOf<ImV2JoinChatEvent>();
  });

  it('share the bot events vocabulary, with no bot and an envelope only when sent', () => {
    expectTypeOf<ImV2Event['chat']>().toEqualTypeOf<ImV2Chat>();
    expectTypeOf<ImV2Event['language']>().toEqualTypeOf<string>();
    expectTypeOf<ImV2Event['auth']>().toEqualTypeOf<EventAuthWithOptionalToken | undefined>();
    expectTypeOf<ImV2Event['sentAt']>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<ImV2Event>().not.toHaveProperty('bot');
    expectTypeOf<ImV2MessageAddEvent['message']>().toEqualTypeOf<ImBotV2Message>();
    expectTypeOf<ImV2ReactionChangeEvent['action']>().toEqualTypeOf<ImBotV2ReactionAction>();
    expectTypeOf<ImV2MessageAddEvent['user']>().toEqualTypeOf<User | null>();
    // The new member of a join is always there.
    expectTypeOf<ImV2JoinChatEvent['user']>().toEqualTypeOf<User>();
  });

  it('a Chat of the bot events is an ImV2Chat; an ImV2Chat has no toUserId in private', () => {
    expectTypeOf<Chat>().toMatchTypeOf<ImV2Chat>();
    expectTypeOf<Extract<ImV2Chat, { type: 'private' }>>().not.toHaveProperty('toUserId');
  });

  it('an auth without a token: app events, unknown events; verifyApplicationToken takes them', () => {
    expectTypeOf<AppPaymentEvent['auth']>().toEqualTypeOf<EventAuthWithOptionalToken>();
    expectTypeOf<UnknownBotEvent['auth']>().toEqualTypeOf<EventAuthWithOptionalToken>();
    expectTypeOf<EventAuth>().toMatchTypeOf<EventAuthWithOptionalToken>();
    expectTypeOf(verifyApplicationToken).toBeCallableWith({} as KnownBotEvent, 'token');
    expectTypeOf(verifyApplicationToken).toBeCallableWith({} as UnknownBotEvent, ['a', 'b']);
  });
});
