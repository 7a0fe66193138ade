interface RatesPagerProps {
  readonly pageIndex: number;
  readonly pageCount: number;
  readonly onPage: (pageIndex: number) => void;
}

/** Previous and next page, and where the reader is. */
export function RatesPager({ pageIndex, pageCount, onPage }: RatesPagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="rates__pages" aria-label="Rate pages">
      <button type="button" onClick={() => onPage(pageIndex - 1)} disabled={pageIndex === 0}>
        Previous rates page
      </button>
      <span>
        Rates: {pageIndex + 1} of {pageCount} pages
      </span>
      <button type="button" onClick={() => onPage(pageIndex + 1)} disabled={pageIndex >= pageCount - 1}>
        Next rates page
      </button>
    </nav>
  );
}
