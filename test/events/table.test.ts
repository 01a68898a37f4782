import { describe, expect, it } from 'vitest';
import { BOT_EVENT_TABLE } from '../../src/events/table.js';
import * as lib from '../../src/index.js';
import { pascalName } from '../support/events.js';

// The runtime side of the event table: its codes, the public functions of each entry, and the
// required wire paths each entry declares, held against its wire schema both ways.

type Node = {
  type: string;
  entries?: Record<string, Node>;
  wrapped?: Node;
  value?: Node;
};

/**
 * The wire paths a schema requires: every entry that is not optional, under a parent that is
 * present (`*` for a record's keys), found by walking the valibot schema.
 */
function requiredPaths(schema: Node, prefix = ''): string[] {
  if (schema.type === 'record' && schema.value !== undefined) {
    return requiredPaths(schema.value, `${prefix}[*]`);
  }
  const paths: string[] = [];
  for (const [key, entry] of Object.entries(schema.entries ?? {})) {
    const path = prefix === '' ? key : `${prefix}[${key}]`;
    const optional = entry.type === 'optional';
    if (!optional) paths.push(path);
    paths.push(...requiredPaths(optional && entry.wrapped ? entry.wrapped : entry, path));
  }
  return paths;
}

describe('the event table', () => {
  it('lists each code once, as KNOWN_BOT_EVENTS does', () => {
    const codes = BOT_EVENT_TABLE.map((entry) => entry.event);
    expect(new Set(codes).size).toBe(codes.length);
    expect(lib.KNOWN_BOT_EVENTS).toEqual(codes);
  });

  it.each(BOT_EVENT_TABLE.map((entry) => [entry.event, entry] as const))(
    '%s has its public parse, safeParse, wire schema and pipeline schema',
    (code) => {
      const name = pascalName(code);
      const exports = lib as unknown as Record<string, unknown>;
      for (const exported of [
        `parse${name}`,
        `safeParse${name}`,
        `Raw${name}Schema`,
        `${name}Schema`,
      ]) {
        expect(exports[exported], exported).toBeDefined();
      }
    },
  );

  it.each(BOT_EVENT_TABLE.map((entry) => [entry.event, entry] as const))(
    '%s declares exactly the paths its wire schema requires',
    (code, entry) => {
      const schema = (lib as unknown as Record<string, Node>)[`Raw${pascalName(code)}Schema`];
      if (schema === undefined) throw new Error(`no wire schema for ${code}`);
      // A user block is optional, but once sent it needs its id: a check of the user's schema
      // that the walk cannot see (the removal law in test/paths holds it at run time).
      const userId = /^data\[(USER|user)\]\[(ID|id)\]$/;
      const declared = entry.required.filter((path) => !userId.test(path));
      // The events that carry a user: the chat-bot events but the bot deletions.
      const withUser =
        code.startsWith('ONIM') && code !== 'ONIMBOTDELETE' && code !== 'ONIMBOTV2DELETE';
      expect(entry.required.length - declared.length).toBe(withUser ? 1 : 0);
      expect([...declared].sort()).toEqual(requiredPaths(schema).sort());
    },
  );
});
