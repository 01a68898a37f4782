import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Package from '../../src/index.js';

// One app may load both builds: ESM code beside a CommonJS dependency that requires the package.
// Each build has its own EventParseError class, yet `instanceof` holds whichever build threw.
// Needs dist/ (npm test builds it first).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
type Build = typeof Package;

async function builds(): Promise<{ esm: Build; cjs: Build }> {
  const esm = (await import(/* @vite-ignore */ `${ROOT}dist/index.js`)) as Build;
  const cjs = createRequire(import.meta.url)(`${ROOT}dist/index.cjs`) as Build;
  return { esm, cjs };
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('EventParseError across the ESM and CommonJS builds', () => {
  it('is built', () => {
    expect(existsSync(`${ROOT}dist/index.js`)).toBe(true);
    expect(existsSync(`${ROOT}dist/index.cjs`)).toBe(true);
  });

  it('loads two distinct classes in one process', async () => {
    const { esm, cjs } = await builds();
    expect(typeof esm.EventParseError).toBe('function');
    expect(typeof cjs.EventParseError).toBe('function');
    expect(esm.EventParseError).not.toBe(cjs.EventParseError);
  });

  for (const [from, to] of [
    ['esm', 'cjs'],
    ['cjs', 'esm'],
  ] as const) {
    it(`an error the ${from} build throws is an instance of the ${to} build's class`, async () => {
      const loaded = await builds();
      const thrower = loaded[from];
      const checker = loaded[to];
      const errors = [
        thrown(() => thrower.parseImCommandAdd('not a body')),
        thrown(() => thrower.parseBotEvent('{')),
        thrown(() => thrower.decodeForm(`a${'[b]'.repeat(40)}=1`)),
        thrower.safeParseImCommandAdd({ event: 'ONIMCOMMANDADD' }).error,
      ];
      for (const error of errors) {
        expect(Object.getPrototypeOf(error)).toBe(thrower.EventParseError.prototype);
        expect(error instanceof thrower.EventParseError).toBe(true);
        expect(error instanceof checker.EventParseError).toBe(true);
        expect(error instanceof Error).toBe(true);
      }
    });
  }

  it('still refuses look-alikes in both builds', async () => {
    const { esm, cjs } = await builds();
    const lookalike = {
      name: 'EventParseError',
      code: 'invalid_payload',
      message: '[bitrix24-imbot-events] invalid_payload: x',
      issues: [{ path: '', message: 'x' }],
    };
    for (const build of [esm, cjs]) {
      expect(lookalike instanceof build.EventParseError).toBe(false);
      expect(Object.assign(new Error('x'), lookalike) instanceof build.EventParseError).toBe(false);
    }
  });

  it('keeps a subclass of one build apart from the other build and from base errors', async () => {
    const { esm, cjs } = await builds();
    class EsmRejection extends esm.EventParseError {}
    const issue = { path: '', message: 'x' } as const;
    const sub = new EsmRejection('wrong_event', [issue]);
    expect(sub instanceof EsmRejection).toBe(true);
    expect(sub instanceof esm.EventParseError).toBe(true);
    expect(sub instanceof cjs.EventParseError).toBe(true);
    expect(new cjs.EventParseError('wrong_event', [issue]) instanceof EsmRejection).toBe(false);
    expect(new esm.EventParseError('wrong_event', [issue]) instanceof EsmRejection).toBe(false);
  });
});
