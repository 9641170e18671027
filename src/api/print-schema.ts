import { lexicographicSortSchema, printSchema } from 'graphql';

import { getSchema } from './build-schema.js';

const BANNER = '# THIS FILE IS GENERATED from src/api by `npm run emit-schema`. DO NOT EDIT.\n\n';

/** The SDL as it is checked in: sorted, so a change to the API reads as a small diff. */
export async function printSchemaFile(): Promise<string> {
  return BANNER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
