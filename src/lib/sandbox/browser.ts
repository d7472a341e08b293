// Loading the QuickJS WebAssembly in the browser (the Run worker): the same file the server
// uses, served as a static asset and compiled while it downloads.
import wasmUrl from '@jitl/quickjs-ng-wasmfile-release-sync/wasm?url';
import type { WasmSource } from './quickjs';

export const browserWasmSource: WasmSource = async () => {
  try {
    return await WebAssembly.compileStreaming(fetch(wasmUrl));
  } catch {
    // A server that does not say application/wasm: compile from the bytes.
    const bytes = await (await fetch(wasmUrl)).arrayBuffer();
    return WebAssembly.compile(bytes);
  }
};
