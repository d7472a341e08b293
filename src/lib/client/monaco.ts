// Monaco, loaded lazily by the editor component (dynamic import): the editor core, the
// contributions a learner uses, JavaScript highlighting and the TypeScript language service
// for JavaScript (hover, completion and type checks from the stub's JSDoc).
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-esm/base/browser/ui/codicons/codicon/codicon.css';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/codeAction/browser/codeActionContributions.js';
import 'monaco-editor/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/editor/contrib/find/browser/findController.js';
import 'monaco-editor/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/editor/contrib/format/browser/formatActions.js';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands.js';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/editor/contrib/parameterHints/browser/parameterHints.js';
import 'monaco-editor/editor/contrib/rename/browser/rename.js';
import 'monaco-editor/editor/contrib/smartSelect/browser/smartSelect.js';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/contrib/tokenization/browser/tokenization.js';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/languages/definitions/javascript/register.js';
import { javascriptDefaults } from 'monaco-editor/languages/features/typescript/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker.js?worker';

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_: string, label: string) {
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

// The sandbox is plain ECMAScript with a console: no DOM, no Node.
javascriptDefaults.setCompilerOptions({
  target: 99, // ESNext
  module: 99,
  allowJs: true,
  checkJs: true,
  allowNonTsExtensions: true,
  noLib: false,
  lib: ['esnext'],
  strict: false,
});
javascriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  diagnosticCodesToIgnore: [6133, 6192, 6198, 80001, 80005, 7044],
});
javascriptDefaults.addExtraLib(
  `/** Output shown under Console in the results (at most 200 calls are kept). */
declare const console: {
  log(...data: any[]): void;
  info(...data: any[]): void;
  warn(...data: any[]): void;
  error(...data: any[]): void;
  debug(...data: any[]): void;
};`,
  'file:///nabla-sandbox.d.ts',
);

monaco.editor.defineTheme('nabla', {
  base: 'vs',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '6a737d', fontStyle: 'italic' },
    { token: 'keyword', foreground: '7c3aed' },
    { token: 'number', foreground: '0f766e' },
    { token: 'string', foreground: 'b45309' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editorLineNumber.foreground': '#6e6e78',
    'editorLineNumber.activeForeground': '#3f3f46',
    'editor.lineHighlightBackground': '#f8fafc',
    'editorGutter.background': '#ffffff',
  },
});

export { monaco };
