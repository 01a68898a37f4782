import { describe, expect, it } from 'vitest';
import {
  decodeForm,
  parseAppMethodConfirm,
  parseImCommandAdd,
  redactEvent,
} from '../../src/index.js';
import { fixtureText } from '../support/php.js';

const TOKENS = [
  'bf1ca06900071b006e2cf200004f500031d5d527f58a97b0768',
  'af9bc76900071b006e2cf200004f50080d2934573350daabf8',
  'f1ca0690000071b006e2cf20050b00074d9ed82e255b',
  'af9bc7690000071b006e2cf2050b00074d5d4c29337afbc6bb',
  '8e3ab48a764a9b02700e759d59e91125',
];

describe('redactEvent', () => {
  const event = parseImCommandAdd(fixtureText('onimcommandadd/en-group.form.txt'));

  it('replaces every token at every depth, normalized and raw', () => {
    const before = JSON.stringify(event);
    for (const token of TOKENS) expect(before).toContain(token);
    const redacted = redactEvent(event);
    const after = JSON.stringify(redacted);
    for (const token of TOKENS) expect(after).not.toContain(token);
    expect(redacted.auth.accessToken).toBe('[redacted]');
    expect(redacted.commands[0].botAuth.refreshToken).toBe('[redacted]');
    expect((redacted.raw.data.COMMAND['99'] as Record<string, unknown>).access_token).toBe(
      '[redacted]',
    );
    expect(redacted.raw.data.COMMAND['99']?.AUTH?.application_token).toBe('[redacted]');
  });

  it('keeps everything else, dates as dates, and does not change its input', () => {
    const before = JSON.stringify(event);
    const redacted = redactEvent(event);
    expect(JSON.stringify(event)).toBe(before);
    expect(redacted).not.toBe(event);
    expect(redacted.sentAt).toBeInstanceOf(Date);
    expect(redacted.sentAt.getTime()).toBe(event.sentAt.getTime());
    expect(redacted.sentAt).not.toBe(event.sentAt);
    expect(redacted.auth.domain).toBe(event.auth.domain);
    expect(redacted.commands).toHaveLength(1);
    expect(Array.isArray(redacted.commands)).toBe(true);
    const { auth: _a, commands: _c, raw: _r, ...rest } = redacted;
    const { auth: _a2, commands: _c2, raw: _r2, ...original } = event;
    expect(rest).toEqual(original);
  });

  it("masks ONAPPMETHODCONFIRM's access token, data[TOKEN], normalized and raw", () => {
    const confirm = parseAppMethodConfirm(fixtureText('app/ONAPPMETHODCONFIRM-granted.form.txt'));
    const token = confirm.accessToken;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const redacted = redactEvent(confirm);
    expect(JSON.stringify(redacted)).not.toContain(token);
    expect(redacted.accessToken).toBe('[redacted]');
    expect(redacted.raw.data.TOKEN).toBe('[redacted]');
    expect(redacted.method).toBe('voximplant.user.get');
  });

  it('keeps null prototypes, as decodeForm builds them', () => {
    const tree = decodeForm('auth[access_token]=secret&auth[domain]=x');
    const copy = redactEvent(tree);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.getPrototypeOf(copy.auth)).toBeNull();
    expect(copy).toEqual({ auth: { access_token: '[redacted]', domain: 'x' } });
  });

  it('leaves absent tokens absent and copes with cycles and scalars', () => {
    expect(redactEvent({ auth: { domain: 'x' } })).toEqual({ auth: { domain: 'x' } });
    const cyclic: Record<string, unknown> = { access_token: 'secret' };
    cyclic.self = cyclic;
    const copy = redactEvent(cyclic);
    expect(copy.access_token).toBe('[redacted]');
    expect(copy.self).toBe(copy);
    expect(redactEvent('text')).toBe('text');
    expect(redactEvent(null)).toBeNull();
  });
});

describe('redactEvent and odd keys', () => {
  it('keeps an own __proto__ key as a key, and redacts beneath it', () => {
    const input = JSON.parse('{"__proto__":{"access_token":"secret-token-1"},"a":1}') as object;
    const out = redactEvent(input) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"access_token":"[redacted]"},"a":1}');
  });
});
