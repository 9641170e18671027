import { readFileSync } from 'node:fs';

import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe('GraphQL Code Generator output (codegen.yml: schema/generated, web/explore/generated)', () => {
  it('is up to date with schema/schema.graphql and the operations (run `npm run codegen`)', async () => {
    const config = parse(readFileSync('codegen.yml', 'utf8')) as CodegenConfig;
    const outputs = (await generate({ ...config, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    const targets = Object.keys(config.generates);
    expect(outputs.length).toBeGreaterThanOrEqual(targets.length);
    for (const target of targets)
      expect(
        outputs.some((o) => o.filename.startsWith(target)),
        target,
      ).toBe(true);
    for (const output of outputs) {
      expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
    }
  });
});
