/**
 * The sentence around a span, for showing a slot where it stands: from the end of the
 * previous sentence to the end of this one, cut at `max` characters on each side.
 */
export interface SpanContext {
  before: string;
  span: string;
  after: string;
}

const SENTENCE_END = /[。！？；!?;\n]/;

export function sentenceAround(text: string, start: number, end: number, max = 40): SpanContext {
  let from = start;
  while (from > 0 && start - from < max && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < max && !SENTENCE_END.test(text[to]!)) to++;
  const cutAfter = to < text.length && to - end >= max;
  if (to < text.length && text[to] !== '\n' && !cutAfter) to++; // keep the sentence's own mark
  const cutBefore = from > 0 && start - from >= max;
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start).replace(/^[\s\u3000]+/, ''),
    span: text.slice(start, end),
    after: text.slice(end, to).replace(/[\s\u3000]+$/, '') + (cutAfter ? '…' : ''),
  };
}

/** The sentence as one line with the span marked: `完成投资【XX】亿元。` */
export function markSpan(c: SpanContext): string {
  return `${c.before}【${c.span}】${c.after}`.replace(/\s*\n\s*/g, ' ');
}
