// `npm start`: installs what is missing, then plays the main job (see README).
import { ensureInstalled, pnpm } from './bootstrap.mjs';

ensureInstalled();
process.exit(pnpm(['--filter', '@honoraria/example-seed-flow', 'run', 'start', '--', ...process.argv.slice(2)]));
