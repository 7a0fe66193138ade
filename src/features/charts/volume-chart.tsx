import { memo, useCallback, useMemo } from 'react';
import type { PlotAxis } from '../../domain/charts/plot-geometry';
import type { VolumeChart as VolumeData } from '../../domain/charts/volume-chart';
import { formatAxisCount, formatAxisDollars } from './axis-format';
import { ChartFrame } from './chart-frame';
import { type LineEnd, LineEndLabels, lineEndLabelsWidth } from './line-end-labels';
import { LinePlot, type PlotGeometry } from './line-plot';
import { routeLegend, routeLines } from './route-lines';

export const VOLUME_CHART_TITLE = 'Cost versus monthly volume';

const HEIGHT = 320;
const Y_AXIS_WIDTH = 64;

/** One point per volume the chart draws, from the chart's data. */
function volumeRows(data: VolumeData) {
  return data.points.map((point) => ({ ...point, title: `${point.xText} requests a month` }));
}

interface VolumeChartProps {
  readonly data: VolumeData;
  readonly scenario: string;
}

/**
 * Monthly cost of your route and the cheapest others as the request volume grows, on logarithmic
 * axes, each line named at its end; today's volume marked.
 */
export const VolumeChart = memo(function VolumeChart({ data, scenario }: VolumeChartProps) {
  const rows = useMemo(() => volumeRows(data), [data]);
  const { xAxis, yAxis, routes } = data;
  const ends = useMemo((): LineEnd[] => {
    const last = data.points.at(-1);
    return data.routes.map((route) => ({ route, value: last?.values[route.key] ?? null }));
  }, [data]);
  const legend = useMemo(() => routeLegend(routes), [routes]);
  const lines = useMemo(() => routeLines(routes), [routes]);
  const margin = useMemo(
    () => ({ top: 16, right: lineEndLabelsWidth(routes), bottom: 8, left: 0 }),
    [routes],
  );
  const axes = useMemo(
    (): { x: PlotAxis; y: PlotAxis | null } => ({
      x: { kind: 'log', ...xAxis },
      y: yAxis === null ? null : { kind: 'log', ...yAxis },
    }),
    [xAxis, yAxis],
  );
  const marker = useMemo(
    () => (data.current === null ? undefined : { x: data.current, label: 'Now' }),
    [data],
  );
  const overlay = useCallback(
    (geometry: PlotGeometry) => <LineEndLabels ends={ends} geometry={geometry} />,
    [ends],
  );
  return (
    <ChartFrame
      title={VOLUME_CHART_TITLE}
      caption={data.caption}
      scenario={scenario}
      fileName="cost-versus-volume"
      legend={legend}
      tables={[{ caption: `Data: ${VOLUME_CHART_TITLE}`, table: data.table }]}
      plotHeight={yAxis === null ? undefined : HEIGHT}
    >
      {axes.y === null ? (
        <p className="chart__empty">Nothing to plot: every cost here is $0.00.</p>
      ) : (
        <LinePlot
          title={VOLUME_CHART_TITLE}
          desc={data.caption}
          height={HEIGHT}
          margin={margin}
          yAxisWidth={Y_AXIS_WIDTH}
          xAxis={axes.x}
          yAxis={axes.y}
          formatX={formatAxisCount}
          formatY={formatAxisDollars}
          rows={rows}
          series={lines}
          marker={marker}
          overlay={overlay}
        />
      )}
    </ChartFrame>
  );
});
