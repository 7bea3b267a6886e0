// The one way a view loads what it shows and runs what the facilitator asks for:
// `loadOnChange` fetches, says it is loading, keeps the core's sentence when it fails
// (with `reload` to try again) and fetches again when the entities it shows change;
// `Attempt` runs a button's action with a busy flag and the failure's sentence. Forms
// with fields use `FormState` (forms.svelte.ts), which puts the sentence by its field.
import { ApiFailure } from './api/client';
import type { Entity } from './api/generated';
import { reloadOnChange } from './live.svelte';

export class Loaded<T> {
  value: T | undefined = $state();
  error = $state('');
  loading = $state(false);
  #fetch: () => Promise<T>;
  #serial = 0;

  constructor(fetch: () => Promise<T>) {
    this.#fetch = fetch;
  }

  /** Fetches again; an older request answering late never overwrites a newer answer. */
  async reload(): Promise<void> {
    const serial = ++this.#serial;
    this.loading = true;
    try {
      const value = await this.#fetch();
      if (serial !== this.#serial) return;
      this.value = value;
      this.error = '';
    } catch (raw) {
      if (serial !== this.#serial) return;
      this.error = ApiFailure.from(raw).message;
    } finally {
      if (serial === this.#serial) this.loading = false;
    }
  }
}

/** Loads now and whenever one of `entities` changes; call during component set-up. */
export function loadOnChange<T>(entities: Entity[], fetch: () => Promise<T>): Loaded<T> {
  const loaded = new Loaded(fetch);
  reloadOnChange(entities, () => void loaded.reload());
  return loaded;
}

export class Attempt {
  error = $state('');
  busy = $state(false);

  /**
   * Runs `work`; its failure becomes `error`, unless `handled` deals with it (e.g. a
   * question to ask first) and returns true. Undefined when it failed.
   */
  async run<T>(work: () => Promise<T>, handled?: (failure: ApiFailure) => boolean): Promise<T | undefined> {
    this.busy = true;
    try {
      const result = await work();
      this.error = '';
      return result;
    } catch (raw) {
      const failure = ApiFailure.from(raw);
      this.error = handled?.(failure) ? '' : failure.message;
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
