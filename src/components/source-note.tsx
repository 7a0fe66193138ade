import type { SourceRef } from '../domain/rates/route';
import { sourceName } from '../domain/rates/source-words';

/** "LiteLLM’s price list, 2026-06-21" (the source named for people) with a link when it has one. */
export function SourceNote({ source }: { readonly source: SourceRef }) {
  return (
    <span className="source-note">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {sourceName(source.label)}
        </a>
      ) : (
        sourceName(source.label)
      )}
      , <time title={source.dateMeaning}>{source.date}</time>
    </span>
  );
}
