// A short confirmation ("Member added") announced to screen readers and shown briefly.
export const notice = $state({ text: '', serial: 0 });

export function announce(text: string): void {
  notice.text = text;
  notice.serial += 1;
  const serial = notice.serial;
  setTimeout(() => {
    if (notice.serial === serial) notice.text = '';
  }, 4000);
}
