// A signed-in learner's draft follows them: the editor keeps saving to localStorage (an offline
// cache) and this syncs it to the server, debounced, with optimistic versions. The browser
// remembers the server version its copy is based on and whether it changed since. A save over a
// version this browser never saw is a conflict (409): the server keeps the incoming copy in
// draft_conflicts and the learner chooses which copy to keep. Neither copy is lost.

export interface ServerDraft {
  source: string;
  version: number;
  updatedAt: string;
}

interface Meta {
  /** The server version this browser's copy is based on (null: none yet). */
  base: number | null;
  /** Changed here since it was last synced. */
  dirty: boolean;
}

export type SyncState = 'idle' | 'saving' | 'synced' | 'offline' | 'conflict' | 'error';

const DEBOUNCE_MS = 1500;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export class DraftSync {
  state = $state<SyncState>('idle');
  /** The other device's copy, while a conflict waits for the learner's choice. */
  conflict = $state<ServerDraft | null>(null);
  message = $state<string | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: string | null = null;
  private inFlight = false;
  private closed = false;
  /** The code the server holds, as far as this browser knows. */
  private lastSynced: string | null = null;

  constructor(
    private readonly userId: number,
    private readonly exercise: string,
    /** The code in the editor now. */
    private readonly current: () => string,
    /** Put code into the editor (undoable). */
    private readonly replace: (code: string) => void,
  ) {}

  private get metaKey() {
    return `nabla.u${this.userId}.draftmeta.${this.exercise}`;
  }

  private meta(): Meta {
    try {
      const m = JSON.parse(storage()?.getItem(this.metaKey) ?? 'null') as Meta | null;
      if (m && (m.base === null || typeof m.base === 'number')) return m;
    } catch {
      /* corrupt: start again */
    }
    return { base: null, dirty: true };
  }

  private setMeta(m: Meta) {
    try {
      storage()?.setItem(this.metaKey, JSON.stringify(m));
    } catch {
      /* quota */
    }
  }

  /**
   * At load: the server's draft when it is newer than this browser's unchanged copy; this
   * browser's edits are pushed (a conflict when the server moved on meanwhile).
   */
  async start(local: string | null): Promise<void> {
    let server: ServerDraft | null;
    try {
      const res = await fetch(`/api/drafts/${encodeURIComponent(this.exercise)}`);
      if (!res.ok) throw new Error(String(res.status));
      server = ((await res.json()) as { draft: ServerDraft | null }).draft;
    } catch {
      this.state = 'offline';
      return;
    }
    if (this.closed) return;
    const meta = this.meta();
    if (!server) {
      if (local !== null) this.schedule(local, 0);
      return;
    }
    if (local === null || local === server.source) {
      this.lastSynced = server.source;
      if (local === null) this.replace(server.source);
      this.setMeta({ base: server.version, dirty: false });
      this.state = 'synced';
      return;
    }
    if (!meta.dirty && meta.base !== null && server.version >= meta.base) {
      // Unchanged here since it synced; the server's copy is newer.
      this.lastSynced = server.source;
      this.replace(server.source);
      this.setMeta({ base: server.version, dirty: false });
      this.state = 'synced';
      return;
    }
    // Changed here: push it over the version it is based on (409 when the server moved on).
    this.schedule(local, 0);
  }

  /** The editor changed: sync in a moment. */
  changed(code: string) {
    if (code === this.lastSynced && this.pending === null && !this.conflict) return;
    const m = this.meta();
    if (!m.dirty) this.setMeta({ ...m, dirty: true });
    this.schedule(code, DEBOUNCE_MS);
  }

  /** Save now (before a Submit, on leaving the page). */
  flush() {
    if (this.pending !== null) {
      clearTimeout(this.timer);
      void this.push();
    }
  }

  close() {
    this.flush();
    this.closed = true;
    clearTimeout(this.timer);
  }

  private schedule(code: string, delay: number) {
    if (this.conflict) return; // wait for the learner's choice
    this.pending = code;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.push(), delay);
  }

  private async push(resolved = false, base?: number | null): Promise<void> {
    if (this.inFlight) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.push(resolved, base), 300);
      return;
    }
    const source = this.pending;
    if (source === null) return;
    this.pending = null;
    this.inFlight = true;
    this.state = 'saving';
    const baseVersion = base === undefined ? this.meta().base : base;
    try {
      const res = await fetch(`/api/drafts/${encodeURIComponent(this.exercise)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ source, baseVersion, resolved }),
        keepalive: source.length < 60_000,
      });
      const body = (await res.json().catch(() => ({}))) as { draft?: ServerDraft; error?: string };
      if (res.ok && body.draft) {
        this.lastSynced = body.draft.source;
        const stillSame = this.pending === null && this.current() === source;
        this.setMeta({ base: body.draft.version, dirty: !stillSame });
        this.state = 'synced';
        this.message = null;
      } else if (res.status === 409 && body.draft) {
        this.pending = null;
        this.conflict = body.draft;
        this.state = 'conflict';
      } else {
        this.state = 'error';
        this.message = body.error ?? `${res.status}`;
      }
    } catch {
      // Offline: the copy in this browser stays dirty and is sent with the next change.
      this.pending ??= source;
      this.state = 'offline';
    } finally {
      this.inFlight = false;
    }
  }

  /** Conflict: keep this browser's code (saved over the other device's version). */
  async keepMine() {
    const other = this.conflict;
    if (!other) return;
    this.conflict = null;
    this.pending = this.current();
    await this.push(true, other.version);
  }

  /** Conflict: take the other device's code (this browser's copy stays in draft_conflicts, and undo brings it back). */
  async takeTheirs() {
    const other = this.conflict;
    if (!other) return;
    this.conflict = null;
    this.replace(other.source);
    clearTimeout(this.timer);
    this.pending = other.source;
    await this.push(true, other.version);
  }
}
