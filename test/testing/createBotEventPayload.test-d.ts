import { describe, expectTypeOf, it } from 'vitest';
import {
  type BotEventPayload,
  type BotEventPayloadOverrides,
  createBotEventBody,
  createBotEventPayload,
  type EventInput,
  type KnownBotEventCode,
  parseImBotV2MessageAdd,
  type RawBotEventMap,
} from '../../src/index.js';
import type * as types from '../../src/types.js';

describe('createBotEventPayload: the result type', () => {
  it('is the form-decoded wire payload of that code', () => {
    const payload = createBotEventPayload('ONIMBOTV2MESSAGEADD');
    expectTypeOf(payload).toEqualTypeOf<BotEventPayload<'ONIMBOTV2MESSAGEADD'>>();
    expectTypeOf(payload.event).toEqualTypeOf<'ONIMBOTV2MESSAGEADD'>();
    expectTypeOf(payload.ts).toEqualTypeOf<string>();
    // A message of only files may leave its text out.
    expectTypeOf(payload.data.message.text).toEqualTypeOf<string | undefined>();
    expectTypeOf(payload.data.message.id).toEqualTypeOf<string>();
    // A flag keeps its string spellings; the boolean is written as '1' or '0'.
    expectTypeOf(payload.data.chat.extranet).toEqualTypeOf<
      'Y' | 'N' | '1' | '0' | '' | undefined
    >();
    // A field of unknown type is a string or a map.
    expectTypeOf(payload.data.chat.role).toEqualTypeOf<string | types.WirePayload | undefined>();
    // It is the wire type's value, and any parser's input.
    expectTypeOf(payload).toExtend<RawBotEventMap['ONIMBOTV2MESSAGEADD']>();
    expectTypeOf(payload).toExtend<EventInput>();
    expectTypeOf(parseImBotV2MessageAdd).toBeCallableWith(payload);
  });

  it('follows each code', () => {
    expectTypeOf(createBotEventPayload('ONIMCOMMANDADD').data.COMMAND).toEqualTypeOf<{
      [key: string]: BotEventPayload<'ONIMCOMMANDADD'>['data']['COMMAND'][string];
    }>();
    expectTypeOf(createBotEventPayload('ONIMBOTDELETE').data.BOT_CODE).toEqualTypeOf<string>();
    expectTypeOf(createBotEventPayload('ONAPPINSTALL').data).toEqualTypeOf<
      BotEventPayload<'ONAPPINSTALL'>['data']
    >();
    expectTypeOf(createBotEventPayload('ONAPPUNINSTALL').data?.CLEAN).toEqualTypeOf<
      'Y' | 'N' | '1' | '0' | '' | undefined
    >();
    const code = 'ONAPPUPDATE' as KnownBotEventCode;
    expectTypeOf(createBotEventPayload(code).event).toEqualTypeOf<KnownBotEventCode>();
  });

  it('has a string body', () => {
    expectTypeOf(createBotEventBody('ONIMBOTJOINCHAT')).toEqualTypeOf<string>();
    expectTypeOf(
      createBotEventBody('ONIMBOTJOINCHAT', {}, { format: 'json' }),
    ).toEqualTypeOf<string>();
  });

  it('is in the types-only entry too', () => {
    expectTypeOf<types.BotEventPayload<'ONAPPUPDATE'>>().toEqualTypeOf<
      BotEventPayload<'ONAPPUPDATE'>
    >();
    expectTypeOf<types.BotEventPayloadOverrides<'ONAPPUPDATE'>>().toEqualTypeOf<
      BotEventPayloadOverrides<'ONAPPUPDATE'>
    >();
  });
});

describe('createBotEventPayload: the overrides are checked against the wire type of the code', () => {
  it('takes any leaf its wire type allows, maps to merge, undefined to remove, and new keys', () => {
    createBotEventPayload('ONIMBOTMESSAGEADD', {
      event_handler_id: 7, // an id: a number or digits
      ts: '1790000000',
      data: {
        PARAMS: { MESSAGE: 'help', SYSTEM: true, CHAT_EXTRANET: 'N', MENTIONED_LIST: { 9: 9 } },
        BOT: { 512: { BOT_CODE: 'other_bot', AUTH: { application_token: 'token' } } },
        USER: undefined,
      },
      auth: { refresh_token: undefined },
    });
    createBotEventPayload('ONIMBOTV2CONTEXTGET', {
      data: {
        context: { source: 'widget', filters: { stage: 'WON' }, count: 3 },
        chat: { muteList: { '0': '58' } }, // a field the type does not name
      },
    });
    createBotEventPayload('ONAPPINSTALL', { data: undefined });
    const overrides: BotEventPayloadOverrides<'ONIMCOMMANDADD'> = {
      data: { COMMAND: { 99: { COMMAND: 'weather', COMMAND_PARAMS: 'Berlin' } } },
    };
    createBotEventBody('ONIMCOMMANDADD', overrides, { format: 'form' });
  });

  it('rejects a wrong leaf type', () => {
    // @ts-expect-error a map where a string leaf (the message text) is expected
    createBotEventPayload('ONIMBOTMESSAGEADD', { data: { PARAMS: { MESSAGE: { text: 'x' } } } });
    // @ts-expect-error a map where an id is expected
    createBotEventPayload('ONIMBOTV2MESSAGEADD', { data: { chat: { dialogId: { id: '1' } } } });
    // @ts-expect-error a map where the unix time is expected
    createBotEventPayload('ONIMBOTDELETE', { ts: {} });
    // @ts-expect-error a flag is 'Y'/'N', '1'/'0', '' or a boolean
    createBotEventPayload('ONIMBOTMESSAGEADD', { data: { PARAMS: { SYSTEM: 'yes' } } });
    // @ts-expect-error a boolean where a text is expected
    createBotEventPayload('ONIMBOTV2REACTIONCHANGE', { data: { reaction: true } });
    // @ts-expect-error null is not a removal: undefined is
    createBotEventPayload('ONIMBOTV2MESSAGEADD', { data: { message: { text: null } } });
    // @ts-expect-error the event code is the code's own
    createBotEventPayload('ONIMBOTMESSAGEADD', { event: 'ONIMBOTDELETE' });
  });

  it('rejects a leaf where a known map is expected', () => {
    // @ts-expect-error data is a map
    createBotEventPayload('ONIMBOTMESSAGEADD', { data: 'x' });
    // @ts-expect-error data[PARAMS] is a map
    createBotEventPayload('ONIMBOTMESSAGEADD', { data: { PARAMS: 'x' } });
    // @ts-expect-error auth is a map
    createBotEventPayload('ONAPPUNINSTALL', { auth: 'token' });
    // @ts-expect-error a command entry is a map
    createBotEventPayload('ONIMCOMMANDADD', { data: { COMMAND: { 99: 'echo' } } });
    // @ts-expect-error the bot's auth is a map
    createBotEventPayload('ONIMBOTV2COMMANDADD', { data: { bot: { auth: 'token' } } });
  });

  it('rejects what no form body can carry, also under keys the type does not name', () => {
    // @ts-expect-error a function
    createBotEventPayload('ONIMBOTV2MESSAGEADD', { data: { chat: { role: () => 'member' } } });
    // @ts-expect-error a Date (give its ISO text)
    createBotEventPayload('ONIMBOTV2CONTEXTGET', { data: { context: { when: new Date() } } });
    // @ts-expect-error an array (give an index-keyed map, as PHP writes lists)
    createBotEventPayload('ONIMBOTV2MESSAGEADD', { data: { user: { departments: ['3', '11'] } } });
  });

  it('rejects an unknown code and an unknown format', () => {
    // @ts-expect-error not an event of the table
    createBotEventPayload('ONIMBOTTYPING');
    // @ts-expect-error the formats are 'form' and 'json'
    createBotEventBody('ONAPPINSTALL', undefined, { format: 'xml' });
  });

  it('types the overrides by the code: another event’s fields do not fit its known keys', () => {
    // @ts-expect-error ONIMBOTV2DELETE's data[bot] is a map (ONIMBOTDELETE's BOT_ID is a leaf)
    createBotEventPayload('ONIMBOTV2DELETE', { data: { bot: '512' } });
    expectTypeOf<BotEventPayloadOverrides<'ONIMBOTV2MESSAGEADD'>>().not.toEqualTypeOf<
      BotEventPayloadOverrides<'ONIMBOTMESSAGEADD'>
    >();
  });
});
