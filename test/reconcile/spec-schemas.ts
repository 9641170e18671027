import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The spec's schemas and examples, copied (test/fixtures/reconciliation-api-0.2/README.md). */
export const SPEC_DIR = 'test/fixtures/reconciliation-api-0.2';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8')) as unknown;

/** The schema files a reconciliation answer is checked against, by what they validate. */
export type SpecSchema =
  | 'manifest'
  | 'reconciliation-query-batch'
  | 'reconciliation-result-batch'
  | 'suggest-entities-response'
  | 'suggest-properties-response'
  | 'suggest-types-response'
  | 'data-extension-property-proposal'
  | 'data-extension-query'
  | 'data-extension-response';

/**
 * An ajv 8 instance holding every schema of the spec, so that their `$ref`s between files resolve
 * (`type.json`, the Swagger schema for `authentication`). Their `$schema` (draft-04 era) is dropped,
 * as the spec's own test bench does.
 */
export function specValidator(): { validate(schema: SpecSchema, data: unknown): string[] } {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(SPEC_DIR, 'schemas'))) {
    const schema = readJson(join(SPEC_DIR, 'schemas', file)) as Record<string, unknown>;
    delete schema.$schema;
    ajv.addSchema(schema);
    ids.set(file.replace(/\.json$/u, ''), String(schema.$id));
  }
  const compiled = new Map<string, ValidateFunction>();
  return {
    validate(schema, data) {
      let validate = compiled.get(schema);
      if (!validate) {
        validate = ajv.getSchema(ids.get(schema)!)!;
        compiled.set(schema, validate);
      }
      return validate(data)
        ? []
        : (validate.errors ?? []).map(
            (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
          );
    },
  };
}

/** The spec's examples of one kind: `{ file, data }` for each valid and each invalid one. */
export function specExamples(kind: string): {
  valid: { file: string; data: unknown }[];
  invalid: { file: string; data: unknown }[];
} {
  const read = (which: 'valid' | 'invalid') => {
    const dir = join(SPEC_DIR, 'examples', kind, which);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      return [];
    }
    return files.sort().map((file) => ({ file, data: readJson(join(dir, file)) }));
  };
  return { valid: read('valid'), invalid: read('invalid') };
}
