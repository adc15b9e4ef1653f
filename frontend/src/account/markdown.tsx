import { createElement, type ReactNode } from 'react';

/*
 * A deliberately tiny Markdown renderer for the privacy policy: headings,
 * paragraphs and lists, with bold, italic and code inside them. It builds React
 * elements, never HTML strings, so any HTML in the source is shown as the text
 * it is: nothing the policy's author (or an attacker who got into the policy
 * table) writes can become markup, a script or a link.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'em'; text: string }
  | { type: 'code'; text: string };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}\d{1,9}[.)][ \t]+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;

/** The blocks of a Markdown text. Anything it does not know becomes a paragraph of plain text. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flush = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', content: parseInline(paragraph.join(' ')) });
      paragraph = [];
    }
    if (list) {
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
      list = null;
    }
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(QUOTE, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, content: parseInline(heading[2] ?? '') });
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = !!numbered;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
      continue;
    }
    if (list && /^\s/.test(line)) {
      // An indented line continues the list's last item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

// Backslash escapes become private-use characters while the inline markers are
// found, so "\*" stays a star; they are turned back afterwards.
const ESCAPABLE = '\\`*_{}[]()#+-.!>|~';
const ESCAPE_BASE = 0xe000;

function protect(s: string): string {
  return s.replace(/\\(.)/g, (whole, c: string) => {
    const i = ESCAPABLE.indexOf(c);
    return i < 0 ? whole : String.fromCharCode(ESCAPE_BASE + i);
  });
}

function restore(s: string): string {
  return s.replace(/[\ue000-\ue0ff]/g, (c) => ESCAPABLE[c.charCodeAt(0) - ESCAPE_BASE] ?? c);
}

const INLINE = /`([^`]+)`|\*\*(?=\S)([^*]*?\S)\*\*|__(?=\S)([^_]*?\S)__|\*(?=\S)([^*]*?\S)\*|(?<![A-Za-z0-9])_(?=\S)([^_]*?\S)_(?![A-Za-z0-9])|\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;

/** The inline pieces of one block's text: plain text, bold, italic and code; a link keeps only its words. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const s = protect(text);
  let last = 0;
  const push = (piece: Inline) => {
    const prev = out[out.length - 1];
    if (piece.type === 'text' && prev?.type === 'text') prev.text += piece.text;
    else if (piece.text !== '') out.push(piece);
  };
  for (const m of s.matchAll(INLINE)) {
    const at = m.index ?? 0;
    push({ type: 'text', text: restore(s.slice(last, at)) });
    if (m[1] !== undefined) push({ type: 'code', text: restore(m[1]) });
    else if (m[2] !== undefined || m[3] !== undefined) push({ type: 'strong', text: restore(m[2] ?? m[3]!) });
    else if (m[4] !== undefined || m[5] !== undefined) push({ type: 'em', text: restore(m[4] ?? m[5]!) });
    else push({ type: 'text', text: restore(m[6]!) });
    last = at + m[0].length;
  }
  push({ type: 'text', text: restore(s.slice(last)) });
  return out;
}

function renderInline(content: Inline[]): ReactNode[] {
  return content.map((piece, i) => {
    switch (piece.type) {
      case 'text':
        return piece.text;
      case 'strong':
        return <strong key={i}>{piece.text}</strong>;
      case 'em':
        return <em key={i}>{piece.text}</em>;
      case 'code':
        return <code key={i}>{piece.text}</code>;
    }
  });
}

/**
 * Renders Markdown as React elements. `headingOffset` moves the text's
 * headings below the page's own: with 2, "# Title" becomes an h3.
 */
export function Markdown({ source, headingOffset = 0 }: { source: string; headingOffset?: number }) {
  return (
    <div className="markdown">
      {parseMarkdown(source).map((block, i) => {
        switch (block.type) {
          case 'heading': {
            const level = Math.min(6, Math.max(1, block.level + headingOffset));
            return createElement(`h${level}`, { key: i }, ...renderInline(block.content));
          }
          case 'paragraph':
            return <p key={i}>{renderInline(block.content)}</p>;
          case 'list': {
            const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
        }
      })}
    </div>
  );
}
