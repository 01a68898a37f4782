import type { MessageFlags } from '../model/MessageFlags.js';
import type { RawMessageFlags } from '../wire/rawChatEntries.js';
import { toFlag } from './scalars.js';
import type { Writable } from './Writable.js';

/** Each message flag's normalized name and wire key. */
const FLAG_KEYS = [
  ['skipUserCheck', 'SKIP_USER_CHECK'],
  ['push', 'PUSH'],
  ['pushImportant', 'PUSH_IMPORTANT'],
  ['recentAdd', 'RECENT_ADD'],
  ['recentSkipAuthor', 'RECENT_SKIP_AUTHOR'],
  ['convert', 'CONVERT'],
  ['skipCommand', 'SKIP_COMMAND'],
  ['skipCounterIncrements', 'SKIP_COUNTER_INCREMENTS'],
  ['silentConnector', 'SILENT_CONNECTOR'],
  ['skipConnector', 'SKIP_CONNECTOR'],
  ['importantConnector', 'IMPORTANT_CONNECTOR'],
  ['noSessionOl', 'NO_SESSION_OL'],
  ['skipUrlIndex', 'SKIP_URL_INDEX'],
] as const satisfies readonly (readonly [keyof MessageFlags, keyof RawMessageFlags])[];

/**
 * Normalizes the delivery flags of an API 1.0 message.
 *
 * @param params The validated params.
 * @returns The flags that were sent.
 */
export function normalizeMessageFlags(params: RawMessageFlags): MessageFlags {
  const flags: Writable<MessageFlags> = {};
  for (const [name, key] of FLAG_KEYS) {
    const flag = params[key];
    if (flag !== undefined) flags[name] = toFlag(flag);
  }
  return flags;
}
