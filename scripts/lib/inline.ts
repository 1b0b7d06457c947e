/**
 * Text that remembers, per character, whether the source emphasised it and which
 * source line it came from; joining and splitting keep both.
 */
export interface Inline {
  text: string;
  /** 1 where the source marked emphasis (`**…**`, `` `…` ``). */
  emphasis: Uint8Array;
  /** Source line (1-based) of each character. */
  lines: Int32Array;
}

export function inline(text: string, emphasis: ArrayLike<number>, lines: ArrayLike<number>): Inline {
  return { text, emphasis: Uint8Array.from(emphasis), lines: Int32Array.from(lines) };
}

export function concatInline(a: Inline, b: Inline): Inline {
  const emphasis = new Uint8Array(a.text.length + b.text.length);
  emphasis.set(a.emphasis);
  emphasis.set(b.emphasis, a.text.length);
  const lines = new Int32Array(a.text.length + b.text.length);
  lines.set(a.lines);
  lines.set(b.lines, a.text.length);
  return { text: a.text + b.text, emphasis, lines };
}

export function sliceInline(a: Inline, start: number, end = a.text.length): Inline {
  return { text: a.text.slice(start, end), emphasis: a.emphasis.slice(start, end), lines: a.lines.slice(start, end) };
}

/** Emphasis as [start, end) ranges. */
export function emphasisSpans(a: Inline): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < a.emphasis.length; i++) {
    if (!a.emphasis[i]) continue;
    let j = i;
    while (j < a.emphasis.length && a.emphasis[j]) j++;
    spans.push([i, j]);
    i = j;
  }
  return spans;
}

export const firstLine = (a: Inline): number => a.lines[0] ?? 1;
export const lastLine = (a: Inline): number => a.lines[a.lines.length - 1] ?? 1;
