import { Figure } from '../../components/ui/figure';
import type { EndpointFigures } from '../../domain/cost/endpoint-figures';

/** Per-unit figures of one endpoint: cost per request, conversation or task, per user, the cap's saving. */
export function EndpointDetails({ figures }: { readonly figures: EndpointFigures }) {
  const { perUser, capSaving, growth } = figures;
  const showUnit = figures.perUnitLabel !== 'Cost per request';
  if (!showUnit && perUser === null && capSaving === null) return null;
  return (
    <>
      <dl className="breakdown-panel__unit">
        {showUnit ? <Figure label={figures.perUnitLabel} value={figures.perUnit} /> : null}
        {perUser === null ? null : <Figure label="Cost per user" value={perUser} />}
        {capSaving === null ? null : <Figure label="Output cap saves" value={capSaving} detail="a month" />}
      </dl>
      {growth ? (
        <details className="breakdown-panel__growth">
          <summary>How the cost of one {growth.unit} grows with its length</summary>
          <table>
            <caption>Cost of one {growth.unit} by length</caption>
            <thead>
              <tr>
                <th scope="col">Length</th>
                <th scope="col">Cost</th>
              </tr>
            </thead>
            <tbody>
              {growth.rows.map((row) => (
                <tr key={row.length}>
                  <th scope="row">{row.length}</th>
                  <td>{row.cost}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}

/** One region per endpoint, named after it, with its monthly cost and share of the bill. */
export function EndpointBreakdown({ endpoints }: { readonly endpoints: readonly EndpointFigures[] }) {
  return (
    <div className="endpoint-breakdown">
      <h3 className="endpoint-breakdown__title">By endpoint</h3>
      {endpoints.map((figures) => (
        <section key={figures.id} className="endpoint-breakdown__item" aria-label={figures.name}>
          <h4 className="endpoint-breakdown__name">{figures.name}</h4>
          <p className="endpoint-breakdown__route">
            {figures.traffic} a month on {figures.routeName}
          </p>
          <dl className="breakdown-panel__unit">
            <Figure label="Monthly cost" value={figures.monthly} />
            <Figure label="Share of the bill" value={figures.share} />
            {figures.perUnitLabel === 'Cost per request' ? (
              <Figure label="Cost per request" value={figures.perUnit} />
            ) : null}
          </dl>
          <EndpointDetails figures={figures} />
        </section>
      ))}
    </div>
  );
}
