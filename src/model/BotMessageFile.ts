/**
 * What a message's file is, from `FILES[id][type]`; `'unknown'` for a type this library does not know.
 *
 * @category Model
 */
export type BotMessageFileType = 'file' | 'image' | 'video' | 'audio' | 'unknown';

/**
 * One file of an API 1.0 message, from `data[PARAMS][FILES][id]` (the Drive file's fields, as
 * `CIMDisk::GetFileParams` builds them). Every field but `id` is present only when sent.
 *
 * @category Model
 */
export interface BotMessageFile {
  /** The file's id on Bitrix24 Drive. Wire: the key of `FILES` (else `FILES[id][id]`). */
  readonly id: number;
  /** The file name, with its extension (`'photo.jpg'`). Wire: `FILES[id][name]`. */
  readonly name?: string;
  /** The size in bytes. Wire: `FILES[id][size]`. */
  readonly size?: number;
  /** What the file is: `'file'`, `'image'`, `'video'` or `'audio'`. Wire: `FILES[id][type]`. */
  readonly type?: BotMessageFileType;
  /**
   * The preview's address on the portal, as sent; `''` when the file has none (not an image or
   * video). Wire: `FILES[id][urlPreview]`.
   */
  readonly urlPreview?: string;
  /** The address that shows the file on the portal, as sent. Wire: `FILES[id][urlShow]`. */
  readonly urlShow?: string;
  /** The address that downloads the file from the portal, as sent. Wire: `FILES[id][urlDownload]`. */
  readonly urlDownload?: string;
}
