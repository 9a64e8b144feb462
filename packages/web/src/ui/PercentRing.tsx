const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * A share as a ring with its percentage inside. Drawn here rather than with Ant Design's Progress,
 * which would add its own chunk to the office's first page for one small figure.
 */
export function PercentRing({ percent, label, color = '#1a6531' }: { percent: number; label: string; color?: string }) {
  const shown = Math.max(0, Math.min(100, percent));
  return (
    <svg className="percent-ring" width={96} height={96} viewBox="0 0 96 96" role="img" aria-label={label}>
      <circle cx={48} cy={48} r={RADIUS} fill="none" stroke="rgba(0, 0, 0, 0.06)" strokeWidth={8} />
      {shown > 0 && (
        <circle
          cx={48}
          cy={48}
          r={RADIUS}
          fill="none"
          stroke={color}
          strokeWidth={8}
          strokeLinecap="round"
          strokeDasharray={`${(CIRCUMFERENCE * shown) / 100} ${CIRCUMFERENCE}`}
          transform="rotate(-90 48 48)"
        />
      )}
      <text x={48} y={48} textAnchor="middle" dominantBaseline="central" fontSize={20} fill="rgba(0, 0, 0, 0.88)" aria-hidden="true">
        {`${shown}%`}
      </text>
    </svg>
  );
}
