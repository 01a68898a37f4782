import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BOT_EVENT_TABLE } from '../../src/events/table.js';
import type { EventInput, ParseOptions, SafeParseResult } from '../../src/index.js';
import * as lib from '../../src/index.js';
import { fixtureText } from './php.js';

// The test side of the event table: each known code with its own public parse functions, found by
// name from the package's exports, so that a table entry without them fails here at import.

/**
 * ONIMBOTV2MESSAGEADD -> ImBotV2MessageAdd, ONIMV2MESSAGEADD -> ImV2MessageAdd: the name part of
 * an event's public functions.
 */
export function pascalName(code: string): string {
  const fixed: Record<string, string> = {
    ONIMCOMMANDADD: 'ImCommandAdd',
    ONIMBOTDELETE: 'ImBotDelete',
    ONIMBOTV2DELETE: 'ImBotV2Delete',
    ONAPPINSTALL: 'AppInstall',
    ONAPPUPDATE: 'AppUpdate',
    ONAPPUNINSTALL: 'AppUninstall',
    ONAPPPAYMENT: 'AppPayment',
    ONAPPMETHODCONFIRM: 'AppMethodConfirm',
    ONAPPTEST: 'AppTest',
  };
  const known = fixed[code];
  if (known !== undefined) return known;
  // ONIMBOT... for the bot events of both versions, ONIMV2... for the user events.
  const match =
    /^ONIM(BOT(?:V2)?|V2)(MESSAGE|JOIN|CONTEXT|COMMAND|REACTION)(ADD|UPDATE|DELETE|CHAT|GET|CHANGE)$/.exec(
      code,
    );
  if (match === null) throw new Error(`no name rule for ${code}`);
  const cap = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();
  const family = match[1] === 'BOT' ? 'Bot' : match[1] === 'BOTV2' ? 'BotV2' : 'V2';
  return `Im${family}${cap(match[2] ?? '')}${cap(match[3] ?? '')}`;
}

/** One event's own parse functions. */
export interface EventParsers {
  /** `parseX`. */
  readonly parse: (input: EventInput, options?: ParseOptions) => object;
  /** `safeParseX`. */
  readonly safeParse: (input: EventInput, options?: ParseOptions) => SafeParseResult<object>;
}

const exports = lib as unknown as Record<string, unknown>;

function parsersOf(code: string): EventParsers {
  const name = pascalName(code);
  const parse = exports[`parse${name}`];
  const safeParse = exports[`safeParse${name}`];
  if (typeof parse !== 'function' || typeof safeParse !== 'function') {
    throw new Error(`${code}: the package exports no parse${name} / safeParse${name}`);
  }
  return { parse, safeParse } as EventParsers;
}

/** Every known event code with its own parse functions, in the table's order. */
export const EVENT_PARSERS: ReadonlyMap<string, EventParsers> = new Map(
  BOT_EVENT_TABLE.map((entry) => [entry.event, parsersOf(entry.event)]),
);

/** Every `safeParse*` function the package exports (each event's and `safeParseBotEvent`), by name. */
export const SAFE_PARSERS: readonly [string, (input: EventInput) => SafeParseResult<object>][] =
  Object.keys(exports)
    .filter((name) => name.startsWith('safeParse') && typeof exports[name] === 'function')
    .sort()
    .map((name) => [name, exports[name] as (input: EventInput) => SafeParseResult<object>]);

const FIXTURE_FOLDERS = ['onimcommandadd', 'v1', 'v2', 'app'];

/**
 * A PHP-made form body of the event a `safeParse*` function is for (ONIMCOMMANDADD's documented
 * group example for `safeParseBotEvent`, a polled answer for `safeParseBotEventBatch`), for
 * mutation suites.
 */
export function fixtureBodyOf(safeParseName: string): string {
  // A polled answer of imbot.v2.Event.get (JSON), for the batch parser.
  if (safeParseName === 'safeParseBotEventBatch') return fixtureText('v2-fetch/answer-mixed.json');
  if (safeParseName === 'safeParseBotEvent' || safeParseName === 'safeParseImCommandAdd') {
    return fixtureText('onimcommandadd/en-group.form.txt');
  }
  const code = [...EVENT_PARSERS.keys()].find(
    (candidate) => `safeParse${pascalName(candidate)}` === safeParseName,
  );
  if (code === undefined) throw new Error(`no event for ${safeParseName}`);
  for (const folder of FIXTURE_FOLDERS) {
    const file = readdirSync(fileURLToPath(new URL(`../../fixtures/${folder}/`, import.meta.url)))
      .filter((name) => name.startsWith(`${code}-`) || name === `${code}.form.txt`)
      .find((name) => name.endsWith('.form.txt'));
    if (file !== undefined) return fixtureText(`${folder}/${file}`);
  }
  throw new Error(`no fixture of ${code}`);
}
