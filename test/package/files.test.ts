import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// What npm would publish, file by file, and the README as the npm page shows it (without docs/).
// Needs dist/ (npm test builds it first).

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPOSITORY = 'https://github.com/bitrix24-imbot-events/bitrix24-imbot-events';

/** Every file under a directory of the checkout, as a path relative to the root. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

/** The files `npm pack` would put in the tarball, sorted. */
function packedFiles(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`npm pack --dry-run failed (exit ${result.status}):\n${result.stderr}`);
  }
  const [packed] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
  if (packed === undefined) throw new Error('npm pack reported nothing');
  return packed.files.map((file) => file.path).sort();
}

describe('the packed file list', () => {
  let files: string[] = [];

  beforeAll(() => {
    files = packedFiles();
  }, 180_000);

  it('holds exactly these files outside dist/', () => {
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
  });

  it('holds exactly these entry files at the top of dist/', () => {
    expect(files.filter((file) => /^dist\/[^/]+$/.test(file))).toEqual([
      'dist/cli.js',
      'dist/cli.js.map',
      'dist/index.cjs',
      'dist/index.cjs.map',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/index.js.map',
      'dist/node.cjs',
      'dist/node.cjs.map',
      'dist/node.d.cts',
      'dist/node.d.ts',
      'dist/node.js',
      'dist/node.js.map',
      'dist/types.cjs',
      'dist/types.d.cts',
      'dist/types.d.ts',
      'dist/types.js',
      'dist/types.js.map',
    ]);
  });

  it('holds one ESM module and its source map per source file, and nothing else, under dist/', () => {
    // tsup transpiles src/**/*.ts one file at a time (bundle: false); declarations are bundled.
    const expected = filesUnder('src')
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => `dist/${file.slice('src/'.length, -'.ts'.length)}.js`)
      .filter((file) => file.slice('dist/'.length).includes('/'))
      .flatMap((file) => [file, `${file}.map`])
      .sort();
    expect(expected.length).toBeGreaterThan(100);
    expect(files.filter((file) => /^dist\/.+\//.test(file))).toEqual(expected);
  });

  it('ships only JavaScript, declarations and source maps in dist/', () => {
    for (const file of files.filter((path) => path.startsWith('dist/'))) {
      expect(file).toMatch(/^dist\/[\w/.-]+\.(js|cjs|d\.ts|d\.cts)(\.map)?$/);
      expect(file).not.toMatch(/\.d\.c?ts\.map$|\.test\.|\/test\//);
    }
  });
});

describe('the package metadata', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('names the repository, the homepage and the issue tracker, and asks for no funding', () => {
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(pkg).not.toHaveProperty('funding');
  });
});

describe('the README, as the npm page shows it', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  // Inline links and images, reference definitions, and HTML href/src attributes.
  const targets = [
    ...[...readme.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((match) => match[1] ?? ''),
    ...[...readme.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/gm)].map(
      (match) => match[1] ?? '',
    ),
    ...[...readme.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/g)].map(
      (match) => match[1] ?? '',
    ),
  ];

  it('has links, found by the patterns below', () => {
    expect(targets.length).toBeGreaterThan(5);
  });

  it('has no relative links: the package does not ship docs/, fixtures/ or CONTRIBUTING.md', () => {
    const relativeLinks = targets.filter((target) => !/^(https?:\/\/|#)/.test(target));
    expect(relativeLinks).toEqual([]);
  });

  it("links into the repository only at files that exist in it, on the main branch's blob path", () => {
    const prefix = `${REPOSITORY}/blob/main/`;
    const inRepository = targets.filter((target) => target.startsWith(`${REPOSITORY}/`));
    expect(inRepository.length).toBeGreaterThan(5);
    for (const target of inRepository) {
      expect(target.startsWith(prefix), target).toBe(true);
      const path = decodeURIComponent(target.slice(prefix.length).replace(/#.*$/, ''));
      expect(existsSync(join(ROOT, path)), target).toBe(true);
    }
  });
});
