/**
 * Running tallies of the valid requests of a log: all of them, one group per tag, request counts per
 * model and the time range. The rules:
 * - groups appear once a request has a tag; requests without one form "(no tag)";
 * - at most 100 groups and 20 model names are kept; requests of any further tag or model are counted
 *   under "Other tags" / "Other models" (a file cannot make the page hold one group per row);
 * - only the earliest and latest timestamps and how many requests had one are kept.
 */
import { formatTokens } from '../money/format-number';
import type { CsvLayout } from './trace-csv';
import type { ModelCount } from './trace-report';
import type { TraceRequest } from './trace-request';
import { GroupStats } from './trace-stats';

const MAX_GROUPS = 100;
const MAX_MODELS = 20;
const NO_TAG = '(no tag)';
const OTHER_TAGS = 'Other tags';
const OTHER_MODELS = 'Other models';

export class TraceTally {
  readonly overall = new GroupStats();
  private readonly groups = new Map<string, GroupStats>();
  private readonly models = new Map<string, number>();
  private otherModels = 0;
  private groupsOverflowed = false;
  firstMs: number | null = null;
  lastMs: number | null = null;
  timestampedRequests = 0;

  add(request: TraceRequest): void {
    const { input, cached, output, timestampMs, model, tag } = request;
    if (tag !== null && this.groups.size === 0) {
      // The first tag: every request so far had none.
      if (this.overall.requests > 0) this.groups.set(NO_TAG, this.overall.clone());
    }
    this.overall.add(input, cached, output);
    if (this.groups.size > 0 || tag !== null) this.groupFor(tag ?? NO_TAG).add(input, cached, output);
    if (timestampMs !== null) {
      this.timestampedRequests += 1;
      if (this.firstMs === null || timestampMs < this.firstMs) this.firstMs = timestampMs;
      if (this.lastMs === null || timestampMs > this.lastMs) this.lastMs = timestampMs;
    }
    if (model !== null) this.countModel(model);
  }

  private groupFor(name: string): GroupStats {
    let group = this.groups.get(name);
    if (group === undefined) {
      const full = this.groups.size >= MAX_GROUPS;
      if (full) this.groupsOverflowed = true;
      const key = full ? OTHER_TAGS : name;
      group = this.groups.get(key) ?? new GroupStats();
      this.groups.set(key, group);
    }
    return group;
  }

  private countModel(name: string): void {
    const count = this.models.get(name);
    if (count !== undefined) this.models.set(name, count + 1);
    else if (this.models.size < MAX_MODELS) this.models.set(name, 1);
    else this.otherModels += 1;
  }

  /** Groups by name; empty when no request had a tag. */
  groupEntries(): [string, GroupStats][] {
    return [...this.groups.entries()];
  }

  /** Requests per model, most first (ties by name), "Other models" last. */
  modelCounts(): ModelCount[] {
    const counts = [...this.models.entries()]
      .map(([name, requests]) => ({ name, requests }))
      .sort((a, b) => b.requests - a.requests || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return this.otherModels > 0 ? [...counts, { name: OTHER_MODELS, requests: this.otherModels }] : counts;
  }

  /** How the log was read, in plain words. */
  notes(layout: CsvLayout | null): string[] {
    const notes: string[] = [];
    if (layout !== null && layout.columns.cached === undefined) {
      notes.push('The CSV has no cached-tokens column, so cached tokens are counted as 0.');
    }
    if (layout?.anthropic) {
      notes.push(
        'Anthropic column names: total input = input_tokens + cache_read_input_tokens + cache_creation_input_tokens; cached = cache_read_input_tokens.',
      );
    }
    if (this.groupsOverflowed) {
      notes.push(`More than ${MAX_GROUPS} tags: requests of the others are grouped as “${OTHER_TAGS}”.`);
    }
    const missing = this.overall.requests - this.timestampedRequests;
    if (this.timestampedRequests > 0 && missing > 0) {
      const requests = missing === 1 ? '1 request has' : `${formatTokens(missing)} requests have`;
      notes.push(`${requests} no timestamp; the time span comes from the others.`);
    }
    return notes;
  }
}
