import 'reflect-metadata';

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { printSchemaFile } from './print-schema.js';

/** `npm run emit-schema`: writes schema/schema.graphql from the code-first schema. */
const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
await writeFile(target, await printSchemaFile());
console.log(`wrote ${target}`);
