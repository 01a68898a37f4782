import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the public surface', () => {
  it('exports exactly these values (a change here is an API change: update the CHANGELOG)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_LIMITS',
      'EventParseError',
      'ImCommandAddSchema',
      'RawAuthSchema',
      'RawCommandParamsSchema',
      'RawCommandSchema',
      'RawImCommandAddSchema',
      'RawUserSchema',
      'assertApplicationToken',
      'createImCommandAddBody',
      'createImCommandAddPayload',
      'decodeForm',
      'encodeForm',
      'parseImCommandAdd',
      'parseImCommandAddRequest',
      'redactEvent',
      'safeParseImCommandAdd',
      'verifyApplicationToken',
    ]);
  });
});
