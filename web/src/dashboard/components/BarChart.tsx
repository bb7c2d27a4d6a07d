import { useLayoutEffect, useRef, useState } from 'react';

export interface BarSegment {
  key: string;
  label: string;
  className: string;
}

export interface Bar {
  label: string;
  values: Record<string, number>;
}

/** Round steps for the count axis: 1, 2, 5, 10, 20, 50... */
function ticks(max: number): number[] {
  const target = 5;
  const raw = Math.max(max, 1) / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [0];
  // Up to the first tick at or above the tallest bar, so no bar rises past the axis.
  while (out[out.length - 1]! < max) out.push(out[out.length - 1]! + Math.max(1, step));
  return out;
}

/**
 * The chart's width in CSS pixels: the drawing is laid out for it, so that its text keeps the page's
 * size (12 px) on a phone as on a desktop instead of shrinking with a scaled picture.
 */
function useWidth(): [React.RefObject<HTMLElement | null>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    // The figure's padding (0.5rem each side) is not drawing room.
    const measure = () => setWidth(Math.max(240, Math.round(element.getBoundingClientRect().width) - 18));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function Legend({ segments }: { segments: BarSegment[] }) {
  return (
    <ul className="legend">
      {segments.map((s) => (
        <li key={s.key}>
          <svg width="14" height="14" aria-hidden="true">
            <rect className={s.className} width="14" height="14" rx="2" />
          </svg>{' '}
          {s.label}
        </li>
      ))}
    </ul>
  );
}

const title = (bar: Bar, segments: BarSegment[]) =>
  `${bar.label}: ${segments.map((s) => `${s.label} ${bar.values[s.key] ?? 0}`).join(', ')}`;

/**
 * Stacked bars, drawn as plain SVG: the counts are few and the table under each chart carries the
 * same numbers for screen readers and CSV. `rows` lays the bars out sideways, each with its full label
 * above it, for long category names (regional groups) at any width.
 */
export function BarChart({
  bars,
  segments,
  caption,
  layout = 'columns',
}: {
  bars: Bar[];
  segments: BarSegment[];
  caption: string;
  layout?: 'columns' | 'rows';
}) {
  const [ref, width] = useWidth();
  const totals = bars.map((b) => segments.reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const axis = ticks(max);
  const top = axis[axis.length - 1] ?? max;

  if (layout === 'rows') {
    const rowHeight = 44;
    const margin = { left: 4, right: 40 };
    const inner = width - margin.left - margin.right;
    const height = bars.length * rowHeight + 4;
    return (
      <figure className="chart" ref={ref as React.RefObject<HTMLElement>}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption}>
          {bars.map((bar, i) => {
            const y = i * rowHeight;
            let base = 0;
            return (
              <g key={bar.label}>
                <title>{title(bar, segments)}</title>
                <text className="axis-label" x={margin.left} y={y + 14}>
                  {bar.label}
                </text>
                {segments.map((s) => {
                  const value = bar.values[s.key] ?? 0;
                  if (value === 0) return null;
                  const rect = (
                    <rect
                      key={s.key}
                      className={s.className}
                      x={margin.left + (base / top) * inner}
                      width={(value / top) * inner}
                      y={y + 20}
                      height={18}
                    />
                  );
                  base += value;
                  return rect;
                })}
                <text className="axis-label" x={margin.left + (base / top) * inner + 4} y={y + 34}>
                  {totals[i]}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption>
          <Legend segments={segments} />
        </figcaption>
      </figure>
    );
  }

  const height = 260;
  const margin = { top: 12, right: 8, bottom: 64, left: 40 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const band = bars.length === 0 ? innerWidth : innerWidth / bars.length;
  const barWidth = Math.max(2, Math.min(48, band * 0.7));
  const y = (v: number) => margin.top + innerHeight - (v / top) * innerHeight;
  // A label every so many bars, so that rotated labels 12 px high never overlap.
  const labelEvery = Math.max(1, Math.ceil(18 / Math.max(band, 1)));
  return (
    <figure className="chart" ref={ref as React.RefObject<HTMLElement>}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={caption}>
        <g className="axis">
          {axis.map((v) => (
            <g key={v}>
              <line x1={margin.left} x2={width - margin.right} y1={y(v)} y2={y(v)} />
              <text x={margin.left - 6} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
        </g>
        {bars.map((bar, i) => {
          const x = margin.left + i * band + (band - barWidth) / 2;
          let base = 0;
          return (
            <g key={bar.label}>
              <title>{title(bar, segments)}</title>
              {segments.map((s) => {
                const value = bar.values[s.key] ?? 0;
                if (value === 0) return null;
                const rect = (
                  <rect key={s.key} className={s.className} x={x} width={barWidth} y={y(base + value)} height={y(base) - y(base + value)} />
                );
                base += value;
                return rect;
              })}
              {i % labelEvery === 0 ? (
                <text
                  className="axis"
                  x={x + barWidth / 2}
                  y={height - margin.bottom + 14}
                  textAnchor="end"
                  transform={`rotate(-35 ${x + barWidth / 2} ${height - margin.bottom + 14})`}
                >
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <Legend segments={segments} />
      </figcaption>
    </figure>
  );
}
