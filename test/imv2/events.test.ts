import { describe, expect, it } from 'vitest';
import {
  type BotEvent,
  createBotEventPayload,
  type ImV2Chat,
  parseBotEvent,
  parseImBotV2MessageAdd,
  parseImV2JoinChat,
  parseImV2MessageAdd,
  parseImV2MessageDelete,
  parseImV2ReactionChange,
  safeParseBotEvent,
  safeParseImV2JoinChat,
  safeParseImV2MessageAdd,
  safeParseImV2ReactionChange,
  verifyApplicationToken,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// What the golden outputs (test/fixtures) and the removal law (test/paths) do not show of the
// user events of API 2.0 (ONIMV2*): a polled item's data as the parsers take it, the envelope
// they do without, the chat as the subscribed user sees it, the new member of a join, the token
// check, and a mixed stream of bot and user events.

/** A polled item as `imbot.v2.Event.get` with `withUserEvents` (or `im.v2.Event.get`) returns it. */
interface PolledItem {
  readonly eventId: number;
  readonly type: string;
  readonly date: string;
  readonly data: Record<string, unknown>;
}

function fixture(name: string): { event: string; data: Record<string, unknown> } {
  return JSON.parse(fixtureText(`v2/${name}.json`));
}

function polled(eventId: number, name: string): PolledItem {
  const { event, data } = fixture(name);
  return { eventId, type: event, date: '2026-06-09T15:30:00+02:00', data };
}

describe('a polled user event', () => {
  it('parses as { event: item.type, data: item.data }, with JSON types: no ts, no auth', () => {
    const item = polled(2001, 'ONIMV2MESSAGEADD-group');
    const event = parseImV2MessageAdd({ event: item.type, data: item.data });
    expect(event).not.toHaveProperty('auth');
    expect(event).not.toHaveProperty('sentAt');
    expect(event).not.toHaveProperty('handlerId');
    expect(event.message).toMatchObject({ id: 120520, authorId: 61, chatId: 7400 });
    expect(event.user?.name).toBe('Lars Eriksen');
    // The whole item parses too: its other keys stay in raw.
    const whole = parseImV2MessageAdd({ event: item.type, ...item });
    expect(whole.raw.eventId).toBe('2001'); // raw is the form-equivalent tree: strings
    expect(whole.message).toEqual(event.message);
  });

  it('reads the envelope when a payload carries one', () => {
    const event = parseImV2MessageAdd(fixtureText('v2/ONIMV2MESSAGEADD-with-envelope.form.txt'));
    expect(event.sentAt?.toISOString()).toBe('2026-06-09T13:36:11.000Z');
    expect(event.auth).toMatchObject({
      domain: 'northwind.bitrix24.de',
      memberId: 'a17c0de5a17c0de5a17c0de5a17c0de5',
      userId: 58,
    });
  });

  it('still needs its code and data, its chat, its language, and its message (not its text)', () => {
    const paths = (change: (data: Record<string, unknown>) => void) => {
      const { event, data } = fixture('ONIMV2MESSAGEADD-group');
      change(data);
      return safeParseImV2MessageAdd({ event, data }).issues?.map((issue) => issue.path);
    };
    expect(paths((data) => delete data.chat)).toEqual(['data[chat]']);
    expect(paths((data) => delete data.language)).toEqual(['data[language]']);
    expect(paths((data) => delete data.message)).toEqual(['data[message]']);
    // A message of only files has no text: it reads '' (docs/normalization.md).
    expect(paths((data) => delete (data.message as Record<string, unknown>).text)).toBeUndefined();
    expect(safeParseImV2MessageAdd({ event: 'ONIMV2MESSAGEADD' }).issues).toEqual([
      { path: 'data', message: 'is required but missing' },
    ]);
  });

  it('refuses an auth that is there but lacks the portal', () => {
    const payload = fixture('ONIMV2MESSAGEADD-with-envelope') as Record<string, unknown>;
    const auth = { ...(payload.auth as Record<string, unknown>) };
    delete auth.member_id;
    const result = safeParseImV2MessageAdd({ ...payload, auth });
    expect(result.issues?.map((issue) => issue.path)).toEqual(['auth[member_id]']);
  });
});

describe('the chat as the subscribed user sees it', () => {
  it('a private chat: dialogId is the other party, and there is no toUserId', () => {
    const event = parseImV2MessageAdd(fixtureText('v2/ONIMV2MESSAGEADD-private.form.txt'));
    expect(event.chat).toEqual({
      type: 'private',
      messageType: 'P',
      dialogId: '61',
      id: 7455,
      name: 'Lars Eriksen',
      owner: 0,
      color: '#f76187',
      description: '',
      extranet: false,
      containsCollaber: false,
      entityType: '',
      entityId: '',
      entityData1: '',
      entityData2: '',
      entityData3: '',
      parentChatId: null,
      parentMessageId: null,
      isNew: false,
      textFieldEnabled: true,
    });
    expect(event.chat).not.toHaveProperty('toUserId');
  });

  it('is the same Chat as the bot events give, so one function reads both', () => {
    const where = (chat: ImV2Chat) => (chat.type === 'private' ? chat.dialogId : chat.name);
    const user = parseImV2MessageAdd(fixtureText('v2/ONIMV2MESSAGEADD-group.form.txt'));
    const bot = parseImBotV2MessageAdd(fixtureText('v2/ONIMBOTV2MESSAGEADD-group.form.txt'));
    expect(where(user.chat)).toBe(where(bot.chat));
    expect(user.chat).toEqual(bot.chat);
  });
});

describe('ONIMV2JOINCHAT', () => {
  it('its user is the member who was added', () => {
    const event = parseImV2JoinChat(fixtureText('v2/ONIMV2JOINCHAT-group.form.txt'));
    expect(event.user).toMatchObject({ id: 61, name: 'Lars Eriksen' });
    expect(event.dialogId).toBe('chat7400');
  });

  it('needs that member, with an id', () => {
    const join = fixture('ONIMV2JOINCHAT-group');
    const { user, ...rest } = join.data;
    expect(
      safeParseImV2JoinChat({ ...join, data: rest }).issues?.map((issue) => issue.path),
    ).toEqual(['data[user]']);
    const noId = { ...(user as Record<string, unknown>) };
    delete noId.id;
    expect(
      safeParseImV2JoinChat({ ...join, data: { ...rest, user: noId } }).issues?.map(
        (issue) => issue.path,
      ),
    ).toEqual(['data[user][id]']);
    // An empty user is no user: PHP drops it from a form body, and JSON's {} counts as absent.
    expect(safeParseImV2JoinChat({ ...join, data: { ...rest, user: {} } }).success).toBe(false);
  });
});

describe('ONIMV2MESSAGEDELETE and ONIMV2REACTIONCHANGE', () => {
  it('a deleted system message: its id, no user', () => {
    const event = parseImV2MessageDelete(fixtureText('v2/ONIMV2MESSAGEDELETE-system.json'));
    expect(event.messageId).toBe(120470);
    expect(event.user).toBeNull();
  });

  it("reads the action in any letter case; an unknown one is 'unknown', an issue under strict", () => {
    const { event, data } = fixture('ONIMV2REACTIONCHANGE-group');
    expect(parseImV2ReactionChange({ event, data: { ...data, action: 'DELETE' } }).action).toBe(
      'delete',
    );
    const odd = { event, data: { ...data, action: 'pin' } };
    expect(parseImV2ReactionChange(odd).action).toBe('unknown');
    expect(
      safeParseImV2ReactionChange(odd, { strict: true }).issues?.map((issue) => issue.path),
    ).toEqual(['data[action]']);
  });
});

describe('the applicationToken option', () => {
  const TOKEN = '7e57ab1e7e57ab1e7e57ab1e7e57ab1e';

  it('never passes a user event without auth: token_mismatch, whatever the option', () => {
    const body = fixtureText('v2/ONIMV2MESSAGEADD-group.form.txt');
    for (const option of [TOKEN, [TOKEN], () => TOKEN]) {
      expect(safeParseImV2MessageAdd(body, { applicationToken: option }).error?.code).toBe(
        'token_mismatch',
      );
      expect(safeParseBotEvent(body, { applicationToken: option }).error?.code).toBe(
        'token_mismatch',
      );
    }
    expect(verifyApplicationToken(parseImV2MessageAdd(body), TOKEN)).toBe(false);
  });

  it('checks the token of a payload that carries an auth', () => {
    const body = fixtureText('v2/ONIMV2MESSAGEADD-with-envelope.form.txt');
    expect(safeParseImV2MessageAdd(body, { applicationToken: TOKEN }).success).toBe(true);
    expect(safeParseImV2MessageAdd(body, { applicationToken: 'f'.repeat(32) }).error?.code).toBe(
      'token_mismatch',
    );
  });
});

describe('a stream of bot and user events (imbot.v2.Event.get with withUserEvents)', () => {
  it('parseBotEvent reads each item, and a switch on event narrows to each type', () => {
    const bot = JSON.parse(fixtureText('v2/ONIMBOTV2MESSAGEADD-full-bot.json'));
    const items: PolledItem[] = [
      { eventId: 3001, type: bot.event, date: '2026-06-10T10:05:00+02:00', data: bot.data },
      polled(3002, 'ONIMV2MESSAGEADD-group'),
      polled(3003, 'ONIMV2REACTIONCHANGE-group'),
      polled(3004, 'ONIMV2JOINCHAT-group'),
    ];
    const seen = items.map((item): string => {
      // A polled bot event has no envelope either; the bot events still need theirs (ts, auth).
      const input = item.type.startsWith('ONIMBOTV2')
        ? { event: item.type, data: item.data, ts: bot.ts, auth: bot.auth }
        : { event: item.type, data: item.data };
      const event: BotEvent = parseBotEvent(input, { unknownEvents: 'reject' });
      if (!event.known) return 'unknown';
      switch (event.event) {
        case 'ONIMBOTV2MESSAGEADD':
          return `bot ${event.bot.id}: ${event.message.text}`;
        case 'ONIMV2MESSAGEADD':
          return `${event.user?.name}: ${event.message.text}`;
        case 'ONIMV2REACTIONCHANGE':
          return `${event.user?.name} ${event.action} ${event.reaction} on ${event.message.id}`;
        case 'ONIMV2JOINCHAT':
          return `${event.user.name} joined ${event.dialogId}`;
        default:
          return event.event;
      }
    });
    expect(seen).toEqual([
      'bot 315: Danke!',
      'Lars Eriksen: Truck for #5521 leaves at 16:00 — 3 pallets',
      'Lars Eriksen add like on 120540',
      'Lars Eriksen joined chat7400',
    ]);
  });

  it('the default test payloads are what such an item gives', () => {
    const event = parseImV2MessageAdd(createBotEventPayload('ONIMV2MESSAGEADD'));
    expect(event.chat.dialogId).toBe('chat1200');
    expect(Object.keys(event.raw).sort()).toEqual(['data', 'event']);
  });
});
