/**
 * A large text file as a stream of pieces, so an endpoint at national scale (540,000 records)
 * never builds one string of hundreds of megabytes (V8 caps a string near 512 M characters).
 */
export function streamBody(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = it.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** The same text as JSON.stringify(list, null, 1) + '\n', produced a few records at a time. */
export function* jsonArrayPieces(list: readonly unknown[], per = 1000): Generator<string> {
  if (list.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < list.length; i += per) {
    const part = list.slice(i, i + per).map((item) => ` ${JSON.stringify(item, null, 1).replace(/\n/g, '\n ')}`);
    yield `${i === 0 ? '[\n' : ',\n'}${part.join(',\n')}`;
  }
  yield '\n]\n';
}
