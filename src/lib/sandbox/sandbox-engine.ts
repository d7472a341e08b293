// The spare-sandbox engine: owns a QuickJS module (replacing it when a sandbox wedges it) and
// hands out a fresh sandbox per submission, preparing the next one while the thread is idle.
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { type SandboxLimits, wasmMemoryBytes } from '../protocol/limits';
import type { ThreadClock } from './deadline';
import { newQuickJSModule, type WasmSource } from './quickjs';
import { Sandbox } from './quickjs-sandbox';

/** Owns a QuickJS module and replaces it when a sandbox wedges it. */
export class SandboxEngine {
  private module: QuickJSWASMModule | undefined;
  private moduleBytes = 0;
  /** How many modules were created: 1 unless something wedged one. */
  modulesCreated = 0;

  /**
   * @param threadClock CPU time of the calling thread, where the platform can tell (see
   *   `threadCpuClock` in node.ts): deadlines then forgive time spent waiting for a core.
   */
  constructor(
    private readonly wasm: WasmSource,
    private readonly threadClock?: ThreadClock,
  ) {}

  /**
   * A fresh sandbox. Making one costs a few milliseconds (evaluating the prelude), so after
   * handing one out the engine prepares the next while the thread is idle: learner code
   * never runs in a sandbox before it is handed out, and every submission gets its own.
   */
  async sandbox(limits: SandboxLimits, seed: number): Promise<Sandbox> {
    const bytes = wasmMemoryBytes(limits);
    if (!this.module || this.moduleBytes < bytes) {
      this.dropSpare();
      this.module = await newQuickJSModule(this.wasm, bytes);
      this.moduleBytes = bytes;
      this.modulesCreated++;
    }
    const key = JSON.stringify(limits);
    let sb: Sandbox;
    if (this.spare && this.spare.key === key && this.spare.module === this.module) {
      sb = this.spare.sandbox;
      this.spare = undefined;
    } else {
      this.dropSpare();
      sb = new Sandbox(this.module, this.script(), limits, seed, () => this.discardModule(), this.threadClock);
    }
    sb.start(seed);
    this.prepareSpare(limits, key);
    return sb;
  }

  private preludeScript: string | undefined;
  private script(): string {
    return (this.preludeScript ??= this.wasm.preludeScript());
  }

  private spare: { sandbox: Sandbox; key: string; module: QuickJSWASMModule } | undefined;
  private spareTimer: ReturnType<typeof setTimeout> | undefined;

  private prepareSpare(limits: SandboxLimits, key: string) {
    if (this.spareTimer !== undefined) return;
    this.spareTimer = setTimeout(() => {
      this.spareTimer = undefined;
      const module = this.module;
      if (!module || this.spare) return;
      try {
        this.spare = { sandbox: new Sandbox(module, this.script(), limits, 0, () => this.discardModule(), this.threadClock), key, module };
      } catch {
        this.discardModule();
      }
    }, 0);
    (this.spareTimer as { unref?: () => void }).unref?.();
  }

  /** Dispose a used sandbox once the thread is idle (freeing a runtime takes a while). */
  release(sb: Sandbox) {
    const t = setTimeout(() => sb.dispose(), 0);
    (t as { unref?: () => void }).unref?.();
  }

  private dropSpare() {
    const spare = this.spare;
    this.spare = undefined;
    spare?.sandbox.dispose();
  }

  /** Throw the module away; the next sandbox gets a fresh one. */
  discardModule() {
    const spare = this.spare;
    this.spare = undefined;
    this.module = undefined;
    try {
      spare?.sandbox.dispose();
    } catch {
      // it belonged to the discarded module
    }
  }

  /** Current size of the module's WebAssembly memory (capped at `wasmMemoryBytes(limits)`), 0 without a module. */
  get wasmBytes(): number {
    return this.module?.getWasmMemory().buffer.byteLength ?? 0;
  }
}
