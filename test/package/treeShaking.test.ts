import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a bundler keeps of dist/ when a user imports one export: the budgets themselves are
// checked by `npm run size` (size-limit, .size-limit.json); this checks what the bytes are. Needs
// dist/ (npm test builds it first).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function bundle(entry: string, names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from '${entry}';`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: false,
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('');
}

describe('the ESM build tree-shakes', () => {
  it('is built', () => {
    expect(existsSync(`${ROOT}dist/index.js`)).toBe(true);
  });

  it('keeps no API 2.0 code, and no other event, for parseImCommandAdd', async () => {
    const code = await bundle('./dist/index.js', 'parseImCommandAdd');
    expect(code).toMatch(/["']ONIMCOMMANDADD["']/);
    expect(code).not.toMatch(/ONIMBOTV2/);
    expect(code).not.toMatch(/ONIMBOTMESSAGEADD|ONIMBOTJOINCHAT/);
  });

  it('keeps no schema and no valibot for verifyApplicationToken and redactEvent', async () => {
    for (const name of ['verifyApplicationToken', 'redactEvent']) {
      const code = await bundle('./dist/index.js', name);
      expect(code, name).not.toMatch(/valibot|looseObject|ONIM/);
    }
  });

  it('keeps every event for parseBotEvent', async () => {
    const code = await bundle('./dist/index.js', 'parseBotEvent');
    for (const event of ['ONIMCOMMANDADD', 'ONIMBOTDELETE', 'ONIMBOTV2REACTIONCHANGE']) {
      expect(code).toMatch(new RegExp(`["']${event}["']`));
    }
  });

  it('keeps the test payloads out of the parsers, and the parsers out of the test payloads', async () => {
    // 'Maria Novak' appears only in the defaults of createBotEventPayload (src/testing/defaults*.ts),
    // the fake application token TEST_APPLICATION_TOKEN only in the test payloads.
    const parser = await bundle('./dist/index.js', 'parseBotEvent');
    expect(parser).not.toMatch(/Maria Novak|fa4efa4e/);
    const command = await bundle('./dist/index.js', 'createImCommandAddPayload');
    expect(command).not.toMatch(/Maria Novak|valibot|looseObject/);
    expect(command).toMatch(/fa4efa4e/);
    const code = await bundle('./dist/index.js', 'createBotEventPayload');
    expect(code).toMatch(/Maria Novak/);
    expect(code).not.toMatch(/valibot|looseObject/);
  });

  it('ships a CLI that imports the library modules instead of a copy', () => {
    const cli = readFileSync(`${ROOT}dist/cli.js`, 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node')).toBe(true);
    expect(cli).toContain('./cli/runCli.js');
    const runCli = readFileSync(`${ROOT}dist/cli/runCli.js`, 'utf8');
    expect(runCli).toMatch(/from "\.\.\/dispatch\/parseBotEvent\.js"/);
    expect(runCli).not.toMatch(/looseObject/);
  });

  it('has a types-only entry whose declarations import nothing', () => {
    for (const file of ['dist/types.d.ts', 'dist/types.d.cts']) {
      const text = readFileSync(`${ROOT}${file}`, 'utf8');
      expect(text, file).not.toMatch(/^\s*import\b|\brequire\(|from ['"]/m);
    }
  });
});
