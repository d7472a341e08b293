// Mutants of a reference solution: small, plausible slips (an operator swapped, a constant
// tweaked, a statement removed…) written the way mutation tools write them — a source range and
// its replacement. A grader that lets one of them pass has a gap, unless the mutant computes
// the same thing (then the grader declares it equivalent, with a reason: `equivalentMutants`).
//
// Parsed with acorn (walked with acorn-walk); each mutant's source is the reference with one
// range replaced (magic-string), so everything else stays as written.
//
// Ids are readable and stable while the reference does not change:
//   `<operator> <line>:<column> <original> → <replacement>`, e.g. `arithmetic 12:17 + → -`.
import { type AnyNode, type Node, parse } from 'acorn';
import { fullAncestor } from 'acorn-walk';
import MagicString from 'magic-string';

export type MutantOperator =
  'arithmetic' | 'relational' | 'boundary' | 'logical' | 'constant' | 'math' | 'index' | 'negation' | 'statement' | 'guard' | 'arguments';

export const MUTANT_OPERATORS: readonly MutantOperator[] = [
  'arithmetic',
  'relational',
  'boundary',
  'logical',
  'constant',
  'math',
  'index',
  'negation',
  'statement',
  'guard',
  'arguments',
];

export interface Mutant {
  /** `<operator> <line>:<column> <original> → <replacement>` (column counted from 1). */
  id: string;
  operator: MutantOperator;
  line: number;
  column: number;
  /** The replaced range of the reference, and what replaces it. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  /** The whole mutated source. */
  source: string;
  /** The reference's line at the mutant, and the same line mutated (for reports). */
  before: string;
  after: string;
}

const ARITHMETIC: Record<string, string> = { '+': '-', '-': '+', '*': '/', '/': '*', '%': '*', '**': '*' };
const ASSIGNMENT: Record<string, string> = { '+=': '-=', '-=': '+=', '*=': '/=', '/=': '*=' };
const RELATIONAL: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '===': '!==', '!==': '===', '==': '!=', '!=': '==' };
const BOUNDARY: Record<string, string> = { '<': '<=', '<=': '<', '>': '>=', '>=': '>' };
const LOGICAL: Record<string, string> = { '&&': '||', '||': '&&' };
/** Constant tweaks: 0↔1, 1↔2, and halves (2 → ½, ½ → 1). */
const CONSTANTS: Record<number, number[]> = { 0: [1], 1: [0, 2], 2: [1, 0.5], 0.5: [1] };
/** `Math` function swaps: a learner's near miss for each. `abs` → '' drops the call. */
const MATH: Record<string, string[]> = {
  log: ['log2'],
  log2: ['log'],
  log10: ['log'],
  log1p: ['log'],
  exp: ['expm1'],
  expm1: ['exp'],
  max: ['min'],
  min: ['max'],
  sqrt: ['cbrt'],
  floor: ['ceil'],
  ceil: ['floor'],
  round: ['floor'],
  tanh: ['atan'],
  abs: [''],
};
const NUMERIC_OPS = new Set(['+', '-', '*', '/', '%', '**']);
/** `Math` functions whose arguments commute: swapping two of them is no mutant. */
const COMMUTATIVE = new Set(['max', 'min', 'hypot']);

interface Site {
  operator: MutantOperator;
  start: number;
  end: number;
  replacement: string;
  /** How the original is shown in the id (defaults to its text). */
  shown?: string;
}

/** Every mutant of `source` (an ES module), in source order; throws when it does not parse. */
export function generateMutants(source: string): Mutant[] {
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as Node;
  const sites: Site[] = [];
  const text = (n: { start: number; end: number }) => source.slice(n.start, n.end);

  fullAncestor(ast, (raw, _state, ancestors) => {
    const node = raw as AnyNode;
    const parents = ancestors.slice(0, -1) as AnyNode[];
    // Error messages are words, not maths: a mutant there tests the message, not the grader.
    if (parents.some((p) => p.type === 'ThrowStatement' || p.type === 'TemplateLiteral' || (p.type === 'NewExpression' && isErrorClass(p.callee))))
      return;
    const parent = parents[parents.length - 1];

    switch (node.type) {
      case 'BinaryExpression': {
        if (node.left.type === 'PrivateIdentifier') break;
        const at = operatorRange(source, node.left.end, node.right.start, node.operator);
        if (NUMERIC_OPS.has(node.operator) && !(node.operator === '+' && (isStringy(node.left) || isStringy(node.right)))) {
          sites.push({ operator: 'arithmetic', ...at, replacement: ARITHMETIC[node.operator] });
        }
        if (RELATIONAL[node.operator]) sites.push({ operator: 'relational', ...at, replacement: RELATIONAL[node.operator] });
        if (BOUNDARY[node.operator]) sites.push({ operator: 'boundary', ...at, replacement: BOUNDARY[node.operator] });
        break;
      }
      case 'LogicalExpression': {
        const to = LOGICAL[node.operator];
        if (to) sites.push({ operator: 'logical', ...operatorRange(source, node.left.end, node.right.start, node.operator), replacement: to });
        break;
      }
      case 'AssignmentExpression': {
        const to = ASSIGNMENT[node.operator];
        if (to && !(node.operator === '+=' && isStringy(node.right))) {
          sites.push({ operator: 'arithmetic', ...operatorRange(source, node.left.end, node.right.start, node.operator), replacement: to });
        }
        break;
      }
      case 'Literal': {
        if (typeof node.value !== 'number') break;
        for (const to of CONSTANTS[node.value] ?? []) sites.push({ operator: 'constant', start: node.start, end: node.end, replacement: String(to) });
        break;
      }
      case 'MemberExpression': {
        if (node.object.type === 'Identifier' && node.object.name === 'Math' && !node.computed && node.property.type === 'Identifier') {
          const callee = parent && parent.type === 'CallExpression' && parent.callee === node ? parent : undefined;
          for (const to of MATH[node.property.name] ?? []) {
            if (to) sites.push({ operator: 'math', start: node.start, end: node.end, replacement: `Math.${to}` });
            else if (callee && callee.arguments.length === 1 && callee.arguments[0].type !== 'SpreadElement') {
              // Math.abs(x) → (x)
              sites.push({ operator: 'math', start: node.start, end: node.end, replacement: '', shown: text(node) });
            }
          }
          break;
        }
        if (node.computed && node.property.type !== 'Literal' && node.property.type !== 'PrivateIdentifier') {
          const p = node.property;
          const inner = p.type === 'Identifier' || p.type === 'MemberExpression' || p.type === 'CallExpression' ? text(p) : `(${text(p)})`;
          sites.push({ operator: 'index', start: p.start, end: p.end, replacement: `${inner} + 1`, shown: text(p) });
          sites.push({ operator: 'index', start: p.start, end: p.end, replacement: `${inner} - 1`, shown: text(p) });
        }
        break;
      }
      case 'UnaryExpression': {
        if (node.operator === '-') sites.push({ operator: 'negation', start: node.start, end: node.end, replacement: text(node.argument) });
        break;
      }
      case 'ReturnStatement':
        if (node.argument && isNumeric(node.argument)) sites.push(negated(node.argument, text(node.argument)));
        break;
      case 'VariableDeclarator':
        if (node.init && isNumeric(node.init)) sites.push(negated(node.init, text(node.init)));
        break;
      case 'CallExpression': {
        if (isMathCall(node, COMMUTATIVE)) break;
        const args = node.arguments;
        for (let i = 0; i + 1 < args.length; i++) {
          const [a, b] = [args[i], args[i + 1]];
          if (a.type === 'SpreadElement' || b.type === 'SpreadElement' || text(a) === text(b)) continue;
          sites.push({ operator: 'arguments', start: a.start, end: b.end, replacement: `${text(b)}, ${text(a)}`, shown: `${text(a)}, ${text(b)}` });
        }
        break;
      }
      case 'ExpressionStatement':
        if (!node.directive && inBlock(parent)) sites.push({ operator: 'statement', start: node.start, end: node.end, replacement: '' });
        break;
      case 'IfStatement':
        if (!node.alternate && inBlock(parent))
          sites.push({ operator: 'guard', start: node.start, end: node.end, replacement: '', shown: `if (${text(node.test)})` });
        break;
      default:
        break;
    }
  });

  const out: Mutant[] = [];
  const seen = new Set<string>();
  const lines = source.split('\n');
  for (const s of sites.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const { line, column } = position(source, s.start);
    const id = `${s.operator} ${line}:${column} ${short(s.shown ?? source.slice(s.start, s.end))} → ${s.replacement === '' ? '(removed)' : short(s.replacement)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const ms = new MagicString(source);
    if (s.replacement === '') ms.remove(s.start, s.end);
    else ms.overwrite(s.start, s.end, s.replacement);
    const mutated = ms.toString();
    out.push({
      id,
      operator: s.operator,
      line,
      column,
      start: s.start,
      end: s.end,
      original: source.slice(s.start, s.end),
      replacement: s.replacement,
      source: mutated,
      before: lines[line - 1].trim(),
      after: (mutated.split('\n')[line - 1] ?? '').trim(),
    });
  }
  return out;
}

/** Which declared equivalent mutants match no mutant of the source (stale declarations). */
export function staleDeclarations(declared: Record<string, string> | undefined, mutants: Mutant[]): string[] {
  const ids = new Set(mutants.map((m) => m.id));
  return Object.keys(declared ?? {}).filter((id) => !ids.has(id));
}

function operatorRange(source: string, from: number, to: number, op: string): { start: number; end: number } {
  // Between the operands there are only blanks, comments, the parentheses closing the left one,
  // the operator and the parentheses opening the right one.
  const between = source.slice(from, to).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (c) => ' '.repeat(c.length));
  const at = between.search(/[^\s)]/);
  if (at < 0 || !between.startsWith(op, at)) throw new Error(`mutants: operator ${op} not found between offsets ${from} and ${to}`);
  return { start: from + at, end: from + at + op.length };
}

function isErrorClass(n: AnyNode | Node): boolean {
  return (n as AnyNode).type === 'Identifier' && /Error$/.test((n as { name: string }).name);
}

function isStringy(n: AnyNode | Node): boolean {
  const x = n as AnyNode;
  return (x.type === 'Literal' && typeof x.value === 'string') || x.type === 'TemplateLiteral';
}

/** Arithmetic or a Math call: a number, most likely, so `-(…)` is a plausible slip. */
function isNumeric(n: AnyNode): boolean {
  if (n.type === 'BinaryExpression') return NUMERIC_OPS.has(n.operator) && !isStringy(n.left) && !isStringy(n.right);
  return isMathCall(n);
}

function isMathCall(n: AnyNode, names?: Set<string>): boolean {
  return (
    n.type === 'CallExpression' &&
    n.callee.type === 'MemberExpression' &&
    n.callee.object.type === 'Identifier' &&
    n.callee.object.name === 'Math' &&
    n.callee.property.type === 'Identifier' &&
    (!names || names.has(n.callee.property.name))
  );
}

function negated(n: AnyNode, original: string): Site {
  return { operator: 'negation', start: n.start, end: n.end, replacement: `-(${original})`, shown: original };
}

function inBlock(parent: AnyNode | undefined): boolean {
  return !!parent && (parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'SwitchCase' || parent.type === 'StaticBlock');
}

function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}
