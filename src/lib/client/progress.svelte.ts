// A learner's progress, drafts and last exercise, kept in this browser (localStorage):
// learners are anonymous, nothing about them is stored on the server.
export type ProgressStatus = 'not-started' | 'attempted' | 'solved';

const PROGRESS_KEY = 'nabla.progress';
const LAST_KEY = 'nabla.last';
const draftKey = (id: string) => `nabla.draft.${id}`;

interface Entry {
  status: 'attempted' | 'solved';
  at: number;
}

export const progress = $state<{ entries: Record<string, Entry>; last: string | null; loaded: boolean }>({
  entries: {},
  last: null,
  loaded: false,
});

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadProgress() {
  const s = storage();
  if (!s) return;
  try {
    progress.entries = JSON.parse(s.getItem(PROGRESS_KEY) ?? '{}') ?? {};
  } catch {
    progress.entries = {};
  }
  progress.last = s.getItem(LAST_KEY);
  progress.loaded = true;
}

export function statusOf(id: string): ProgressStatus {
  return progress.entries[id]?.status ?? 'not-started';
}

/** Record a graded submission: solved stays solved. */
export function recordAttempt(id: string, solved: boolean) {
  const prev = progress.entries[id];
  const status = solved || prev?.status === 'solved' ? 'solved' : 'attempted';
  progress.entries = { ...progress.entries, [id]: { status, at: Date.now() } };
  storage()?.setItem(PROGRESS_KEY, JSON.stringify(progress.entries));
}

export function markVisited(id: string) {
  progress.last = id;
  storage()?.setItem(LAST_KEY, id);
}

export function loadDraft(id: string): string | null {
  return storage()?.getItem(draftKey(id)) ?? null;
}

export function saveDraft(id: string, code: string) {
  try {
    storage()?.setItem(draftKey(id), code);
  } catch {
    /* quota: the draft is not kept */
  }
}

export function clearDraft(id: string) {
  storage()?.removeItem(draftKey(id));
}

/** One id per browser tab: the server grades one submission per tab at a time. */
export function tabId(): string {
  const s = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  let id = s?.getItem('nabla.tab');
  if (!id) {
    id = Math.random().toString(36).slice(2, 12) + Date.now().toString(36);
    s?.setItem('nabla.tab', id);
  }
  return id;
}
