// @honoraria/adapters: the root entry holds what every runtime can load; each backend has its own subpath.
export { createConsoleNotifier } from './notifiers/console-notifier';
export type { ConsoleNotifierOptions } from './notifiers/console-notifier';
