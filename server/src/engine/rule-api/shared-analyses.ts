/**
 * The analyses several rules of one check share, each computed once per check via ctx.memo.
 * One place for the memo keys, so two rules never compute the same thing under two names.
 * (traditional-char keeps its own, shared with typo, to avoid an import cycle.)
 */
import type { AnalysisContext as RuleContext } from './rule';
import { analyzeQuotes } from '../analysis/quotes';
import { analyzeBrackets } from '../analysis/brackets';
import { analyzeFormulations } from '../analysis/formulations';
import { findSlots } from '../analysis/slots';
import { findDates } from '../analysis/dates';
import { buildOutline } from '../analysis/outline';
import { findLostHeadingBreaks } from '../analysis/heading-breaks';

export const quotesOf = (ctx: RuleContext) => ctx.memo('quotes', () => analyzeQuotes(ctx.doc));

export const bracketsOf = (ctx: RuleContext) => ctx.memo('brackets', () => analyzeBrackets(ctx.doc));

export const formulationsOf = (ctx: RuleContext) =>
  ctx.memo('formulations', () =>
    analyzeFormulations(ctx.doc, ctx.config, ctx.segmenter ?? null, { quotes: quotesOf(ctx), brackets: bracketsOf(ctx) }),
  );

export const slotsOf = (ctx: RuleContext) => ctx.memo('slots', () => findSlots(ctx.doc, ctx.segmenter));

export const datesOf = (ctx: RuleContext) => ctx.memo('dates', () => findDates(ctx.doc));

export const outlineOf = (ctx: RuleContext) => ctx.memo('outline', () => buildOutline(ctx.doc));

export const lostHeadingBreaksOf = (ctx: RuleContext) => ctx.memo('lostHeadingBreaks', () => findLostHeadingBreaks(ctx.doc));
