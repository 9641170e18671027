import { describe, expect, it } from 'vitest';

import { ConfigError, loadConfig } from '../../src/config.js';

const refusal = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('configuration from the environment', () => {
  it('defaults everything for the embedded store', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.store.kind).toBe('kuzu');
    expect(config.limits.maxPageSize).toBe(100);
  });

  it.each(['abc', '0x10', '1e3', '0b1', '12.5', '-1', '70000'])(
    'refuses PORT=%s naming the variable',
    (value) => {
      expect(refusal({ PORT: value })).toMatch(/PORT must be a whole number from 0 to 65535/);
    },
  );

  it('accepts a plain decimal number, spaces around it aside', () => {
    expect(loadConfig({ PORT: ' 8080 ' }).port).toBe(8080);
  });

  it('refuses a page cap below the largest default page size, which would break argument-free queries', () => {
    expect(refusal({ MAX_PAGE_SIZE: '20' })).toMatch(/MAX_PAGE_SIZE must be a whole number from 50/);
    expect(loadConfig({ MAX_PAGE_SIZE: '50' }).limits.maxPageSize).toBe(50);
  });
});
