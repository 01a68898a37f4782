import { describe, expect, it, vi } from 'vitest';
import {
  type EventPortal,
  parseAppInstall,
  parseBotEvent,
  parseBotEventRequest,
  parseImCommandAdd,
  parseImCommandAddRequest,
  safeParseBotEvent,
  safeParseImBotMessageAdd,
  safeParseImCommandAdd,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// Verify before parse: the applicationToken option compares the decoded body's top-level token
// before the body is validated or normalized.

const TOKEN = '8e3ab48a764a9b02700e759d59e91125';
const MEMBER = 'd897063e1ce7c5eb9f04b9751eef5915';
const FORGED = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0';
const form = fixtureText('onimcommandadd/en-group.form.txt');
const json = fixtureText('onimcommandadd/en-group.json');
const install = fixtureText('app/ONAPPINSTALL-documented.form.txt');

/** The documented body with every application token (top level and bot entries) replaced. */
const forged = form.replaceAll(TOKEN, FORGED);

function request(body: string, type = 'application/x-www-form-urlencoded'): Request {
  return new Request('http://127.0.0.1/bot', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
}

describe('fail closed: a present applicationToken that names no token', () => {
  // An unset environment variable is `undefined`; `?? ''` makes it empty. Neither may turn the
  // check off or refuse every event in silence: each is a TypeError at once, that says what to do.
  const empty: [string, unknown][] = [
    ['undefined', undefined],
    ["''", ''],
    ['[]', []],
    ["['']", ['']],
    ["[TOKEN, '']", [TOKEN, '']],
  ];
  const hint = /environment variable .* set\?.*leave the option out/;

  for (const [name, applicationToken] of empty) {
    const options = { applicationToken } as { applicationToken: string };
    it(`throws a TypeError for ${name}, from every parse function and request helper`, async () => {
      expect(() => parseBotEvent(form, options)).toThrow(TypeError);
      expect(() => parseBotEvent(form, options)).toThrow(hint);
      expect(() => safeParseBotEvent(form, options)).toThrow(hint);
      expect(() => parseImCommandAdd(form, options)).toThrow(hint);
      expect(() => safeParseImCommandAdd(form, options)).toThrow(hint);
      expect(() => safeParseImBotMessageAdd(form, options)).toThrow(hint);
      await expect(parseBotEventRequest(request(form), options)).rejects.toThrow(hint);
      await expect(parseImCommandAddRequest(request(form), options)).rejects.toThrow(hint);
    });
  }

  it('names no token in the message, and an absent option is still no check', () => {
    let thrown: unknown;
    try {
      parseBotEvent(form, { applicationToken: [TOKEN, ''] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).not.toContain(TOKEN);
    expect((thrown as Error).message).toMatch(
      /^\[bitrix24-imbot-events\] options\.applicationToken lists an empty string/,
    );
    expect(parseBotEvent(form, {}).event).toBe('ONIMCOMMANDADD');
    expect(parseBotEvent(form).event).toBe('ONIMCOMMANDADD');
  });
});

function mismatch(run: () => unknown): { path: string; message: string } {
  try {
    run();
  } catch (error) {
    const { code, issues, message } = error as {
      code: string;
      issues: { path: string; message: string }[];
      message: string;
    };
    expect(code).toBe('token_mismatch');
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain(FORGED);
    return issues[0] as { path: string; message: string };
  }
  throw new Error('expected token_mismatch');
}

describe('applicationToken: a string or a list', () => {
  it('passes a body whose token matches, in every input shape', () => {
    for (const input of [form, json, JSON.parse(json), new TextEncoder().encode(form)]) {
      expect(parseImCommandAdd(input, { applicationToken: TOKEN }).auth.applicationToken).toBe(
        TOKEN,
      );
    }
  });

  it('refuses a forged body with token_mismatch at auth[application_token]', () => {
    const issue = mismatch(() => parseImCommandAdd(forged, { applicationToken: TOKEN }));
    expect(issue.path).toBe('auth[application_token]');
    const result = safeParseImCommandAdd(forged, { applicationToken: TOKEN });
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('token_mismatch');
    expect(result.output).toBeUndefined();
  });

  it('accepts any token of a list (rotation)', () => {
    expect(parseBotEvent(form, { applicationToken: [FORGED, TOKEN] }).event).toBe('ONIMCOMMANDADD');
  });

  it('refuses a body without a token, or with a token that is not a string', () => {
    const payload = JSON.parse(json);
    delete payload.auth.application_token;
    expect(mismatch(() => parseBotEvent(payload, { applicationToken: TOKEN })).path).toBe(
      'auth[application_token]',
    );
    payload.auth.application_token = { value: TOKEN };
    mismatch(() => parseBotEvent(payload, { applicationToken: TOKEN }));
  });

  it('reads the top-level token, never the bot entry copy', () => {
    const payload = JSON.parse(json);
    payload.auth.application_token = FORGED;
    // The bot entries still hold the real token: the forged top level decides.
    mismatch(() => parseImCommandAdd(payload, { applicationToken: TOKEN }));
  });

  it('checks the token before validation: a forged invalid body is token_mismatch', () => {
    const payload = JSON.parse(json.replaceAll(TOKEN, FORGED));
    delete payload.data;
    payload.ts = 'not a time';
    mismatch(() => parseImCommandAdd(payload, { applicationToken: TOKEN }));
    // Also a forged body of another event: refused before the event code is looked at.
    const other = fixtureText('v1/ONIMBOTJOINCHAT-group.form.txt');
    expect(safeParseImCommandAdd(other, { applicationToken: FORGED }).error?.code).toBe(
      'token_mismatch',
    );
    // Without the option, the same bodies fail as they always did.
    expect(safeParseImCommandAdd(payload).error?.code).toBe('invalid_payload');
  });

  it('refuses unknown events too when the dispatcher verifies', () => {
    const unknown = form.replace('event=ONIMCOMMANDADD', 'event=ONCRMDEALADD');
    expect(parseBotEvent(unknown, { applicationToken: TOKEN }).known).toBe(false);
    mismatch(() => parseBotEvent(unknown, { applicationToken: FORGED }));
  });

  it('throws a TypeError for an option of the wrong kind, from safeParse too', () => {
    const wrong = { applicationToken: 42 } as unknown as { applicationToken: string };
    expect(() => safeParseBotEvent(form, wrong)).toThrow(TypeError);
    expect(() => safeParseImCommandAdd(form, wrong)).toThrow(TypeError);
  });
});

describe('applicationToken: a lookup by portal', () => {
  it('is asked with the portal of the decoded body, once', () => {
    const lookup = vi.fn((_portal: EventPortal) => TOKEN);
    parseImCommandAdd(form, { applicationToken: lookup });
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith({ memberId: MEMBER, domain: 'some-domain.bitrix24.com' });
  });

  it('reads the same member_id the event carries, whatever else the body holds', () => {
    // A second auth[member_id] (PHP keeps the last) and a member_id elsewhere in the body.
    const body = `${form}&data%5BPARAMS%5D%5Bmember_id%5D=decoy&auth%5Bmember_id%5D=second`;
    const seen: string[] = [];
    const event = parseImCommandAdd(body, {
      applicationToken: (portal) => {
        seen.push(portal.memberId);
        return TOKEN;
      },
    });
    expect(seen).toEqual([event.auth.memberId]);
    expect(seen).toEqual(['second']);
    // One portal's token does not pass a body that names another portal.
    const tokens = new Map([[MEMBER, TOKEN]]);
    const other = form.replaceAll(MEMBER, 'ffffffffffffffffffffffffffffffff');
    mismatch(() => parseImCommandAdd(other, { applicationToken: (p) => tokens.get(p.memberId) }));
  });

  it('refuses a portal it does not know, except for ONAPPINSTALL (trust on first use)', () => {
    const unknownPortal = () => undefined;
    expect(mismatch(() => parseBotEvent(form, { applicationToken: unknownPortal })).path).toBe(
      'auth[member_id]',
    );
    const v1 = fixtureText('v1/ONIMBOTMESSAGEADD-group.form.txt');
    expect(safeParseImBotMessageAdd(v1, { applicationToken: unknownPortal }).error?.code).toBe(
      'token_mismatch',
    );
    expect(parseAppInstall(install, { applicationToken: unknownPortal }).event).toBe(
      'ONAPPINSTALL',
    );
    expect(parseBotEvent(install, { applicationToken: unknownPortal }).event).toBe('ONAPPINSTALL');
    // A known portal's install is verified like any event.
    mismatch(() => parseAppInstall(install, { applicationToken: () => FORGED }));
    // A static token is no lookup: an install with another token is refused.
    mismatch(() => parseAppInstall(install, { applicationToken: FORGED }));
  });

  it('refuses a body that names no portal, without asking the lookup', () => {
    const payload = JSON.parse(json);
    delete payload.auth.member_id;
    const lookup = vi.fn(() => TOKEN);
    expect(mismatch(() => parseBotEvent(payload, { applicationToken: lookup })).path).toBe(
      'auth[member_id]',
    );
    expect(lookup).not.toHaveBeenCalled();
  });

  it('is not asked for a body that cannot be decoded', () => {
    const lookup = vi.fn(() => TOKEN);
    expect(safeParseBotEvent('{"event":', { applicationToken: lookup }).error?.code).toBe(
      'malformed_body',
    );
    expect(lookup).not.toHaveBeenCalled();
  });

  it("rethrows the lookup's own error as it is, from safeParse too", () => {
    const failure = new Error('database down');
    const lookup = () => {
      throw failure;
    };
    expect(() => parseBotEvent(form, { applicationToken: lookup })).toThrow(failure);
    expect(() => safeParseBotEvent(form, { applicationToken: lookup })).toThrow(failure);
  });

  it('refuses an answer of the wrong kind, and a Promise in a synchronous parse', () => {
    const wrong = (() => 42) as unknown as () => string;
    expect(() => safeParseBotEvent(form, { applicationToken: wrong })).toThrow(TypeError);
    const later = (() => Promise.resolve(TOKEN)) as unknown as () => string;
    expect(() => safeParseBotEvent(form, { applicationToken: later })).toThrow(/Promise/);
  });
});

describe('applicationToken in the request helpers', () => {
  it('takes an asynchronous lookup', async () => {
    const lookup = async (portal: EventPortal) => (portal.memberId === MEMBER ? TOKEN : undefined);
    const event = await parseBotEventRequest(request(form), { applicationToken: lookup });
    expect(event.event).toBe('ONIMCOMMANDADD');
    const command = await parseImCommandAddRequest(request(json, 'application/json'), {
      applicationToken: lookup,
    });
    expect(command.commands[0]?.command).toBe('echo');
    await expect(
      parseBotEventRequest(request(forged), { applicationToken: lookup }),
    ).rejects.toMatchObject({ code: 'token_mismatch' });
    await expect(
      parseBotEventRequest(request(install), { applicationToken: async () => undefined }),
    ).resolves.toMatchObject({ event: 'ONAPPINSTALL' });
  });

  it('passes a rejected lookup through', async () => {
    const failure = new Error('database down');
    await expect(
      parseBotEventRequest(request(form), { applicationToken: () => Promise.reject(failure) }),
    ).rejects.toBe(failure);
  });
});
