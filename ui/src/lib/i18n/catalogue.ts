// The message catalogue the core also prints from (assets/locales/<lang>/*.ftl), built
// into one Fluent bundle per language when the app loads.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Lang } from '../api/generated';

export const LANGUAGES: readonly Lang[] = ['en', 'es'];

/** The locale whose conventions each language's dates and numbers follow. */
export const LOCALE_TAG: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

export type MessageArgs = Record<string, FluentVariable>;

/** Every catalogue file's text, by its path; the files the UI never reads (printed
 * documents, the core's and the shell's sentences, which arrive already in the reader's
 * language) stay out of the bundle. */
export const CATALOGUE_FILES = import.meta.glob(['../../../../assets/locales/*/*.ftl', '!../../../../assets/locales/*/print.ftl', '!../../../../assets/locales/*/errors.ftl', '!../../../../assets/locales/*/shell.ftl'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function build(lang: Lang): FluentBundle {
  // Bidi isolation marks around variables serve right-to-left scripts, which neither
  // language uses; left in, they would sit invisibly inside every sentence.
  const bundle = new FluentBundle(LOCALE_TAG[lang], { useIsolating: false });
  for (const [path, text] of Object.entries(CATALOGUE_FILES)) {
    if (path.includes(`/locales/${lang}/`)) bundle.addResource(new FluentResource(text));
  }
  return bundle;
}

const bundles: Record<Lang, FluentBundle> = { en: build('en'), es: build('es') };

/** The message in `lang`, else in English, else its id: a gap never blanks a screen. */
export function translate(lang: Lang, id: string, args?: MessageArgs): string {
  for (const bundle of [bundles[lang], bundles.en]) {
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}
