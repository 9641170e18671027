import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'web/dist/',
      'data/',
      'tmp/',
      '**/generated/**',
      'neo4j-local/target/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // DataLoaders are created per request, only in src/loaders (one loader shared across requests leaks data).
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/loaders/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='DataLoader']",
          message: 'Create DataLoaders only in src/loaders/ (one set per request).',
        },
      ],
    },
  },
);
