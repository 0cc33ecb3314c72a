import { type RefObject, useEffect } from 'react';

/**
 * Escape pressed anywhere inside the element calls onClose. A native listener, since the panels
 * are no controls of their own (a React onKeyDown on them reads as an interactive div), and it
 * stops there, so nothing behind the panel takes the key too.
 */
export function useEscapeCloses(element: RefObject<HTMLElement | null>, onClose: () => void) {
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [element, onClose]);
}
