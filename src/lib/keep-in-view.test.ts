import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_IN_VIEW_MS, keepInView } from './keep-in-view';

/** A ResizeObserver the test drives: `resize()` is the page changing size. */
function fakeResizeObserver() {
  const observers: { callback: () => void; disconnected: boolean }[] = [];
  class FakeResizeObserver {
    private readonly entry: { callback: () => void; disconnected: boolean };
    constructor(callback: () => void) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return {
    resize: () => {
      for (const observer of observers) if (!observer.disconnected) observer.callback();
    },
  };
}

describe('keepInView', () => {
  let section: HTMLElement;
  let field: HTMLInputElement;
  let elsewhere: HTMLButtonElement;

  beforeEach(() => {
    vi.useFakeTimers();
    section = Object.assign(document.createElement('section'), { tabIndex: -1 });
    field = document.createElement('input');
    elsewhere = document.createElement('button');
    section.append(field);
    document.body.append(section, elsewhere);
    section.scrollIntoView = vi.fn();
  });
  afterEach(() => {
    section.remove();
    elsewhere.remove();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('brings the part back when the page grows above it, while the focus is in it, for a while', () => {
    const page = fakeResizeObserver();
    section.focus();
    keepInView(section, 'start');
    expect(section.scrollIntoView).toHaveBeenCalledTimes(1);
    expect(section.scrollIntoView).toHaveBeenLastCalledWith({ block: 'start' });
    // The charts above it load: it is brought back, also with the focus on a control inside it.
    page.resize();
    field.focus();
    page.resize();
    expect(section.scrollIntoView).toHaveBeenCalledTimes(3);
    // Later loads no longer move the page.
    vi.advanceTimersByTime(KEEP_IN_VIEW_MS);
    page.resize();
    expect(section.scrollIntoView).toHaveBeenCalledTimes(3);
  });

  it('leaves the page where the reader took it once the focus is elsewhere', () => {
    const page = fakeResizeObserver();
    section.focus();
    keepInView(section, 'center');
    elsewhere.focus();
    page.resize();
    expect(section.scrollIntoView).toHaveBeenCalledTimes(1);
  });
});
