// The adapters' HTTP sources name the DOM's global ReadableStreamReadResult; without the DOM
// library (this example is Node code), take Node's own type of the same name.
type ReadableStreamReadResult<T> = import('node:stream/web').ReadableStreamReadResult<T>;
