import { useState } from 'react';

/**
 * The text of a search box: a draft while the user types, applied on Enter (the caller's `onSearch`).
 * When the applied query changes elsewhere (a link, "clear filters", back), the box shows it again.
 */
export function useSearchDraft(applied: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState(applied ?? '');
  const [shown, setShown] = useState(applied);
  // Adjusted while rendering, not in an effect: the box never paints the old query first.
  if (shown !== applied) {
    setShown(applied);
    setText(applied ?? '');
  }
  return [text, setText];
}
