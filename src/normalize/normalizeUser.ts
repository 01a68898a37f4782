import type { User } from '../model/User.js';
import type { RawUser } from '../schemas/RawUserSchema.js';
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
  // The raw schema guarantees the four fields once the map has any key.
  if (raw?.ID === undefined) return null;
  const user: Writable<User> = {
    id: toId(raw.ID),
    name: toText(raw.NAME ?? ''),
    firstName: toText(raw.FIRST_NAME ?? ''),
    lastName: toText(raw.LAST_NAME ?? ''),
  };
  const gender = raw.GENDER === undefined ? '' : toText(raw.GENDER);
  if (gender === 'M' || gender === 'F') user.gender = gender;
  else if (gender !== '' && context.strict) {
    context.issues.push({
      path: `${path}[GENDER]`,
      message: "expected 'M' or 'F', found an unknown code",
    });
  }
  if (raw.WORK_POSITION !== undefined) user.workPosition = toText(raw.WORK_POSITION);
  if (raw.IS_BOT !== undefined) user.isBot = toFlag(raw.IS_BOT);
  if (raw.IS_CONNECTOR !== undefined) user.isConnector = toFlag(raw.IS_CONNECTOR);
  if (raw.IS_NETWORK !== undefined) user.isNetwork = toFlag(raw.IS_NETWORK);
  if (raw.IS_EXTRANET !== undefined) user.isExtranet = toFlag(raw.IS_EXTRANET);
  return user;
}
