import type { TrackRecord } from "@/lib/core/predict/track-record";

type Bin = NonNullable<TrackRecord["calibration"]>["bins"][number];

const SIZE = 180;
const MARGIN = { left: 34, right: 8, top: 8, bottom: 30 };
const PLOT = SIZE - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = SIZE - MARGIN.top - MARGIN.bottom;
const x = (value: number) => MARGIN.left + value * PLOT;
const y = (value: number) => MARGIN.top + (1 - value) * PLOT_HEIGHT;
const percent = (value: number) => `${Math.round(value * 100)}%`;

/**
 * The reliability diagram of the back-test: each bin of predicted member-vote probabilities (its
 * mean) against how often that vote was cast. On the diagonal, a stated 70 % came true 70 % of the
 * time; a dot's area grows with the probabilities in its bin.
 */
export function ReliabilityDiagram({ bins }: { bins: readonly Bin[] }) {
  const points = bins.filter((bin): bin is Bin & { predicted: number; observed: number } => bin.count > 0 && bin.predicted !== null && bin.observed !== null);
  const largest = Math.max(1, ...points.map((bin) => bin.count));
  const summary = points.map((bin) => `predicted ${percent(bin.predicted)}, happened ${percent(bin.observed)} (${bin.count})`).join("; ");
  return (
    <figure style={{ margin: 0 }} data-testid="reliability-diagram">
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby="reliability-title reliability-desc">
        <title id="reliability-title">Reliability diagram: predicted probability against observed frequency</title>
        <desc id="reliability-desc">{summary}</desc>
        <rect x={x(0)} y={y(1)} width={PLOT} height={PLOT_HEIGHT} fill="none" stroke="var(--line)" />
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="var(--ink-soft)" strokeDasharray="4 3" />
        {[0, 0.5, 1].map((tick) => (
          <g key={tick} fontSize="10" fill="var(--ink-soft)">
            <text x={x(tick)} y={y(0) + 12} textAnchor="middle">
              {percent(tick)}
            </text>
            <text x={x(0) - 4} y={y(tick) + 3} textAnchor="end">
              {percent(tick)}
            </text>
          </g>
        ))}
        <text x={x(0.5)} y={SIZE - 4} textAnchor="middle" fontSize="10" fill="var(--ink)">
          predicted
        </text>
        <text x={10} y={y(0.5)} textAnchor="middle" fontSize="10" fill="var(--ink)" transform={`rotate(-90 10 ${y(0.5)})`}>
          happened
        </text>
        <polyline points={points.map((bin) => `${x(bin.predicted)},${y(bin.observed)}`).join(" ")} fill="none" stroke="var(--accent)" strokeWidth="1.5" />
        {points.map((bin) => (
          <circle key={bin.from} cx={x(bin.predicted)} cy={y(bin.observed)} r={2 + 4 * Math.sqrt(bin.count / largest)} fill="var(--accent)" fillOpacity="0.7" />
        ))}
      </svg>
      <figcaption className="small muted">Each dot: the members&apos; stated chances of a vote in one band, against how often it was cast.</figcaption>
    </figure>
  );
}
