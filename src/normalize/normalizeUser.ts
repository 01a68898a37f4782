import type { User } from '../model/User.js';
import type { RawUser } from '../wire/RawUserSchema.js';
import type { WireText } from '../wire/wire.js';
import type { NormalizeContext } from './NormalizeContext.js';
import { toFlag, toId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

/**
 * Normalizes the author of a message (`data[USER]`).
 *
 * @param raw The validated wire user, or `undefined` when absent.
 * @param context The normalize context.
 * @param path The user's wire path (`data[USER]`), for issues.
 * @returns The user, or `null` when absent or empty.
 */
export function normalizeUser(
  raw: RawUser | undefined,
  context: NormalizeContext,
  path: string,
): User | null {
  // The raw schema guarantees the id once the map has any key.
  if (raw?.ID === undefined) return null;
  const user: Writable<User> = { id: toId(raw.ID) };
  if (raw.NAME !== undefined) user.name = toText(raw.NAME);
  if (raw.FIRST_NAME !== undefined) user.firstName = toText(raw.FIRST_NAME);
  if (raw.LAST_NAME !== undefined) user.lastName = toText(raw.LAST_NAME);
  const gender = normalizeGender(raw.GENDER, context, `${path}[GENDER]`);
  if (gender !== undefined) user.gender = gender;
  if (raw.WORK_POSITION !== undefined) user.workPosition = toText(raw.WORK_POSITION);
  if (raw.IS_BOT !== undefined) user.isBot = toFlag(raw.IS_BOT);
  if (raw.IS_CONNECTOR !== undefined) user.isConnector = toFlag(raw.IS_CONNECTOR);
  if (raw.IS_NETWORK !== undefined) user.isNetwork = toFlag(raw.IS_NETWORK);
  if (raw.IS_EXTRANET !== undefined) user.isExtranet = toFlag(raw.IS_EXTRANET);
  return user;
}

/**
 * Reads a gender code: `M` or `F`; empty or unknown is no gender (unknown is an issue under
 * `strict`).
 *
 * @param code The code as sent, if any.
 * @param context The normalize context.
 * @param path The code's wire path, for the issue.
 * @returns `'M'`, `'F'`, or `undefined`.
 */
export function normalizeGender(
  code: WireText | undefined,
  context: NormalizeContext,
  path: string,
): 'M' | 'F' | undefined {
  const gender = code === undefined ? '' : toText(code);
  if (gender === 'M' || gender === 'F') return gender;
  if (gender !== '' && context.strict) {
    context.issues.push({ path, message: "expected 'M' or 'F', found an unknown code" });
  }
  return undefined;
}
