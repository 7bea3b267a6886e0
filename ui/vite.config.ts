import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import license from 'rollup-plugin-license';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The Rust crates' and the fonts' licence notices, beside the interface's own, so the
 * About screen and the installed package carry all three. */
function licenceFiles(): Plugin {
  const files = { 'crates.txt': '../assets/licenses/crates.txt', 'fonts.txt': '../assets/fonts/LICENSE-OFL.txt' };
  return {
    name: 'convene-licence-files',
    apply: 'build',
    generateBundle() {
      for (const [name, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName: `licenses/${name}`, source: readFileSync(here(source), 'utf8') });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    svelte(),
    licenceFiles(),
    // The notices of every npm package bundled into the interface (the Svelte runtime,
    // Fluent, Tauri's API), with their licence texts.
    license({ thirdParty: { includePrivate: false, output: { file: here('dist/licenses/ui.txt') } } }),
  ],
  clearScreen: false,
  // The app icon is the only public file; it lives with the other icons.
  publicDir: '../assets/icons',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    strictPort: true,
    // The message catalogue is shared with the core and lives in the repository's assets.
    fs: { allow: ['.', '../assets/locales'] },
    // In `npm run dev`, commands go to a running `convene serve`.
    proxy: { '/api': 'http://127.0.0.1:5180' },
  },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});
