/** Process entry of the CLI: runs `main` on the real arguments and streams. */
import { processIo } from './io.ts';
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), processIo, process.env);
