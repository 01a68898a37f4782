import { describe, expectTypeOf, it } from 'vitest';
import type { EventOf, RawOf } from '../../src/engine/EventDefinition.js';
import type { BOT_EVENT_TABLE } from '../../src/events/table.js';
import type {
  AppInstallEvent,
  AppMethodConfirmEvent,
  AppPaymentEvent,
  AppTestEvent,
  AppUninstallEvent,
  AppUpdateEvent,
  BotEvent,
  BotEventMap,
  ImBotDeleteEvent,
  ImBotJoinChatEvent,
  ImBotMessageAddEvent,
  ImBotMessageDeleteEvent,
  ImBotMessageUpdateEvent,
  ImBotV2CommandAddEvent,
  ImBotV2ContextGetEvent,
  ImBotV2DeleteEvent,
  ImBotV2JoinChatEvent,
  ImBotV2MessageAddEvent,
  ImBotV2MessageDeleteEvent,
  ImBotV2MessageUpdateEvent,
  ImBotV2ReactionChangeEvent,
  ImCommandAddEvent,
  ImV2JoinChatEvent,
  ImV2MessageAddEvent,
  ImV2MessageDeleteEvent,
  ImV2MessageUpdateEvent,
  ImV2ReactionChangeEvent,
  KNOWN_BOT_EVENTS,
  KnownBotEvent,
  KnownBotEventCode,
  RawAppInstallEvent,
  RawAppPaymentEvent,
  RawBotEventMap,
  RawImBotDeleteEvent,
  RawImBotV2ReactionChangeEvent,
  RawImCommandAddEvent,
  RawImV2MessageAddEvent,
  UnknownBotEvent,
} from '../../src/index.js';

type Entry = (typeof BOT_EVENT_TABLE)[number];

/** The twenty-five events, written out by hand: what the table must derive. */
type Expected =
  | ImCommandAddEvent
  | ImBotMessageAddEvent
  | ImBotMessageUpdateEvent
  | ImBotMessageDeleteEvent
  | ImBotJoinChatEvent
  | ImBotDeleteEvent
  | ImBotV2MessageAddEvent
  | ImBotV2MessageUpdateEvent
  | ImBotV2MessageDeleteEvent
  | ImBotV2JoinChatEvent
  | ImBotV2DeleteEvent
  | ImBotV2ContextGetEvent
  | ImBotV2CommandAddEvent
  | ImBotV2ReactionChangeEvent
  | ImV2MessageAddEvent
  | ImV2MessageUpdateEvent
  | ImV2MessageDeleteEvent
  | ImV2ReactionChangeEvent
  | ImV2JoinChatEvent
  | AppInstallEvent
  | AppUpdateEvent
  | AppUninstallEvent
  | AppPaymentEvent
  | AppMethodConfirmEvent
  | AppTestEvent;

describe('the event table', () => {
  it('derives the union of known events, exactly', () => {
    expectTypeOf<KnownBotEvent>().toEqualTypeOf<Expected>();
    expectTypeOf<EventOf<Entry>>().toEqualTypeOf<Expected>();
  });

  it('derives the codes, and KNOWN_BOT_EVENTS holds them', () => {
    expectTypeOf<KnownBotEventCode>().toEqualTypeOf<Expected['event']>();
    expectTypeOf<(typeof KNOWN_BOT_EVENTS)[number]>().toEqualTypeOf<Expected['event']>();
  });

  it('derives BotEventMap: each code to its event', () => {
    expectTypeOf<keyof BotEventMap>().toEqualTypeOf<Expected['event']>();
    expectTypeOf<BotEventMap['ONIMCOMMANDADD']>().toEqualTypeOf<ImCommandAddEvent>();
    expectTypeOf<
      BotEventMap['ONIMBOTV2REACTIONCHANGE']
    >().toEqualTypeOf<ImBotV2ReactionChangeEvent>();
    expectTypeOf<BotEventMap['ONAPPINSTALL']>().toEqualTypeOf<AppInstallEvent>();
    expectTypeOf<BotEventMap['ONAPPPAYMENT']>().toEqualTypeOf<AppPaymentEvent>();
    expectTypeOf<BotEventMap['ONIMV2JOINCHAT']>().toEqualTypeOf<ImV2JoinChatEvent>();
    expectTypeOf<BotEventMap[keyof BotEventMap]>().toEqualTypeOf<Expected>();
  });

  it('derives RawBotEventMap: each code to its wire type, which is the event raw', () => {
    expectTypeOf<keyof RawBotEventMap>().toEqualTypeOf<Expected['event']>();
    expectTypeOf<RawBotEventMap['ONIMCOMMANDADD']>().toEqualTypeOf<RawImCommandAddEvent>();
    expectTypeOf<RawBotEventMap['ONIMBOTDELETE']>().toEqualTypeOf<RawImBotDeleteEvent>();
    expectTypeOf<RawBotEventMap['ONAPPINSTALL']>().toEqualTypeOf<RawAppInstallEvent>();
    expectTypeOf<RawBotEventMap['ONAPPPAYMENT']>().toEqualTypeOf<RawAppPaymentEvent>();
    expectTypeOf<RawBotEventMap['ONIMV2MESSAGEADD']>().toEqualTypeOf<RawImV2MessageAddEvent>();
    expectTypeOf<
      RawBotEventMap['ONIMBOTV2REACTIONCHANGE']
    >().toEqualTypeOf<RawImBotV2ReactionChangeEvent>();
    expectTypeOf<RawOf<Entry>>().toEqualTypeOf<RawBotEventMap[keyof RawBotEventMap]>();
  });

  it('narrows a BotEvent on `known`, then on `event`, with no helper', () => {
    const handle = (event: BotEvent): string => {
      if (!event.known) {
        expectTypeOf(event).toEqualTypeOf<UnknownBotEvent>();
        return event.event;
      }
      expectTypeOf(event).toEqualTypeOf<KnownBotEvent>();
      switch (event.event) {
        case 'ONIMBOTMESSAGEADD':
          expectTypeOf(event).toEqualTypeOf<ImBotMessageAddEvent>();
          return event.message.text;
        case 'ONIMBOTV2COMMANDADD':
          expectTypeOf(event).toEqualTypeOf<ImBotV2CommandAddEvent>();
          return event.commands[0].command;
        default:
          return event.event;
      }
    };
    expectTypeOf(handle).returns.toBeString();
    expectTypeOf<KnownBotEvent['known']>().toEqualTypeOf<true>();
  });
});
