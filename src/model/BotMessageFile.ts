/**
 * What a message's file is, from `FILES[id][type]`; `'unknown'` for a type this library does not know.
 *
 * @category Model
 */
export type BotMessageFileType = 'file' | 'image' | 'video' | 'audio' | 'unknown';

/** The size of an image file's preview, in pixels; each side present only when sent. @category Model */
export interface FileImageSize {
  /** The width. Wire: `image[width]`. */
  readonly width?: number;
  /** The height. Wire: `image[height]`. */
  readonly height?: number;
}

/** What a message's file has in both API versions: the Drive file's fields. @category Model */
export interface MessageFileBase {
  /** The file's id on Bitrix24 Drive. */
  readonly id: number;
  /** The file name, with its extension (`'photo.jpg'`). Wire: `name`. */
  readonly name?: string;
  /** The size in bytes. Wire: `size`. */
  readonly size?: number;
  /** What the file is: `'file'`, `'image'`, `'video'` or `'audio'`. Wire: `type`. */
  readonly type?: BotMessageFileType;
  /** The chat the file was sent to. Wire: `chatId`. */
  readonly chatId?: number;
  /** The file's extension, in lower case (`'jpg'`). Wire: `extension`. */
  readonly extension?: string;
  /** The preview size of an image, or `false` for a file that is not one. Wire: `image` (`'0'` for `false` on a webhook). */
  readonly image?: FileImageSize | false;
  /** Who uploaded the file. Wire: `authorId`. */
  readonly authorId?: number;
  /** The uploader's name, as sent. Wire: `authorName`. */
  readonly authorName?: string;
}

/**
 * One file of an API 1.0 message, from `data[PARAMS][FILES][id]` (the Drive file's fields, as
 * `CIMDisk::GetFileParams` builds them). Every field but `id` is present only when sent.
 *
 * @category Model
 */
export interface BotMessageFile extends MessageFileBase {
  /** The file's id on Bitrix24 Drive. Wire: the key of `FILES` (else `FILES[id][id]`). */
  readonly id: number;
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

/**
 * One file of an API 2.0 message, from `data[message][params][files][n]` (the File entity of
 * API 2.0). Every field but `id` is present only when sent.
 *
 * @category Model
 */
export interface ImBotV2MessageFile extends MessageFileBase {
  /** The file's id on Bitrix24 Drive. Wire: `files[n][id]`. */
  readonly id: number;
  /** When the file was uploaded; absent when not sent or `null`. Wire: `files[n][date]` (ISO 8601). */
  readonly date?: Date;
  /** Whether the file can be transcribed. Wire: `files[n][isTranscribable]`. */
  readonly isTranscribable?: boolean;
  /** Whether the file is a video note. Wire: `files[n][isVideoNote]`. */
  readonly isVideoNote?: boolean;
  /** Whether the file is a voice note. Wire: `files[n][isVoiceNote]`. */
  readonly isVoiceNote?: boolean;
}
