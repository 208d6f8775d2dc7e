/**
 * Lint: typescript-eslint's recommended rules, and the layers of the code, enforced:
 * - server/src/engine/ is a pure engine: nothing from VS Code, the language server or the CLI;
 * - the engine's layers (ENGINE_LAYERS below): util/ → model/ → analysis/ → rule-api/ →
 *   rules/ → core → fix/ → report/, each importing only its own folder and those below it;
 *   a rule imports no other rule, analysis/ no rule and no rule API;
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
 * The engine's layers, lowest first (README, "Layout"): util/ → model/ → analysis/ →
 * rule-api/ → rules/ → the core at the engine's root (engine, run-rules, analyses, check) →
 * fix/ → report/. A file imports its own folder and the layers below it, never above; a rule
 * imports no other rule; analysis/ imports nothing of rules. `allowed` lists, for each
 * folder, the relative imports it may make (gitignore patterns, as no-restricted-imports
 * reads them); anything else relative is an error.
 */
const DATA = ['../data/*'];
/** The core's files, as fix/ and report/ name them. */
const CORE = ['../engine', '../check', '../analyses', '../run-rules', '../summarize', '../diagnostics'];
/** `!dir` and `!dir/*`: gitignore cannot re-include a file whose folder stays excluded. */
const negate = (a) => (a.startsWith('!') ? [a.slice(1)] : a.endsWith('/*') ? [`!${a.slice(0, -2)}`, `!${a}`] : [`!${a}`]);
const ENGINE_LAYERS = [
  { files: ['server/src/engine/util/*.ts'], allowed: ['./*'], message: 'util/ is the lowest layer: it imports nothing else of the engine.' },
  {
    files: ['server/src/engine/model/*.ts'],
    allowed: ['./*', '../util/*', ...DATA],
    // `RuleId` is derived from the registry: a type, erased by the build.
    allowTypeImports: true,
    message: 'model/ imports only util/ and data/ (types may name what is above).',
  },
  {
    files: ['server/src/engine/analysis/*.ts'],
    allowed: ['./*', '../util/*', '../model/*', ...DATA],
    message: 'analysis/ imports only model/, util/ and data/: no rule, no rule API, no engine core.',
  },
  {
    files: ['server/src/engine/rule-api/*.ts'],
    allowed: ['./*', '../util/*', '../model/*', '../analysis/*', ...DATA],
    message: 'rule-api/ sits below the rules: it imports analysis/, model/, util/ and data/, never a rule.',
  },
  {
    files: ['server/src/engine/rules/*.ts'],
    ignores: ['server/src/engine/rules/index.ts'],
    allowed: ['../rule-api/*', '../analysis/*', '../model/*', '../util/*', ...DATA],
    message: 'A rule imports the rule API, analysis/, model/, util/ and data/ only: never another rule (what rules share goes to rule-api/ or analysis/).',
  },
  {
    files: ['server/src/engine/rules/index.ts'],
    allowed: ['./*', '../rule-api/*', '../model/*'],
    message: 'The registry lists the rules: it imports them and the rule API only.',
  },
  {
    files: ['server/src/engine/*.ts'],
    ignores: ['server/src/engine/index.ts'],
    allowed: ['./*', './util/*', './model/*', './analysis/*', './rule-api/*', './rules', './rules/index', './data/*'],
    forbid: ['./rules/*', '!./rules/index', './fix', './fix/*', './report', './report/*'],
    message: 'The core (engine, run-rules, analyses, check) runs the rules: it imports the layers below it, never fix/ or report/, and a rule only through the registry.',
  },
  {
    files: ['server/src/engine/fix/*.ts'],
    allowed: ['./*', ...CORE, '../util/*', '../model/*'],
    message: 'fix/ builds on the core, model/ and util/: not on report/ or the rules themselves.',
  },
  {
    files: ['server/src/engine/report/*.ts'],
    allowed: ['./*', ...CORE, '../util/*', '../model/*', '../analysis/*', '../rules', '../rules/index'],
    forbid: ['../rules/*', '!../rules/index'],
    message: "report/ reads the core's results and analyses: it imports no rule file and nothing of fix/.",
  },
];

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
  ...ENGINE_LAYERS.map(({ files, ignores, allowed, forbid, message, allowTypeImports }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            EDITOR_IMPORTS,
            ADAPTER_IMPORTS,
            { group: ['./*', '../*', ...allowed.flatMap(negate)], message, ...(allowTypeImports ? { allowTypeImports } : {}) },
            // Inside an allowed folder, what stays out (an allowed `./rules` would let in every rule file).
            ...(forbid ? [{ group: forbid, message }] : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['tests/**', 'tools/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
);
