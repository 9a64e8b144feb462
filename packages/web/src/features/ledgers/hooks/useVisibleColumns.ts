import { useCallback, useState } from 'react';

const PREFIX = 'plantrack.columns.';

function read(storageKey: string): string[] | null {
  try {
    const text = window.localStorage.getItem(PREFIX + storageKey);
    const value: unknown = text ? JSON.parse(text) : null;
    return Array.isArray(value) && value.every((key) => typeof key === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** The columns a user chose to see in a table, remembered on this device per table. */
export function useVisibleColumns(storageKey: string, defaults: string[]): [string[], (keys: string[]) => void, () => void] {
  const [state, setState] = useState<{ key: string; visible: string[] | null }>(() => ({ key: storageKey, visible: read(storageKey) }));
  const chosen = state.key === storageKey ? state.visible : read(storageKey);

  const setVisible = useCallback(
    (keys: string[]) => {
      setState({ key: storageKey, visible: keys });
      try {
        window.localStorage.setItem(PREFIX + storageKey, JSON.stringify(keys));
      } catch {
        // Storage unavailable: the choice lasts for this page only.
      }
    },
    [storageKey],
  );

  const reset = useCallback(() => {
    setState({ key: storageKey, visible: null });
    try {
      window.localStorage.removeItem(PREFIX + storageKey);
    } catch {
      // Nothing stored to forget.
    }
  }, [storageKey]);

  return [chosen ?? defaults, setVisible, reset];
}
