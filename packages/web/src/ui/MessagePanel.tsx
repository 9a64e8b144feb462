import { ExclamationCircleOutlined, InfoCircleOutlined, LockOutlined, QuestionCircleOutlined } from '@ant-design/icons';

export type MessageTone = 'info' | 'warning' | 'forbidden' | 'not-found';

const ICONS: Record<MessageTone, React.ReactNode> = {
  info: <InfoCircleOutlined />,
  warning: <ExclamationCircleOutlined />,
  forbidden: <LockOutlined />,
  'not-found': <QuestionCircleOutlined />,
};

export interface MessagePanelProps {
  tone: MessageTone;
  title: React.ReactNode;
  /** The heading level fits where the panel stands: h1 when it is the whole page. */
  headingLevel?: 1 | 2;
  children?: React.ReactNode;
  action?: React.ReactNode;
  /** Announce it (errors) rather than leave it to be found. */
  isAlert?: boolean;
}

/** A calm full-width message (nothing here, not allowed, could not load) with one way forward. */
export function MessagePanel({ tone, title, headingLevel = 2, children, action, isAlert }: MessagePanelProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className={`message-panel message-panel--${tone}`} role={isAlert ? 'alert' : undefined}>
      <span className="message-panel__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <Heading className="message-panel__title">{title}</Heading>
      {children && <div className="message-panel__body">{children}</div>}
      {action && <div className="message-panel__action">{action}</div>}
    </div>
  );
}
