import { SelectField } from '../../components/ui/select-field';
import { providerLabel } from '../../domain/rates/route';
import { listModels, routesForModel } from '../../domain/rates/route-catalog';
import { useCalculator } from '../../store/calculator-context';
import { useActiveRoute } from '../../store/use-active-route';
import { useRoutes } from '../../store/use-routes';

const MODEL_GROUPS = [
  { group: 'kimi', label: 'Kimi' },
  { group: 'comparison', label: 'Comparison models (not Kimi)' },
] as const;

/** The selected endpoint's route in two pickers: the model, then the provider that hosts it. */
export function RoutePicker({ className }: { readonly className?: string }) {
  const routes = useRoutes();
  const selectModel = useCalculator((state) => state.selectModel);
  const selectRoute = useCalculator((state) => state.selectRoute);
  const { route } = useActiveRoute();
  const models = listModels(routes);
  const providers = routesForModel(routes, route.modelId);

  return (
    <div className={className ? `route-picker ${className}` : 'route-picker'}>
      <SelectField label="Model" value={route.modelId} onChange={(event) => selectModel(event.target.value)}>
        {MODEL_GROUPS.map(({ group, label }) => (
          <optgroup key={group} label={label}>
            {models
              .filter((model) => model.group === group)
              .map((model) => (
                <option key={model.modelId} value={model.modelId}>
                  {model.modelName}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField label="Provider" value={route.id} onChange={(event) => selectRoute(event.target.value)}>
        {providers.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {providerLabel(candidate)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
