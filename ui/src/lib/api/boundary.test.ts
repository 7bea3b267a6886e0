// Only the Tauri transport may know about Tauri; everything else speaks to ApiClient.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Vitest runs from the ui/ folder.
const SRC = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('transport boundary', () => {
  it('keeps @tauri-apps imports inside the Tauri transport', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => /(from\s+|import\s*\(\s*)['"]@tauri-apps\//.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(offenders).toEqual(['lib/api/transport-tauri.ts']);
  });
});
