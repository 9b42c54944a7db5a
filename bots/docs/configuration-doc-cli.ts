/** `npm run docs:config`: writes docs/configuration.md from the settings schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configurationDoc } from './configuration-doc';

const out = path.join(__dirname, '..', '..', 'docs', 'configuration.md');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, configurationDoc());
process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
