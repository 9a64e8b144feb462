import type { StatusColour } from '@plantrack/domain';

/** Colours chosen for AA contrast on their tint; the label always carries the meaning, never colour alone. */
const TONES: Record<StatusColour, { color: string; background: string; border: string }> = {
  green: { color: '#1a6531', background: '#e7f5ec', border: '#b4dcc1' },
  yellow: { color: '#7d5100', background: '#fff5dc', border: '#efd08a' },
  red: { color: '#a8131a', background: '#fdebec', border: '#f1b3b6' },
  grey: { color: '#44505f', background: '#f0f2f5', border: '#d3d8df' },
};

export interface StatusTagProps {
  colour: StatusColour;
  children: React.ReactNode;
  title?: string;
}

/** A red / yellow / green / grey status label (序时推进、略有滞后、严重滞后…). */
export function StatusTag({ colour, children, title }: StatusTagProps) {
  const tone = TONES[colour];
  return (
    <span className="status-tag" title={title} style={{ color: tone.color, background: tone.background, borderColor: tone.border }}>
      <span className="status-tag__dot" aria-hidden="true" style={{ background: tone.color }} />
      {children}
    </span>
  );
}
