// A Node application importing every Node-side entry of the packages, typechecked against their
// sources with `lib: ["ES2023"]` and Node's types only: no DOM type may leak into Node code.
// (`@honoraria/adapters/indexeddb` and `@honoraria/forms` are browser-side and not imported.)
import * as adapters from '@honoraria/adapters';
import * as http from '@honoraria/adapters/http';
import * as httpClient from '@honoraria/adapters/http/client';
import * as httpNode from '@honoraria/adapters/http/node';
import * as smtp from '@honoraria/adapters/smtp';
import * as sql from '@honoraria/adapters/sql';
import * as pglite from '@honoraria/adapters/sql/pglite';
import * as postgres from '@honoraria/adapters/sql/postgres';
import * as testing from '@honoraria/adapters/testing';
import * as core from '@honoraria/core';
import * as machines from '@honoraria/core/machines';
import * as schemas from '@honoraria/core/schemas';
import * as storage from '@honoraria/core/storage';
import * as pdf from '@honoraria/pdf';

export const entries = { adapters, http, httpClient, httpNode, smtp, sql, pglite, postgres, testing, core, machines, schemas, storage, pdf };

// The application path of the getting-started guide, as a Node program writes it.
const service = core.createHonoraria({ framework: core.defineFramework({} as core.FrameworkInput), storage: storage.createMemoryStorage() });
export const handler = http.createFetchHandler(service, { authenticate: async () => ({ id: 'u_1', roles: ['admin'] }) });
export const client: core.HonorariaClient = httpClient.createRestClient({ baseUrl: 'https://partners.example.org/api/honoraria' });
