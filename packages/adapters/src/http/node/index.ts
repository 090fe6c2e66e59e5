// @honoraria/adapters/http/node: serve the fetch handler with node:http.
export { serveNode, toNodeListener } from './node-bridge';
export type { NodeHttpServer, NodeListener, NodeListenerOptions, ServeNodeOptions } from './node-bridge';
