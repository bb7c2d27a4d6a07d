export interface BarSegment {
  key: string;
  label: string;
  className: string;
}

export interface Bar {
  label: string;
  values: Record<string, number>;
}

const WIDTH = 960;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 8, bottom: 64, left: 64 };

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
 * Stacked bars, drawn as plain SVG: the counts are few and the table under each chart carries the
 * same numbers for screen readers and CSV.
 */
export function BarChart({ bars, segments, caption }: { bars: Bar[]; segments: BarSegment[]; caption: string }) {
  const totals = bars.map((b) => segments.reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const axis = ticks(max);
  const top = axis[axis.length - 1] ?? max;
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const band = bars.length === 0 ? innerWidth : innerWidth / bars.length;
  const barWidth = Math.max(2, Math.min(48, band * 0.7));
  const y = (v: number) => MARGIN.top + innerHeight - (v / top) * innerHeight;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 24));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={caption}>
        <g className="axis">
          {axis.map((v) => (
            <g key={v}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(v)} y2={y(v)} />
              <text x={MARGIN.left - 6} y={y(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
        </g>
        {bars.map((bar, i) => {
          const x = MARGIN.left + i * band + (band - barWidth) / 2;
          let base = 0;
          return (
            <g key={bar.label}>
              <title>{`${bar.label}: ${segments.map((s) => `${s.label} ${bar.values[s.key] ?? 0}`).join(', ')}`}</title>
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
                  y={HEIGHT - MARGIN.bottom + 14}
                  textAnchor="end"
                  transform={`rotate(-35 ${x + barWidth / 2} ${HEIGHT - MARGIN.bottom + 14})`}
                >
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
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
      </figcaption>
    </figure>
  );
}
