import { IngestError, fail, type Issue } from '../issues.ts';
import type { Removal } from '../../../src/schemas/report.ts';

export interface DecodedText {
  file: string;
  /** Text with `\n` line ends and no byte-order mark. */
  text: string;
  encoding: 'utf-8' | 'gb18030';
  removals: Removal[];
  warnings: Issue[];
  /** For a text read out of a PDF: the page each line (paragraph) starts on. */
  pages?: number[];
  /** For a text read out of a web page: the HTML line each line (block) starts on. */
  sourceLines?: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Bytes to text: UTF-8 with or without BOM, else GB18030; CRLF and CR become LF.
 * Empty, binary and mixed-encoding input are errors that name the line.
 */
export function decode(bytes: Uint8Array, file: string): DecodedText {
  const removals: Removal[] = [];
  const warnings: Issue[] = [];
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    body = body.subarray(3);
    removals.push({ line: 1, column: 1, text: '\uFEFF', reason: 'byte-order-mark' });
  }
  const nul = body.indexOf(0);
  if (nul !== -1) fail(file, 'BINARY_INPUT', lineAt(body, nul), 'binary data (a NUL byte): expected a plain-text report');

  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    text = utf8.decode(body);
  } catch {
    text = decodeLegacy(body, file);
    encoding = 'gb18030';
    warnings.push({ code: 'DECODED_GB18030', severity: 'warning', line: 1, message: 'not valid UTF-8; decoded as GB18030' });
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') fail(file, 'EMPTY_INPUT', 1, 'the file is empty or holds only whitespace');
  const control = /[\u0000-\u0008\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    fail(file, 'BINARY_INPUT', text.slice(0, control.index).split('\n').length,
      `control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}: expected a plain-text report`);
  }
  return { file, text, encoding, removals, warnings };
}

/**
 * GB18030 decodes almost any byte string, so first make sure the file is not UTF-8 lines
 * mixed with GB18030 lines: that would silently turn half the report into mojibake.
 */
function decodeLegacy(body: Uint8Array, file: string): string {
  const lines = splitLines(body);
  let utf8NonAscii = 0;
  let firstInvalid = -1;
  lines.forEach((line, i) => {
    if (line.every((b) => b < 0x80)) return;
    try {
      utf8.decode(line);
      utf8NonAscii++;
    } catch {
      if (firstInvalid === -1) firstInvalid = i + 1;
    }
  });
  if (utf8NonAscii > 0 && firstInvalid !== -1) {
    fail(file, 'MIXED_ENCODING', firstInvalid,
      `this line is not UTF-8 although ${utf8NonAscii} other line(s) are: save the whole file as UTF-8`);
  }
  try {
    return gb18030.decode(body);
  } catch {
    throw new IngestError(file, [{ code: 'BINARY_INPUT', severity: 'error', line: firstInvalid === -1 ? 1 : firstInvalid,
      message: 'neither UTF-8 nor GB18030 text' }]);
  }
}

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
