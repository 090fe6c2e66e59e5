// The names a ```ts fragment block of the documentation may use without declaring them: each
// stands for something an earlier block or the surrounding text built. Fragments are only
// type-checked, never run, so these are declarations without values.
import type { Framework, HonorariaClient, Honoraria, StorageAdapter } from '@honoraria/core';

/** A validated framework (see docs/framework-configuration.md). */
export declare const framework: Framework;
/** A storage adapter. */
export declare const storage: StorageAdapter;
/** The workflow service. */
export declare const service: Honoraria;
/** The service as one actor. */
export declare const client: HonorariaClient;
/** The workflow service, as the workflow guide names it. */
export declare const honoraria: Honoraria;
/** The service as a partner. */
export declare const partner: HonorariaClient;
/** A mandate's id. */
export declare const mandateId: string;
/** The version a command expects (optimistic concurrency). */
export declare const expectedVersion: number;
