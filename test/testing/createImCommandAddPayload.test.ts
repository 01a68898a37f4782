import { describe, expect, it } from 'vitest';
import {
  createImCommandAddBody,
  createImCommandAddPayload,
  encodeForm,
  parseImCommandAdd,
  TEST_APPLICATION_TOKEN,
  verifyApplicationToken,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';
import { withoutRaw } from '../support/shapes.js';

/** The documented examples' application token, which the builder swaps for TEST_APPLICATION_TOKEN. */
const DOCUMENTED_TOKEN = '8e3ab48a764a9b02700e759d59e91125';

/** A documented fixture (PHP-made), with the test token where the documentation has its own. */
function withTestToken(text: string): string {
  expect(text).toContain(DOCUMENTED_TOKEN);
  return text.replaceAll(DOCUMENTED_TOKEN, TEST_APPLICATION_TOKEN);
}

describe('createImCommandAddPayload', () => {
  it('is the documented group example by default, but for the test token, and its body is the one PHP makes', () => {
    expect(createImCommandAddPayload()).toEqual(
      JSON.parse(withTestToken(fixtureText('onimcommandadd/en-group.json'))),
    );
    expect(createImCommandAddBody()).toBe(
      withTestToken(fixtureText('onimcommandadd/en-group.form.txt')),
    );
    expect(withoutRaw(parseImCommandAdd(createImCommandAddBody()))).toEqual(
      JSON.parse(withTestToken(fixtureText('onimcommandadd/en-group.expected.json'))),
    );
  });

  it('starts from the private example on request', () => {
    expect(createImCommandAddBody(undefined, { chat: 'private' })).toBe(
      withTestToken(fixtureText('onimcommandadd/en-private.form.txt')),
    );
  });

  it('carries TEST_APPLICATION_TOKEN everywhere the example has an application token', () => {
    for (const chat of ['group', 'private'] as const) {
      const body = createImCommandAddBody(undefined, { chat });
      expect(body).not.toContain(DOCUMENTED_TOKEN);
      // The top-level auth, and the bot's entry flat and under AUTH.
      expect(body.split(`application_token%5D=${TEST_APPLICATION_TOKEN}`)).toHaveLength(4);
      const event = parseImCommandAdd(body, { applicationToken: TEST_APPLICATION_TOKEN });
      expect(verifyApplicationToken(event, TEST_APPLICATION_TOKEN)).toBe(true);
      expect(event.commands[0].botAuth?.applicationToken).toBe(TEST_APPLICATION_TOKEN);
    }
  });

  it('merges overrides deeply, converts scalars as PHP does, and removes keys set to undefined', () => {
    const payload = createImCommandAddPayload({
      data: { COMMAND: { 99: { COMMAND: 'weather', COMMAND_PARAMS: 'Berlin' } }, USER: undefined },
      auth: { application_token: 'test-token' },
      ts: 1700000000,
      event_handler_id: 7,
    });
    const event = parseImCommandAdd(encodeForm(payload));
    expect(event.commands[0]).toMatchObject({
      id: 99,
      command: 'weather',
      params: 'Berlin',
      botId: 1291,
    });
    expect(event.auth.applicationToken).toBe('test-token');
    expect(event.auth.domain).toBe('some-domain.bitrix24.com');
    expect(event.user).toBeNull();
    expect(event.sentAt.getTime()).toBe(1_700_000_000_000);
    expect(createImCommandAddPayload({ data: { PARAMS: { SYSTEM: true } } }).data).toMatchObject({
      PARAMS: { SYSTEM: '1' },
    });
  });

  it('returns a fresh payload each time', () => {
    const first = createImCommandAddPayload();
    (first.data as Record<string, unknown>).PARAMS = 'changed';
    expect(createImCommandAddPayload().data).toHaveProperty('PARAMS.MESSAGE', '/echo test');
  });

  it('refuses prototype keys', () => {
    expect(() => createImCommandAddPayload(JSON.parse('{"__proto__":{"x":"1"}}'))).toThrow(
      TypeError,
    );
  });
});
