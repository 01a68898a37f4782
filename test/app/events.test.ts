import { describe, expect, it } from 'vitest';
import {
  createBotEventPayload,
  parseAppMethodConfirm,
  parseAppPayment,
  parseAppTest,
  safeParseAppMethodConfirm,
  safeParseAppPayment,
  safeParseAppTest,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

// What the golden outputs (test/fixtures) and the removal law (test/paths) do not show of the
// app events ONAPPPAYMENT, ONAPPMETHODCONFIRM and ONAPPTEST: their codes, their required fields
// and their failures. The token rules are in test/verify/missingToken.test.ts.

describe('ONAPPPAYMENT', () => {
  it.each([
    ['L', 'local'],
    ['F', 'free'],
    ['D', 'demo'],
    ['T', 'trial'],
    ['P', 'paid'],
    ['S', 'subscription'],
  ] as const)('reads the status letter %s as %s', (letter, status) => {
    const event = parseAppPayment(
      createBotEventPayload('ONAPPPAYMENT', { data: { STATUS: letter } }),
    );
    expect(event.status).toBe(status);
  });

  it("keeps an unknown status letter as 'unknown' (the letter in raw); strict reports it", () => {
    const payload = createBotEventPayload('ONAPPPAYMENT', { data: { STATUS: 'Q' } });
    const event = parseAppPayment(payload);
    expect(event.status).toBe('unknown');
    expect(event.raw.data?.STATUS).toBe('Q');
    const strict = safeParseAppPayment(payload, { strict: true });
    expect(strict.issues?.map((issue) => issue.path)).toEqual(['data[STATUS]']);
  });

  it('parses with no data at all, as ONAPPINSTALL does', () => {
    const event = parseAppPayment(createBotEventPayload('ONAPPPAYMENT', { data: undefined }));
    expect(event).not.toHaveProperty('status');
    expect(event).not.toHaveProperty('daysLeft');
    expect(event.auth.applicationToken).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses what is there but wrong: days that are not a number, a flag that is not Y/N', () => {
    const result = safeParseAppPayment(
      createBotEventPayload('ONAPPPAYMENT', {
        data: { DAYS: 'soon', PAYMENT_EXPIRED: 'maybe' as 'Y' },
      }),
    );
    expect(result.error?.code).toBe('invalid_payload');
    expect(result.issues?.map((issue) => issue.path).sort()).toEqual([
      'data[DAYS]',
      'data[PAYMENT_EXPIRED]',
    ]);
  });

  it('leaves daysLeft out when the paid period has no end', () => {
    const event = parseAppPayment(fixtureText('app/ONAPPPAYMENT-paid-without-end.form.txt'));
    expect(event).toMatchObject({ status: 'paid', isPaymentExpired: false, handlerId: 44 });
    expect(event).not.toHaveProperty('daysLeft');
    expect(event).not.toHaveProperty('language');
  });
});

describe('ONAPPMETHODCONFIRM', () => {
  it('says which method, whether granted, and the token to repeat the call with', () => {
    const granted = parseAppMethodConfirm(fixtureText('app/ONAPPMETHODCONFIRM-granted.form.txt'));
    expect(granted).toMatchObject({ method: 'voximplant.user.get', isConfirmed: true });
    expect(granted.accessToken).toBe(granted.raw.data.TOKEN);
    const denied = parseAppMethodConfirm(fixtureText('app/ONAPPMETHODCONFIRM-denied.json'));
    expect(denied).toMatchObject({ method: 'user.admin', isConfirmed: false, handlerId: 45 });
  });

  it('needs its data, its method and its decision', () => {
    const paths = (overrides: Parameters<typeof createBotEventPayload<'ONAPPMETHODCONFIRM'>>[1]) =>
      safeParseAppMethodConfirm(createBotEventPayload('ONAPPMETHODCONFIRM', overrides)).issues?.map(
        (issue) => issue.path,
      );
    expect(paths({ data: { METHOD: undefined } })).toEqual(['data[METHOD]']);
    expect(paths({ data: { CONFIRMED: undefined } })).toEqual(['data[CONFIRMED]']);
    expect(paths({ data: { CONFIRMED: 'perhaps' as '1' } })).toEqual(['data[CONFIRMED]']);
    expect(
      paths({
        data: { METHOD: undefined, CONFIRMED: undefined, TOKEN: undefined, LANGUAGE_ID: undefined },
      }),
    ).toEqual(['data']);
  });

  it('parses without the token and the language', () => {
    const event = parseAppMethodConfirm(
      createBotEventPayload('ONAPPMETHODCONFIRM', {
        data: { TOKEN: undefined, LANGUAGE_ID: undefined },
      }),
    );
    expect(event).not.toHaveProperty('accessToken');
    expect(event).not.toHaveProperty('language');
    expect(event.isConfirmed).toBe(true);
  });
});

describe('ONAPPTEST', () => {
  it('hands back the parameters of event.test as texts; nested ones stay in raw', () => {
    const event = parseAppTest(fixtureText('app/ONAPPTEST.json'));
    expect(event.query).toEqual({ source: 'deploy-check', attempt: '2', dryRun: '1' });
    expect(event.raw.data?.QUERY).toMatchObject({ meta: { build: '1.4.0' } });
  });

  it('gives {} when event.test had no parameters, and refuses a QUERY that is not a map', () => {
    expect(
      parseAppTest(createBotEventPayload('ONAPPTEST', { data: { QUERY: undefined } })).query,
    ).toEqual({});
    const result = safeParseAppTest(
      createBotEventPayload('ONAPPTEST', { data: { QUERY: 'x' as never } }),
    );
    expect(result.issues?.map((issue) => issue.path)).toEqual(['data[QUERY]']);
  });
});
