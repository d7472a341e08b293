// Creating QuickJS modules: the quickjs-ng build (the bellard build still reproduces two
// public heap overflows; ng rejects both) with a capped WebAssembly memory.
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import NG from '@jitl/quickjs-ng-wasmfile-release-sync';

const PAGE = 64 * 1024;
/** Emscripten's initial memory for this build (16 MiB). */
const INITIAL_PAGES = 256;

/**
 * What the platform gives the sandbox: the compiled QuickJS WebAssembly (a file in Node, a URL
 * in the browser) and the prelude's script (`prelude-script.ts`, from files read in Node or
 * bundled as text in the browser).
 */
export interface WasmSource {
  wasm(): Promise<WebAssembly.Module>;
  preludeScript(): string;
}

let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * A fresh QuickJS module with its own linear memory capped at `maxBytes`. Compiling the
 * WebAssembly happens once per process; instantiating a module costs a few milliseconds.
 */
export async function newQuickJSModule(source: WasmSource, maxBytes: number): Promise<QuickJSWASMModule> {
  compiled ??= source.wasm();
  const wasmModule = await compiled;
  const maximum = Math.max(INITIAL_PAGES, Math.ceil(maxBytes / PAGE));
  const wasmMemory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(NG, { wasmModule, wasmMemory }));
}
