// The catalogue's guarantees: it parses, both languages hold the same messages with the
// same variables, every message the code names exists, and every message is used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, Visitor, type Message, type VariableReference } from '@fluent/syntax';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate } from './catalogue';

const ROOT = join(__dirname, '../../../..');
const LOCALES = join(ROOT, 'assets/locales');

function filesUnder(dir: string, ends: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'target' ? [] : filesUnder(path, ends);
    return ends.some((end) => name.endsWith(end)) ? [path] : [];
  });
}

class Variables extends Visitor {
  names = new Set<string>();
  visitVariableReference(node: VariableReference): void {
    this.names.add(node.id.name);
  }
}

type Entry = { file: string; variables: string[] };

function catalogue(lang: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.ftl'))) {
    const resource = parse(readFileSync(join(LOCALES, lang, file), 'utf8'), {});
    for (const entry of resource.body) {
      expect(entry.type, `${lang}/${file} has a line Fluent cannot read: ${JSON.stringify(entry)}`).not.toBe('Junk');
      if (entry.type !== 'Message') continue;
      const id = (entry as Message).id.name;
      expect(entries.has(id), `${id} is defined twice in ${lang}`).toBe(false);
      const variables = new Variables();
      variables.visit(entry);
      entries.set(id, { file, variables: [...variables.names].sort() });
    }
  }
  return entries;
}

/** Source files that may name messages: the UI's and the Rust crates', tests left out. */
function sources(): { path: string; text: string }[] {
  const ui = filesUnder(join(ROOT, 'ui/src'), ['.svelte', '.ts']).filter((p) => !p.endsWith('.test.ts'));
  const rust = filesUnder(join(ROOT, 'src-tauri'), ['.rs']).filter((p) => !p.includes('/tests/'));
  return [...ui, ...rust].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const english = catalogue('en');

describe('the message catalogue', () => {
  it('holds the same messages, with the same variables, in every language', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const other = catalogue(lang);
      expect([...other.keys()].sort(), `${lang} against en`).toEqual([...english.keys()].sort());
      for (const [id, entry] of english) {
        expect(other.get(id)?.variables, `variables of ${id} in ${lang}`).toEqual(entry.variables);
        expect(other.get(id)?.file, `file of ${id} in ${lang}`).toBe(entry.file);
      }
    }
  });

  it('keeps each message in the file its id names', () => {
    for (const [id, { file }] of english) expect(id.startsWith(`${file.replace('.ftl', '')}-`), id).toBe(true);
  });

  it('has every message the code asks for', () => {
    const asked = /(?:\bt\(|msg!\(|\.text\(|translate\([^,]+,)\s*['"]([a-z][a-z0-9-]*)['"]/g;
    const missing: string[] = [];
    for (const { path, text } of sources()) {
      for (const [, id] of text.matchAll(asked)) {
        if (!english.has(id)) missing.push(`${id} (${relative(ROOT, path)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no message the code never uses', () => {
    const all = sources()
      .map((s) => s.text)
      .join('\n');
    const unused = [...english.keys()].filter((id) => !all.includes(`'${id}'`) && !all.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });

  it('formats plurals and variables by each language’s rules', () => {
    expect(translate('en', 'common-member-count', { count: 1 })).toBe('1 member');
    expect(translate('es', 'common-member-count', { count: 40 })).toBe('40 integrantes');
    expect(translate('es', 'common-duration', { hours: 4, minutes: 30 })).toBe('4 h 30 min');
    expect(translate('es', 'no-such-message')).toBe('no-such-message');
  });
});
