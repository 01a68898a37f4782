import { describe, expect, it } from 'vitest';
import { isCi, runtimeRequirement } from './support.js';

describe('runtimeRequirement', () => {
  it('runs a runtime whose binary was found, CI or not', () => {
    for (const env of [{}, { CI: '1' }, { CI: 'true' }, { CI: 'false' }]) {
      expect(runtimeRequirement(env, true)).toBe('run');
    }
  });

  it('fails a missing runtime when CI is set to anything but empty, 0 or false', () => {
    for (const CI of ['1', 'true', 'TRUE', 'yes', 'woodpecker', ' 1 ']) {
      expect(runtimeRequirement({ CI }, false), CI).toBe('fail');
      expect(isCi({ CI }), CI).toBe(true);
    }
  });

  it('skips a missing runtime without CI, or with CI empty, 0 or false', () => {
    for (const env of [
      {},
      { CI: undefined },
      { CI: '' },
      { CI: ' ' },
      { CI: '0' },
      { CI: 'false' },
      { CI: 'False' },
      { OTHER: '1' },
    ]) {
      expect(runtimeRequirement(env, false), JSON.stringify(env)).toBe('skip');
      expect(isCi(env), JSON.stringify(env)).toBe(false);
    }
  });
});
