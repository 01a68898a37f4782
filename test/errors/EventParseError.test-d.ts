import { describe, expectTypeOf, it } from 'vitest';
import { type ErrorCode, EventParseError } from '../../src/index.js';

describe('EventParseError: instanceof narrows, its own Symbol.hasInstance notwithstanding', () => {
  it('narrows unknown to the class, and to a subclass', () => {
    const error: unknown = new EventParseError('too_deep', [{ path: '', message: 'x' }]);
    if (error instanceof EventParseError) {
      expectTypeOf(error).toEqualTypeOf<EventParseError>();
      expectTypeOf(error.code).toEqualTypeOf<ErrorCode>();
    }
    class Rejection extends EventParseError {
      readonly reason: string = 'rejected';
    }
    if (error instanceof Rejection) expectTypeOf(error).toEqualTypeOf<Rejection>();
  });
});
