// Bundles tools/publish-measure.ts and runs it (see run-ts.mjs).
import { runTs } from './run-ts.mjs';

process.exit(await runTs('publish-measure', process.argv.slice(2)));
