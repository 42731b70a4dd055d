#!/usr/bin/env node
// `npx factdesk`: runs the bundled CLI. `npm install` builds it (the `prepare` script).
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('Factdesk is not built yet. Run `npm run build` in the project folder first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
