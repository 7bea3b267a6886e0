import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
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
