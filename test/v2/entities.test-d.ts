import { describe, expectTypeOf, it } from 'vitest';
import type {
  Bot,
  BotEventMode,
  BotType,
  Chat,
  FileImageSize,
  FreeformRecord,
  GroupChat,
  ImBotV2Message,
  ImBotV2MessageAddEvent,
  ImBotV2MessageFile,
  ImV2Chat,
  Polled,
  User,
  UserType,
} from '../../src/index.js';

// The types of the API 2.0 entity fields: every one optional (absent on the wire, absent in the
// event), dates or false as a union, enums with 'unknown', free-form parts as maps of texts.

describe('the API 2.0 entity fields', () => {
  it('the user', () => {
    expectTypeOf<User['idle']>().toEqualTypeOf<Date | false | undefined>();
    expectTypeOf<User['absent']>().toEqualTypeOf<Date | false | undefined>();
    expectTypeOf<User['phones']>().toEqualTypeOf<
      Readonly<Record<string, string>> | false | undefined
    >();
    expectTypeOf<User['departments']>().toEqualTypeOf<readonly number[] | undefined>();
    expectTypeOf<User['type']>().toEqualTypeOf<UserType | undefined>();
    expectTypeOf<UserType>().toEqualTypeOf<
      'employee' | 'extranet' | 'email' | 'collaber' | 'bot' | 'unknown'
    >();
    expectTypeOf<User['active']>().toEqualTypeOf<boolean | undefined>();
  });

  it('the bot, also when polled', () => {
    expectTypeOf<Bot['type']>().toEqualTypeOf<BotType | undefined>();
    expectTypeOf<Bot['eventMode']>().toEqualTypeOf<BotEventMode | undefined>();
    expectTypeOf<Bot['countChat']>().toEqualTypeOf<number | undefined>();
    type PolledBot = Polled<ImBotV2MessageAddEvent>['bot'];
    expectTypeOf<PolledBot['type']>().toEqualTypeOf<BotType | undefined>();
    expectTypeOf<PolledBot>().not.toHaveProperty('auth');
  });

  it('every chat, private ones too', () => {
    expectTypeOf<Chat['textFieldEnabled']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Chat['diskFolderId']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Chat['entityLink']>().toEqualTypeOf<FreeformRecord | undefined>();
    expectTypeOf<Extract<ImV2Chat, { type: 'private' }>['owner']>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<Extract<Chat, { type: 'private' }>['name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<GroupChat['name']>().toEqualTypeOf<string>();
  });

  it('the message', () => {
    expectTypeOf<NonNullable<ImBotV2Message['forward']>['date']>().toEqualTypeOf<
      Date | undefined
    >();
    expectTypeOf<NonNullable<ImBotV2Message['params']>['files']>().toEqualTypeOf<
      readonly ImBotV2MessageFile[] | undefined
    >();
    expectTypeOf<ImBotV2MessageFile['image']>().toEqualTypeOf<FileImageSize | false | undefined>();
    expectTypeOf<NonNullable<ImBotV2Message['params']>['keyboard']>().toEqualTypeOf<
      FreeformRecord | undefined
    >();
    expectTypeOf<ImBotV2Message['viewedByOthers']>().toEqualTypeOf<boolean | undefined>();
  });
});
