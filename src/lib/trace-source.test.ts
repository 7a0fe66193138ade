import { describe, expect, it } from 'vitest';
import { parseTraceText } from '../testing/trace-samples';
import { readTraceSource, type TraceProgress } from './trace-source';

const LOG = 'input_tokens,output_tokens,tag\n10,1,café\n20,2,naïve 😀\n30,3,café\n';

describe('readTraceSource', () => {
  it('reads a Blob chunk by chunk, characters split between chunks included, reporting progress', async () => {
    const progress: TraceProgress[] = [];
    const blob = new Blob([LOG]);
    const report = await readTraceSource(blob, {
      onProgress: (step) => progress.push(step),
      isCancelled: () => false,
      chunkBytes: 7,
    });
    expect(report).toEqual(parseTraceText(LOG));
    expect(report?.groups.map((group) => group.name)).toEqual(['café', 'naïve 😀']);
    expect(progress).toHaveLength(Math.ceil(blob.size / 7));
    expect(progress.at(-1)).toEqual({ rows: 3, bytes: blob.size, total: blob.size });
    expect(progress.map((step) => step.bytes)).toEqual(
      [...progress.map((step) => step.bytes)].sort((a, b) => a - b),
    );
  });

  it('reads pasted text the same way', async () => {
    const report = await readTraceSource(LOG, { onProgress: () => {}, isCancelled: () => false });
    expect(report).toEqual(parseTraceText(LOG));
  });

  it('stops between chunks once cancelled, keeping nothing', async () => {
    let chunks = 0;
    const report = await readTraceSource(LOG, {
      onProgress: () => {
        chunks += 1;
      },
      isCancelled: () => chunks >= 2,
      chunkBytes: 5,
    });
    expect(report).toBeNull();
    expect(chunks).toBe(2);
  });

  it('reports an empty file as empty', async () => {
    const report = await readTraceSource(new Blob([]), { onProgress: () => {}, isCancelled: () => false });
    expect(report?.format).toBe('empty');
  });

  it('decodes invalid UTF-8 as replacement characters, which read as binary data', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x00, 0x41, 0x0a, 0xc3]);
    const report = await readTraceSource(new Blob([bytes]), {
      onProgress: () => {},
      isCancelled: () => false,
    });
    expect(report?.formatProblem).toBe('This is not a text log: it holds binary data.');
  });
});
