// Turning a failed save into what a form shows: the sentence next to the field the
// core named, or above the form when it named none.
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
