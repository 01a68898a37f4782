import * as v from 'valibot';
import type { ImCommandAddEvent } from '../model/ImCommandAddEvent.js';
import { normalizeImCommandAdd } from '../normalize/normalizeImCommandAdd.js';
import { RawImCommandAddSchema } from './RawImCommandAddSchema.js';

/**
 * The ONIMCOMMANDADD pipeline as one valibot schema: {@link RawImCommandAddSchema} validates the
 * wire payload, then it is normalized into an {@link ImCommandAddEvent} (lenient: unknown codes
 * become `'unknown'`). Standard Schema compatible. It takes the payload as an object (a
 * `JSON.parse` result, or `decodeForm` output); {@link parseImCommandAdd} also takes bodies.
 *
 * @example
 * ```ts
 * const result = v.safeParse(ImCommandAddSchema, JSON.parse(body));
 * if (result.success) console.log(result.output.commands[0].command); // 'echo'
 * ```
 */
export const ImCommandAddSchema: v.GenericSchema<unknown, ImCommandAddEvent> = v.pipe(
  RawImCommandAddSchema,
  v.transform((raw) => normalizeImCommandAdd(raw, { strict: false, issues: [] })),
);
