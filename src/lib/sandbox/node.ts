// Loading the QuickJS WebAssembly from node_modules (server, CLI, tests, CI).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { WasmSource } from './quickjs';

const require = createRequire(import.meta.url);

export const nodeWasmSource: WasmSource = async () =>
  WebAssembly.compile(await readFile(require.resolve('@jitl/quickjs-ng-wasmfile-release-sync/wasm')));
