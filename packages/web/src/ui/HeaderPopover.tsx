import './header-popover.css';
import { useEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';

interface HeaderPopoverProps {
  isOpen: boolean;
  onClose: () => void;
  /** The button that opens it (it toggles `isOpen` itself); focus returns to it on Escape. */
  trigger: ReactNode;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** The panel's accessible name, when the panel is a dialog of its own (content that is one needs none). */
  label?: string;
  children: ReactNode;
}

/**
 * A small panel under a header button (the user menu, the notifications). Not Ant Design's Popover:
 * the header is on every first page, and the popup library would weigh on it for a click most visits
 * never make. Closes on Escape (focus back to the button) and on a click outside.
 */
export function HeaderPopover({ isOpen, onClose, trigger, triggerRef, label, children }: HeaderPopoverProps) {
  const root = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onClose();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      onClose();
      triggerRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen, onClose, triggerRef]);

  return (
    <span className="header-popover" ref={root}>
      {trigger}
      {isOpen && (
        <div className="header-popover__panel" {...(label ? { role: 'dialog', 'aria-label': label } : {})}>
          {children}
        </div>
      )}
    </span>
  );
}
