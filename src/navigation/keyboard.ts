import { type RefObject, useEffect, useRef } from 'react';
import { WALK_KEYS } from './walk';

/**
 * The keys a visitor holds, as a live set in a ref (read in the frame loop), plus one-shot
 * commands for single presses. Typing in a form field never walks or travels.
 */

export type KeyCommand = 'home' | 'help' | 'walk';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

const SHIFT = new Set(['ShiftLeft', 'ShiftRight']);

export function useHeldKeys(onCommand: (command: KeyCommand) => void): RefObject<Set<string>> {
  const held = useRef(new Set<string>());
  const command = useRef(onCommand);
  command.current = onCommand;

  useEffect(() => {
    const keys = held.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (WALK_KEYS.has(event.code) || SHIFT.has(event.code)) {
        keys.add(event.code);
        // Arrows would also scroll the page under the world.
        if (event.code.startsWith('Arrow')) event.preventDefault();
        command.current('walk');
        return;
      }
      if (event.repeat) return;
      if (event.key === '?') command.current('help');
      else if (event.code === 'KeyH') command.current('home');
    };
    const onKeyUp = (event: KeyboardEvent) => {
      keys.delete(event.code);
    };
    // A key released while the window is not focused never sends keyup: forget them all.
    const forget = () => keys.clear();

    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', forget);
    document.addEventListener('visibilitychange', forget);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', forget);
      document.removeEventListener('visibilitychange', forget);
      keys.clear();
    };
  }, []);

  return held;
}
