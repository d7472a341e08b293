// Loading the QuickJS WebAssembly in the browser (the Run worker): the same file the server
// uses, served as a static asset and compiled while it downloads; the prelude's files are
// bundled as text.
import wasmUrl from '@jitl/quickjs-ng-wasmfile-release-sync/wasm?url';
import codecText from '../protocol/wire-codec.js?raw';
import preludeText from './prelude.js?raw';
import { preludeScript } from './prelude-script';
import type { WasmSource } from './quickjs';

export const browserWasmSource: WasmSource = {
  async wasm() {
    try {
      return await WebAssembly.compileStreaming(fetch(wasmUrl));
    } catch {
      // A server that does not say application/wasm: compile from the bytes.
      const bytes = await (await fetch(wasmUrl)).arrayBuffer();
      return WebAssembly.compile(bytes);
    }
  },
  preludeScript: () => preludeScript(codecText, preludeText),
};
