// Pairing a phone as the clicker, in browser mode only (the desktop window is always
// the facilitator's). Plain HTTP rather than a command because the answer is a cookie
// the browser keeps out of every script's reach; this module only learns whether it
// worked.
import { ApiFailure } from './client';
import { t } from '../i18n/language.svelte';

export type Access = 'room' | 'clicker' | 'facilitator';

/** What this browser may do: watch (room), press the clicker's buttons, or everything. */
export async function currentAccess(): Promise<Access> {
  try {
    const response = await fetch('/api/access');
    const body = (await response.json()) as { access?: Access };
    return body.access ?? 'room';
  } catch {
    return 'room';
  }
}

/** Sends the code from the facilitator's screen; rejects with the reason it was refused. */
export async function pairDevice(code: string, name: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/pair', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, name }),
    });
  } catch {
    throw new ApiFailure('offline', t('common-error-computer-not-answering'));
  }
  if (!response.ok) throw ApiFailure.from(await response.json().catch(() => ({ code: 'storage', message: t('common-error-server-status', { status: String(response.status) }) })));
}
