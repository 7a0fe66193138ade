import { useMemo } from 'react';
import { Card } from '../../components/ui/card';
import { SliderField } from '../../components/ui/slider-field';
import { describeFitProblem, type FitProblem, findFitProblems } from '../../domain/fit';
import { WORKLOAD_FIELDS, WORKLOAD_RANGES, type WorkloadField } from '../../domain/workload';
import { useActiveRoute } from '../../store/active-route';
import { useCalculator } from '../../store/calculator-context';
import { WORKLOAD_FIELD_VIEWS } from './workload-fields';

const WARNING_FIELD: Record<FitProblem['kind'], WorkloadField> = {
  'input-exceeds-context': 'inputTokensPerRequest',
  'total-exceeds-context': 'inputTokensPerRequest',
  'output-exceeds-max-output': 'outputTokensPerRequest',
};

export function WorkloadPanel() {
  const workload = useCalculator((state) => state.workload);
  const setWorkloadValue = useCalculator((state) => state.setWorkloadValue);
  const { route } = useActiveRoute();

  const warnings = useMemo(() => {
    const byField: Partial<Record<WorkloadField, string[]>> = {};
    for (const problem of findFitProblems(workload, route)) {
      const field = WARNING_FIELD[problem.kind];
      byField[field] = [...(byField[field] ?? []), describeFitProblem(problem)];
    }
    return byField;
  }, [workload, route]);

  return (
    <Card title="Workload" className="workload-panel">
      {WORKLOAD_FIELDS.map((field) => {
        const view = WORKLOAD_FIELD_VIEWS[field];
        return (
          <SliderField
            key={field}
            label={view.label}
            hint={view.hint}
            format={view.format}
            value={workload[field]}
            range={WORKLOAD_RANGES[field]}
            warnings={warnings[field]}
            onChange={(value) => setWorkloadValue(field, value)}
          />
        );
      })}
    </Card>
  );
}
