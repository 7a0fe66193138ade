import type { SourceRef } from '../domain/rates/route';

/** "litellm, checked 2026-06-21" with a link to the source when it has one. */
export function SourceNote({ source }: { readonly source: SourceRef }) {
  return (
    <span className="source-note">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.label}
        </a>
      ) : (
        source.label
      )}
      , <time title={source.dateMeaning}>{source.date}</time>
    </span>
  );
}
