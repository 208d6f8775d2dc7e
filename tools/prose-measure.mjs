// Bundles tools/prose-measure.ts and runs it (see run-ts.mjs).
import { runTs } from './run-ts.mjs';

process.exit(await runTs('prose-measure', process.argv.slice(2)));
