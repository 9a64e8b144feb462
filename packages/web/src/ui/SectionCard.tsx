export interface SectionCardProps {
  title: React.ReactNode;
  extra?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
  id?: string;
  /** No body padding, for tables that fill the card. */
  flush?: boolean;
}

/** A titled block of a page; its title is an h2 so screen-reader users can jump between sections. */
export function SectionCard({ title, extra, children, className, id, flush }: SectionCardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={['panel', className].filter(Boolean).join(' ')} aria-labelledby={headingId} id={id}>
      <header className="panel__head">
        <h2 className="panel__title" id={headingId}>
          {title}
        </h2>
        {extra && <div className="panel__extra">{extra}</div>}
      </header>
      <div className={flush ? 'panel__body panel__body--flush' : 'panel__body'}>{children}</div>
    </section>
  );
}
