import { describe, expectTypeOf, it } from 'vitest';
import {
  type BotEvent,
  type BotMessage,
  type BotMessageFile,
  type BotMessageFileType,
  type Chat,
  type ChatWithOptionalId,
  type DeletedBotMessage,
  type ImBotJoinChatEvent,
  type ImBotMessageAddEvent,
  type ImCommandAddEvent,
  isKnownBotEvent,
  type KnownBotEvent,
  parseBotEvent,
  parseBotEventRequest,
  safeParseBotEvent,
  type UnknownBotEvent,
  type User,
} from '../../src/index.js';

describe('the bot event union', () => {
  it('narrows precisely on event once unknown events are rejected', () => {
    const event = parseBotEvent('', { unknownEvents: 'reject' });
    expectTypeOf(event).toEqualTypeOf<KnownBotEvent>();
    switch (event.event) {
      case 'ONIMBOTMESSAGEADD':
        expectTypeOf(event).toEqualTypeOf<ImBotMessageAddEvent>();
        expectTypeOf(event.message).toEqualTypeOf<BotMessage>();
        expectTypeOf(event.chat).toEqualTypeOf<Chat>();
        // A message of only files: its files always a list, each field but the id optional.
        expectTypeOf(event.message.files).toEqualTypeOf<readonly BotMessageFile[]>();
        expectTypeOf(event.message.fileIds).toEqualTypeOf<readonly number[]>();
        expectTypeOf<BotMessageFile['id']>().toEqualTypeOf<number>();
        expectTypeOf<BotMessageFile['size']>().toEqualTypeOf<number | undefined>();
        expectTypeOf<BotMessageFile['type']>().toEqualTypeOf<BotMessageFileType | undefined>();
        expectTypeOf(event.raw.data.PARAMS.MESSAGE).toEqualTypeOf<string | number | undefined>();
        break;
      case 'ONIMBOTMESSAGEDELETE':
        expectTypeOf(event.message).toEqualTypeOf<DeletedBotMessage>();
        expectTypeOf(event.message.chatId).toEqualTypeOf<number | undefined>();
        expectTypeOf(event.chat).toEqualTypeOf<ChatWithOptionalId>();
        break;
      case 'ONIMBOTJOINCHAT':
        expectTypeOf(event).toEqualTypeOf<ImBotJoinChatEvent>();
        break;
      case 'ONIMCOMMANDADD':
        expectTypeOf(event).toEqualTypeOf<ImCommandAddEvent>();
        break;
    }
  });

  it('passes unknown events through by default, and isKnownBotEvent narrows', () => {
    const event = parseBotEvent('');
    expectTypeOf(event).toEqualTypeOf<BotEvent>();
    if (isKnownBotEvent(event)) {
      expectTypeOf(event).toEqualTypeOf<KnownBotEvent>();
      if (event.event === 'ONIMBOTMESSAGEADD')
        expectTypeOf(event).toEqualTypeOf<ImBotMessageAddEvent>();
    } else {
      expectTypeOf(event).toEqualTypeOf<UnknownBotEvent>();
      expectTypeOf(event.event).toEqualTypeOf<string>();
    }
  });

  it('shares chat, user and message basics across events', () => {
    type Shared = Extract<KnownBotEvent, { message: unknown }>;
    expectTypeOf<Shared['message']['text']>().toEqualTypeOf<string>();
    expectTypeOf<Shared['message']['id']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<KnownBotEvent, { user: unknown }>['user']>().toEqualTypeOf<User | null>();
    // Every event's token is a string; only some app events may come without one, and the user
    // events (ONIMV2*) without any auth.
    expectTypeOf<NonNullable<KnownBotEvent['auth']>['applicationToken']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<
      Exclude<
        KnownBotEvent,
        { event: `ONAPP${'PAYMENT' | 'METHODCONFIRM' | 'TEST'}` | `ONIMV2${string}` }
      >['auth']['applicationToken']
    >().toEqualTypeOf<string>();
  });

  it('types safeParse and requests the same way', () => {
    const result = safeParseBotEvent('', { unknownEvents: 'reject' });
    if (result.success) expectTypeOf(result.output).toEqualTypeOf<KnownBotEvent>();
    expectTypeOf(parseBotEventRequest(new Request('http://x'))).toEqualTypeOf<Promise<BotEvent>>();
    expectTypeOf(
      parseBotEventRequest(new Request('http://x'), { unknownEvents: 'reject' }),
    ).toEqualTypeOf<Promise<KnownBotEvent>>();
  });
});
