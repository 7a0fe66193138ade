// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { parseTraceText } from '../testing/trace-samples';
import type { TraceWorkerMessage, TraceWorkerRequest } from './trace-worker';

interface Scope {
  postMessage: (message: TraceWorkerMessage) => void;
  onmessage: ((event: { data: TraceWorkerRequest }) => void) | null;
}

describe('trace-worker', () => {
  it('reads what it is sent and posts progress, then the aggregates only', async () => {
    const scope = globalThis as unknown as Scope;
    const posted: TraceWorkerMessage[] = [];
    const done = new Promise<void>((resolve) => {
      scope.postMessage = vi.fn((message: TraceWorkerMessage) => {
        posted.push(message);
        if (message.type !== 'progress') resolve();
      });
    });
    await import('./trace-worker');
    const text = 'input,output,tag\n1,1,a\n2,2,b\n';
    scope.onmessage?.({ data: { type: 'read', source: new Blob([text]) } });
    await done;
    expect(posted[0]).toEqual({
      type: 'progress',
      progress: { rows: 2, bytes: text.length, total: text.length },
    });
    expect(posted.at(-1)).toEqual({ type: 'done', report: parseTraceText(text) });
  });
});
