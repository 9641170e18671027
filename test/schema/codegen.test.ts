import { readFileSync } from 'node:fs';

import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';

describe('GraphQL Code Generator output (schema/generated)', () => {
  it('is up to date with schema/schema.graphql and schema/operations (run `npm run codegen`)', async () => {
    const outputs = (await generate(
      {
        schema: 'schema/schema.graphql',
        emitLegacyCommonJSImports: false,
        documents: 'schema/operations/*.graphql',
        generates: {
          'schema/generated/': {
            preset: 'client',
            presetConfig: { fragmentMasking: false },
            config: { enumsAsTypes: true, useTypeImports: true },
          },
        },
        silent: true,
      },
      false,
    )) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
