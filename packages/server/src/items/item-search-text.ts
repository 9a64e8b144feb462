/** The text "Chinese search" looks in: every prose field of an item, folded so 全角/半角 and case match. */
export function itemSearchText(item: {
  code: string;
  title: string;
  measures?: string | null;
  targets?: string | null;
  yearKeyWork?: string | null;
  remarks?: string | null;
  sourceClause?: string | null;
  provinceText?: string | null;
  citySource?: string | null;
}): string {
  return [item.code, item.title, item.measures, item.targets, item.yearKeyWork, item.remarks, item.sourceClause, item.provinceText, item.citySource]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
}
