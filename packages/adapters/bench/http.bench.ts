// HTTP overhead: the same calls in process, through the fetch handler alone, and through the REST
// client over a real node:http server on 127.0.0.1 (keep-alive). Run: pnpm exec vitest bench --run --project adapters bench/http
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { actors, createWorld } from '../../core/test/workflow/fixtures';
import { createRestClient, createRestClientFor } from '../src/http/client/rest-client';
import { createFetchHandler } from '../src/http/fetch-handler';
import { serveNode } from '../src/http/node/node-bridge';
import type { NodeHttpServer } from '../src/http/node/node-bridge';
import { probeActor, probeService } from '../test/http/http-fixture';

type ProbeClient = Record<string, (input?: unknown) => Promise<unknown>>;

const world = createWorld();
const probe = probeService();
const authenticate = (request: Request) => (request.headers.get('authorization') === 'Bearer admin' ? actors.admin : request.headers.get('authorization') === 'Bearer probe' ? probeActor : null);
const handler = createFetchHandler(world.service, { authenticate });
const probeHandler = createFetchHandler(probe, { authenticate });
let server: NodeHttpServer;
let probeServer: NodeHttpServer;
let rest: ReturnType<typeof createRestClient>;
let probeRest: ProbeClient;
const local = world.service.as(actors.admin);
const payload = { rows: Array.from({ length: 100 }, (_, i) => ({ id: `pr_${i}`, partner: 'Zoé Tremblay', minutes: 90, amountCents: 3750 })) };

beforeAll(async () => {
  server = await serveNode(handler);
  probeServer = await serveNode(probeHandler);
  rest = createRestClient({ baseUrl: server.url, headers: { authorization: 'Bearer admin' } });
  probeRest = createRestClientFor<ProbeClient>(probe.operations, { baseUrl: probeServer.url, headers: { authorization: 'Bearer probe' } });
});
afterAll(async () => {
  await server.close();
  await probeServer.close();
});

describe('verifyAuditLog (empty log): HTTP overhead of one query', () => {
  bench('in process: service.as(actor)', async () => {
    await local.verifyAuditLog({});
  });
  bench('fetch handler alone (no socket)', async () => {
    const response = await handler(new Request('http://local/queries/verifyAuditLog', { method: 'POST', headers: { authorization: 'Bearer admin', 'content-type': 'application/json' }, body: '{}' }));
    await response.text();
  });
  bench('REST client over 127.0.0.1', async () => {
    await rest.verifyAuditLog({});
  });
});

describe('payloads over 127.0.0.1', () => {
  bench('echo 100 rows (~8 KB JSON each way)', async () => {
    await probeRest.echo!(payload);
  });
  bench('1 MB document (base64 in JSON)', async () => {
    await probeRest.document!({ size: 1024 * 1024 });
  });
});
