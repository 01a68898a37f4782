import type {
  BotMessageFileType,
  FileImageSize,
  MessageFileBase,
} from '../model/BotMessageFile.js';
import type { WireId, WireImageSize, WireText } from '../wire/wire.js';
import { copyFields } from './copyFields.js';
import { type NormalizeContext, nameCode } from './NormalizeContext.js';
import { toId, toText } from './scalars.js';
import type { Writable } from './Writable.js';

/** The fields of a Drive file both API versions send (`FILES[id]`, API 2.0's File entity). */
interface RawFileFields {
  readonly name?: WireText | undefined;
  readonly size?: WireId | undefined;
  readonly type?: WireText | undefined;
  readonly chatId?: WireId | undefined;
  readonly extension?: WireText | undefined;
  readonly image?: WireImageSize | undefined;
  readonly authorId?: WireId | undefined;
  readonly authorName?: WireText | undefined;
}

const FILE_TYPES: Readonly<Record<string, Exclude<BotMessageFileType, 'unknown'>>> = {
  file: 'file',
  image: 'image',
  video: 'video',
  audio: 'audio',
};

/**
 * Normalizes an image's preview size: `false` (`'0'`) for a file that is no image, else its
 * `width` and `height`, each when sent.
 *
 * @param raw The validated size.
 * @returns The size, or `false`.
 */
function toImageSize(raw: WireImageSize): FileImageSize | false {
  if (raw === false || raw === '0') return false;
  const size: Writable<FileImageSize> = {};
  copyFields(size, raw, ['width', 'height'], toId);
  return size;
}

/**
 * Copies the fields of a Drive file both API versions send into a file being built: `name`,
 * `size`, `type` (`'unknown'` for a type this library does not know, an issue under `strict`),
 * `chatId`, `extension`, `image`, `authorId`, `authorName`; each only when sent.
 *
 * @param file The file being built.
 * @param raw The validated wire file.
 * @param context The normalize context.
 * @param path The file's wire path, for issues.
 * @internal
 */
export function normalizeFileFields(
  file: Writable<MessageFileBase>,
  raw: RawFileFields,
  context: NormalizeContext,
  path: string,
): void {
  copyFields(file, raw, ['name', 'extension', 'authorName'], toText);
  copyFields(file, raw, ['size', 'chatId', 'authorId'], toId);
  if (raw.type !== undefined) {
    file.type = nameCode(FILE_TYPES, toText(raw.type), context, `${path}[type]`, 'a file type');
  }
  if (raw.image !== undefined) file.image = toImageSize(raw.image);
}
