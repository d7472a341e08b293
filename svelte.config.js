import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    alias: {
      // Monaco's package exports map every path to a .js file; its CSS is reached directly.
      'monaco-esm': 'node_modules/monaco-editor/esm/vs',
    },
  },
};
