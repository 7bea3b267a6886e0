import { describe, expect, it } from 'vitest';
import { FormState } from './forms.svelte';

describe('FormState', () => {
  it('stops the browser submitting, and puts a failed save next to its field', async () => {
    const form = new FormState();
    const event = new Event('submit', { cancelable: true }) as SubmitEvent;
    await form.submit(event, async () => {
      throw { code: 'invalid', message: 'The meeting needs a date.', field: 'date' };
    });
    expect(event.defaultPrevented).toBe(true);
    expect(form.errors.fields.date).toBe('The meeting needs a date.');
    expect(form.busy).toBe(false);
  });

  it('clears earlier errors when a save succeeds', async () => {
    const form = new FormState();
    form.errors = { fields: {}, general: 'Convene is not answering.' };
    await form.submit(new Event('submit', { cancelable: true }) as SubmitEvent, async () => {});
    expect(form.errors).toEqual({ fields: {}, general: '' });
  });
});
