import { type RefObject, useState } from 'react';
import { type ChartExport, downloadPng, downloadSvg } from './chart-export';

interface DownloadButtonsProps {
  readonly figureRef: RefObject<HTMLDivElement | null>;
  readonly title: string;
  readonly options: () => ChartExport;
}

/** "Download PNG" and "Download SVG" of one chart; the chart's title completes each button's name. */
export function DownloadButtons({ figureRef, title, options }: DownloadButtonsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (format: 'png' | 'svg') => {
    const surface = figureRef.current?.querySelector<SVGSVGElement>(
      'svg.recharts-surface, svg.chart-surface',
    );
    if (!surface) {
      setProblem('The chart is not drawn yet; try again in a moment.');
      return;
    }
    try {
      setProblem(null);
      if (format === 'svg') downloadSvg(surface, options());
      else await downloadPng(surface, options());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The download failed.');
    }
  };
  return (
    <div className="chart__actions">
      <button type="button" className="small-button" onClick={() => void run('png')}>
        Download PNG <span className="visually-hidden">of {title}</span>
      </button>
      <button type="button" className="small-button" onClick={() => void run('svg')}>
        Download SVG <span className="visually-hidden">of {title}</span>
      </button>
      {problem ? (
        <p className="chart__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
