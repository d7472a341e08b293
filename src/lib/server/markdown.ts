// Statements and hints: Markdown with KaTeX math ($…$ inline, $$…$$ display), rendered on
// the server so the page shows the statement at once, without any math code in the browser.
import katex from 'katex';
import { Marked, type TokenizerExtension, type RendererExtension } from 'marked';

type MathToken = { type: 'blockMath' | 'inlineMath'; raw: string; text: string };

const tex = (text: string, displayMode: boolean) =>
  katex.renderToString(text, { displayMode, throwOnError: false, output: 'html', strict: 'ignore' });

const blockMath: TokenizerExtension & RendererExtension = {
  name: 'blockMath',
  level: 'block',
  start: (src) => src.match(/^\s*\$\$/m)?.index,
  tokenizer(src) {
    const m = /^\s*\$\$([\s\S]+?)\$\$[^\S\n]*(?:\n|$)/.exec(src);
    if (m) return { type: 'blockMath', raw: m[0], text: m[1].trim() } satisfies MathToken;
    return undefined;
  },
  renderer: (t) => `<div class="math-display">${tex((t as unknown as MathToken).text, true)}</div>\n`,
};

const inlineMath: TokenizerExtension & RendererExtension = {
  name: 'inlineMath',
  level: 'inline',
  start: (src) => {
    const i = src.indexOf('$');
    return i < 0 ? undefined : i;
  },
  tokenizer(src) {
    const display = /^\$\$((?:\\.|[^$\\])+?)\$\$/.exec(src);
    if (display) return { type: 'inlineMath', raw: display[0], text: display[1].trim(), display: true } as MathToken;
    const m = /^\$((?:\\.|[^$\\])+?)\$(?!\d)/.exec(src); // a paragraph may wrap inside math
    if (m) return { type: 'inlineMath', raw: m[0], text: m[1] } satisfies MathToken;
    return undefined;
  },
  renderer: (t) => tex((t as unknown as MathToken).text, Boolean((t as { display?: boolean }).display)),
};

const marked = new Marked({ gfm: true, async: false, extensions: [blockMath, inlineMath] });

/** A statement body: the leading `# Title` is dropped (the page shows the title). */
export function renderStatement(markdown: string): string {
  const body = markdown.replace(/^\s*#\s+[^\n]*\n/, '');
  return marked.parse(body) as string;
}

/** A hint or a short text: one paragraph's inline Markdown. */
export function renderInline(markdown: string): string {
  return marked.parseInline(markdown) as string;
}
