/**
 * Where a report's untouched source is published. A saved web page is served as text
 * (`<id>.html.txt`): opened from the atlas's own origin it must never run its scripts. The
 * download keeps its real name.
 */
export function sourcePath(source: string): string {
  return `/sources/${/\.html?$/i.test(source) ? `${source}.txt` : source}`;
}

export function sourceContentType(path: string): string {
  return path.endsWith('.pdf') ? 'application/pdf' : 'text/plain; charset=utf-8';
}
