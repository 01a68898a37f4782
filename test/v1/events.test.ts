import qs from 'qs';
import { describe, expect, it } from 'vitest';
import {
  type BotEvent,
  type EventInput,
  encodeForm,
  isKnownBotEvent,
  type KnownBotEvent,
  parseBotEvent,
  parseImBotDelete,
  parseImBotJoinChat,
  parseImBotMessageAdd,
  parseImBotMessageDelete,
  parseImBotMessageUpdate,
  safeParseBotEvent,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';
import { inputShapes, withoutRaw } from '../support/shapes.js';

function shapes(name: string) {
  return inputShapes(fixtureText(`v1/${name}.form.txt`), fixtureText(`v1/${name}.json`));
}

/** Parses every shape with the event's own parser and with the dispatcher; all must agree. */
function parseAll<T extends KnownBotEvent>(name: string, parse: (input: EventInput) => T): T {
  const [[, first], ...rest] = shapes(name) as [[string, EventInput], ...[string, EventInput][]];
  const event = parse(first);
  const expected = withoutRaw(event);
  for (const [shape, input] of rest) {
    expect(withoutRaw(parse(input)), `${name} (${shape})`).toEqual(expected);
  }
  for (const [shape, input] of shapes(name)) {
    expect(withoutRaw(parseBotEvent(input) as object), `${name} dispatched (${shape})`).toEqual(
      expected,
    );
  }
  return event;
}

const ANNA = {
  id: 42,
  name: 'Anna Kowalska',
  firstName: 'Anna',
  lastName: 'Kowalska',
  gender: 'F',
  workPosition: 'Support lead',
  isBot: false,
  isConnector: false,
  isNetwork: false,
  isExtranet: false,
};

describe('API 1.0 bot events (PHP-made fixtures)', () => {
  it('ONIMBOTMESSAGEADD in a private chat', () => {
    const event = parseAll('ONIMBOTMESSAGEADD-private', parseImBotMessageAdd);
    expect(event.event).toBe('ONIMBOTMESSAGEADD');
    expect(event.handlerId).toBe(501);
    expect(event.sentAt.toISOString()).toBe('2026-02-27T12:46:40.000Z');
    expect(event.bot).toMatchObject({ id: 77, code: 'helpdesk' });
    expect(event.bot.auth?.userId).toBe(77);
    expect(event.bot.auth?.clientId).toBe('local.6700aa11bb22cc.33445566');
    expect(event.bots).toHaveLength(1);
    expect(event.auth).toMatchObject({ domain: 'acme.bitrix24.eu', status: 'paid', userId: 42 });
    expect(event.message).toMatchObject({
      id: 90001,
      text: 'Hi! Where is my invoice #1024?',
      authorId: 42,
      chatId: 3005,
      fromUserId: 42,
      isSystem: false,
      mentionedUserIds: [],
      platformContext: 'mobile',
      commandContext: 'textarea',
      chatUserCount: 2,
      fakeRelation: 0,
    });
    expect(event.message.flags).toMatchObject({ push: true, pushImportant: false });
    expect(event.chat).toEqual({
      type: 'private',
      messageType: 'P',
      dialogId: '42',
      id: 3005,
      toUserId: 77,
    });
    expect(event.user).toEqual(ANNA);
    expect(event.language).toBe('pl');
  });

  it('ONIMBOTMESSAGEADD in a group chat, with mentions', () => {
    const event = parseAll('ONIMBOTMESSAGEADD-group', parseImBotMessageAdd);
    expect(event.message).toMatchObject({
      id: 90011,
      text: ', please summarize the thread',
      originalText: '[USER=77]Helpdesk[/USER], please summarize the thread',
      chatId: 3100,
    });
    expect([...event.message.mentionedUserIds].sort((a, b) => a - b)).toEqual([8, 77]);
    expect(event.chat).toMatchObject({
      type: 'chat',
      id: 3100,
      dialogId: 'chat3100',
      name: 'Release 2.4 — war room',
      owner: 42,
      avatarId: null,
      color: 'AZURE',
      prevMessageId: 90010,
      isManager: true,
      botIds: [],
    });
  });

  it('ONIMBOTMESSAGEUPDATE, private and group', () => {
    const privateEvent = parseAll('ONIMBOTMESSAGEUPDATE-private', parseImBotMessageUpdate);
    expect(privateEvent.event).toBe('ONIMBOTMESSAGEUPDATE');
    expect(privateEvent.message).toMatchObject({
      id: 90001,
      text: 'Hi! Where is my invoice #1025?',
      chatId: 3005,
    });
    expect(privateEvent.chat).toMatchObject({ type: 'private', id: 3005, toUserId: 77 });
    const group = parseAll('ONIMBOTMESSAGEUPDATE-group', parseImBotMessageUpdate);
    expect(group.chat).toMatchObject({ type: 'chat', id: 3100, owner: 42 });
    expect(group.message.mentionedUserIds).toEqual([77]);
  });

  it('ONIMBOTMESSAGEDELETE, with and without a chat id', () => {
    const withId = parseAll('ONIMBOTMESSAGEDELETE-private', parseImBotMessageDelete);
    expect(withId.message).toMatchObject({
      id: 90001,
      chatId: 3005,
      text: 'Message from 02/27/2026 10:15:00 has been deleted',
    });
    expect(withId.chat).toMatchObject({ type: 'private', id: 3005 });
    const withoutId = parseAll(
      'ONIMBOTMESSAGEDELETE-private-without-chat-id',
      parseImBotMessageDelete,
    );
    expect(withoutId.message.chatId).toBeUndefined();
    expect('chatId' in withoutId.message).toBe(false);
    // A private chat keeps the chat fields it was sent (its author, its linked object).
    expect(withoutId.chat).toEqual({
      type: 'private',
      messageType: 'P',
      dialogId: '42',
      toUserId: 77,
      owner: 42,
      entityId: '',
      entityData1: '',
      entityData2: '',
      entityData3: '',
    });
    expect(withoutId.user).toBeNull();
    const group = parseAll('ONIMBOTMESSAGEDELETE-group', parseImBotMessageDelete);
    expect(group.chat).toMatchObject({ type: 'chat', id: 3100 });
  });

  it('ONIMBOTJOINCHAT, private and open chat with two bots', () => {
    const privateEvent = parseAll('ONIMBOTJOINCHAT-private', parseImBotJoinChat);
    expect(privateEvent.chat).toEqual({
      type: 'private',
      messageType: 'P',
      dialogId: '42',
      toUserId: 42,
    });
    expect(privateEvent.userId).toBe(42);
    expect(privateEvent.user).toEqual({
      id: 42,
      name: 'Anna Kowalska',
      firstName: 'Anna',
      lastName: 'Kowalska',
      gender: 'F',
      workPosition: 'Support lead',
    });
    const group = parseAll('ONIMBOTJOINCHAT-group', parseImBotJoinChat);
    expect(group.chat).toMatchObject({ type: 'open', id: 3200, dialogId: 'chat3200', owner: 42 });
    expect(group.accessHistory).toBe(true);
    expect(group.silentJoin).toBe(false);
    expect(group.bots.map((bot) => bot.code).sort()).toEqual(['helpdesk', 'reporter']);
  });

  it('ONIMBOTDELETE', () => {
    const event = parseAll('ONIMBOTDELETE', parseImBotDelete);
    expect(event.bot).toEqual({ id: 77, code: 'helpdesk' });
    expect(event.auth.refreshToken).toBeUndefined();
    expect(event.auth.applicationToken).toBe('f00dfeedf00dfeedf00dfeedf00dfeed');
  });
});

describe('parseBotEvent', () => {
  it('dispatches ONIMCOMMANDADD too', () => {
    const event = parseBotEvent(fixtureText('onimcommandadd/en-group.form.txt'));
    expect(event.event).toBe('ONIMCOMMANDADD');
    if (event.event === 'ONIMCOMMANDADD' && isKnownBotEvent(event))
      expect(event.commands[0].id).toBe(99);
  });

  const unknown =
    'event=ONIMBOTV9SOMETHING&data%5BX%5D=1&ts=1772196900&auth%5Bdomain%5D=acme.bitrix24.eu&auth%5Bmember_id%5D=m&auth%5Bapplication_token%5D=t';

  it('passes unknown events through with their code, auth and raw payload', () => {
    const event: BotEvent = parseBotEvent(unknown);
    expect(isKnownBotEvent(event)).toBe(false);
    expect(event).toEqual({
      event: 'ONIMBOTV9SOMETHING',
      known: false,
      auth: { domain: 'acme.bitrix24.eu', memberId: 'm', applicationToken: 't' },
      raw: {
        event: 'ONIMBOTV9SOMETHING',
        data: { X: '1' },
        ts: '1772196900',
        auth: { domain: 'acme.bitrix24.eu', member_id: 'm', application_token: 't' },
      },
    });
  });

  it("rejects unknown events under unknownEvents: 'reject'", () => {
    const result = safeParseBotEvent(unknown, { unknownEvents: 'reject' });
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('unknown_event');
    expect(result.error?.message).toBe(
      '[bitrix24-imbot-events] unknown_event: event: expected a chat-bot event this library knows, found the event ONIMBOTV9SOMETHING',
    );
  });

  it('still validates the auth of an unknown event, and needs an event code', () => {
    expect(safeParseBotEvent('event=ONX&ts=1').issues?.map((issue) => issue.path)).toEqual([
      'auth',
    ]);
    expect(safeParseBotEvent('ts=1').issues).toEqual([
      { path: 'event', message: 'is required but missing' },
    ]);
  });

  it('reports the issues of a known event at their wire paths', () => {
    const body = fixtureText('v1/ONIMBOTMESSAGEADD-private.form.txt').replace(
      'data%5BPARAMS%5D%5BAUTHOR_ID%5D=42',
      'data%5BPARAMS%5D%5BAUTHOR_ID%5D=x',
    );
    const result = safeParseBotEvent(body);
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => issue.path)).toEqual(['data[PARAMS][AUTHOR_ID]']);
  });

  it('parses requests', async () => {
    const { parseBotEventRequest } = await import('../../src/index.js');
    const request = new Request('http://localhost/bot', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fixtureText('v1/ONIMBOTJOINCHAT-group.form.txt'),
    });
    const event = await parseBotEventRequest(request, { unknownEvents: 'reject' });
    expect(event.event).toBe('ONIMBOTJOINCHAT');
  });

  it('fails with wrong_event when an event parser gets another event', () => {
    expect(() => parseImBotMessageAdd(fixtureText('v1/ONIMBOTJOINCHAT-group.form.txt'))).toThrow(
      /wrong_event: event: expected the event ONIMBOTMESSAGEADD, found the event ONIMBOTJOINCHAT/,
    );
  });
});

// A message of only files (fixtures/paths/ONIMBOTMESSAGEADD-file-without-text, built as the
// disk upload path builds it): no MESSAGE, the files in FILES and PARAMS[FILE_ID].
describe('messages of only files', () => {
  const FILE = 'paths/ONIMBOTMESSAGEADD-file-without-text';
  // biome-ignore lint/suspicious/noExplicitAny: the tests mutate untyped JSON payloads freely.
  type Payload = Record<string, any>;
  const payload = (): Payload => JSON.parse(fixtureText(`${FILE}.json`));
  const file = (p: Payload) => p.data.PARAMS.FILES['5551'];

  it('parses without MESSAGE: the text is empty, the files and their ids are there', () => {
    const event = parseImBotMessageAdd(fixtureText(`${FILE}.form.txt`));
    expect(event.message.text).toBe('');
    expect(event.message.fileIds).toEqual([5551]);
    expect(event.message.files).toEqual([
      {
        id: 5551,
        name: 'photo.jpg',
        size: 248311,
        type: 'image',
        chatId: 3102,
        extension: 'jpg',
        image: { width: 1280, height: 960 },
        authorId: 17,
        authorName: 'Ivan Petrov',
        urlPreview: expect.stringContaining('action=disk.api.file.showPreview'),
        urlShow: expect.stringContaining('action=disk.api.file.showImage'),
        urlDownload: expect.stringContaining('action=disk.api.file.download'),
      },
    ]);
    // The rest of the file stays in raw, as sent.
    expect(event.raw.data.PARAMS.FILES?.['5551']).toMatchObject({
      status: 'done',
      progress: '100',
    });
  });

  it('reads MESSAGE as optional in the update and delete events too', () => {
    for (const [name, parse] of [
      ['ONIMBOTMESSAGEUPDATE-group', parseImBotMessageUpdate],
      ['ONIMBOTMESSAGEDELETE-private', parseImBotMessageDelete],
    ] as const) {
      const p: Payload = JSON.parse(fixtureText(`v1/${name}.json`));
      delete p.data.PARAMS.MESSAGE;
      const event = parse(encodeForm(p));
      expect(event.message.text, name).toBe('');
      expect(event.message.files, name).toEqual([]);
      expect(event.message.fileIds, name).toEqual([]);
    }
  });

  it('takes the file id from the key when the entry has none, and from a list that qs made', () => {
    const p = payload();
    delete file(p).id;
    expect(parseImBotMessageAdd(encodeForm(p)).message.files[0]?.id).toBe(5551);
    // qs compacts a map whose keys are small integers into a list: the id comes from the entry.
    const small = payload();
    small.data.PARAMS.FILES = { 7: { ...file(small), id: '7' } };
    const fromQs = qs.parse(encodeForm(small), { depth: 32, parameterLimit: 10_000 });
    expect(Array.isArray((fromQs as Payload).data.PARAMS.FILES)).toBe(true);
    expect(parseImBotMessageAdd(fromQs as EventInput).message.files[0]?.id).toBe(7);
    delete (fromQs as Payload).data.PARAMS.FILES[0].id;
    expect(safeParseBotEvent(fromQs as EventInput).issues?.map((issue) => issue.path)).toContain(
      'data[PARAMS][FILES][0][id]',
    );
  });

  it('leaves out what a file did not send, and names an unknown type unknown', () => {
    const p = payload();
    p.data.PARAMS.FILES['5551'] = { id: '5551', type: 'sticker' };
    expect(parseImBotMessageAdd(encodeForm(p)).message.files).toEqual([
      { id: 5551, type: 'unknown' },
    ]);
    const strict = safeParseBotEvent(encodeForm(p), { strict: true });
    expect(strict.issues?.map((issue) => issue.path)).toEqual(['data[PARAMS][FILES][5551][type]']);
  });

  it.each([
    [
      'a file key that is not an id',
      (p: Payload) => (p.data.PARAMS.FILES = { photo: file(p) }),
      'data[PARAMS][FILES]',
    ],
    [
      'a file id that is not an id',
      (p: Payload) => (file(p).id = '-1'),
      'data[PARAMS][FILES][5551][id]',
    ],
    [
      'a size that is not a number',
      (p: Payload) => (file(p).size = '12 KB'),
      'data[PARAMS][FILES][5551][size]',
    ],
    [
      'a file that is not a map',
      (p: Payload) => (p.data.PARAMS.FILES['5551'] = '5551'),
      'data[PARAMS][FILES][5551]',
    ],
    [
      'a file id list item that is not an id',
      (p: Payload) => (p.data.PARAMS.PARAMS.FILE_ID = ['x']),
      'data[PARAMS][PARAMS][FILE_ID][0]',
    ],
    [
      'a message text that is a map',
      (p: Payload) => (p.data.PARAMS.MESSAGE = { b: 'x' }),
      'data[PARAMS][MESSAGE]',
    ],
  ])('refuses %s', (_name, change, path) => {
    const p = payload();
    change(p);
    const result = safeParseBotEvent(encodeForm(p));
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('invalid_payload');
    expect(result.issues?.map((issue) => issue.path)).toEqual([path]);
  });
});
