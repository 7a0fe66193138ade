import { HeaderShareActions } from '../features/share/header-share-actions';
import { jumpTo, MAIN_CONTENT_ID, PAGE_SECTIONS } from './page-sections';

/**
 * The sticky header: a skip link (the first Tab stop), the page's name, buttons to each section and
 * the scenario's "Copy link" and "Embed".
 */
export function PageHeader({ appUrl }: { readonly appUrl: string }) {
  return (
    <header className="page-header">
      <a
        className="page-header__skip"
        href={`#${MAIN_CONTENT_ID}`}
        onClick={(event) => {
          event.preventDefault();
          jumpTo(MAIN_CONTENT_ID);
        }}
      >
        Skip to the calculator
      </a>
      <h1 className="page-header__name">Kimi K2 API cost calculator</h1>
      <nav className="page-header__nav" aria-label="Sections">
        <ul>
          {PAGE_SECTIONS.map(({ id, label }) => (
            <li key={id}>
              <button type="button" onClick={() => jumpTo(id)}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <HeaderShareActions appUrl={appUrl} />
    </header>
  );
}
