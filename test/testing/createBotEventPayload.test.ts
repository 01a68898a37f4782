import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  type BotEventMap,
  createBotEventBody,
  createBotEventPayload,
  createImCommandAddPayload,
  type EventInput,
  EventParseError,
  KNOWN_BOT_EVENTS,
  type KnownBotEvent,
  type KnownBotEventCode,
  parseAppInstall,
  parseAppMethodConfirm,
  parseAppPayment,
  parseAppTest,
  parseAppUninstall,
  parseAppUpdate,
  parseBotEvent,
  parseImBotDelete,
  parseImBotJoinChat,
  parseImBotMessageAdd,
  parseImBotMessageDelete,
  parseImBotMessageUpdate,
  parseImBotV2CommandAdd,
  parseImBotV2ContextGet,
  parseImBotV2Delete,
  parseImBotV2JoinChat,
  parseImBotV2MessageAdd,
  parseImBotV2MessageDelete,
  parseImBotV2MessageUpdate,
  parseImBotV2ReactionChange,
  parseImCommandAdd,
  parseImV2JoinChat,
  parseImV2MessageAdd,
  parseImV2MessageDelete,
  parseImV2MessageUpdate,
  parseImV2ReactionChange,
  safeParseImBotMessageAdd,
  safeParseImBotV2MessageAdd,
  TEST_APPLICATION_TOKEN,
  verifyApplicationToken,
} from '../../src/index.js';

/** Each event's own parser; the type makes the list complete. */
const PARSERS: { readonly [K in KnownBotEventCode]: (input: EventInput) => BotEventMap[K] } = {
  ONIMCOMMANDADD: parseImCommandAdd,
  ONIMBOTMESSAGEADD: parseImBotMessageAdd,
  ONIMBOTMESSAGEUPDATE: parseImBotMessageUpdate,
  ONIMBOTMESSAGEDELETE: parseImBotMessageDelete,
  ONIMBOTJOINCHAT: parseImBotJoinChat,
  ONIMBOTDELETE: parseImBotDelete,
  ONIMBOTV2MESSAGEADD: parseImBotV2MessageAdd,
  ONIMBOTV2MESSAGEUPDATE: parseImBotV2MessageUpdate,
  ONIMBOTV2MESSAGEDELETE: parseImBotV2MessageDelete,
  ONIMBOTV2JOINCHAT: parseImBotV2JoinChat,
  ONIMBOTV2DELETE: parseImBotV2Delete,
  ONIMBOTV2CONTEXTGET: parseImBotV2ContextGet,
  ONIMBOTV2COMMANDADD: parseImBotV2CommandAdd,
  ONIMBOTV2REACTIONCHANGE: parseImBotV2ReactionChange,
  ONIMV2MESSAGEADD: parseImV2MessageAdd,
  ONIMV2MESSAGEUPDATE: parseImV2MessageUpdate,
  ONIMV2MESSAGEDELETE: parseImV2MessageDelete,
  ONIMV2REACTIONCHANGE: parseImV2ReactionChange,
  ONIMV2JOINCHAT: parseImV2JoinChat,
  ONAPPINSTALL: parseAppInstall,
  ONAPPUPDATE: parseAppUpdate,
  ONAPPUNINSTALL: parseAppUninstall,
  ONAPPPAYMENT: parseAppPayment,
  ONAPPMETHODCONFIRM: parseAppMethodConfirm,
  ONAPPTEST: parseAppTest,
};

/**
 * Runs PHP on every default payload at once: `http_build_query` of it, and `parse_str` of that.
 * PHP gets the payloads as JSON, so it sees the keys in the order JavaScript enumerates them.
 */
function php(payloads: Record<string, unknown>): Record<string, { form: string; tree: unknown }> {
  const script = [
    '$in = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);',
    '$out = [];',
    'foreach ($in as $code => $payload) {',
    '  $form = http_build_query($payload);',
    '  parse_str($form, $tree);',
    "  $out[$code] = ['form' => $form, 'tree' => $tree];",
    '}',
    'echo json_encode($out, JSON_THROW_ON_ERROR | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);',
  ].join('\n');
  const result = spawnSync('php', ['-r', script], {
    input: JSON.stringify(payloads),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`php failed: ${result.stderr || result.error}`);
  return JSON.parse(result.stdout);
}

/** The codes whose events happen in a chat; the others are the deletes and the app events. */
const CHAT_EVENTS: readonly KnownBotEventCode[] = KNOWN_BOT_EVENTS.filter(
  (code) => !/^ONIMBOT(V2)?DELETE$|^ONAPP/.test(code),
);

const HEX32 = /^[0-9a-f]{32}$/;

describe('createBotEventPayload: the defaults', () => {
  it('has a default for each of the twenty-five events of the table', () => {
    expect(KNOWN_BOT_EVENTS).toHaveLength(25);
    expect(CHAT_EVENTS).toHaveLength(17);
  });

  it.each(KNOWN_BOT_EVENTS)(
    '%s: the payload and both bodies parse as that event, by parseBotEvent and its own parser',
    (code) => {
      const inputs = {
        payload: createBotEventPayload(code),
        form: createBotEventBody(code),
        json: createBotEventBody(code, undefined, { format: 'json' }),
      };
      const parse = PARSERS[code] as (input: EventInput) => KnownBotEvent;
      for (const [name, input] of Object.entries(inputs)) {
        const dispatched = parseBotEvent(input, { unknownEvents: 'reject' });
        expect(dispatched.event, name).toBe(code);
        const own = parse(input);
        expect(own.event, name).toBe(code);
        // Strict: no code of any default is unknown to the normalizers.
        expect(
          () => parseBotEvent(input, { unknownEvents: 'reject', strict: true }),
          name,
        ).not.toThrow();
        // All three inputs are the same event.
        expect(own.raw).toEqual(inputs.payload);
      }
      expect(inputs.json).toBe(JSON.stringify(inputs.payload));
    },
  );

  it("makes the form body PHP's http_build_query makes, and is what parse_str makes of it", () => {
    const payloads = Object.fromEntries(
      KNOWN_BOT_EVENTS.map((code) => [code, createBotEventPayload(code)]),
    );
    const fromPhp = php(payloads);
    for (const code of KNOWN_BOT_EVENTS) {
      expect(createBotEventBody(code), code).toBe(fromPhp[code]?.form);
      expect(fromPhp[code]?.tree, code).toEqual(payloads[code]);
    }
  });

  // The user events (ONIMV2*) are polled only: their defaults carry no auth, so no token.
  const WITHOUT_AUTH = KNOWN_BOT_EVENTS.filter((code) => code.startsWith('ONIMV2'));
  const WITH_AUTH = KNOWN_BOT_EVENTS.filter((code) => !code.startsWith('ONIMV2'));

  it.each(WITHOUT_AUTH)('%s: carries no auth (polled), so a token check refuses it', (code) => {
    const payload = createBotEventPayload(code) as Record<string, unknown>;
    expect(payload.auth).toBeUndefined();
    expect(() =>
      parseBotEvent(createBotEventBody(code), { applicationToken: TEST_APPLICATION_TOKEN }),
    ).toThrow(/token_mismatch/);
  });

  it.each(WITH_AUTH)(
    '%s: every application token is TEST_APPLICATION_TOKEN, which verifies',
    (code) => {
      const leaves = collectLeaves(createBotEventPayload(code));
      const tokens = leaves.filter(([path]) => path.endsWith('[application_token]'));
      expect(tokens.length, code).toBeGreaterThan(0);
      for (const [path, token] of tokens) expect(token, path).toBe(TEST_APPLICATION_TOKEN);
      const body = createBotEventBody(code);
      const event = parseBotEvent(body, { applicationToken: TEST_APPLICATION_TOKEN });
      expect(verifyApplicationToken(event, TEST_APPLICATION_TOKEN)).toBe(true);
    },
  );

  it('is createImCommandAddPayload() for ONIMCOMMANDADD', () => {
    expect(createBotEventPayload('ONIMCOMMANDADD')).toEqual(createImCommandAddPayload());
    expect(JSON.stringify(createBotEventPayload('ONIMCOMMANDADD'))).toBe(
      JSON.stringify(createImCommandAddPayload()),
    );
  });

  it('has only string leaves, and fake tokens of the real shape', () => {
    for (const code of KNOWN_BOT_EVENTS) {
      const payload = createBotEventPayload(code);
      const leaves = collectLeaves(payload);
      expect(
        leaves.every(([, value]) => typeof value === 'string'),
        code,
      ).toBe(true);
      const named = (name: string) => leaves.filter(([path]) => path.endsWith(`[${name}]`));
      for (const [path, token] of [...named('application_token'), ...named('member_id')]) {
        expect(token, `${code} ${path}`).toMatch(HEX32);
      }
      if (code === 'ONIMCOMMANDADD') continue; // the documented example's own tokens
      for (const [path, token] of [...named('access_token'), ...named('refresh_token')]) {
        expect(token, `${code} ${path}`).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it.each(KNOWN_BOT_EVENTS)(
    '%s: the normalized event has what a bot needs to act on it',
    (code) => {
      const event = parseBotEvent(createBotEventBody(code), { unknownEvents: 'reject' });
      if (code.startsWith('ONIMV2')) {
        // A user event is polled: no envelope but its code and data.
        expect(event.auth).toBeUndefined();
        expect(event.sentAt).toBeUndefined();
        expect(event).not.toHaveProperty('handlerId');
      } else {
        // Every other event: the portal to verify and call back.
        expect(event.auth?.domain).toMatch(/\.bitrix24\.com$/);
        expect(event.auth?.memberId).toMatch(HEX32);
        expect(event.auth?.applicationToken).toMatch(HEX32);
        expect(event.sentAt?.getTime()).toBeGreaterThan(Date.UTC(2026, 0, 1));
        expect(event.handlerId).toBeTypeOf('number');
      }
      if ('chat' in event) {
        // A chat event: a dialog to reply to, a group chat (the default), who caused it, the bot
        // with its own tokens to answer with.
        expect(CHAT_EVENTS).toContain(code);
        expect(event.chat.dialogId).toMatch(/^chat\d+$/);
        expect(event.chat.type).not.toBe('private');
        expect(event.user?.id).toBeTypeOf('number');
        expect(event.user?.firstName).toBeTruthy();
        expect(event.language).toBe('en');
        if ('commands' in event || 'bot' in event) {
          const botAuth = 'commands' in event ? event.commands[0].botAuth : event.bot.auth;
          expect(botAuth?.accessToken).toBeTruthy();
          expect(botAuth?.applicationToken).toBe(event.auth.applicationToken);
        } else {
          expect(code).toMatch(/^ONIMV2/);
        }
      } else {
        expect(CHAT_EVENTS).not.toContain(code);
      }
      if ('message' in event) {
        expect(event.message.text).not.toBe('');
        expect(event.message.id).toBeTypeOf('number');
      }
      if ('commands' in event) {
        expect(event.commands[0].command).toMatch(/^[a-z]+$/);
        expect(event.commands[0].messageId).toBe(event.message.id);
      }
      if (event.event === 'ONIMBOTDELETE' || event.event === 'ONIMBOTV2DELETE') {
        expect(event.bot.id).toBe(512);
        expect(event.bot.code).toBe('helper_bot');
      }
      if (event.event === 'ONAPPINSTALL') {
        // The install brings the tokens the app stores for the portal.
        expect(event.auth.accessToken).toBeTruthy();
        expect(event.auth.refreshToken).toBeTruthy();
        expect(event.isInstalled).toBe(true);
      }
    },
  );

  it('returns a fresh payload each time', () => {
    for (const code of KNOWN_BOT_EVENTS) {
      const first = createBotEventPayload(code) as Record<string, unknown>;
      // The user events (ONIMV2*) have no auth: their chat is changed instead.
      const nested = (first.auth ?? (first.data as { chat: object }).chat) as Record<
        string,
        unknown
      >;
      nested.domain = 'changed';
      first.data = 'changed';
      const second = createBotEventPayload(code);
      expect(second.data, code).not.toBe('changed');
      expect(JSON.stringify(second), code).not.toContain('changed');
    }
    const bot = createBotEventPayload('ONIMBOTMESSAGEADD').data.BOT['512'];
    expect(bot?.AUTH).not.toBe(createBotEventPayload('ONIMBOTMESSAGEADD').data.BOT['512']?.AUTH);
  });
});

describe('createBotEventPayload: overrides', () => {
  it('merge deeply: a nested override keeps every other field', () => {
    const payload = createBotEventPayload('ONIMBOTMESSAGEADD', {
      data: { PARAMS: { MESSAGE: 'help' } },
    });
    const base = createBotEventPayload('ONIMBOTMESSAGEADD');
    expect(payload).toEqual({
      ...base,
      data: { ...base.data, PARAMS: { ...base.data.PARAMS, MESSAGE: 'help' } },
    });
  });

  it('replace a leaf: an overridden text shows in the parsed event', () => {
    const v1 = parseImBotMessageAdd(
      createBotEventBody('ONIMBOTMESSAGEADD', { data: { PARAMS: { MESSAGE: 'what is new?' } } }),
    );
    expect(v1.message.text).toBe('what is new?');
    const v2 = parseImBotV2MessageAdd(
      createBotEventBody(
        'ONIMBOTV2MESSAGEADD',
        { data: { message: { text: 'what is new?' }, chat: { name: 'Launch 2' } } },
        { format: 'json' },
      ),
    );
    expect(v2.message.text).toBe('what is new?');
    expect(v2.chat).toMatchObject({ name: 'Launch 2', dialogId: 'chat1200' });
  });

  it('write numbers and booleans as PHP does, so that the payload keeps string leaves', () => {
    const payload = createBotEventPayload('ONIMBOTV2MESSAGEADD', {
      ts: 1_790_000_000,
      data: { message: { isSystem: true, id: 9001 }, chat: { extranet: false } },
    });
    expect(payload.ts).toBe('1790000000');
    expect(payload.data.message).toMatchObject({ isSystem: '1', id: '9001' });
    expect(payload.data.chat.extranet).toBe('0');
    const event = parseImBotV2MessageAdd(payload);
    expect(event.message).toMatchObject({ isSystem: true, id: 9001 });
    expect(event.sentAt.getTime()).toBe(1_790_000_000_000);
  });

  it('remove a key set to undefined: an optional field goes, and the event still parses', () => {
    const body = createBotEventBody('ONIMBOTMESSAGEADD', { data: { USER: undefined } });
    expect(body).not.toContain('data%5BUSER%5D');
    expect(parseImBotMessageAdd(body).user).toBeNull();

    const payload = createBotEventPayload('ONIMBOTV2MESSAGEADD', {
      event_handler_id: undefined,
      data: { chat: { description: undefined } },
    });
    expect(payload).not.toHaveProperty('event_handler_id');
    expect(payload.data.chat).not.toHaveProperty('description');
    const event = parseImBotV2MessageAdd(payload);
    expect(event).not.toHaveProperty('handlerId');
    expect(event.chat).not.toHaveProperty('description');
  });

  it('remove a map left empty, as PHP leaves it out of the body', () => {
    const payload = createBotEventPayload('ONAPPUNINSTALL', {
      data: { LANGUAGE_ID: undefined, CLEAN: undefined },
    });
    expect(payload).not.toHaveProperty('data');
    expect(parseAppUninstall(payload)).not.toHaveProperty('clean');
  });

  it('add fields the wire type does not name, and parsers keep them in raw', () => {
    const event = parseImBotV2MessageAdd(
      createBotEventPayload('ONIMBOTV2MESSAGEADD', {
        data: { chat: { permissions: { canPost: 'member' } } },
      }),
    );
    expect(event.raw.data.chat.permissions).toEqual({ canPost: 'member' });
  });

  it('may make the payload invalid on purpose; the parser then fails (the builder does not validate)', () => {
    const noDialog = safeParseImBotMessageAdd(
      createBotEventBody('ONIMBOTMESSAGEADD', { data: { PARAMS: { DIALOG_ID: undefined } } }),
    );
    expect(noDialog.success).toBe(false);
    if (noDialog.success) return;
    expect(noDialog.error).toBeInstanceOf(EventParseError);
    expect(noDialog.error.code).toBe('invalid_payload');
    expect(noDialog.issues.map((issue) => issue.path)).toContain('data[PARAMS][DIALOG_ID]');

    const badTime = safeParseImBotV2MessageAdd(
      createBotEventPayload('ONIMBOTV2MESSAGEADD', { ts: 'yesterday' }),
    );
    expect(badTime.success).toBe(false);

    expect(() =>
      parseBotEvent(createBotEventBody('ONIMBOTV2DELETE', { data: { bot: { id: '-1' } } }), {
        unknownEvents: 'reject',
      }),
    ).toThrow(EventParseError);
  });

  it('refuse prototype keys, unknown codes and unknown formats', () => {
    expect(() =>
      createBotEventPayload('ONIMBOTMESSAGEADD', JSON.parse('{"data":{"__proto__":{"x":"1"}}}')),
    ).toThrow(TypeError);
    expect(() => createBotEventPayload('ONFOO' as KnownBotEventCode)).toThrow(
      /no default for "ONFOO"/,
    );
    expect(() => createBotEventPayload('toString' as KnownBotEventCode)).toThrow(TypeError);
    expect(() =>
      createBotEventBody('ONAPPINSTALL', undefined, { format: 'xml' as 'json' }),
    ).toThrow(/format must be/);
  });
});

/** Every leaf of a tree, with its path (`[data][PARAMS][MESSAGE]`). */
function collectLeaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? collectLeaves(value, `${prefix}[${key}]`)
      : [[`${prefix}[${key}]`, value]],
  );
}
