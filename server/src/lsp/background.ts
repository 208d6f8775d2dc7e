/**
 * Checks (and fix-alls, reports) of big drafts in a worker thread, so that the language
 * server's own thread keeps answering while one runs: a 1 MB draft costs seconds, a 10 MB
 * one tens of seconds. One worker, one job at a time, the rest queued in order. A job is
 * cancelled by ending the worker (the check is one synchronous run that cannot be
 * interrupted); the next job starts a fresh one. An idle worker ends after a while, giving
 * its memory back. A worker that dies (out of memory, a crash) fails its job, not the server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { NormalizedConfig } from '../engine/model/config';
import type { FormulationUse } from '../engine/analysis/formulations';
import type { OutlineItem } from '../engine/analysis/outline';
import type { ConsistencyReport } from '../engine/report/report';
import type { Finding, RuleId, TextEdit } from '../engine/model/types';

/** The worker entry's file name, beside the server's bundle. */
export const WORKER_SCRIPT = 'check-worker.js';

/** A rule that threw in the worker: skipped there for that check, as on the server's thread. */
export interface WorkerFailure {
  rule: string;
  message: string;
  stack?: string;
}

export type WorkerRequest =
  | { id: number; kind: 'check'; text: string; config: NormalizedConfig }
  | { id: number; kind: 'fixAll'; text: string; config: NormalizedConfig; rules?: RuleId[] }
  | { id: number; kind: 'report'; text: string; config: NormalizedConfig };

export type WorkerReply =
  | { id: 0; kind: 'ready' }
  /** Sent ahead of a check's result: the draft's outline. */
  | { id: number; kind: 'outline'; outline: OutlineItem[] }
  | {
      id: number;
      kind: 'check';
      /** Summarised as shown (summarize.ts): the rest of a rule's findings past the limit are a count. */
      findings: Finding[];
      formulations: FormulationUse[];
      outline: OutlineItem[];
      failures: WorkerFailure[];
      ms: number;
    }
  | { id: number; kind: 'fixAll'; text: string; edits: TextEdit[]; failures: WorkerFailure[]; ms: number }
  | { id: number; kind: 'report'; report: ConsistencyReport; failures: WorkerFailure[]; ms: number }
  | { id: number; kind: 'error'; message: string };

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type ReplyTo<K extends Request['kind']> = Extract<WorkerReply, { kind: K }>;
/** A reply that comes ahead of a job's result. */
export type PartialReply = Extract<WorkerReply, { kind: 'outline' }>;

/** A job ended before its result: superseded by a newer one, or its document closed. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'JobCancelled';
  }
}

export interface Job<R> {
  readonly promise: Promise<R>;
  /** When the worker started on it (undefined while queued). */
  readonly startedAt: number | undefined;
  /** Ends it (its promise rejects with JobCancelled); a running job ends its worker. */
  cancel(): void;
}

interface Entry {
  readonly id: number;
  /**
   * What the worker is sent; dropped once sent or ended (it holds the draft, and a superseded
   * job is referenced until the chain of checks that replaced it settles).
   */
  request: WorkerRequest | undefined;
  partial?: (reply: PartialReply) => void;
  resolve(reply: WorkerReply): void;
  reject(e: unknown): void;
  startedAt: number | undefined;
  done: boolean;
}

export interface BackgroundOptions {
  /** An idle worker ends after this long (its heap is given back). */
  idleMs?: number;
  /** Heap limit of the worker (old generation), in MB. */
  maxHeapMb?: number;
}

/** A job's entry and its promise, made where nothing else is in scope. */
function newEntry(request: WorkerRequest, partial: ((reply: PartialReply) => void) | undefined): { entry: Entry; promise: Promise<WorkerReply> } {
  let resolve!: (reply: WorkerReply) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<WorkerReply>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const entry: Entry = { id: request.id, request, resolve, reject, startedAt: undefined, done: false, ...(partial ? { partial } : {}) };
  return { entry, promise };
}

export class BackgroundChecks {
  private worker: Worker | undefined;
  private readonly queue: Entry[] = [];
  private running: Entry | undefined;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private spawnedAt = 0;
  /** What starting a worker cost last time (spawn to ready), in ms: what a cancellation costs. */
  startupMs = 300;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
    private readonly options: BackgroundOptions = {},
  ) {}

  /** The worker script beside `dir` (the server bundle's folder), if it was built. */
  static scriptIn(dir: string): string | undefined {
    const file = path.join(dir, WORKER_SCRIPT);
    return fs.existsSync(file) ? file : undefined;
  }

  /** Queues a job; `partial` gets what the worker sends ahead of the result (a check's outline). */
  run<K extends Request['kind']>(request: Extract<Request, { kind: K }>, partial?: (reply: PartialReply) => void): Job<ReplyTo<K>> {
    // No closure here may refer to `request`: it would keep the draft alive as long as the job
    // (its `cancel`, `startedAt`) is referenced, i.e. until the checks that superseded it settle.
    const { entry, promise } = newEntry({ ...request, id: this.nextId++ } as WorkerRequest, partial);
    this.queue.push(entry);
    this.pump();
    return {
      promise: promise as Promise<ReplyTo<K>>,
      get startedAt() {
        return entry.startedAt;
      },
      cancel: () => this.cancel(entry),
    };
  }

  /** Ends the worker and every job (the server is shutting down). */
  dispose(): void {
    for (const e of [...this.queue, ...(this.running ? [this.running] : [])]) this.finish(e, undefined, new JobCancelled());
    this.queue.length = 0;
    this.stopWorker();
  }

  private cancel(entry: Entry): void {
    if (entry.done) return;
    const queued = this.queue.indexOf(entry);
    if (queued >= 0) this.queue.splice(queued, 1);
    this.finish(entry, undefined, new JobCancelled());
    if (this.running === entry) {
      // Its check cannot be interrupted: end the worker; the next job starts another.
      this.running = undefined;
      this.stopWorker();
      this.pump();
    }
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const entry = this.queue.shift()!;
    this.running = entry;
    entry.startedAt = Date.now();
    this.ensureWorker().postMessage(entry.request);
    // The worker has its copy now.
    entry.request = undefined;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    this.spawnedAt = Date.now();
    const worker = new Worker(this.script, {
      ...(this.options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } } : {}),
      // The server's own flags (its heap cap) are not the worker's.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    worker.on('message', (reply: WorkerReply) => {
      if (worker !== this.worker) return;
      if (reply.kind === 'ready') {
        this.startupMs = Date.now() - this.spawnedAt;
        return;
      }
      const entry = this.running;
      if (!entry || entry.id !== reply.id) return;
      if (reply.kind === 'outline') {
        entry.partial?.(reply);
        return;
      }
      this.running = undefined;
      if (reply.kind === 'error') this.finish(entry, undefined, new Error(reply.message));
      else this.finish(entry, reply);
      this.pump();
      this.idleSoon();
    });
    const died = (why: string) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      const entry = this.running;
      this.running = undefined;
      this.log(`Check worker ended: ${why}`);
      if (entry) this.finish(entry, undefined, new Error(`the check worker ended: ${why}`));
      this.pump();
    };
    worker.on('error', (e) => died(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => died(`exit code ${code}`));
    // A waiting worker does not keep the server alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (w) void w.terminate();
  }

  private idleSoon(): void {
    if (this.running || this.queue.length > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (!this.running && this.queue.length === 0) this.stopWorker();
    }, this.options.idleMs ?? 60_000);
    this.idleTimer.unref();
  }

  private finish(entry: Entry, reply: WorkerReply | undefined, error?: unknown): void {
    if (entry.done) return;
    entry.done = true;
    entry.request = undefined;
    if (error !== undefined) entry.reject(error);
    else entry.resolve(reply!);
  }
}
