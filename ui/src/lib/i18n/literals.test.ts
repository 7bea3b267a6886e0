// Every word a person reads comes from the catalogue: this fails when a component or a
// UI module writes user-facing text inline instead of asking `t()` for a message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../..');

/** Attributes whose text is read (or heard) by a person. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'label']);

type Node = { type?: string; [key: string]: unknown };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    const checked = name.endsWith('.svelte') || (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'));
    return checked && !path.includes('/api/generated') ? [path] : [];
  });
}

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
/** Script strings that read as prose: two words, or a capitalised word ending a sentence. */
const readsAsProse = (text: string) => /\p{L}{2,} \p{L}{2,}/u.test(text) || /^\p{Lu}\p{Ll}+[.!?…]$/u.test(text);

function literalsIn(node: unknown, found: string[], strict: boolean, parent?: Node): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => literalsIn(child, found, strict, parent));
  const n = node as Node;
  // In markup, a call's arguments (t('id'), formatTime('…')) are not shown as they are;
  // prose is flagged wherever it is, an error's sentence included.
  const isArgument = parent?.type === 'CallExpression' || parent?.type === 'NewExpression';
  if (n.type === 'Literal' && typeof n.value === 'string') {
    if (strict ? hasWords(n.value) && !isArgument : readsAsProse(n.value)) found.push(n.value);
  }
  if (n.type === 'TemplateLiteral') {
    const text = (n.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join(' ');
    if (strict ? hasWords(text) : readsAsProse(text)) found.push(text);
  }
  // A thrown Error is for developers (a broken build); what users read arrives as ApiFailure.
  if (n.type === 'NewExpression' && (n.callee as Node).name === 'Error') return;
  if (n.type === 'ImportDeclaration' || n.type === 'TSLiteralType' || n.type === 'TSTypeAnnotation') return;
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'parent' && key !== 'metadata') literalsIn(value, found, strict, n);
  }
}

function markupLiterals(node: unknown, found: string[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => markupLiterals(child, found));
  const n = node as Node;
  if (n.type === 'Text' && hasWords(String(n.data))) found.push(String(n.data).trim());
  if (n.type === 'ExpressionTag') return literalsIn(n.expression, found, true);
  if (n.type === 'Attribute') {
    const name = String(n.name);
    if (!READ_ATTRIBUTES.has(name) || n.value === true) return;
    for (const part of (Array.isArray(n.value) ? n.value : [n.value]) as Node[]) {
      if (part.type === 'Text' && hasWords(String(part.data))) found.push(`${name}="${part.data}"`);
      if (part.type === 'ExpressionTag') literalsIn(part.expression, found, true);
    }
    return;
  }
  if (n.type === 'SpreadAttribute' || n.type === 'BindDirective' || n.type === 'ClassDirective' || n.type === 'StyleDirective') return;
  // Other attributes (class, href, …) and event handlers hold no text for people, but
  // handlers' scripts are checked like any script.
  if (n.type === 'OnDirective' || (n.type === 'Attribute' && String(n.name).startsWith('on'))) return;
  for (const [key, value] of Object.entries(n)) {
    if (key === 'attributes') {
      for (const attribute of value as Node[]) {
        if (attribute.type === 'Attribute' && String(attribute.name).startsWith('on')) literalsIn(attribute.value, found, false);
        else markupLiterals(attribute, found);
      }
    } else if (key !== 'parent' && key !== 'metadata') markupLiterals(value, found);
  }
}

function bareLiterals(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  const found: string[] = [];
  if (path.endsWith('.ts')) {
    const ast = parse(`<script lang="ts">${source}</script>`, { modern: true });
    literalsIn(ast.instance?.content, found, false);
    return found;
  }
  const ast = parse(source, { modern: true });
  literalsIn(ast.instance?.content, found, false);
  literalsIn(ast.module?.content, found, false);
  markupLiterals(ast.fragment, found);
  return found;
}

describe('user-facing text', () => {
  it('comes from the catalogue in every component and UI module', () => {
    const offenders = files(SRC).flatMap((path) => bareLiterals(path).map((text) => `${relative(SRC, path)}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
