// Turning a failed save into what a form shows: the sentence next to the field the
// core named, or above the form when it named none. `FormState` runs a save and keeps
// the busy flag and the errors every dialog form shows.
import { ApiFailure } from './api/client';

export type FormErrors = { fields: Record<string, string>; general: string };

export const noErrors = (): FormErrors => ({ fields: {}, general: '' });

export function formErrors(raw: unknown): FormErrors {
  const failure = ApiFailure.from(raw);
  if (failure.code === 'invalid' && failure.field) {
    return { fields: { [failure.field]: failure.message }, general: '' };
  }
  return { fields: {}, general: failure.message };
}

export class FormState {
  busy = $state(false);
  errors: FormErrors = $state(noErrors());

  /** Runs `save` for a submitted form; its failure becomes the form's errors. */
  async submit(event: SubmitEvent, save: () => Promise<void>): Promise<void> {
    event.preventDefault();
    this.busy = true;
    this.errors = noErrors();
    try {
      await save();
    } catch (raw) {
      this.errors = formErrors(raw);
    } finally {
      this.busy = false;
    }
  }
}
