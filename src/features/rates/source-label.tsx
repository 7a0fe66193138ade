import { safeLink } from '../../domain/rates/provenance';
import type { SourceRef } from '../../domain/rates/route';
import { sourceName } from '../../domain/rates/source-words';

/** A source's label, as a link when it has a safe http(s) link; its texts are only ever text. */
export function SourceLabel({ source }: { readonly source: SourceRef }) {
  const link = source.url === null ? null : safeLink(source.url);
  if (link === null) return <span className="source-label">{sourceName(source.label)}</span>;
  return (
    <a className="source-label" href={link} target="_blank" rel="noopener noreferrer">
      {sourceName(source.label)}
    </a>
  );
}
