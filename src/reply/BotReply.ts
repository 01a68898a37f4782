// What a bot answers with, camelCase in; the wire's keys out (KEYBOARD, ATTACH, MENU are the same
// upper-case structures in both APIs), checked against the documented limits with a TypeError
// that names the field, never a silent cut (the server drops invalid parts without a word).

/** A keyboard or menu button's action on the client: insert, send, copy, call, open a chat. @category Replies */
export type BotButtonAction = 'put' | 'send' | 'copy' | 'call' | 'dialog';

/** What every keyboard button and menu item may say besides its action. @category Replies */
export interface BotButtonBase {
  /** The label. Wire: `TEXT`. */
  readonly text: string;
  /** Not clickable. Wire: `DISABLED` (`'Y'`). */
  readonly disabled?: boolean | undefined;
  /** Where it shows. Wire: `CONTEXT` (`MOBILE`, `DESKTOP`, `ALL`). @default 'all' */
  readonly context?: 'mobile' | 'desktop' | 'all' | undefined;
}

/** A button's action: exactly one of a command, a link, a client action or a chat app. @category Replies */
export type BotButtonTarget =
  | {
      /** The bot command the press runs (ONIMCOMMANDADD with the `keyboard` context). Wire: `COMMAND`. */
      readonly command: string;
      /** The command's parameters. Wire: `COMMAND_PARAMS`. */
      readonly commandParams?: string | undefined;
    }
  | {
      /** The address opened: `http(s)://...` or `/...` on the portal. Wire: `LINK`. */
      readonly link: string;
    }
  | {
      /** A client-side action. Wire: `ACTION` (upper case). */
      readonly action: BotButtonAction;
      /** The text, phone number (international) or dialog id it acts on. Wire: `ACTION_VALUE`. */
      readonly actionValue: string;
    }
  | {
      /** A chat app to open (deprecated, still used in open channels). Wire: `APP_ID`. */
      readonly appId: number;
      /** The app's parameters. Wire: `APP_PARAMS`. */
      readonly appParams?: string | undefined;
    };

/** A keyboard button under a message. @category Replies */
export type BotKeyboardButton = BotButtonBase &
  BotButtonTarget & {
    /** Lock the keyboard after a press until the bot answers (command buttons). Wire: `BLOCK` (`'Y'`). */
    readonly block?: boolean | undefined;
    /** `line`: side by side; `block`: alone on its row. Wire: `DISPLAY`. @default 'block' */
    readonly display?: 'line' | 'block' | undefined;
    /** Width in pixels (keep a row under 225 px for mobile). Wire: `WIDTH`. */
    readonly width?: number | undefined;
    /** Colour scheme. Wire: `BG_COLOR_TOKEN`. @default 'base' */
    readonly bgColorToken?: 'primary' | 'secondary' | 'alert' | 'base' | undefined;
    /** Background, `#RGB` or `#RRGGBB`. Wire: `BG_COLOR`. */
    readonly bgColor?: string | undefined;
    /** Text colour. Wire: `TEXT_COLOR`. */
    readonly textColor?: string | undefined;
    /** Background when disabled. Wire: `OFF_BG_COLOR`. */
    readonly offBgColor?: string | undefined;
    /** Text colour when disabled. Wire: `OFF_TEXT_COLOR`. */
    readonly offTextColor?: string | undefined;
  };

/** A keyboard: buttons, and `'newline'` to start a new row. Wire: `KEYBOARD[BUTTONS]`. @category Replies */
export type BotKeyboard = readonly (BotKeyboardButton | 'newline')[];

/** An item of a message's context menu (API 1.0 only). Wire: `MENU[]`. @category Replies */
export type BotMenuItem = BotButtonBase & BotButtonTarget;

/** An attach block; each has one key naming its kind. Wire: `ATTACH[BLOCKS][]`. @category Replies */
export type BotAttachBlock =
  | {
      /** Text, with BB codes. Wire: `MESSAGE`. */
      readonly message: string;
    }
  | {
      /** A line: `true`, or its size and colour. Wire: `DELIMITER` (`SIZE` in px, `COLOR`). */
      readonly delimiter:
        | true
        | {
            /** Length in pixels. Wire: `SIZE`. @default 200 */
            readonly size?: number | undefined;
            /** Colour, `#RGB` or `#RRGGBB`. Wire: `COLOR`. */
            readonly color?: string | undefined;
          };
    }
  | {
      /** A link card. Wire: `LINK`. */
      readonly link: {
        /** The address. Wire: `LINK`. */
        readonly link: string;
        /** The title (defaults to the address). Wire: `NAME`. */
        readonly name?: string | undefined;
        /** A description. Wire: `DESC`. */
        readonly desc?: string | undefined;
        /** An image's address. Wire: `PREVIEW`. */
        readonly preview?: string | undefined;
        /** The image's width. Wire: `WIDTH`. */
        readonly width?: number | undefined;
        /** The image's height. Wire: `HEIGHT`. */
        readonly height?: number | undefined;
      };
    }
  | {
      /** A user (or chat, or bot) card. Wire: `USER`. */
      readonly user: {
        /** The name shown. Wire: `NAME`. */
        readonly name: string;
        /** An avatar's address. Wire: `AVATAR`. */
        readonly avatar?: string | undefined;
        /** An address the card opens. Wire: `LINK`. */
        readonly link?: string | undefined;
        /** The user it opens. Wire: `USER_ID`. */
        readonly userId?: number | undefined;
        /** The chat it opens. Wire: `CHAT_ID`. */
        readonly chatId?: number | undefined;
        /** The bot it opens. Wire: `BOT_ID`. */
        readonly botId?: number | undefined;
        /** How the avatar is drawn. Wire: `AVATAR_TYPE`. */
        readonly avatarType?: 'user' | 'chat' | 'bot' | undefined;
      };
    }
  | {
      /** Name/value pairs; one display mode per grid. Wire: `GRID`. */
      readonly grid: readonly {
        /** The layout. Wire: `DISPLAY`. */
        readonly display: 'block' | 'line' | 'row' | 'table';
        /** The name. Wire: `NAME`. */
        readonly name?: string | undefined;
        /** The value, with BB codes. Wire: `VALUE`. */
        readonly value?: string | undefined;
        /** Width in pixels. Wire: `WIDTH`. */
        readonly width?: number | undefined;
        /** Colour, `#RGB` or `#RRGGBB`. Wire: `COLOR`. */
        readonly color?: string | undefined;
        /** An address the value opens. Wire: `LINK`. */
        readonly link?: string | undefined;
      }[];
    }
  | {
      /** Images. Wire: `IMAGE`. */
      readonly image: readonly {
        /** The image's address. Wire: `LINK`. */
        readonly link: string;
        /** Its name. Wire: `NAME`. */
        readonly name?: string | undefined;
        /** A smaller image's address. Wire: `PREVIEW`. */
        readonly preview?: string | undefined;
        /** Width in pixels. Wire: `WIDTH`. */
        readonly width?: number | undefined;
        /** Height in pixels. Wire: `HEIGHT`. */
        readonly height?: number | undefined;
      }[];
    }
  | {
      /** Files. Wire: `FILE`. */
      readonly file: readonly {
        /** The file's address. Wire: `LINK`. */
        readonly link: string;
        /** Its name. Wire: `NAME`. */
        readonly name?: string | undefined;
        /** Its size in bytes. Wire: `SIZE`. */
        readonly size?: number | undefined;
      }[];
    };

/** An attach: its blocks, or the blocks with the attach's colour. Wire: `ATTACH`. @category Replies */
export type BotAttach =
  | readonly BotAttachBlock[]
  | {
      /** The blocks, in order. Wire: `BLOCKS`. */
      readonly blocks: readonly BotAttachBlock[];
      /** The stripe's colour, `#RGB` or `#RRGGBB`. Wire: `COLOR`. */
      readonly color?: string | undefined;
      /** The stripe's colour scheme. Wire: `COLOR_TOKEN`. */
      readonly colorToken?: 'primary' | 'secondary' | 'alert' | 'base' | undefined;
    };

/**
 * What a bot answers: a text, or a text with a keyboard, an attach, a menu and flags. The text
 * takes Bitrix24's BB codes (`[b]`, `[url=...]`, `[user=ID]`, `[br]`).
 *
 * @category Replies
 */
export type BotReply =
  | string
  | {
      /** The text, at most 20,000 characters. Wire: `MESSAGE` (v2 `fields.message`). */
      readonly message?: string | undefined;
      /** Buttons under the message. Wire: `KEYBOARD` (v2 `fields.keyboard`). */
      readonly keyboard?: BotKeyboard | undefined;
      /** Rich blocks (cards, grids, images, files). Wire: `ATTACH` (v2 `fields.attach`). */
      readonly attach?: BotAttach | undefined;
      /** The message's context menu; API 1.0 only. Wire: `MENU`. */
      readonly menu?: readonly BotMenuItem[] | undefined;
      /** A system message. Wire: `SYSTEM` (`'Y'`/`'N'`; v2 `fields.system`, a boolean). */
      readonly system?: boolean | undefined;
      /** Turn links into previews. Wire: `URL_PREVIEW` (v2 `fields.urlPreview`). @default true */
      readonly urlPreview?: boolean | undefined;
      /** The message this one replies to; API 2.0's `Chat.Message.send` only. Wire: `fields.replyId`. */
      readonly replyId?: number | undefined;
    };

/** The longest text, in characters (code points), as Bitrix24 counts them. @category Replies */
export const MAX_MESSAGE_LENGTH = 20_000;
/** The largest keyboard or menu, as JSON characters (`KEYBOARD_OVERSIZE`, `MENU_OVERSIZE`: 30 KB). */
const MAX_KEYBOARD_JSON = 30_000;
/** The largest attach, as JSON characters (`ATTACH_OVERSIZE`: 60,000). */
const MAX_ATTACH_JSON = 60_000;

const PREFIX = '[bitrix24-imbot-events] reply';

/** Refuses a reply part, naming it. @internal */
export function refuse(where: string, what: string): never {
  throw new TypeError(`${PREFIX} ${where}: ${what}`);
}

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const URL_LIKE = /^(?:https?:\/\/\S+|\/\S*)$/i;

/** A value of a wire structure: text, a number, a flag, a map or a list. @category Replies */
export type WireValue = string | number | boolean | WireMap | readonly WireValue[];
/** A wire structure: upper-case keys. @category Replies */
export interface WireMap {
  readonly [key: string]: WireValue;
}

/** The wire's key of a camelCase one: `commandParams` is `COMMAND_PARAMS`. */
function wireKey(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}

/** What each field may hold, to check and convert it. */
type FieldRule =
  | 'text'
  | 'url'
  | 'color'
  | 'size'
  | 'id'
  | 'flag'
  | { readonly oneOf: readonly string[]; readonly upper: boolean };

const BUTTON_RULES: Readonly<Record<string, FieldRule>> = {
  text: 'text',
  disabled: 'flag',
  context: { oneOf: ['mobile', 'desktop', 'all'], upper: true },
  command: 'text',
  commandParams: 'text',
  link: 'url',
  action: { oneOf: ['put', 'send', 'copy', 'call', 'dialog'], upper: true },
  actionValue: 'text',
  appId: 'id',
  appParams: 'text',
  block: 'flag',
  display: { oneOf: ['line', 'block'], upper: true },
  width: 'size',
  bgColorToken: { oneOf: ['primary', 'secondary', 'alert', 'base'], upper: false },
  bgColor: 'color',
  textColor: 'color',
  offBgColor: 'color',
  offTextColor: 'color',
};

const ATTACH_RULES: Readonly<Record<string, Readonly<Record<string, FieldRule>>>> = {
  delimiter: { size: 'size', color: 'color' },
  link: {
    link: 'url',
    name: 'text',
    desc: 'text',
    preview: 'url',
    width: 'size',
    height: 'size',
  },
  user: {
    name: 'text',
    avatar: 'url',
    link: 'url',
    userId: 'id',
    chatId: 'id',
    botId: 'id',
    avatarType: { oneOf: ['user', 'chat', 'bot'], upper: true },
  },
  grid: {
    display: { oneOf: ['block', 'line', 'row', 'table'], upper: true },
    name: 'text',
    value: 'text',
    width: 'size',
    color: 'color',
    link: 'url',
  },
  image: { link: 'url', name: 'text', preview: 'url', width: 'size', height: 'size' },
  file: { link: 'url', name: 'text', size: 'size' },
};

/** Required fields of each attach kind's items. */
const ATTACH_REQUIRED: Readonly<Record<string, readonly string[]>> = {
  link: ['link'],
  user: ['name'],
  grid: ['display'],
  image: ['link'],
  file: ['link'],
};

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}

/** Checks and converts one field by its rule. */
function field(where: string, rule: FieldRule, value: unknown): WireValue {
  if (typeof rule === 'object') {
    if (typeof value !== 'string' || !rule.oneOf.includes(value)) {
      refuse(where, `expected one of ${rule.oneOf.join(', ')}, found ${describe(value)}`);
    }
    return rule.upper ? value.toUpperCase() : value;
  }
  switch (rule) {
    case 'text':
      if (typeof value !== 'string') refuse(where, `expected a string, found ${describe(value)}`);
      return value;
    case 'url':
      if (typeof value !== 'string' || !URL_LIKE.test(value)) {
        refuse(
          where,
          `expected an address starting with http://, https:// or /, found ${describe(value)}`,
        );
      }
      return value;
    case 'color':
      if (typeof value !== 'string' || !COLOR.test(value)) {
        refuse(where, `expected a colour #RGB or #RRGGBB, found ${describe(value)}`);
      }
      return value;
    case 'size':
    case 'id':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
        refuse(where, `expected a positive integer, found ${describe(value)}`);
      }
      return value;
    case 'flag':
      if (typeof value !== 'boolean') refuse(where, `expected a boolean, found ${describe(value)}`);
      return value ? 'Y' : 'N'; // the keyboard's flags are 'Y'/'N' in both APIs
  }
}

/** Converts an object by its rules: every key known, `undefined` left out. */
function convert(
  where: string,
  value: unknown,
  rules: Readonly<Record<string, FieldRule>>,
): Record<string, WireValue> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    refuse(where, `expected an object, found ${describe(value)}`);
  }
  const out: Record<string, WireValue> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (rule === undefined) refuse(`${where}.${key}`, 'is not a field this part takes');
    out[wireKey(key)] = field(`${where}.${key}`, rule, item);
  }
  return out;
}

const TARGETS = ['command', 'link', 'action', 'appId'] as const;

/** A button or menu item: its label, exactly one action, and its own fields. */
function button(where: string, value: unknown, menu: boolean): Record<string, WireValue> {
  const out = convert(where, value, BUTTON_RULES);
  const given = value as Record<string, unknown>;
  if (typeof given.text !== 'string' || given.text.trim() === '') {
    refuse(`${where}.text`, 'a button needs a label that is not blank');
  }
  const targets = TARGETS.filter((key) => given[key] !== undefined);
  if (targets.length !== 1) {
    refuse(
      where,
      `a button needs exactly one of command, link, action, appId; found ${targets.length === 0 ? 'none' : targets.join(' and ')}`,
    );
  }
  if (
    given.action !== undefined &&
    (typeof given.actionValue !== 'string' || given.actionValue === '')
  ) {
    refuse(`${where}.actionValue`, 'an action needs its value (the text, phone number or dialog)');
  }
  if (given.actionValue !== undefined && given.action === undefined) {
    refuse(`${where}.actionValue`, 'is given without an action');
  }
  if (given.command !== undefined && (given.command as string).trim() === '') {
    refuse(`${where}.command`, 'is blank');
  }
  if (menu) {
    for (const key of [
      'block',
      'display',
      'width',
      'bgColorToken',
      'bgColor',
      'textColor',
      'offBgColor',
      'offTextColor',
    ]) {
      if (given[key] !== undefined)
        refuse(`${where}.${key}`, "is a keyboard button field, not a menu item's");
    }
  }
  return out;
}

function checkJsonSize(where: string, value: unknown, max: number, code: string): void {
  const length = JSON.stringify(value).length;
  if (length > max) {
    refuse(where, `is ${length} characters of JSON, more than the ${max} Bitrix24 takes (${code})`);
  }
}

/**
 * A keyboard's wire form, `{ BUTTONS: [...] }`, checked.
 * @internal
 */
export function wireKeyboard(keyboard: unknown): WireMap {
  if (!Array.isArray(keyboard))
    refuse('keyboard', `expected a list of buttons, found ${describe(keyboard)}`);
  const buttons: WireValue[] = [];
  let real = 0;
  keyboard.forEach((item: unknown, index: number) => {
    if (item === 'newline') buttons.push({ TYPE: 'NEWLINE' });
    else {
      buttons.push(button(`keyboard[${index}]`, item, false));
      real++;
    }
  });
  if (real === 0) refuse('keyboard', 'needs at least one button (KEYBOARD_ERROR)');
  // The server sets the keyboard's BOT_ID to the sending bot.
  const wire: WireMap = { BUTTONS: buttons };
  checkJsonSize('keyboard', wire, MAX_KEYBOARD_JSON, 'KEYBOARD_OVERSIZE');
  return wire;
}

/**
 * A menu's wire form, a list of items, checked.
 * @internal
 */
export function wireMenu(menu: unknown): WireValue[] {
  if (!Array.isArray(menu) || menu.length === 0) {
    refuse('menu', `expected a list of at least one item, found ${describe(menu)}`);
  }
  const items = menu.map((item: unknown, index: number) => button(`menu[${index}]`, item, true));
  checkJsonSize('menu', items, MAX_KEYBOARD_JSON, 'MENU_OVERSIZE');
  return items;
}

/**
 * An attach's wire form, `{ BLOCKS: [...] }` (with `COLOR`, `COLOR_TOKEN`), checked.
 * @internal
 */
export function wireAttach(attach: unknown): WireMap {
  const whole = Array.isArray(attach) ? { blocks: attach } : attach;
  if (typeof whole !== 'object' || whole === null)
    refuse('attach', `expected blocks, found ${describe(attach)}`);
  const { blocks, color, colorToken, ...rest } = whole as Record<string, unknown>;
  const extra = Object.keys(rest).filter((key) => rest[key] !== undefined);
  if (extra.length > 0) refuse(`attach.${extra[0]}`, 'is not a field an attach takes');
  if (!Array.isArray(blocks) || blocks.length === 0) {
    refuse('attach.blocks', `expected at least one block, found ${describe(blocks)}`);
  }
  const wire: Record<string, WireValue> = {
    BLOCKS: blocks.map((block: unknown, index: number) =>
      wireBlock(`attach.blocks[${index}]`, block),
    ),
  };
  if (color !== undefined) wire.COLOR = field('attach.color', 'color', color);
  if (colorToken !== undefined) {
    wire.COLOR_TOKEN = field(
      'attach.colorToken',
      BUTTON_RULES.bgColorToken as FieldRule,
      colorToken,
    );
  }
  checkJsonSize('attach', wire, MAX_ATTACH_JSON, 'ATTACH_OVERSIZE');
  return wire;
}

function wireBlock(where: string, block: unknown): WireMap {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    refuse(where, `expected a block, found ${describe(block)}`);
  }
  const kinds = Object.keys(block).filter(
    (key) => (block as Record<string, unknown>)[key] !== undefined,
  );
  if (kinds.length !== 1)
    refuse(
      where,
      `a block has one kind (message, delimiter, link, user, grid, image, file); found ${kinds.length}`,
    );
  const kind = kinds[0] as string;
  const value = (block as Record<string, unknown>)[kind];
  const at = `${where}.${kind}`;
  if (kind === 'message') {
    if (typeof value !== 'string' || value === '')
      refuse(at, `expected a text, found ${describe(value)}`);
    return { MESSAGE: value };
  }
  if (
    kind === 'delimiter' &&
    (value === true || (isObject(value) && Object.keys(value).length === 0))
  ) {
    return { DELIMITER: true }; // the docs' own form for a default line
  }
  const rules = Object.hasOwn(ATTACH_RULES, kind) ? ATTACH_RULES[kind] : undefined;
  if (rules === undefined) refuse(where, `${JSON.stringify(kind)} is not a block kind`);
  const required = ATTACH_REQUIRED[kind] ?? [];
  const one = (item: unknown, path: string): Record<string, WireValue> => {
    const out = convert(path, item, rules);
    for (const key of required) {
      if ((item as Record<string, unknown>)[key] === undefined)
        refuse(`${path}.${key}`, 'is required');
    }
    return out;
  };
  if (kind === 'grid' || kind === 'image' || kind === 'file') {
    if (!Array.isArray(value) || value.length === 0)
      refuse(at, `expected a list of at least one item, found ${describe(value)}`);
    if (kind === 'grid') {
      const modes = new Set(value.map((item: { display?: unknown }) => item?.display));
      if (modes.size > 1) refuse(at, 'mixes display modes; use one grid per mode');
    }
    return {
      [wireKey(kind)]: value.map((item: unknown, index: number) => one(item, `${at}[${index}]`)),
    };
  }
  return { [wireKey(kind)]: one(value, at) };
}

/**
 * The text of a reply, checked: at most 20,000 code points; `required` refuses a blank one.
 * @internal
 */
export function wireMessage(message: unknown, required: boolean): string | undefined {
  if (message === undefined) {
    if (required)
      refuse(
        'message',
        'is required (imbot.message.add and imbot.command.answer refuse a message without text, MESSAGE_EMPTY)',
      );
    return undefined;
  }
  if (typeof message !== 'string')
    refuse('message', `expected a string, found ${describe(message)}`);
  if (required && message.trim() === '') refuse('message', 'is blank (MESSAGE_EMPTY)');
  let length = 0;
  for (const _ of message) length++;
  if (length > MAX_MESSAGE_LENGTH) {
    refuse(
      'message',
      `is ${length} characters, more than the ${MAX_MESSAGE_LENGTH} Bitrix24 keeps (it would cut the rest)`,
    );
  }
  return message;
}
