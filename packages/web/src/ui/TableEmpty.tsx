/** What an empty table says, in a colour that keeps AA contrast (Ant Design's default grey does not). */
export function TableEmpty({ children }: { children: React.ReactNode }) {
  return <div className="table-empty">{children}</div>;
}
