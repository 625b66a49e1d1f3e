// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'tmp/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // tsconfig's strictest `noUncheckedIndexedAccess` types every indexed read as possibly
      // undefined; `!` marks the reads the code has just made sure of (a key taken from the same
      // map, an index inside the bounds it loops over). Banning it would add hundreds of checks
      // that cannot fail.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Counts and line numbers go into messages and URLs as numbers; anything else must be a string.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `{ id: _, ...rest }` drops a field; a leading underscore says a name is unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    // astro-eslint-parser takes `project`, not typescript-eslint's `projectService`.
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.astro'],
        projectService: false,
        project: true,
      },
    },
    rules: {
      // Type information for markup inside .astro templates is not available to typescript-eslint
      // (a `<li>` returned from `map` types as an error type), so these rules would flag every
      // loop that renders elements. `astro check` type-checks the templates instead.
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Test fakes stand in for async interfaces (fetching index files); an async function turns a
      // throw into a rejection as the real one does, even when it has nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
