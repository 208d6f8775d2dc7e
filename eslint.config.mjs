/**
 * Lint: typescript-eslint's recommended rules, and the layers of the code, enforced:
 * - server/src/engine/ is a pure engine: nothing from VS Code, the language server or the CLI;
 * - a rule (server/src/engine/rules/<rule-id>.ts) imports no other rule: what rules share
 *   lives outside rules/ or in rules/shared-analyses.ts;
 * - no import cycles anywhere (local/no-import-cycle, below).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import tseslint from 'typescript-eslint';

const EDITOR_IMPORTS = {
  group: ['vscode', 'vscode-*', 'vscode-languageserver/*', 'vscode-languageclient/*'],
  message: 'The engine knows nothing of editors: convert in server/src/lsp/ or client/src/.',
};
const ADAPTER_IMPORTS = {
  group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/client/**', '**/protocol'],
  message: 'The engine imports no adapter (lsp/, cli/, client/, protocol): adapters import the engine.',
};

/**
 * Relative imports of a file that stay in the bundle, resolved to files. `import type` is
 * erased by the build, so a cycle through it cannot leave a module half-initialised.
 */
const importsOf = new Map();
const IMPORT_RE = /(?:^|[;\n])\s*(?:import|export)\s(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.[^'"]+)['"]|require\(\s*['"](\.[^'"]+)['"]\s*\)/g;
function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.mjs`, `${base}.js`, path.join(base, 'index.ts')]) {
    if (/\.(ts|mjs|js)$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
function depsOf(file) {
  let deps = importsOf.get(file);
  if (deps) return deps;
  deps = [];
  importsOf.set(file, deps);
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return deps;
  }
  for (const m of text.matchAll(IMPORT_RE)) {
    const target = resolve(file, m[1] ?? m[2]);
    if (target && !deps.includes(target)) deps.push(target);
  }
  return deps;
}
/** A path of imports from `start` back to itself, or undefined. */
function cycleFrom(start) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length) {
    const [file, trail] = stack.pop();
    for (const dep of depsOf(file)) {
      if (dep === start) return [...trail, start];
      if (seen.has(dep)) continue;
      seen.add(dep);
      stack.push([dep, [...trail, dep]]);
    }
  }
  return undefined;
}

const local = {
  rules: {
    'no-import-cycle': {
      meta: { type: 'problem', docs: { description: 'no module imports itself through others' }, schema: [] },
      create(context) {
        return {
          Program(node) {
            const file = path.resolve(context.filename);
            // Sources change between runs of a watching editor; a lint run reads each once.
            importsOf.delete(file);
            const cycle = cycleFrom(file);
            if (!cycle) return;
            const rel = cycle.map((f) => path.relative(process.cwd(), f)).join(' → ');
            context.report({ node, message: `Import cycle: ${rel}` });
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'tests/e2e/**', 'media/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { local },
    rules: {
      'local/no-import-cycle': 'error',
      // tsc's noUnusedLocals/noUnusedParameters say it already; `_name` marks a parameter kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [EDITOR_IMPORTS, ADAPTER_IMPORTS] }] },
  },
  {
    files: ['server/src/engine/rules/*.ts'],
    ignores: ['server/src/engine/rules/index.ts', 'server/src/engine/rules/shared-analyses.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            EDITOR_IMPORTS,
            ADAPTER_IMPORTS,
            { group: ['./*', '!./shared-analyses'], message: 'A rule imports no other rule: move what they share out of rules/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'tools/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
