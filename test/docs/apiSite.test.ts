import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The API site (typedoc.json) is built from the three entries' TSDoc: these tests keep every
// export in a sidebar category, every function with an example, and every guide in the reading
// order, so that a new export or guide cannot slip in unsorted.

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8')) as {
  entryPoints: string[];
  projectDocuments: string[];
  categoryOrder: string[];
};
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  name: string;
  exports: Record<string, unknown>;
};

/** Each entry of the package, by its subpath in `exports`. */
const ENTRIES = [
  { subpath: '.', file: 'src/index.ts' },
  { subpath: './node', file: 'src/node.ts' },
  { subpath: './types', file: 'src/types.ts' },
];

interface PublicExport {
  readonly entry: string;
  readonly name: string;
  readonly kind: string;
  readonly file: string;
  readonly categories: readonly string[];
  readonly hasExample: boolean;
}

/** Every export of the three entries that the site documents (not `@internal`), by the compiler. */
function publicExports(): PublicExport[] {
  const program = ts.createProgram(
    ENTRIES.map((entry) => `${root}${entry.file}`),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      skipLibCheck: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const found: PublicExport[] = [];
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(`${root}${entry.file}`);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read ${entry.file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) throw new Error(`${exported.name} has no declaration`);
      const tags = symbol.getJsDocTags(checker);
      if (tags.some((tag) => tag.name === 'internal')) continue;
      found.push({
        entry: entry.file,
        name: exported.name,
        kind: ts.SyntaxKind[declaration.kind],
        file: declaration.getSourceFile().fileName.slice(root.length),
        categories: tags
          .filter((tag) => tag.name === 'category')
          .map((tag) => ts.displayPartsToString(tag.text).trim()),
        hasExample: tags.some((tag) => tag.name === 'example'),
      });
    }
  }
  return found;
}

const documented = publicExports();

describe('the API site', () => {
  it('documents the three entries of the package, each named as it is imported', () => {
    expect(Object.keys(pkg.exports).filter((key) => key !== './package.json')).toEqual(
      ENTRIES.map((entry) => entry.subpath),
    );
    expect(config.entryPoints).toEqual(ENTRIES.map((entry) => entry.file));
    for (const entry of ENTRIES) {
      const name = entry.subpath === '.' ? pkg.name : `${pkg.name}/${entry.subpath.slice(2)}`;
      const text = readFileSync(`${root}${entry.file}`, 'utf8');
      // The module comment comes first in the file, and names the module as users import it.
      expect(text.startsWith('/**'), entry.file).toBe(true);
      expect(text.slice(0, text.indexOf('*/')), entry.file).toContain(`@module ${name}\n`);
    }
  });

  it('finds the exports (the reader works)', () => {
    const names = documented.map((one) => one.name);
    expect(names).toContain('parseBotEvent');
    expect(names).toContain('createNodeMiddleware');
    expect(names).toContain('RawImBotV2MessageAddEvent');
    expect(names).not.toContain('decodeParsedBody'); // @internal
  });

  it('puts every export in exactly one category of categoryOrder (add `@category` to new ones)', () => {
    const known = new Set(config.categoryOrder.filter((category) => category !== '*'));
    const wrong = documented
      .filter((one) => one.categories.length !== 1 || !known.has(one.categories[0] ?? ''))
      .map((one) => `${one.name} (${one.file}): ${JSON.stringify(one.categories)}`);
    expect(wrong).toEqual([]);
  });

  it('gives every function an @example', () => {
    const missing = documented
      .filter((one) => one.kind === 'FunctionDeclaration' && !one.hasExample)
      .map((one) => `${one.name} (${one.file})`);
    expect(missing).toEqual([]);
  });

  it('lists every guide in docs/ once, in reading order, getting started first', () => {
    const guides = readdirSync(`${root}docs`)
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`);
    expect(config.projectDocuments[0]).toBe('docs/getting-started.md');
    expect(new Set(config.projectDocuments).size).toBe(config.projectDocuments.length);
    expect([...config.projectDocuments].sort()).toEqual(guides.sort());
  });

  it('gives every guide a title for the sidebar (front matter `title:`)', () => {
    for (const guide of config.projectDocuments) {
      const text = readFileSync(`${root}${guide}`, 'utf8');
      expect(text, guide).toMatch(/^---\ntitle: [^\n]+\n---\n/);
    }
  });
});
