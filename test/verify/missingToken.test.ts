import { describe, expect, it } from 'vitest';
import {
  assertApplicationToken,
  createBotEventBody,
  decodeForm,
  type EventInput,
  encodeForm,
  parseAppMethodConfirm,
  parseAppPayment,
  parseAppTest,
  parseBotEvent,
  parseBotEventRequest,
  type SafeParseResult,
  safeParseAppMethodConfirm,
  safeParseAppPayment,
  safeParseAppTest,
  safeParseBotEvent,
  verifyApplicationToken,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// A body without auth[application_token]: it parses when no token is asked for (the events whose
// documented auth may lack one, and every event this library does not know), and it never passes
// a configured check: the applicationToken option fails it with token_mismatch, whatever its form.

const TOKEN = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';

/** Every form of the applicationToken option, each expecting TOKEN. */
const OPTIONS = [
  ['a string', TOKEN],
  ['a list', ['f'.repeat(32), TOKEN]],
  ['a lookup', () => TOKEN],
  ['a lookup that knows no token', () => undefined],
] as const;

function request(body: string): Request {
  return new Request('http://127.0.0.1/bot', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

describe('an unknown event without an application token', () => {
  const body =
    'event=ONCRMDEALADD&data%5BFIELDS%5D%5BID%5D=7&ts=1772196900&auth%5Bdomain%5D=acme.bitrix24.eu&auth%5Bmember_id%5D=m1';

  it('parses when no token is asked for: the portal, no applicationToken', () => {
    const event = parseBotEvent(body);
    expect(event).toEqual({
      event: 'ONCRMDEALADD',
      known: false,
      auth: { domain: 'acme.bitrix24.eu', memberId: 'm1' },
      raw: {
        event: 'ONCRMDEALADD',
        data: { FIELDS: { ID: '7' } },
        ts: '1772196900',
        auth: { domain: 'acme.bitrix24.eu', member_id: 'm1' },
      },
    });
    expect(event.auth).not.toHaveProperty('applicationToken');
    expect(verifyApplicationToken(event, TOKEN)).toBe(false);
  });

  it.each(OPTIONS)('fails token_mismatch when %s is asked for', async (_name, option) => {
    const result = safeParseBotEvent(body, { applicationToken: option });
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('token_mismatch');
    await expect(parseBotEventRequest(request(body), { applicationToken: option })).rejects.toThrow(
      /token_mismatch/,
    );
  });

  it('still needs its portal: domain and member_id', () => {
    const noPortal = 'event=ONCRMDEALADD&ts=1&auth%5Bapplication_token%5D=t';
    expect(safeParseBotEvent(noPortal).issues?.map((issue) => issue.path)).toEqual([
      'auth[domain]',
      'auth[member_id]',
    ]);
  });

  it('keeps the token when it is sent', () => {
    const event = parseBotEvent(`${body}&auth%5Bapplication_token%5D=${TOKEN}`, {
      applicationToken: TOKEN,
    });
    expect(event.auth?.applicationToken).toBe(TOKEN);
    expect(verifyApplicationToken(event, TOKEN)).toBe(true);
  });
});

/** The application token of the app fixtures (fixtures/generate-app.php). */
const APP_TOKEN = 'f3b9d0c2a7e54c1b8d6e9f0a3b2c1d4e';

/** A fixture's form body without its top-level application token. */
function withoutToken(name: string): string {
  const tree = { ...decodeForm(fixtureText(`app/${name}.form.txt`)) } as Record<string, unknown>;
  const auth = { ...(tree.auth as Record<string, unknown>) };
  delete auth.application_token;
  return encodeForm({ ...tree, auth });
}

const APP_EVENTS: readonly [
  string,
  string,
  (input: EventInput) => { readonly auth: { readonly applicationToken?: string } },
  (input: EventInput, options?: { applicationToken?: unknown }) => SafeParseResult<object>,
][] = [
  // The documented ONAPPPAYMENT has no token of its own; the others lose theirs here.
  ['ONAPPPAYMENT', 'ONAPPPAYMENT-documented', parseAppPayment, safeParseAppPayment as never],
  [
    'ONAPPMETHODCONFIRM',
    'ONAPPMETHODCONFIRM-granted',
    parseAppMethodConfirm,
    safeParseAppMethodConfirm as never,
  ],
  ['ONAPPTEST', 'ONAPPTEST', parseAppTest, safeParseAppTest as never],
];

describe.each(APP_EVENTS)('%s without an application token', (code, name, parse, safeParse) => {
  const body = withoutToken(name);

  it('parses when no token is asked for, by its own parser and by parseBotEvent', () => {
    expect(body).not.toContain('application_token');
    const event = parse(body);
    expect(event.auth).not.toHaveProperty('applicationToken');
    expect(parseBotEvent(body, { unknownEvents: 'reject' }).event).toBe(code);
    expect(verifyApplicationToken(event, APP_TOKEN)).toBe(false);
    expect(() => assertApplicationToken(event, APP_TOKEN)).toThrow(/token_mismatch/);
  });

  it.each(OPTIONS)('fails token_mismatch when %s is asked for', async (_name, option) => {
    expect(safeParse(body, { applicationToken: option }).error?.code).toBe('token_mismatch');
    expect(safeParseBotEvent(body, { applicationToken: option }).error?.code).toBe(
      'token_mismatch',
    );
    await expect(parseBotEventRequest(request(body), { applicationToken: option })).rejects.toThrow(
      /token_mismatch/,
    );
  });

  it('with its token, passes the check of that token', () => {
    const withToken = `${body}&auth%5Bapplication_token%5D=${APP_TOKEN}`;
    expect(parse(withToken).auth.applicationToken).toBe(APP_TOKEN);
    expect(safeParse(withToken, { applicationToken: APP_TOKEN }).success).toBe(true);
    expect(safeParse(withToken, { applicationToken: TOKEN }).error?.code).toBe('token_mismatch');
  });
});

describe('the default test payloads of the app events', () => {
  it.each(['ONAPPPAYMENT', 'ONAPPMETHODCONFIRM', 'ONAPPTEST'] as const)(
    '%s: without its token by an override, parses unless a token is asked for',
    (code) => {
      const body = createBotEventBody(code, { auth: { application_token: undefined } });
      expect(parseBotEvent(body).event).toBe(code);
      expect(safeParseBotEvent(body, { applicationToken: TOKEN }).error?.code).toBe(
        'token_mismatch',
      );
    },
  );
});
