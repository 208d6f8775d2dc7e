/**
 * A regular expression that matches any one of `chars` (each a single UTF-16 unit), each written
 * as a `\uXXXX` escape so that marks like `[`, `]`, `"` and `'` need no escaping of their own.
 * Quotation marks and brackets find their marks in one pass over a draft with it.
 */
export function anyCharRe(chars: readonly string[], flags = ''): RegExp {
  return new RegExp(`[${chars.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, flags);
}

/** The last character of `s` that `trimEnd` keeps ('' for a blank one), found without a trimmed copy. */
export function lastNonSpace(s: string): string {
  for (let k = s.length - 1; k >= 0; k--) if (!/\s/.test(s[k]!)) return s[k]!;
  return '';
}
