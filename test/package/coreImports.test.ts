import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// The core (everything the main and ./types entries reach) runs on Node, Bun, Deno and edge
// workers: it imports no node: module. Only the Node adapter (src/node.ts, the ./node entry) and
// the CLI may.

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const NODE_ONLY = new Set(['node.ts', 'cli.ts', 'cli/runCli.ts']);

it('imports no node: module outside the Node adapter and the CLI', () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.ts'),
  );
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter(
    (file) =>
      !NODE_ONLY.has(file) &&
      /from 'node:|import\('node:/.test(readFileSync(`${src}${file}`, 'utf8')),
  );
  expect(offenders).toEqual([]);
  // The adapter does, so the check can see one.
  expect(readFileSync(`${src}node.ts`, 'utf8')).toMatch(/from 'node:/);
});
