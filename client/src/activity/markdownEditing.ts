/** Pure text operations behind the composer's toolbar and completion, kept apart to be tested alone. */

export interface TextEdit {
  text: string;
  /** Where the caret goes, or the selection [start, end]. */
  selection: [number, number];
}

export type Formatting = 'bold' | 'italic' | 'link' | 'list' | 'quote' | 'code';

/** Wraps the selection (or inserts a placeholder) the way CommonMark writes each formatting. */
export function applyFormatting(text: string, start: number, end: number, formatting: Formatting, placeholder: string): TextEdit {
  const selected = text.slice(start, end) || placeholder;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const wrap = (open: string, close: string): TextEdit => ({
    text: `${before}${open}${selected}${close}${after}`,
    selection: [start + open.length, start + open.length + selected.length],
  });
  // Whole lines: from the start of the first selected line to the end of the last one.
  const prefixLines = (prefix: string): TextEdit => {
    const lineStart = before.lastIndexOf('\n') + 1;
    const nextBreak = text.indexOf('\n', end);
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    const block = text.slice(lineStart, lineEnd) || placeholder;
    const prefixed = block.split('\n').map((line) => `${prefix}${line}`).join('\n');
    return { text: `${text.slice(0, lineStart)}${prefixed}${text.slice(lineEnd)}`, selection: [lineStart, lineStart + prefixed.length] };
  };

  switch (formatting) {
    case 'bold':
      return wrap('**', '**');
    case 'italic':
      return wrap('_', '_');
    case 'code':
      return selected.includes('\n') ? wrap('```\n', '\n```') : wrap('`', '`');
    case 'link': {
      const edit = wrap('[', '](https://)');
      const urlStart = edit.selection[1] + 2;
      return { text: edit.text, selection: [urlStart, urlStart + 'https://'.length] };
    }
    case 'list':
      return prefixLines('- ');
    case 'quote':
      return prefixLines('> ');
  }
}

export interface CompletionQuery {
  trigger: '@' | '#';
  query: string;
  /** Where the trigger character is, to replace from there to the caret. */
  start: number;
}

/** What the person is typing right before the caret: an @name or a #topic being written, if any. */
export function completionAt(text: string, caret: number): CompletionQuery | null {
  const match = /(^|[\s(])([@#])([\p{L}\p{N}_.-]{1,40})$/u.exec(text.slice(0, caret));
  if (!match) {
    return null;
  }
  const query = match[3] ?? '';
  return { trigger: match[2] as '@' | '#', query, start: caret - query.length - 1 };
}

/** Mentions are written @[Name](person-id): the server resolves the id and always shows the current name. */
export function mentionMarkdown(displayName: string, personId: string): string {
  return `@[${displayName.replace(/[[\]\\]/g, '')}](${personId})`;
}

export function replaceCompletion(text: string, caret: number, completion: CompletionQuery, replacement: string): TextEdit {
  const inserted = `${replacement} `;
  const next = `${text.slice(0, completion.start)}${inserted}${text.slice(caret)}`;
  const position = completion.start + inserted.length;
  return { text: next, selection: [position, position] };
}
