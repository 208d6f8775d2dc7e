/**
 * The analyses of one check — document, quotes, formulations, slots, dates, outline,
 * announcements — computed once, by the rule that first asks or by an adapter afterwards,
 * always with the check's own configuration and segmenter. The report, hover and document
 * symbols read them from the check result, so what they show is what the rules saw.
 */
import type { NormalizedConfig } from './model/config';
import type { SpeechDocument } from './analysis/document';
import type { Announcement } from './analysis/enumerations';
import type { FormulationUse } from './analysis/formulations';
import type { AnalysisContext } from './rule-api/rule';
import type { CacheProvider } from './run-rules';
import type { Segmenter } from './analysis/segment';
import { announcementsOf, datesOf, formulationsOf, outlineOf, slotsOf } from './rule-api/shared-analyses';
import type { DateMention } from './analysis/dates';
import type { OutlineItem } from './analysis/outline';
import type { Slot } from './analysis/slots';

export class Analyses implements AnalysisContext {
  readonly text: string;

  constructor(
    readonly doc: SpeechDocument,
    readonly config: NormalizedConfig,
    readonly segmenter: Segmenter | undefined,
    /** The engine's caches that outlive the check (line-by-line analyses), if any. */
    readonly cache?: CacheProvider,
    private readonly memos: Map<string, unknown> = new Map(),
  ) {
    this.text = doc.text;
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  get formulations(): FormulationUse[] {
    return formulationsOf(this);
  }

  get slots(): Slot[] {
    return slotsOf(this);
  }

  get dates(): DateMention[] {
    return datesOf(this);
  }

  get outline(): OutlineItem[] {
    return outlineOf(this);
  }

  /** Announced counts (`讲三点意见`) against what follows; enum-count's memo key. */
  get announcements(): Announcement[] {
    return announcementsOf(this);
  }
}
