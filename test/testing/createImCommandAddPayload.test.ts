import { describe, expect, it } from 'vitest';
import {
  createImCommandAddBody,
  createImCommandAddPayload,
  encodeForm,
  parseImCommandAdd,
} from '../../src/index.js';
import { fixtureJson, fixtureText } from '../support/php.js';
import { withoutRaw } from '../support/shapes.js';

describe('createImCommandAddPayload', () => {
  it('is the documented group example by default, and its body is the one PHP makes', () => {
    expect(createImCommandAddPayload()).toEqual(fixtureJson('onimcommandadd/en-group.json'));
    expect(createImCommandAddBody()).toBe(fixtureText('onimcommandadd/en-group.form.txt'));
    expect(withoutRaw(parseImCommandAdd(createImCommandAddBody()))).toEqual(
      fixtureJson('onimcommandadd/en-group.expected.json'),
    );
  });

  it('starts from the private example on request', () => {
    expect(createImCommandAddBody(undefined, { chat: 'private' })).toBe(
      fixtureText('onimcommandadd/en-private.form.txt'),
    );
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
