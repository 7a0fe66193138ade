import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { RATE_SHEET_DATE } from '../../data/rate-sheet';
import type { Route } from '../../domain/rates/route';
import { useToday } from '../../lib/today';
import { useCalculator } from '../../store/calculator-context';
import { useRoutes } from '../../store/use-routes';
import { CustomRouteForm } from './custom-route-form';
import { RateSheetImport } from './rate-sheet-import';
import { RatesView } from './rates-view';
import './rates.css';

/**
 * Prices you can check and change: every route with its sources (choose which published figure to
 * use), a form to add or edit your own routes, and rate-sheet import and export. Routes you add or
 * import join the table, the charts and share links like any other.
 */
export function RatesSection() {
  const routes = useDeferredValue(useRoutes());
  const priceOverrides = useCalculator((state) => state.priceOverrides);
  const customRoutes = useCalculator((state) => state.customRoutes);
  const chooseReference = useCalculator((state) => state.chooseReference);
  const chosenReferences = useCalculator((state) => state.chosenReferences);
  const saveCustomRoutes = useCalculator((state) => state.saveCustomRoutes);
  const importRoutes = useCalculator((state) => state.importRoutes);
  const deleteCustomRoute = useCalculator((state) => state.deleteCustomRoute);
  const [editing, setEditing] = useState<Route | null>(null);
  const today = useToday();
  const customRouteIds = useMemo(() => new Set(customRoutes.map((route) => route.id)), [customRoutes]);

  const onDelete = useCallback(
    (routeId: string) => {
      deleteCustomRoute(routeId);
      setEditing((current) => (current?.id === routeId ? null : current));
    },
    [deleteCustomRoute],
  );

  return (
    <>
      <RatesView
        routes={routes}
        priceOverrides={priceOverrides}
        today={today}
        customRouteIds={customRouteIds}
        chosenReferences={chosenReferences}
        onChooseReference={chooseReference}
        onEditCustomRoute={setEditing}
        onDeleteCustomRoute={onDelete}
      />
      <div className="rates-tools">
        <CustomRouteForm
          routes={routes}
          sheetDate={RATE_SHEET_DATE}
          today={today}
          editing={editing}
          onSave={(route) => {
            saveCustomRoutes([route]);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
        <RateSheetImport routes={routes} today={today} onImport={importRoutes} />
      </div>
    </>
  );
}
