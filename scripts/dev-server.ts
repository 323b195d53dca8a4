// Runs the CLI's `serve` from source, for `npm run dev` (tsx restarts it when a file changes).
import { main } from '../src/cli/main.js';

process.exitCode = await main(['serve', ...process.argv.slice(2)]);
