import { useShallow } from 'zustand/react/shallow';
import { customRoutesForLink, MAX_LINKED_CUSTOM_ROUTES } from '../../domain/share-link/link-extras';
import { useCalculator } from '../../store/calculator-context';

/** Says which added routes a link leaves out, and how to share them instead. */
export function LeftOutRoutesNote() {
  const { leftOut } = customRoutesForLink(
    useCalculator(
      useShallow((state) => ({
        customRoutes: state.customRoutes,
        endpoints: state.endpoints,
        pinnedRouteIds: state.pinnedRouteIds,
        priceOverrides: state.priceOverrides,
      })),
    ),
  );
  if (leftOut === 0) return null;
  return (
    <p className="field-hint">
      {leftOut.toLocaleString('en-US')} of the routes you added or imported are not in this link: a link holds
      at most {MAX_LINKED_CUSTOM_ROUTES} of them, the ones this scenario uses. Use “Export rate sheet” under
      Rates to share them all.
    </p>
  );
}
