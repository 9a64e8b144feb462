export type ChipTone = 'blue' | 'gold' | 'green' | 'neutral';

/** A small label (ledger, area, unit, 示例数据) in colours that keep AA contrast. */
export function Chip({ tone = 'neutral', children }: { tone?: ChipTone; children: React.ReactNode }) {
  return <span className={`chip chip--${tone}`}>{children}</span>;
}
