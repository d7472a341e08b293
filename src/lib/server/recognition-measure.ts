// Measuring feedback on wrong answers (issue 12):
// - named recognition on realistic wrong solutions written independently of the catalog
//   (test/fixtures/wrong-solutions/<id>/<name>.js, each opening with `// intended: mistake <name>`
//   or `// intended: diagnosis <pattern>`, and `// slip: …` when it has a second, unrelated bug);
// - the generic diagnosis alone (named recognition switched off) on every known mistake.
// Server, CLI and CI only: it reads the hidden references.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grade } from '../engine/grade';
import type { Report } from '../engine/types';
import { contentRoot, listExerciseIds, loadExercise, type LoadedExercise } from './exercises';
import { sharedEngine } from './grade-exercise';

export interface WrongSolution {
  exercise: string;
  name: string;
  file: string;
  source: string;
  intended: { kind: 'mistake' | 'diagnosis'; name: string };
  slip?: string;
}

export type Verdict = 'named' | 'diagnosed' | 'wrong-name' | 'missed' | 'passes';

export interface WrongSolutionResult extends WrongSolution {
  verdict: Verdict;
  got: string;
}

export function wrongSolutions(dir = join(contentRoot(), 'test', 'fixtures', 'wrong-solutions')): WrongSolution[] {
  const out: WrongSolution[] = [];
  if (!existsSync(dir)) return out;
  for (const exercise of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, exercise))
      .filter((f) => f.endsWith('.js'))
      .sort()) {
      const file = join(dir, exercise, f);
      const source = readFileSync(file, 'utf8');
      const m = /^\/\/ intended: (mistake|diagnosis) ([a-z0-9-]+)/m.exec(source);
      if (!m) throw new Error(`${file}: the first line must say \`// intended: mistake <name>\` or \`// intended: diagnosis <pattern>\``);
      const slip = /^\/\/ slip: (.+)$/m.exec(source)?.[1];
      out.push({
        exercise,
        name: f.replace(/\.js$/, ''),
        file,
        source,
        intended: { kind: m[1] as 'mistake' | 'diagnosis', name: m[2] },
        ...(slip ? { slip } : {}),
      });
    }
  }
  return out;
}

const cache = new Map<string, Promise<LoadedExercise>>();
const loaded = (id: string, root: string) => {
  let p = cache.get(`${root}\0${id}`);
  if (!p) cache.set(`${root}\0${id}`, (p = loadExercise(id, root)));
  return p;
};

async function gradeWith(ex: LoadedExercise, source: string, named: boolean): Promise<Report> {
  const oracle = ex.oracle();
  return grade({
    exercise: ex.meta,
    grader: ex.grader,
    oracle: named ? oracle : { ...oracle, mistakes: [] },
    source,
    mode: 'submit',
    seed: 1,
    engine: sharedEngine(),
  });
}

/** Named when the intended mistake is named; diagnosed when nothing is named and the intended pattern is said; wrong-name when another mistake is named. */
export function judgeWrongSolution(w: WrongSolution, r: Report): { verdict: Verdict; got: string } {
  const patterns = (r.diagnoses ?? []).map((d) => d.pattern);
  const got =
    r.status === 'pass'
      ? 'passes'
      : [r.mistake ? `mistake ${r.mistake.id}` : '', ...patterns.map((p) => `diagnosis ${p}`)].filter(Boolean).join(', ') || 'nothing';
  if (r.status === 'pass') return { verdict: 'passes', got };
  if (r.mistake) return { verdict: w.intended.kind === 'mistake' && r.mistake.id === w.intended.name ? 'named' : 'wrong-name', got };
  if (w.intended.kind === 'diagnosis' && patterns.includes(w.intended.name)) return { verdict: 'diagnosed', got };
  return { verdict: 'missed', got };
}

export async function measureWrongSolutions(root = contentRoot()): Promise<WrongSolutionResult[]> {
  const out: WrongSolutionResult[] = [];
  for (const w of wrongSolutions(join(root, 'test', 'fixtures', 'wrong-solutions'))) {
    const r = await gradeWith(await loaded(w.exercise, root), w.source, true);
    out.push({ ...w, ...judgeWrongSolution(w, r) });
  }
  return out;
}

export interface MistakeDiagnosis {
  exercise: string;
  mistake: string;
  hint: string;
  /** What the generic diagnosis said, without named recognition; empty when nothing. */
  said: string[];
  failing: number;
  /** Failing checks the diagnoses cover. */
  covered: number;
}

/** Every known mistake (own ones, not library rewrites applied automatically) graded with named recognition off. */
export async function measureGenericDiagnosis(root = contentRoot(), ids?: string[]): Promise<MistakeDiagnosis[]> {
  const out: MistakeDiagnosis[] = [];
  for (const id of ids ?? (await listExerciseIds(root))) {
    const ex = await loaded(id, root);
    for (const m of ex.mistakes.filter((m) => m.common !== 'automatic')) {
      const r = await gradeWith(ex, m.source, false);
      const failing = r.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
      out.push({
        exercise: id,
        mistake: m.id,
        hint: m.hint.en,
        said: (r.diagnoses ?? []).map((d) => `${d.pattern}: ${d.text.en}`),
        failing,
        covered: new Set((r.diagnoses ?? []).flatMap((d) => d.checks)).size,
      });
    }
  }
  return out;
}
