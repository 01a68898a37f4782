import type * as v from 'valibot';

interface SchemaParts {
  readonly entries?: Record<string, unknown>;
  readonly pipe?: readonly unknown[];
  readonly wrapped?: unknown;
  readonly options?: readonly unknown[];
  readonly key?: unknown;
  readonly value?: unknown;
  readonly kind?: string;
}

/**
 * Collects every field name a schema declares, at any depth: the names a wire path may show as
 * they are (any other key comes from the payload and is masked).
 *
 * @param schema The wire schema.
 * @returns The set of field names.
 * @internal
 */
export function schemaFieldNames(schema: v.GenericSchema): ReadonlySet<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const parts = node as SchemaParts;
    if (parts.entries !== undefined) {
      for (const [name, entry] of Object.entries(parts.entries)) {
        names.add(name);
        visit(entry);
      }
    }
    for (const item of parts.pipe ?? []) if ((item as SchemaParts).kind === 'schema') visit(item);
    for (const option of parts.options ?? []) visit(option);
    visit(parts.wrapped);
    visit(parts.key);
    visit(parts.value);
  };
  visit(schema);
  return names;
}
