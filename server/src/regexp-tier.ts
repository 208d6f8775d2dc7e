/**
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
 * machine code at the second (Node 20's regexp tier-up), so every expression is compiled
 * twice. The engine holds hundreds (web-residue.json alone has 326, each tried on every short
 * line), and a cold check spent tens of ms on those compilations: on a 4-line draft the
 * residue test of its 9 lines took 57 ms. Compiled once, straight to machine code, the 326
 * cost a third of what the two tiers cost. The command (cli-loader.ts) and the language server
 * (lsp/main.ts) set this before anything runs; it is process-wide, so worker threads share it.
 */
import * as v8 from 'node:v8';

export function compileRegexpsOnce(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
}
