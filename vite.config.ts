import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * Instructor preview: statements, stubs, graders and references are read from disk at
 * request time, so a change under these folders only needs the open pages to reload (and
 * the grading workers, which cache loaded exercises, to be replaced).
 */
function contentReload(): Plugin {
  const folders = ['/exercises/', '/graders/', '/reference/'];
  return {
    name: 'nabla-content-reload',
    apply: 'serve',
    configureServer(server) {
      const onChange = (file: string) => {
        const f = file.replaceAll('\\', '/');
        if (!folders.some((d) => f.includes(d))) return;
        const g = globalThis as { __nablaContentVersion?: number };
        g.__nablaContentVersion = (g.__nablaContentVersion ?? 0) + 1;
        server.ws.send({ type: 'full-reload', path: '*' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

export default defineConfig({
  plugins: [sveltekit(), contentReload()],
  worker: { format: 'es' },
  server: { port: 5173, fs: { allow: ['..'] } },
  build: { chunkSizeWarningLimit: 6000 },
});
