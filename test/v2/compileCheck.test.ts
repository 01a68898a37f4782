import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  decodeForm,
  RawImBotV2BotSchema,
  RawImBotV2ChatSchema,
  RawImBotV2CommandAddSchema,
  RawImBotV2ContextGetSchema,
  RawImBotV2DeleteSchema,
  RawImBotV2FileSchema,
  RawImBotV2JoinChatSchema,
  RawImBotV2MessageAddSchema,
  RawImBotV2MessageDeleteSchema,
  RawImBotV2MessageSchema,
  RawImBotV2MessageUpdateSchema,
  RawImBotV2ReactionChangeSchema,
  RawImBotV2UserSchema,
  RawImBotV2UserWithIdSchema,
  RawImV2JoinChatSchema,
  RawImV2MessageAddSchema,
  RawImV2MessageDeleteSchema,
  RawImV2MessageUpdateSchema,
  RawImV2ReactionChangeSchema,
} from '../../src/index.js';
import { compileCheck } from '../../src/wire/compileCheck.js';
import { mutateTree, type Tree } from '../support/mutate.js';
import { fixtureText } from '../support/php.js';

/** Whether a value has a key valibot drops, at any depth. */
function hasDroppedKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some(
    (key) =>
      key === '__proto__' ||
      key === 'constructor' ||
      key === 'prototype' ||
      hasDroppedKey((value as Tree)[key]),
  );
}

/**
 * Whether the compiled check agrees with valibot: its yes is always valibot's yes, and without the
 * keys valibot drops the two say the same. (With one in a part the schema does not declare, such
 * as `data[chat][permissions]`, both may say yes: valibot keeps the part as it is. The parse
 * functions refuse those keys anywhere before validating.) Returns valibot's verdict.
 */
function expectAgreement(
  schema: v.GenericSchema,
  check: (value: unknown) => boolean,
  value: unknown,
) {
  const valid = v.safeParse(schema, value).success;
  if (check(value)) expect(valid).toBe(true);
  if (!hasDroppedKey(value)) expect(check(value)).toBe(valid);
  return valid;
}

/**
 * Each event's wire schema with a fixture of it, as a webhook's tree and as native JSON (the bot
 * events and the user events, ONIMV2*).
 */
const CASES: [v.GenericSchema, string][] = [
  [RawImBotV2MessageAddSchema, 'ONIMBOTV2MESSAGEADD-group'],
  [RawImBotV2MessageAddSchema, 'ONIMBOTV2MESSAGEADD-system'],
  [RawImBotV2MessageAddSchema, 'ONIMBOTV2MESSAGEADD-message-type-only'],
  [RawImBotV2MessageAddSchema, 'ONIMBOTV2MESSAGEADD-every-field'],
  [RawImBotV2MessageUpdateSchema, 'ONIMBOTV2MESSAGEUPDATE-private'],
  [RawImBotV2MessageDeleteSchema, 'ONIMBOTV2MESSAGEDELETE-group'],
  [RawImBotV2JoinChatSchema, 'ONIMBOTV2JOINCHAT-private'],
  [RawImBotV2DeleteSchema, 'ONIMBOTV2DELETE-webhook'],
  [RawImBotV2ContextGetSchema, 'ONIMBOTV2CONTEXTGET-group'],
  [RawImBotV2CommandAddSchema, 'ONIMBOTV2COMMANDADD-private'],
  [RawImBotV2ReactionChangeSchema, 'ONIMBOTV2REACTIONCHANGE-private'],
  [RawImV2MessageAddSchema, 'ONIMV2MESSAGEADD-private'],
  [RawImV2MessageAddSchema, 'ONIMV2MESSAGEADD-with-envelope'],
  [RawImV2MessageAddSchema, 'ONIMV2MESSAGEADD-every-field'],
  [RawImV2MessageUpdateSchema, 'ONIMV2MESSAGEUPDATE-group'],
  [RawImV2MessageDeleteSchema, 'ONIMV2MESSAGEDELETE-system'],
  [RawImV2ReactionChangeSchema, 'ONIMV2REACTIONCHANGE-group'],
  [RawImV2JoinChatSchema, 'ONIMV2JOINCHAT-group'],
];

function trees(name: string): Tree[] {
  const form = { ...decodeForm(fixtureText(`v2/${name}.form.txt`)) } as Tree;
  const json = JSON.parse(fixtureText(`v2/${name}.json`)) as Tree;
  // Native JSON without the nulls of fields the schema declares not nullable (the parse functions
  // drop every null before validating; see the events tests).
  if (json.data && (json.data as Tree).user === null) delete (json.data as Tree).user;
  return [form, json];
}

const replacement = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    '0',
    '-1',
    '1e3',
    '1',
    'Y',
    'private',
    'P',
    '2026-06-09T14:05:12+02:00',
    '2026-13-45T99:00:00+02:00',
    '9007199254740992',
    0,
    -1,
    1.5,
    true,
    false,
    [],
    {},
    { id: '1' },
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

const change = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  value: replacement,
  key: fc.constantFrom(
    'X',
    'id',
    'auth',
    'type',
    'messageType',
    'user',
    '__proto__',
    'date',
    'idle',
    'phones',
    'forward',
    'image',
  ),
});

describe('compileCheck agrees with valibot on the API 2.0 wire schemas', () => {
  const cases = CASES.flatMap(([schema, name]) =>
    trees(name).map((tree) => ({ schema, name, tree, check: compileCheck(schema) })),
  );

  it('accepts every fixture, as a webhook tree and as native JSON', () => {
    for (const { schema, name, tree, check } of cases) {
      expect(v.safeParse(schema, tree).success, name).toBe(true);
      expect(check(tree), name).toBe(true);
    }
  });

  it('on mutated payloads', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat(cases.length - 1),
        fc.array(change, { minLength: 1, maxLength: 3 }),
        (index, changes) => {
          const { schema, tree, check } = cases[index] as (typeof cases)[number];
          const value = mutateTree(tree, changes);
          if (!expectAgreement(schema, check, value)) rejected++;
        },
      ),
      { numRuns: 4000 },
    );
    expect(rejected).toBeGreaterThan(500);
  });

  it('on arbitrary values, for the entity schemas', () => {
    for (const schema of [
      RawImBotV2BotSchema,
      RawImBotV2ChatSchema,
      RawImBotV2UserSchema,
      RawImBotV2UserWithIdSchema,
      RawImBotV2MessageSchema,
      RawImBotV2FileSchema,
    ]) {
      const compiled = compileCheck(schema as v.GenericSchema);
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, maxDepth: 3 }), (value) => {
          expectAgreement(schema as v.GenericSchema, compiled, value);
        }),
        { numRuns: 2000 },
      );
    }
  });
});
