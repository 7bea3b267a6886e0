import { afterEach, describe, expect, it, vi } from 'vitest';
import { formErrors } from '../forms.svelte';
import { ApiClient, ApiFailure, textToBase64 } from './client';
import { HttpTransport } from './transport-http';
import type { Transport } from './transport';

function fakeTransport(answer: (command: string, args: unknown) => Promise<unknown>): Transport {
  return { call: answer, subscribe: () => () => {}, openProjector: async () => {}, toggleFullscreen: async () => {}, deliverFile: async () => true };
}

describe('ApiClient', () => {
  it('passes the command name and request to the transport and returns its answer', async () => {
    const seen: unknown[] = [];
    const client = new ApiClient(
      fakeTransport(async (command, args) => {
        seen.push(command, args);
        return [{ id: 'c1', name: 'Region 8' }];
      }),
    );
    const communities = await client.call('community.list', { query: 'region' });
    expect(seen).toEqual(['community.list', { query: 'region' }]);
    expect(communities[0].name).toBe('Region 8');
  });

  it('turns the core’s error into an ApiFailure that keeps code and field', async () => {
    const client = new ApiClient(
      fakeTransport(async () => {
        throw { code: 'invalid', message: 'The member’s name cannot be empty.', field: 'name' };
      }),
    );
    const failure = await client.call('member.create', { communityId: 'c', fields: { name: '' } }).catch((e) => e);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure.code).toBe('invalid');
    expect(failure.field).toBe('name');
    expect(formErrors(failure)).toEqual({ fields: { name: 'The member’s name cannot be empty.' }, general: '' });
  });

  it('reports failures without a field above the form', () => {
    const errors = formErrors({ code: 'not_found', message: 'That meeting no longer exists.' });
    expect(errors).toEqual({ fields: {}, general: 'That meeting no longer exists.' });
    expect(ApiFailure.from(new Error('boom')).code).toBe('unexpected');
  });
});

describe('HttpTransport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the command as JSON and rejects with the server’s error body', async () => {
    const fetchMock = vi.fn(async () =>
      new Response(JSON.stringify({ code: 'invalid', message: 'Bad time.', field: 'endTime' }), { status: 422 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const error = await new HttpTransport().call('meeting.create', { x: 1 }).catch((e) => e);
    expect(error).toEqual({ code: 'invalid', message: 'Bad time.', field: 'endTime' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/rpc');
    expect(JSON.parse(String(init.body))).toEqual({ command: 'meeting.create', args: { x: 1 } });
  });

  it('says the server is not answering when the connection fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await new HttpTransport().call('app.info', {}).catch((e: { code: string }) => e);
    expect(error).toMatchObject({ code: 'offline' });
  });
});

describe('files handed to the user', () => {
  it('encode text as UTF-8 base64, accents and large files included', () => {
    expect(atob(textToBase64('Niños'))).toBe('Ni\u00c3\u00b1os');
    const large = 'x'.repeat(200_000) + 'é';
    expect(textToBase64(large).length).toBe(Math.ceil((200_000 + 2) / 3) * 4);
  });

  it('reach the transport with the name the core suggested, never a path', async () => {
    const delivered: unknown[] = [];
    const transport = fakeTransport(async () => ({ meetingId: 'm', entries: [], csv: 'run,item\r\n', fileName: 'Run log - 2026-09-12 - CQI.csv' }));
    transport.deliverFile = async (file) => {
      delivered.push(file);
      return true;
    };
    expect(await new ApiClient(transport).saveRunLog('m')).toBe(true);
    expect(delivered).toEqual([{ fileName: 'Run log - 2026-09-12 - CQI.csv', base64: btoa('run,item\r\n'), mime: 'text/csv', open: false }]);
  });
});
