import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Packs the package as npm would publish it, installs the tarball into a scratch project, and
// uses it from there by name: ESM import, CJS require, and the bin. Needs dist/ (npm test builds
// it first).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'fixtures/onimcommandadd');
const NAME = 'bitrix24-imbot-events';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

function ok(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function expected(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
}

describe('the packed package, installed by name', () => {
  let temp = '';
  let scratch = '';
  let files: string[] = [];

  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'b24-pack-'));
    const [packed] = JSON.parse(
      ok('npm', ['pack', '--json', '--pack-destination', temp], ROOT),
    ) as {
      filename: string;
      files: { path: string }[];
    }[];
    if (packed === undefined) throw new Error('npm pack reported nothing');
    files = packed.files.map((file) => file.path);

    scratch = join(temp, 'scratch');
    mkdirSync(scratch);
    writeFileSync(join(scratch, 'package.json'), '{ "name": "scratch", "private": true }\n');
    const tarball = join(temp, packed.filename);
    const install = ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts'];
    // valibot, the one dependency, normally comes from npm's cache; the registry only if not.
    const offline = run('npm', [...install, '--offline'], scratch);
    if (offline.status !== 0) ok('npm', [...install, '--prefer-offline'], scratch);
  }, 180_000);

  afterAll(() => {
    if (temp !== '') rmSync(temp, { recursive: true, force: true });
  });

  it('holds dist, the README, the changelog and the licence, and nothing else', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/cli.js',
      'dist/types.d.ts',
      'dist/types.d.cts',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'package.json',
    ]) {
      expect(files).toContain(file);
    }
    const outside = files.filter(
      (file) =>
        !file.startsWith('dist/') &&
        !['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(file),
    );
    expect(outside).toEqual([]);
  });

  it('is imported by name as ESM and parses a documented body', () => {
    writeFileSync(
      join(scratch, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { EventParseError, parseImCommandAdd } from '${NAME}';
const { raw, ...event } = parseImCommandAdd(readFileSync(process.argv[2], 'utf8'));
console.log(JSON.stringify({ event, raw: typeof raw, error: typeof EventParseError }));
`,
    );
    const output = JSON.parse(
      ok(process.execPath, ['esm.mjs', join(FIXTURES, 'ru-group.form.txt')], scratch),
    );
    expect(output.event).toEqual(expected('ru-group'));
    expect(output.raw).toBe('object');
    expect(output.error).toBe('function');
  });

  it('is required by name as CJS and parses a documented body', () => {
    writeFileSync(
      join(scratch, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs');
const { parseImCommandAdd, verifyApplicationToken } = require('${NAME}');
const { raw, ...event } = parseImCommandAdd(readFileSync(process.argv[2]));
const verified = verifyApplicationToken(event, event.auth.applicationToken);
console.log(JSON.stringify({ event, raw: typeof raw, verified, resolved: require.resolve('${NAME}') }));
`,
    );
    const output = JSON.parse(
      ok(process.execPath, ['cjs.cjs', join(FIXTURES, 'en-private.form.txt')], scratch),
    );
    expect(output.event).toEqual(expected('en-private'));
    expect(output.raw).toBe('object');
    expect(output.verified).toBe(true);
    expect(output.resolved).toBe(join(scratch, 'node_modules', NAME, 'dist/index.cjs'));
  });

  it('installs its bin, which parses a documented body', () => {
    const bin = join(scratch, 'node_modules/.bin', NAME);
    expect(ok(bin, ['--version'], scratch).trim()).toBe(version);
    const group = join(FIXTURES, 'en-group.form.txt');
    const output = JSON.parse(ok(bin, ['parse', '--show-secrets', group], scratch));
    expect(output).toEqual(expected('en-group'));
    const redacted = JSON.parse(ok(bin, ['parse', group], scratch));
    expect(redacted.auth.accessToken).toBe('[redacted]');
    expect(redacted.auth.domain).toBe(output.auth.domain);
    const invalid = run(bin, ['parse', join(ROOT, 'package.json')], scratch);
    expect(invalid.status).toBe(1);
  });

  it('type-checks a consumer of ./types without valibot installed (skipLibCheck off, ESM and CJS)', () => {
    const project = join(temp, 'types-only');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    // The package alone, without its dependency: a project that only wants the payload shapes.
    cpSync(join(scratch, 'node_modules', NAME), join(project, 'node_modules', NAME), {
      recursive: true,
    });
    writeFileSync(join(project, 'package.json'), '{ "name": "types-only", "private": true }\n');
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          types: [],
        },
        include: ['*.mts', '*.cts'],
      }),
    );
    const consumer = (
      from: string,
    ) => `import type { BotEventMap, KnownBotEvent, RawBotEventMap } from '${from}';
type Command = BotEventMap['ONIMCOMMANDADD'];
export function reply(event: KnownBotEvent): string {
  switch (event.event) {
    case 'ONIMBOTMESSAGEADD': return event.message.text;
    case 'ONIMCOMMANDADD': return event.commands[0].command;
    default: return event.event;
  }
}
export const wireBot: RawBotEventMap['ONIMBOTDELETE']['data']['BOT_ID'] = '7';
export function known(command: Command): true { return command.known; }
`;
    writeFileSync(join(project, 'esm.mts'), consumer(`${NAME}/types`));
    writeFileSync(join(project, 'cjs.cts'), consumer(`${NAME}/types`));
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = run(process.execPath, [tsc, '-p', project], project);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
    // And the full entry indeed needs valibot, so the check above is not vacuous.
    writeFileSync(
      join(project, 'full.mts'),
      `export type { ImCommandAddSchema } from '${NAME}';\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      readFileSync(join(project, 'tsconfig.json'), 'utf8').replace('"*.cts"', '"*.cts","full.mts"'),
    );
    const full = run(process.execPath, [tsc, '-p', project], project);
    expect(full.status).not.toBe(0);
    expect(full.stdout).toMatch(/valibot/);
  });
});
