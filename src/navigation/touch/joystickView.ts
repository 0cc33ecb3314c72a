import { JOYSTICK_RADIUS, knobOffset } from './gestures';

/**
 * The joystick's picture: a ring where the thumb landed and a knob that follows it. Plain DOM
 * made once and moved with transforms, so a drag costs no React render.
 */
export interface JoystickView {
  show(x: number, y: number): void;
  drag(dx: number, dy: number): void;
  hide(): void;
  dispose(): void;
}

export function createJoystickView(container: HTMLElement): JoystickView {
  const base = document.createElement('div');
  base.className = 'touch-joystick';
  base.setAttribute('aria-hidden', 'true');
  base.style.setProperty('--joystick-radius', `${JOYSTICK_RADIUS}px`);
  const knob = document.createElement('div');
  knob.className = 'touch-joystick__knob';
  base.append(knob);
  container.append(base);

  return {
    show(x, y) {
      base.style.left = `${x}px`;
      base.style.top = `${y}px`;
      knob.style.transform = 'translate(-50%, -50%)';
      base.dataset.active = 'true';
    },
    drag(dx, dy) {
      const at = knobOffset(dx, dy);
      knob.style.transform = `translate(calc(-50% + ${at.x}px), calc(-50% + ${at.y}px))`;
    },
    hide() {
      delete base.dataset.active;
    },
    dispose() {
      base.remove();
    },
  };
}
