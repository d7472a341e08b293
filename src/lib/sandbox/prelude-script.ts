// The script QuickJS evaluates before learner code: the codec (`protocol/wire-codec.js`) and
// the prelude (`prelude.js`), both real, type-checked module files, joined as one function
// expression. Their text comes from where the platform keeps files (a file read in Node, Vite's
// `?raw` in the browser: see node.ts and browser.ts); their module syntax — the import of the
// codec and the `export` keywords — is removed here, nothing else is touched.

/** The file names in stack traces of the prelude's own code. */
export const PRELUDE_FILE = 'nabla-prelude.js';

/**
 * `(function () { <codec>; <prelude>; return prelude; })()`: evaluates to the prelude function.
 * Throws when a file has module syntax other than the forms this understands.
 */
export function preludeScript(codecText: string, preludeText: string): string {
  return `(function () {\n${scriptOf(codecText, 'wire-codec.js')}\n${scriptOf(preludeText, 'prelude.js')}\nreturn prelude;\n})()`;
}

function scriptOf(text: string, file: string): string {
  const out = text.replace(/^import \{[^}]*\} from '[^']*';$/gm, '').replace(/^export function /gm, 'function ');
  if (/^\s*(import|export)\b/m.test(out))
    throw new Error(`${file}: module syntax the prelude script cannot remove (only \`import { … } from '…';\` and \`export function\`)`);
  return out;
}
