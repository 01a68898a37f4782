import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Bot,
  BotEventEnvelope,
  Chat,
  CommandCall,
  EventAuth,
  ImBotMessageAddEvent,
  ImBotV2CommandAddEvent,
  ImBotV2CommandAddSchema,
  ImBotV2ContextGetEvent,
  ImBotV2DeleteEvent,
  ImBotV2JoinChatEvent,
  ImBotV2Message,
  ImBotV2MessageAddEvent,
  ImBotV2MessageAddSchema,
  ImBotV2MessageDeleteEvent,
  ImBotV2MessageUpdateEvent,
  ImBotV2ReactionAction,
  ImBotV2ReactionChangeEvent,
  MessageBase,
  RawImBotV2CommandAddEvent,
  RawImBotV2MessageAddEvent,
  SafeParseResult,
  User,
} from '../../src/index.js';
import {
  parseImBotV2CommandAdd,
  parseImBotV2ContextGet,
  parseImBotV2Delete,
  parseImBotV2JoinChat,
  parseImBotV2MessageAdd,
  parseImBotV2MessageDelete,
  parseImBotV2MessageUpdate,
  parseImBotV2ReactionChange,
  safeParseImBotV2MessageAdd,
} from '../../src/index.js';

type V2Event =
  | ImBotV2MessageAddEvent
  | ImBotV2MessageUpdateEvent
  | ImBotV2MessageDeleteEvent
  | ImBotV2JoinChatEvent
  | ImBotV2DeleteEvent
  | ImBotV2ContextGetEvent
  | ImBotV2CommandAddEvent
  | ImBotV2ReactionChangeEvent;

describe('API 2.0 event types', () => {
  it('each parser returns its event', () => {
    expectTypeOf(parseImBotV2MessageAdd('')).toEqualTypeOf<ImBotV2MessageAddEvent>();
    expectTypeOf(parseImBotV2MessageUpdate('')).toEqualTypeOf<ImBotV2MessageUpdateEvent>();
    expectTypeOf(parseImBotV2MessageDelete('')).toEqualTypeOf<ImBotV2MessageDeleteEvent>();
    expectTypeOf(parseImBotV2JoinChat('')).toEqualTypeOf<ImBotV2JoinChatEvent>();
    expectTypeOf(parseImBotV2Delete('')).toEqualTypeOf<ImBotV2DeleteEvent>();
    expectTypeOf(parseImBotV2ContextGet('')).toEqualTypeOf<ImBotV2ContextGetEvent>();
    expectTypeOf(parseImBotV2CommandAdd('')).toEqualTypeOf<ImBotV2CommandAddEvent>();
    expectTypeOf(parseImBotV2ReactionChange('')).toEqualTypeOf<ImBotV2ReactionChangeEvent>();
    expectTypeOf(safeParseImBotV2MessageAdd('')).toEqualTypeOf<
      SafeParseResult<ImBotV2MessageAddEvent>
    >();
    expectTypeOf<
      v.InferOutput<typeof ImBotV2MessageAddSchema>
    >().toEqualTypeOf<ImBotV2MessageAddEvent>();
    expectTypeOf<
      v.InferOutput<typeof ImBotV2CommandAddSchema>
    >().toEqualTypeOf<ImBotV2CommandAddEvent>();
  });

  it('uses the shared vocabulary: Chat, User, Bot, CommandCall, MessageBase', () => {
    const event = parseImBotV2MessageAdd('');
    expectTypeOf(event.chat).toEqualTypeOf<Chat>();
    expectTypeOf(event.user).toEqualTypeOf<User | null>();
    expectTypeOf(event.bot).toEqualTypeOf<Bot>();
    expectTypeOf(event.auth).toEqualTypeOf<EventAuth>();
    expectTypeOf(event.message).toEqualTypeOf<ImBotV2Message>();
    expectTypeOf(event.message).toMatchTypeOf<MessageBase>();
    expectTypeOf(event.message.date).toEqualTypeOf<Date | undefined>();
    expectTypeOf(event.message.isSystem).toEqualTypeOf<boolean>();
    expectTypeOf(event.message.uuid).toEqualTypeOf<string | undefined>();
    expectTypeOf(event.handlerId).toEqualTypeOf<number | undefined>();
    expectTypeOf(event.raw).toEqualTypeOf<RawImBotV2MessageAddEvent>();

    const command = parseImBotV2CommandAdd('');
    expectTypeOf(command.commands).toEqualTypeOf<readonly [CommandCall]>();
    expectTypeOf(command.commands[0]).toEqualTypeOf<CommandCall>();
    expectTypeOf(command.commands[0].botAuth).toEqualTypeOf<EventAuth>();
    expectTypeOf(command.chat).toEqualTypeOf<Chat>();
    expectTypeOf(command.raw).toEqualTypeOf<RawImBotV2CommandAddEvent>();
    expectTypeOf(command.raw.data.bot.auth.application_token).not.toBeUndefined();

    expectTypeOf(parseImBotV2MessageDelete('').messageId).toEqualTypeOf<number>();
    expectTypeOf(parseImBotV2JoinChat('').chat).toEqualTypeOf<Chat>();
    expectTypeOf(parseImBotV2JoinChat('').dialogId).toEqualTypeOf<string>();
    expectTypeOf(parseImBotV2ContextGet('').context).toEqualTypeOf<
      Readonly<Record<string, string>>
    >();
    expectTypeOf(parseImBotV2ReactionChange('').action).toEqualTypeOf<ImBotV2ReactionAction>();
    expectTypeOf<ImBotV2ReactionAction>().toEqualTypeOf<'add' | 'delete' | 'unknown'>();
    expectTypeOf(parseImBotV2Delete('').bot).toEqualTypeOf<Bot>();
  });

  it('narrows on event, and a handler can take both API versions', () => {
    const event = {} as V2Event;
    switch (event.event) {
      case 'ONIMBOTV2MESSAGEADD':
        expectTypeOf(event).toEqualTypeOf<ImBotV2MessageAddEvent>();
        break;
      case 'ONIMBOTV2COMMANDADD':
        expectTypeOf(event.commands[0].command).toEqualTypeOf<string>();
        break;
      case 'ONIMBOTV2DELETE':
        expectTypeOf(event).not.toHaveProperty('chat');
        break;
    }
    type Both = ImBotMessageAddEvent | ImBotV2MessageAddEvent;
    expectTypeOf<Both['chat']>().toEqualTypeOf<Chat>();
    expectTypeOf<Both['user']>().toEqualTypeOf<User | null>();
    expectTypeOf<Both['bot']>().toEqualTypeOf<Bot>();
    expectTypeOf<Both['language']>().toEqualTypeOf<string>();
    expectTypeOf<Both['message']['text']>().toEqualTypeOf<string>();
    expectTypeOf<Both['message']['id']>().toEqualTypeOf<number>();
    expectTypeOf<Both['message']['chatId']>().toEqualTypeOf<number>();
    // API 1.0 send paths may leave AUTHOR_ID out; API 2.0 documents it on every message.
    expectTypeOf<Both['message']['authorId']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ImBotV2MessageAddEvent['message']['authorId']>().toEqualTypeOf<number>();
    expectTypeOf<Both['auth']['applicationToken']>().toEqualTypeOf<string>();
    expectTypeOf<Both['sentAt']>().toEqualTypeOf<Date>();
    // The handler id is optional in both versions, so code typed against the v1 envelope takes v2.
    expectTypeOf<ImBotV2MessageAddEvent>().toMatchTypeOf<BotEventEnvelope>();
    expectTypeOf<BotEventEnvelope['handlerId']>().toEqualTypeOf<number | undefined>();
  });
});
