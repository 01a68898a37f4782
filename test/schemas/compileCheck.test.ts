import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  decodeForm,
  RawAuthSchema,
  RawImCommandAddSchema,
  RawUserSchema,
} from '../../src/index.js';
import { compileCheck } from '../../src/wire/compileCheck.js';
import { mutateTree, type Tree } from '../support/mutate.js';
import { fixtureText } from '../support/php.js';

/** Whether two trees have the same own keys and leaves, at every depth (prototypes aside). */
function sameTree(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b);
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameTree((a as Tree)[key], (b as Tree)[key]));
}

/**
 * What the compiled check must say: yes exactly when valibot says yes and its output is the input
 * itself (the parse functions then use the input as it is). Where valibot drops a key
 * (`__proto__`, `constructor`, `prototype`) in an object the schema declares, its output differs
 * and the check must say no; inside a part the schema does not declare (an unknown key's value,
 * as `AUTH[X]`), valibot keeps the part as it is, so both say yes.
 */
function expected(schema: v.GenericSchema, value: unknown): boolean {
  const result = v.safeParse(schema, value);
  return result.success && sameTree(result.output, value);
}

const bodies = [
  'onimcommandadd/en-group.form.txt',
  'onimcommandadd/en-private.form.txt',
  'onimcommandadd/variants/small-ids.form.txt',
  'onimcommandadd/variants/empty-user.form.txt',
  'onimcommandadd/variants/flat-bot-auth.form.txt',
].map((path) => fixtureText(path));

const replacement = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    '0',
    '-1',
    '1e3',
    'Y',
    'N',
    'y',
    '1',
    'P',
    'ONIMCOMMANDADD',
    '9007199254740992',
    0,
    -1,
    1.5,
    true,
    false,
    [],
    {},
    ['1'],
    { ID: '1' },
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

/** One change to a tree: replace or delete the value at a path, or add a key. */
const change = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  value: replacement,
  key: fc.constantFrom('X', 'ID', 'AUTH', 'TO_USER_ID', 'CHAT_ID', '1', '__proto__', 'COMMAND_ID'),
});

describe('compileCheck agrees with valibot', () => {
  const check = compileCheck(RawImCommandAddSchema);
  const trees = bodies.map((body) => ({ ...decodeForm(body) }) as Tree);

  it('accepts every valid payload', () => {
    for (const tree of trees) {
      expect(v.safeParse(RawImCommandAddSchema, tree).success).toBe(true);
      expect(check(tree)).toBe(true);
    }
  });

  it('on mutated payloads', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat(trees.length - 1),
        fc.array(change, { minLength: 1, maxLength: 3 }),
        (index, changes) => {
          const tree = mutateTree(trees[index] as Tree, changes);
          const verdict = expected(RawImCommandAddSchema, tree);
          if (!verdict) rejected++;
          expect(check(tree)).toBe(verdict);
          // A yes from the compiled check is always a yes from valibot.
          if (check(tree)) expect(v.safeParse(RawImCommandAddSchema, tree).success).toBe(true);
        },
      ),
      { numRuns: 4000 },
    );
    expect(rejected).toBeGreaterThan(500); // the mutations do break payloads
  });

  it('on arbitrary values, for the shared pieces too', () => {
    for (const schema of [RawImCommandAddSchema, RawAuthSchema, RawUserSchema]) {
      const compiled = compileCheck(schema as v.GenericSchema);
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, maxDepth: 3 }), (value) => {
          expect(compiled(value)).toBe(expected(schema as v.GenericSchema, value));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('leaves objects with the keys valibot drops to valibot', () => {
    const user = Object.defineProperty({}, '__proto__', { value: {}, enumerable: true });
    expect(v.safeParse(RawUserSchema, user).success).toBe(true);
    expect(compileCheck(RawUserSchema as v.GenericSchema)(user)).toBe(false);
  });

  it('refuses a schema kind it does not know, at compile time', () => {
    expect(() =>
      compileCheck(
        v.pipe(
          v.string(),
          v.transform((text) => text.length),
        ),
      ),
    ).toThrow(/unsupported pipe item/);
    expect(() => compileCheck(v.array(v.string()))).toThrow(/unsupported schema/);
    expect(() => compileCheck(v.optional(v.string(), 'x'))).toThrow(/unsupported schema/);
  });
});
