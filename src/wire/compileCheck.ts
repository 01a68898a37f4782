import type * as v from 'valibot';

/** A compiled check: true exactly when the schema accepts the value without issues. */
export type CompiledCheck = (value: unknown) => boolean;

interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly wrapped?: SchemaNode;
  readonly default?: unknown;
  readonly key?: SchemaNode;
  readonly value?: SchemaNode;
  readonly literal?: unknown;
  readonly check?: (value: unknown) => boolean;
  readonly requirement?: (value: unknown) => boolean;
  readonly pipe?: readonly SchemaNode[];
  readonly '~run': (
    dataset: { typed: boolean; value: unknown; issues?: unknown },
    config: object,
  ) => {
    issues?: unknown;
  };
}

const RUN_CONFIG = {};

/**
 * Compiles a wire schema into a plain boolean check that allocates nothing for valid input:
 * true exactly when `v.safeParse(schema, value)` succeeds, except that an object the schema
 * declares (a loose object or a record) with one of the keys valibot drops (`__proto__`,
 * `constructor`, `prototype`) makes it answer false; objects inside undeclared fields are not
 * looked into, by either. A yes is always valibot's yes. The parse functions run it first and
 * call valibot only for input it rejects, to get the issues (or, for those keys, the verdict);
 * valibot stays the one definition.
 *
 * It knows the schema kinds the wire schemas use (loose objects, records, strings, custom schemas,
 * literals, optionals, nullables, pipes of validations) and throws at compile time on any other, so a new
 * kind cannot be checked wrongly. A property test holds it equal to valibot.
 *
 * @param schema A wire schema.
 * @returns The check.
 * @throws {Error} For a schema kind it does not know.
 * @internal
 */
export function compileCheck(schema: v.GenericSchema): CompiledCheck {
  return compile(schema as unknown as SchemaNode);
}

function compile(node: SchemaNode): CompiledCheck {
  if (node.pipe !== undefined) return compilePipe(node.pipe);
  switch (node.type) {
    case 'custom': {
      const check = node.check as (value: unknown) => boolean;
      return check;
    }
    case 'string':
      return (value) => typeof value === 'string';
    case 'literal': {
      const literal = node.literal;
      return (value) => value === literal;
    }
    case 'optional': {
      if (node.default !== undefined) break;
      const wrapped = compile(node.wrapped as SchemaNode);
      return (value) => value === undefined || wrapped(value);
    }
    case 'nullable': {
      if (node.default !== undefined) break;
      const wrapped = compile(node.wrapped as SchemaNode);
      return (value) => value === null || wrapped(value);
    }
    case 'loose_object':
      return compileObject(node.entries ?? {});
    case 'record':
      return compileRecord(compile(node.key as SchemaNode), compile(node.value as SchemaNode));
    default:
      break;
  }
  throw new Error(`compileCheck: unsupported schema ${node.kind} ${node.type}`);
}

function compilePipe(pipe: readonly SchemaNode[]): CompiledCheck {
  const [base, ...actions] = pipe;
  const baseCheck = compile({ ...(base as SchemaNode), pipe: undefined } as unknown as SchemaNode);
  const actionChecks = actions.map((action): CompiledCheck => {
    if (action.kind !== 'validation') {
      throw new Error(`compileCheck: unsupported pipe item ${action.kind} ${action.type}`);
    }
    if (action.type === 'check') return action.requirement as CompiledCheck;
    // Any other validation (a raw check) runs as valibot runs it, on a typed dataset.
    return (value) => action['~run']({ typed: true, value }, RUN_CONFIG).issues === undefined;
  });
  return (value) => {
    if (!baseCheck(value)) return false;
    for (const check of actionChecks) if (!check(value)) return false;
    return true;
  };
}

/**
 * Whether a value is an object the compiled checks can judge: valibot's object and record
 * schemas accept any non-null object, arrays included, but drop the keys `__proto__`,
 * `constructor` and `prototype` from their output, which a pipe's checks then see. The compiled
 * checks see the input, so for an object with such a key they answer false and leave the verdict
 * to valibot.
 */
function isPlainEnough(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Object.hasOwn(value, '__proto__') &&
    !Object.hasOwn(value, 'constructor') &&
    !Object.hasOwn(value, 'prototype')
  );
}

function compileObject(entries: Readonly<Record<string, SchemaNode>>): CompiledCheck {
  const keys = Object.keys(entries);
  const checks = keys.map((key) => compile(entries[key] as SchemaNode));
  const optional = keys.map((key) => entries[key]?.type === 'optional');
  const count = keys.length;
  return (value) => {
    if (!isPlainEnough(value)) return false;
    for (let i = 0; i < count; i++) {
      const key = keys[i] as string;
      const item = value[key];
      // As valibot: a missing key is valid only for an optional entry. (`in` only for
      // `undefined`: one lookup a key, not two.)
      if (item === undefined && !(key in value)) {
        if (optional[i]) continue;
        return false;
      }
      if (!(checks[i] as CompiledCheck)(item)) return false;
    }
    return true;
  };
}

function compileRecord(keyCheck: CompiledCheck, valueCheck: CompiledCheck): CompiledCheck {
  return (value) => {
    if (!isPlainEnough(value)) return false;
    for (const key in value) {
      // As valibot: own keys only, and never the keys it skips.
      if (
        !Object.hasOwn(value, key) ||
        key === '__proto__' ||
        key === 'prototype' ||
        key === 'constructor'
      ) {
        continue;
      }
      if (!keyCheck(key) || !valueCheck(value[key])) return false;
    }
    return true;
  };
}
