/**
 * The analyses several rules of one check share, each computed once per check via ctx.memo.
 * One place for the memo keys, so two rules never compute the same thing under two names.
 * (traditional-char keeps its own, shared with typo, to avoid an import cycle.)
 */
import type { AnalysisContext as RuleContext } from './rule';
import { analyzeQuotes, QUOTE_PAIRING_CACHE } from '../analysis/quotes';
import { hanRunAfter, hanRunBefore, joinsIntoWord } from './cjk';
import { analyzeBrackets } from '../analysis/brackets';
import { analyzeFormulations } from '../analysis/formulations';
import { FORMULATION_LINE_CACHE } from '../analysis/formulation-scan';
import { findSlots, SLOT_LINE_CACHE } from '../analysis/slots';
import { DATE_LINE_CACHE, findDateMentions } from '../analysis/dates';
import { buildOutline, OUTLINE_LINE_CACHE } from '../analysis/outline';
import { findLostHeadingBreaks } from '../analysis/heading-breaks';
import { ANNOUNCEMENT_LINE_CACHE, findAnnouncements } from '../analysis/enumerations';
import { LINE_CACHE_SIZE } from '../util/bounded-cache';
import { bodyEnd } from '../analysis/body-end';

export const quotesOf = (ctx: RuleContext) =>
  ctx.memo('quotes', () => analyzeQuotes(ctx.doc, ctx.cache?.('quote-pairings', QUOTE_PAIRING_CACHE.entries, QUOTE_PAIRING_CACHE.chars)));

export const bracketsOf = (ctx: RuleContext) => ctx.memo('brackets', () => analyzeBrackets(ctx.doc));

export const formulationsOf = (ctx: RuleContext) =>
  ctx.memo('formulations', () =>
    analyzeFormulations(ctx.doc, ctx.config, ctx.segmenter ?? null, {
      quotes: quotesOf(ctx),
      brackets: bracketsOf(ctx),
      lineCache: ctx.cache?.('formulation-lines', FORMULATION_LINE_CACHE.entries, FORMULATION_LINE_CACHE.chars),
    }),
  );

export const slotsOf = (ctx: RuleContext) =>
  ctx.memo('slots', () => findSlots(ctx.doc, ctx.segmenter, ctx.cache?.('slot-lines', SLOT_LINE_CACHE.entries, SLOT_LINE_CACHE.chars)));

/** The draft's dates and, apart, the page stamps outside residue lines: one walk over the lines a check. */
const dateMentionsOf = (ctx: RuleContext) =>
  ctx.memo('dateMentions', () => findDateMentions(ctx.doc, ctx.cache?.('date-lines', DATE_LINE_CACHE.entries, DATE_LINE_CACHE.chars)));

export const datesOf = (ctx: RuleContext) => dateMentionsOf(ctx).dates;

export const stampDatesOf = (ctx: RuleContext) => dateMentionsOf(ctx).stamps;

export const outlineOf = (ctx: RuleContext) =>
  ctx.memo('outline', () => buildOutline(ctx.doc, ctx.cache?.('outline-lines', OUTLINE_LINE_CACHE.entries, OUTLINE_LINE_CACHE.chars)));

/**
 * A plain phrase set off from its paragraph by a space is a lost line break only when the
 * space falls between words: `是党和国 家发展进程中` cuts 国家 and is a stray space (cjk-space's).
 */
export const lostHeadingBreaksOf = (ctx: RuleContext) =>
  ctx.memo('lostHeadingBreaks', () => {
    // Where a site's span starts (`三、准备工作 全文约1221字,请下载后阅读`): what follows such a space is web-residue's, no paragraph.
    const spanStarts = new Set(ctx.doc.residue.spans.map((s) => `${s.line}:${ctx.doc.lines[s.line]!.start + s.start}`));
    return findLostHeadingBreaks(ctx.doc, ctx.cache?.('heading-break-lines', LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars)).filter(
      (b) =>
        (b.heading !== 'plain' || !ctx.segmenter || !joinsIntoWord(ctx.segmenter, hanRunBefore(ctx.text, b.start), hanRunAfter(ctx.text, b.end))) &&
        !spanStarts.has(`${b.line}:${b.end}`),
    );
  });

export const announcementsOf = (ctx: RuleContext) =>
  ctx.memo('announcements', () =>
    findAnnouncements(
      ctx.doc,
      outlineOf(ctx),
      ctx.cache?.('announcement-lines', ANNOUNCEMENT_LINE_CACHE.entries, ANNOUNCEMENT_LINE_CACHE.chars),
      () => bodyEndOf(ctx),
    ),
  );

/** Where the draft's text stops (its last line that is not residue) and whether it stops open. */
export const bodyEndOf = (ctx: RuleContext) => ctx.memo('bodyEnd', () => bodyEnd(ctx.doc));
