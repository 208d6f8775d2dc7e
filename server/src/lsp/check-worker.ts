/**
 * The worker thread's entry (bundled to dist/check-worker.js): checks, fix-alls and
 * reports of drafts too big to compute on the language server's own thread, which must
 * keep answering hover, code actions and the outline meanwhile (background.ts starts it).
 * It runs without a segmenter: only drafts past the segmentation limit come here.
 */
import { parentPort } from 'node:worker_threads';
import { SpeechDocument } from '../engine/analysis/document';
import { buildOutline } from '../engine/analysis/outline';
import { Engine, type RuleFailure } from '../engine/engine';
import { fixAllSync } from '../engine/fix/fix';
import { report } from '../engine/report/report';
import { summarizeFindings } from '../engine/summarize';
import type { WorkerReply, WorkerRequest } from './background';
import { WARM_UP_DRAFT } from './warm-up';
import { ageCaches } from '../engine/util/bounded-cache';

if (parentPort) {
  const port = parentPort;
  ageCaches();
  let failures: Array<{ rule: string; message: string; stack?: string }> = [];
  const engine = new Engine({
    onRuleError: ({ rule, error }: RuleFailure) => {
      failures.push({ rule, message: String((error as Error)?.message ?? error), ...((error as Error)?.stack ? { stack: (error as Error).stack } : {}) });
    },
  });
  // The rules' lazily built tables, before the first draft arrives.
  try {
    engine.checkSync(WARM_UP_DRAFT, { today: new Date(2024, 2, 15) }, 'off');
  } catch {
    // A failing rule is reported when a real draft is checked.
  }
  port.on('message', (request: WorkerRequest) => {
    failures = [];
    const started = performance.now();
    let reply: WorkerReply;
    try {
      if (request.kind === 'check') {
        // The outline first (a fraction of the check): the editor's outline view and folding
        // need not wait for the whole check, nor the server's thread build it.
        port.postMessage({ id: request.id, kind: 'outline', outline: buildOutline(new SpeechDocument(request.text)) } satisfies WorkerReply);
        const result = engine.checkSync(request.text, request.config, 'off');
        reply = {
          id: request.id,
          kind: 'check',
          // What the editor is shown (the first findings of each rule and a count of the
          // rest): on a 10 MB draft 4,000 of 64,000, which the server's thread need not hold.
          findings: summarizeFindings(result.findings, request.config.locale),
          formulations: result.analyses.formulations,
          outline: result.analyses.outline,
          failures,
          ms: performance.now() - started,
        };
      } else if (request.kind === 'fixAll') {
        const fixed = fixAllSync(request.text, request.config, { engine, ...(request.rules ? { rules: request.rules } : {}) }, 'off');
        reply = { id: request.id, kind: 'fixAll', text: fixed.text, edits: fixed.edits, failures, ms: performance.now() - started };
      } else {
        const r = report(engine.checkSync(request.text, request.config, 'off'));
        reply = { id: request.id, kind: 'report', report: r, failures, ms: performance.now() - started };
      }
    } catch (e) {
      reply = { id: request.id, kind: 'error', message: String((e as Error)?.stack ?? e) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ id: 0, kind: 'ready' } satisfies WorkerReply);
}
