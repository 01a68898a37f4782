import { describe, expect, it } from 'vitest';
import {
  parseBotEvent,
  parseBotEventRequest,
  safeParseBotEvent,
  verifyApplicationToken,
} from '../../src/index.js';

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
    expect(event.auth.applicationToken).toBe(TOKEN);
    expect(verifyApplicationToken(event, TOKEN)).toBe(true);
  });
});
