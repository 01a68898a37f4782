import { describe, expect, it } from 'vitest';
import {
  createBotEventBatch,
  createBotEventPayload,
  createBotReply,
  createBotReplyRequest,
  parseBotEvent,
  parseBotEventBatch,
  parseImBotMessageAdd,
  parseImBotV2MessageAdd,
  parseImCommandAdd,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// Replies checked against the request examples of Bitrix24's documentation (method, params, URL,
// token), built from events that carry the same ids and tokens.

const PORTAL = 'some-domain.bitrix24.com';
const REJECT = { unknownEvents: 'reject' } as const;
const ENDPOINT = `https://${PORTAL}/rest/`;

/** An auth bundle as an event carries it, with the given access token. */
function auth(accessToken: string, userId: string) {
  return {
    access_token: accessToken,
    expires: '1771932585',
    expires_in: '3600',
    scope: 'imbot',
    domain: PORTAL,
    server_endpoint: 'https://oauth.bitrix.info/rest/',
    status: 'F',
    client_endpoint: ENDPOINT,
    member_id: 'bac1cd5c8940947a75e0d71b1a84e348',
    user_id: userId,
    application_token: '831c76b092f9f135d9b6b36c3a720757',
  };
}

/** The documentation's private ONIMBOTMESSAGEADD to bot 567 from user 27 (our private fixture, re-addressed). */
function v1PrivateMessage() {
  const bot = auth('a98b9d690000071b0000084400000237f0f107589d1e', '567');
  const payload = JSON.parse(fixtureText('v1/ONIMBOTMESSAGEADD-private.json'));
  payload.data.BOT = { 567: { ...bot, BOT_ID: '567', BOT_CODE: 'newbot', AUTH: bot } };
  Object.assign(payload.data.PARAMS, {
    DIALOG_ID: '27',
    FROM_USER_ID: '27',
    AUTHOR_ID: '27',
    TO_USER_ID: '567',
    MESSAGE: 'Hello',
  });
  payload.data.USER.ID = '27';
  payload.auth = auth('user-token-of-27', '27');
  return parseImBotMessageAdd(payload);
}

async function bodyOf(request: Request): Promise<unknown> {
  return JSON.parse(await request.text());
}

describe('createBotReplyRequest against the documented requests', () => {
  it('answers an API 1.0 message with imbot.message.add, as the bot (message-add.answer-to-private)', async () => {
    const request = createBotReplyRequest(v1PrivateMessage(), {
      message: 'Hello! You wrote: [b]Hello[/b]',
      keyboard: [{ text: 'Help', command: 'help', display: 'line', bgColorToken: 'primary' }],
      urlPreview: false,
    });
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${ENDPOINT}imbot.message.add`);
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await bodyOf(request)).toEqual({
      BOT_ID: 567,
      DIALOG_ID: '27',
      MESSAGE: 'Hello! You wrote: [b]Hello[/b]',
      KEYBOARD: {
        BUTTONS: [{ TEXT: 'Help', COMMAND: 'help', DISPLAY: 'LINE', BG_COLOR_TOKEN: 'primary' }],
      },
      URL_PREVIEW: 'N',
      auth: 'a98b9d690000071b0000084400000237f0f107589d1e', // the bot's token, not the user's
    });
  });

  it('answers ONIMCOMMANDADD with imbot.command.answer, with attach, keyboard and menu (command-answer)', async () => {
    const event = parseImCommandAdd(fixtureText('onimcommandadd/en-group.form.txt'));
    const request = createBotReplyRequest(event, {
      message: 'Accepted. Executing command.',
      system: false,
      urlPreview: true,
      attach: [
        { message: 'Task details' },
        { delimiter: true },
        { link: { name: 'Open', link: 'https://example.com' } },
      ],
      keyboard: [{ text: 'Repeat', command: 'echo repeat' }],
      menu: [{ text: 'bitrix24', link: 'https://bitrix24.com' }],
    });
    expect(request.url).toBe(`${ENDPOINT}imbot.command.answer`);
    expect(await bodyOf(request)).toEqual({
      COMMAND_ID: 99,
      MESSAGE_ID: 33871,
      MESSAGE: 'Accepted. Executing command.',
      SYSTEM: 'N',
      URL_PREVIEW: 'Y',
      ATTACH: {
        BLOCKS: [
          { MESSAGE: 'Task details' },
          { DELIMITER: true },
          { LINK: { NAME: 'Open', LINK: 'https://example.com' } },
        ],
      },
      KEYBOARD: { BUTTONS: [{ TEXT: 'Repeat', COMMAND: 'echo repeat' }] },
      MENU: [{ TEXT: 'bitrix24', LINK: 'https://bitrix24.com' }],
      BOT_ID: 1291, // a menu's command items need the bot (the documented request omits it)
      auth: 'f1ca0690000071b006e2cf20050b00074d9ed82e255b', // data[COMMAND][99]'s token
    });
  });

  it('answers an API 2.0 webhook message with imbot.v2.Chat.Message.send and data.bot.auth (answer-to-webhook-event)', async () => {
    const botAuth = auth('0b02a0690000071b0008440001b0007a16b39202c2490f015', '456');
    const event = parseImBotV2MessageAdd(
      createBotEventPayload('ONIMBOTV2MESSAGEADD', {
        data: {
          bot: { id: '456', code: 'support_bot', auth: botAuth },
          chat: { id: '5', dialogId: 'chat5' },
          message: { id: '789', text: 'Hello bot!' },
        },
        auth: auth('user-token', '1'),
      }),
    );
    const request = createBotReplyRequest(event, {
      message: 'Received: Hello bot!',
      replyId: event.message.id,
      urlPreview: false,
    });
    expect(request.url).toBe(`${ENDPOINT}imbot.v2.Chat.Message.send`);
    expect(await bodyOf(request)).toEqual({
      botId: 456,
      dialogId: 'chat5',
      fields: { message: 'Received: Hello bot!', replyId: 789, urlPreview: false },
      auth: '0b02a0690000071b0008440001b0007a16b39202c2490f015',
    });
  });
});

describe('createBotReply: the call for any REST client', () => {
  it('adds CLIENT_ID for an API 1.0 bot of an incoming webhook (message-add.webhook-client-id)', () => {
    const event = parseBotEvent(
      createBotEventPayload('ONIMBOTJOINCHAT', {
        data: { PARAMS: { DIALOG_ID: 'chat123' } },
      }),
      REJECT,
    );
    if (event.event !== 'ONIMBOTJOINCHAT') throw new Error('not a join');
    const call = createBotReply(
      event,
      { message: 'Message text', system: false, urlPreview: true },
      { clientId: 'put_your_client_id_here' },
    );
    expect(call).toEqual({
      method: 'imbot.message.add',
      params: {
        BOT_ID: event.bot.id,
        DIALOG_ID: 'chat123',
        MESSAGE: 'Message text',
        SYSTEM: 'N',
        URL_PREVIEW: 'Y',
        CLIENT_ID: 'put_your_client_id_here',
      },
    });
  });

  it('answers ONIMBOTV2COMMANDADD with imbot.v2.Command.answer and botToken (command-answer)', () => {
    const event = parseBotEvent(
      createBotEventPayload('ONIMBOTV2COMMANDADD', {
        data: {
          bot: { id: '456' },
          command: { id: '42' },
          message: { id: '789' },
          chat: { id: '5', dialogId: 'chat5' },
        },
      }),
      REJECT,
    );
    if (event.event !== 'ONIMBOTV2COMMANDADD') throw new Error('not a command');
    expect(createBotReply(event, 'Here is the help text...', { botToken: 'my_bot_token' })).toEqual(
      {
        method: 'imbot.v2.Command.answer',
        params: {
          botId: 456,
          commandId: 42,
          messageId: 789,
          dialogId: 'chat5',
          fields: { message: 'Here is the help text...' },
          botToken: 'my_bot_token',
        },
      },
    );
  });

  it("answers a polled event (no tokens: the poller's own credentials) and a user event with botId", () => {
    const { events } = parseBotEventBatch(
      createBotEventBatch(['ONIMBOTV2JOINCHAT', 'ONIMV2MESSAGEADD']),
    );
    const [join, user] = events;
    if (
      !join?.known ||
      !user?.known ||
      join.event !== 'ONIMBOTV2JOINCHAT' ||
      user.event !== 'ONIMV2MESSAGEADD'
    ) {
      throw new Error('unexpected batch');
    }
    const call = createBotReply(join, {
      message: 'Hi, I am here',
      keyboard: [{ text: 'Open', link: 'https://example.com', bgColorToken: 'primary' }],
    });
    expect(call).toEqual({
      method: 'imbot.v2.Chat.Message.send',
      params: {
        botId: join.bot.id,
        dialogId: join.chat.dialogId,
        fields: {
          message: 'Hi, I am here',
          keyboard: {
            BUTTONS: [{ TEXT: 'Open', LINK: 'https://example.com', BG_COLOR_TOKEN: 'primary' }],
          },
        },
      },
    });
    expect(() => createBotReply(user, 'seen')).toThrow(/botId/);
    expect(createBotReply(user, 'seen', { botId: 456 }).params).toMatchObject({
      botId: 456,
      dialogId: user.chat.dialogId,
    });
    expect(() => createBotReplyRequest(join, 'hi')).toThrow(/no access token.*createBotReply/);
  });

  it('maps every keyboard, attach and menu field to the wire', () => {
    const call = createBotReply(v1PrivateMessage(), {
      message: 'all fields',
      keyboard: [
        {
          text: 'Run',
          command: 'run',
          commandParams: 'fast',
          block: true,
          disabled: false,
          context: 'mobile',
          display: 'block',
          width: 100,
          bgColor: '#29619b',
          textColor: '#fff',
          offBgColor: '#000000',
          offTextColor: '#999',
        },
        'newline',
        { text: 'Copy', action: 'copy', actionValue: 'text' },
        { text: 'App', appId: 12, appParams: 'x' },
      ],
      attach: {
        color: '#29619b',
        colorToken: 'secondary',
        blocks: [
          { user: { name: 'Ada', avatar: '/a.png', userId: 1, avatarType: 'user' } },
          { grid: [{ display: 'line', name: 'Status', value: 'ok', width: 100, color: '#f00' }] },
          {
            image: [
              {
                link: 'https://example.com/a.png',
                name: 'a',
                preview: '/p.png',
                width: 10,
                height: 10,
              },
            ],
          },
          { file: [{ link: 'https://example.com/a.pdf', name: 'a.pdf', size: 1024 }] },
          { delimiter: { size: 100, color: '#ccc' } },
        ],
      },
      menu: [
        { text: 'Call', action: 'call', actionValue: '+15550100', context: 'all', disabled: true },
      ],
    });
    expect(call.params).toMatchObject({
      KEYBOARD: {
        BUTTONS: [
          {
            TEXT: 'Run',
            COMMAND: 'run',
            COMMAND_PARAMS: 'fast',
            BLOCK: 'Y',
            DISABLED: 'N',
            CONTEXT: 'MOBILE',
            DISPLAY: 'BLOCK',
            WIDTH: 100,
            BG_COLOR: '#29619b',
            TEXT_COLOR: '#fff',
            OFF_BG_COLOR: '#000000',
            OFF_TEXT_COLOR: '#999',
          },
          { TYPE: 'NEWLINE' },
          { TEXT: 'Copy', ACTION: 'COPY', ACTION_VALUE: 'text' },
          { TEXT: 'App', APP_ID: 12, APP_PARAMS: 'x' },
        ],
      },
      ATTACH: {
        COLOR: '#29619b',
        COLOR_TOKEN: 'secondary',
        BLOCKS: [
          { USER: { NAME: 'Ada', AVATAR: '/a.png', USER_ID: 1, AVATAR_TYPE: 'USER' } },
          { GRID: [{ DISPLAY: 'LINE', NAME: 'Status', VALUE: 'ok', WIDTH: 100, COLOR: '#f00' }] },
          {
            IMAGE: [
              {
                LINK: 'https://example.com/a.png',
                NAME: 'a',
                PREVIEW: '/p.png',
                WIDTH: 10,
                HEIGHT: 10,
              },
            ],
          },
          { FILE: [{ LINK: 'https://example.com/a.pdf', NAME: 'a.pdf', SIZE: 1024 }] },
          { DELIMITER: { SIZE: 100, COLOR: '#ccc' } },
        ],
      },
      MENU: [
        { TEXT: 'Call', ACTION: 'CALL', ACTION_VALUE: '+15550100', CONTEXT: 'ALL', DISABLED: 'Y' },
      ],
    });
  });
});

describe('refusals: a clear TypeError, never a silent cut', () => {
  const event = v1PrivateMessage();
  const cases: [string, unknown, RegExp][] = [
    ['a text over 20,000 characters', 'x'.repeat(20_001), /20001 characters, more than the 20000/],
    ['an empty API 1.0 text', '  ', /blank \(MESSAGE_EMPTY\)/],
    [
      'a button without an action',
      { message: 'm', keyboard: [{ text: 'x' }] },
      /exactly one of command, link, action, appId; found none/,
    ],
    [
      'a button with two actions',
      { message: 'm', keyboard: [{ text: 'x', command: 'a', link: '/b' }] },
      /found command and link/,
    ],
    [
      'a button without a label',
      { message: 'm', keyboard: [{ text: ' ', command: 'a' }] },
      /keyboard\[0\]\.text/,
    ],
    [
      'an action without its value',
      { message: 'm', keyboard: [{ text: 'x', action: 'send' }] },
      /actionValue/,
    ],
    [
      'an unknown action',
      { message: 'm', keyboard: [{ text: 'x', action: 'jump', actionValue: 'y' }] },
      /one of put, send, copy, call, dialog/,
    ],
    [
      'a link that is not http(s) or /',
      { message: 'm', keyboard: [{ text: 'x', link: 'javascript:alert(1)' }] },
      /http:\/\/, https:\/\/ or \//,
    ],
    [
      'a colour that is not #RGB',
      { message: 'm', keyboard: [{ text: 'x', command: 'a', bgColor: 'red' }] },
      /#RGB or #RRGGBB/,
    ],
    ['a keyboard of newlines only', { message: 'm', keyboard: ['newline'] }, /at least one button/],
    [
      'a keyboard over 30,000 characters',
      {
        message: 'm',
        keyboard: Array.from({ length: 700 }, (_, i) => ({
          text: `button ${i}`,
          command: 'c'.repeat(30),
        })),
      },
      /KEYBOARD_OVERSIZE/,
    ],
    [
      'an attach over 60,000 characters',
      { message: 'm', attach: Array.from({ length: 70 }, () => ({ message: 'x'.repeat(1000) })) },
      /ATTACH_OVERSIZE/,
    ],
    [
      'a grid of mixed modes',
      {
        message: 'm',
        attach: [
          {
            grid: [
              { display: 'line', name: 'a' },
              { display: 'row', name: 'b' },
            ],
          },
        ],
      },
      /mixes display modes/,
    ],
    [
      'an image without its address',
      { message: 'm', attach: [{ image: [{ name: 'a' }] }] },
      /image\[0\]\.link: is required/,
    ],
    [
      'an unknown field',
      { message: 'm', keyboard: [{ text: 'x', command: 'a', colour: '#fff' }] },
      /colour: is not a field/,
    ],
    ['a replyId in API 1.0', { message: 'm', replyId: 5 }, /API 1\.0 has no reply/],
    ['an unknown reply field', { message: 'm', attachments: [] }, /reply\.attachments/],
  ];
  for (const [name, reply, message] of cases) {
    it(name, () => {
      expect(() => createBotReply(event, reply as never)).toThrow(TypeError);
      expect(() => createBotReply(event, reply as never)).toThrow(message);
    });
  }

  it('refuses a menu and an empty message in API 2.0, an event without an answer, and a webhook credential of the other API', () => {
    const v2 = parseBotEvent(createBotEventPayload('ONIMBOTV2MESSAGEADD'), REJECT);
    if (v2.event !== 'ONIMBOTV2MESSAGEADD') throw new Error('not v2');
    expect(() => createBotReply(v2, { message: 'm', menu: [{ text: 'a', link: '/' }] })).toThrow(
      /no context menu/,
    );
    expect(() => createBotReply(v2, {})).toThrow(/text or an attach/);
    expect(createBotReply(v2, { attach: [{ message: 'only an attach' }] }).params.fields).toEqual({
      attach: { BLOCKS: [{ MESSAGE: 'only an attach' }] },
    });
    expect(() => createBotReply(v2, 'm', { clientId: 'x' })).toThrow(/clientId: is API 1\.0's/);
    expect(() => createBotReply(v2, 'm', { botToken: 'x'.repeat(41) })).toThrow(/1 to 40/);
    expect(() => createBotReply(event, 'm', { botToken: 'x' })).toThrow(/botToken: is API 2\.0's/);
    const deleted = parseBotEvent(createBotEventPayload('ONIMBOTV2DELETE'), REJECT);
    expect(() => createBotReply(deleted as never, 'bye')).toThrow(/deleted/);
  });

  it('sends no token where the event does not say: http, another host, user info, mixed endpoints', () => {
    const base = v1PrivateMessage();
    const withEndpoint = (endpoint: string, top = endpoint) => {
      const raw = structuredClone(base.raw) as unknown as {
        auth: { client_endpoint: string };
        data: {
          BOT: Record<string, { client_endpoint: string; AUTH: { client_endpoint: string } }>;
        };
      };
      raw.auth.client_endpoint = top;
      const bot = raw.data.BOT['567'] as {
        client_endpoint: string;
        AUTH: { client_endpoint: string };
      };
      bot.client_endpoint = endpoint;
      bot.AUTH.client_endpoint = endpoint;
      return parseImBotMessageAdd(raw as never);
    };
    expect(() => createBotReplyRequest(withEndpoint(`http://${PORTAL}/rest/`), 'x')).toThrow(
      /not https/,
    );
    expect(() => createBotReplyRequest(withEndpoint('https://evil.example/rest/'), 'x')).toThrow(
      /not on the portal/,
    );
    expect(() =>
      createBotReplyRequest(withEndpoint(`https://user:pw@${PORTAL}/rest/`), 'x'),
    ).toThrow(/user info/);
    expect(() => createBotReplyRequest(withEndpoint(`https://${PORTAL}:8443/rest/`), 'x')).toThrow(
      /not on the portal/,
    );
    expect(() =>
      createBotReplyRequest(withEndpoint(ENDPOINT, `https://${PORTAL}/other/`), 'x'),
    ).toThrow(/different client endpoints/);
    for (const bad of ['http', 'evil']) {
      try {
        createBotReplyRequest(
          withEndpoint(bad === 'http' ? `http://${PORTAL}/rest/` : 'https://evil.example/rest/'),
          'x',
        );
      } catch (error) {
        expect(String(error)).not.toContain('a98b9d69');
      }
    }
  });
});
