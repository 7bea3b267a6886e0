// A form item for tests, empty but for its kind and what the test gives it.
import type { FormItem } from './api/generated';

export const formItem = (kind: FormItem['kind'], extra: Partial<FormItem> = {}): FormItem => ({
  id: kind,
  kind,
  key: '',
  text: 'x',
  points: [],
  options: [],
  lines: 0,
  printed: false,
  ...extra,
});
