/**
 * The load section of docs/performance.md lives between two markers: `npm run bench:load`
 * rewrites what is between them, and `npm run bench` (which writes the rest of the page) keeps
 * everything from the first marker on, the hand-written notes after the section included.
 */
export const LOAD_BEGIN = '<!-- bench:load begin -->';
export const LOAD_END = '<!-- bench:load end -->';

/** The page with its load section replaced by `section` (appended when it has none). */
export function replaceLoadSection(page: string, section: string): string {
  const block = `${LOAD_BEGIN}\n${section.trimEnd()}\n${LOAD_END}`;
  const begin = page.indexOf(LOAD_BEGIN);
  const end = page.indexOf(LOAD_END);
  if (begin === -1 || end === -1) return `${page.trimEnd()}\n\n${block}\n`;
  return page.slice(0, begin) + block + page.slice(end + LOAD_END.length);
}

/** What `npm run bench` keeps of the page: the load section and what follows it ('' if none). */
export function loadTail(page: string): string {
  const begin = page.indexOf(LOAD_BEGIN);
  return begin === -1 ? '' : `\n${page.slice(begin).trimEnd()}\n`;
}
