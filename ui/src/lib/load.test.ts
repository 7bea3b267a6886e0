import { describe, expect, it } from 'vitest';
import { Attempt, Loaded } from './load.svelte';

describe('Loaded', () => {
  it('keeps the newest answer when an older request answers late', async () => {
    const answers: Array<(value: string) => void> = [];
    const loaded = new Loaded(() => new Promise<string>((resolve) => answers.push(resolve)));
    const first = loaded.reload();
    const second = loaded.reload();
    answers[1]('new');
    await second;
    answers[0]('old');
    await first;
    expect(loaded.value).toBe('new');
    expect(loaded.loading).toBe(false);
  });

  it('keeps the core’s sentence when loading fails, and clears it on success', async () => {
    let fail = true;
    const loaded = new Loaded(async () => {
      if (fail) throw { code: 'not_found', message: 'That meeting no longer exists.' };
      return 3;
    });
    await loaded.reload();
    expect(loaded.error).toBe('That meeting no longer exists.');
    fail = false;
    await loaded.reload();
    expect([loaded.value, loaded.error]).toEqual([3, '']);
  });
});

describe('Attempt', () => {
  it('returns the result, or undefined with the sentence when the action fails', async () => {
    const attempt = new Attempt();
    expect(await attempt.run(async () => 'saved')).toBe('saved');
    expect(await attempt.run(async () => Promise.reject({ code: 'invalid', message: 'The title cannot be empty.' }))).toBeUndefined();
    expect(attempt.error).toBe('The title cannot be empty.');
    expect(attempt.busy).toBe(false);
  });

  it('leaves a failure its caller handles (a question to ask) out of the error', async () => {
    const attempt = new Attempt();
    let asked = '';
    const handled = (failure: { code: string; message: string }) => failure.code === 'needs_confirmation' && Boolean((asked = failure.message));
    await attempt.run(async () => Promise.reject({ code: 'needs_confirmation', message: 'Start run 2?' }), handled);
    expect([attempt.error, asked]).toEqual(['', 'Start run 2?']);
  });
});
