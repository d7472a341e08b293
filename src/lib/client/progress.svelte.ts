// A learner's progress, drafts and last exercise. Guests: kept in this browser only
// (localStorage). Signed in: progress comes from the server (graded submissions and imported
// guest progress); drafts are cached in this browser under the account's own keys (and synced
// to the server by draft-sync.svelte.ts), apart from the guest's, which stay for import.
export type ProgressStatus = 'not-started' | 'attempted' | 'solved';

const PROGRESS_KEY = 'nabla.progress';
const LAST_KEY = 'nabla.last';
export const GUEST_DRAFT_PREFIX = 'nabla.draft.';
let account: number | null = null;
const draftKey = (id: string) => (account === null ? `${GUEST_DRAFT_PREFIX}${id}` : `nabla.u${account}.draft.${id}`);

/** Whose progress and drafts: an account id (signed in) or null (a guest). Call before loading. */
export function useAccount(id: number | null) {
  if (id !== account) progress.loaded = false;
  account = id;
}

export function currentAccount(): number | null {
  return account;
}

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

/** The guest's progress in this browser (what an import would send). */
export function guestEntries(): Record<string, Entry> {
  try {
    return JSON.parse(storage()?.getItem(PROGRESS_KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

/** Drafts a guest left in this browser: exercise id → code. */
export function guestDrafts(): Record<string, string> {
  const s = storage();
  const out: Record<string, string> = {};
  if (!s) return out;
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(GUEST_DRAFT_PREFIX)) out[k.slice(GUEST_DRAFT_PREFIX.length)] = s.getItem(k) ?? '';
  }
  return out;
}

export function loadProgress() {
  const s = storage();
  progress.last = s?.getItem(LAST_KEY) ?? null;
  if (account === null) {
    if (!s) return;
    progress.entries = guestEntries();
    progress.loaded = true;
    return;
  }
  void loadServerProgress(account);
}

async function loadServerProgress(id: number) {
  try {
    const res = await fetch('/api/progress', { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(String(res.status));
    const { progress: server } = (await res.json()) as { progress: Record<string, 'attempted' | 'solved'> };
    if (account !== id) return;
    const entries: Record<string, Entry> = {};
    for (const [ex, status] of Object.entries(server)) entries[ex] = { status, at: 0 };
    // Attempts recorded in this page meanwhile are kept (solved stays solved).
    for (const [ex, e] of Object.entries(progress.entries)) {
      if (e.at && (e.status === 'solved' || !entries[ex])) entries[ex] = e;
    }
    progress.entries = entries;
  } catch {
    /* offline: nothing to show yet */
  }
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
  // Signed in, the server records it (with the submission); Run only counts for guests.
  if (account === null) storage()?.setItem(PROGRESS_KEY, JSON.stringify(progress.entries));
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
