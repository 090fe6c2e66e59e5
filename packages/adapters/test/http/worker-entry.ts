// Bundled by runtime-neutral.test.ts and run in a bare JavaScript context holding only the web
// platform's globals (as a worker, Deno or Bun provides them): no process, Buffer or require.
import { createHonoraria } from '../../../core/src/workflow/create-honoraria';
import { createMemoryStorage } from '../../../core/src/storage/memory-storage';
import { fixedClock } from '../../../core/src/ports/clock';
import { framework, actors } from '../../../core/test/workflow/fixtures';
import { createFetchHandler } from '../../src/http/fetch-handler';
import { createRestClient } from '../../src/http/client/rest-client';

/** Serves a real service with the fetch handler and calls it with the REST client, in-context. */
export async function run(): Promise<unknown> {
  const service = createHonoraria({ framework, storage: createMemoryStorage(), clock: fixedClock('2026-03-02T14:00:00Z') });
  const handler = createFetchHandler(service, {
    basePath: '/api',
    authenticate: (request) => (request.headers.get('authorization') === 'Bearer admin' ? actors.admin : request.headers.get('authorization') === 'Bearer lead' ? actors.lead : null),
  });
  const local: typeof fetch = async (input, init) => handler(new Request(input, init));
  const admin = createRestClient({ baseUrl: 'https://worker.example/api', fetch: local, headers: { authorization: 'Bearer admin' } });
  const lead = createRestClient({ baseUrl: 'https://worker.example/api', fetch: local, headers: () => ({ authorization: 'Bearer lead' }) });
  const report = await admin.verifyAuditLog({});
  const refused = await lead.verifyAuditLog({}).then(
    () => null,
    (error: { code: string; messages: unknown }) => ({ code: error.code, messages: error.messages }),
  );
  const tooBig = await handler(new Request('https://worker.example/api/queries/verifyAuditLog', { method: 'POST', headers: { authorization: 'Bearer admin', 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) }));
  return { report, refused, tooBigStatus: tooBig.status, globals: { process: typeof (globalThis as Record<string, unknown>).process, Buffer: typeof (globalThis as Record<string, unknown>).Buffer } };
}
