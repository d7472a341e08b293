// SvelteKit's `$lib` alias, for dependency-cruiser's resolver (it does not follow the
// `paths` of the generated .svelte-kit/tsconfig.json).
const { join } = require('node:path');

module.exports = { resolve: { alias: { $lib: join(__dirname, 'src/lib') } } };
