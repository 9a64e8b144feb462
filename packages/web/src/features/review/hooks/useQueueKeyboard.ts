import { useEffect, useRef } from 'react';

export interface QueueKeyboardActions {
  onMove: (step: 1 | -1) => void;
  onApprove: () => void;
  onReturn: () => void;
}

/** Where typed letters are text, not commands: fields, pickers, editable content and open dialogs. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  // A checkbox (a row picked for the batch) keeps its focus, and the shortcuts still work.
  if (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type)) return true;
  return target.closest('[role="dialog"], [role="combobox"], [role="listbox"]') !== null;
}

const COMMANDS: Record<string, (actions: QueueKeyboardActions) => void> = {
  j: (actions) => actions.onMove(1),
  ArrowDown: (actions) => actions.onMove(1),
  k: (actions) => actions.onMove(-1),
  ArrowUp: (actions) => actions.onMove(-1),
  a: (actions) => actions.onApprove(),
  r: (actions) => actions.onReturn(),
};

/**
 * The reviewer's shortcuts: j / k (or ↓ / ↑) move through the queue, a approves, r returns. They stay
 * quiet while the reviewer types, while a dialog is open (`isEnabled`), and with a modifier key held.
 */
export function useQueueKeyboard(isEnabled: boolean, actions: QueueKeyboardActions) {
  // The listener is added once; it reads the actions of the latest render.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!isEnabled) return undefined;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const command = COMMANDS[event.key];
      if (!command) return;
      event.preventDefault();
      command(latest.current);
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [isEnabled]);
}
