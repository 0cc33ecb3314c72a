import type { ThreeEvent } from '@react-three/fiber';
import { useFrame } from '@react-three/fiber';
import { useXR, useXRInputSourceState } from '@react-three/xr';
import { useEffect, useRef, useState } from 'react';
import { usePavilion, usePavilionStore } from '../../state/context';
import { Label } from '../../world/Label';
import {
  buttonOffset,
  headYaw,
  MENU_ACTIONS,
  MENU_BUTTON,
  type MenuAction,
  type MenuPose,
  menuLabel,
  menuPose,
  settingsChange,
} from '../menu';
import { useMenuSwitch } from './menuSwitch';
import { useRig } from './rig';

const BUTTON = '#24304a';
const BUTTON_HOVER = '#2456c9';
const PANEL = '#0f1522';
const TEXT = '#e9edf5';
const PANEL_MARGIN = 0.03;
/** Pointers only: the panel must not hide the world's own pointer targets behind it. */
const noRaycast = () => undefined;

/**
 * The in-headset menu: back to the hub, exit VR, and the comfort settings a visitor may want
 * mid-visit (turning, vignette), shared with the desktop's Comfort panel through the store.
 * The left controller's Y button opens and closes it (a tracked hand has a wrist button).
 * Lives in the play space, so it follows teleports and turns of the origin.
 */
export function HeadsetMenu() {
  const menu = useMenuSwitch();
  const rig = useRig();
  const [pose, setPose] = useState<MenuPose | null>(null);
  useMenuButton(menu.toggle);

  // Opens where the visitor looks at that moment, and stays there.
  useEffect(() => {
    const head = rig.head;
    if (!menu.open || !head) {
      setPose(null);
      return;
    }
    const { x, y, z } = head.position;
    setPose(menuPose({ x, y, z, yaw: headYaw(head.quaternion) }));
  }, [menu.open, rig]);

  if (!pose) return null;
  const rows = MENU_ACTIONS.length;
  const height = rows * MENU_BUTTON.height + (rows - 1) * MENU_BUTTON.gap + 2 * PANEL_MARGIN;
  return (
    <group position={[pose.x, pose.y, pose.z]} rotation={[0, pose.yaw, 0]}>
      <mesh position={[0, 0, -MENU_BUTTON.depth]} raycast={noRaycast}>
        <planeGeometry args={[MENU_BUTTON.width + 2 * PANEL_MARGIN, height]} />
        <meshBasicMaterial color={PANEL} transparent opacity={0.92} toneMapped={false} />
      </mesh>
      {MENU_ACTIONS.map((action, index) => (
        <MenuButton key={action} action={action} index={index} />
      ))}
    </group>
  );
}

/** Toggles on each press of the left controller's Y button (on the press, not while held). */
function useMenuButton(toggle: () => void) {
  const left = useXRInputSourceState('controller', 'left');
  const held = useRef(false);
  useFrame(() => {
    const pressed = left?.gamepad['y-button']?.state === 'pressed';
    if (pressed && !held.current) toggle();
    held.current = pressed;
  });
}

function MenuButton({ action, index }: { readonly action: MenuAction; readonly index: number }) {
  const store = usePavilionStore();
  const menu = useMenuSwitch();
  const session = useXR((state) => state.session);
  const label = usePavilion((state) => menuLabel(action, state.settings));
  const [hovered, setHovered] = useState(false);
  const { x, y } = buttonOffset(index);

  const press = (event: ThreeEvent<MouseEvent>) => {
    // The menu is in front of whatever it covers: only it takes the press.
    event.stopPropagation();
    const state = store.getState();
    const change = settingsChange(action, state.settings);
    if (change) state.setSettings(change);
    if (action === 'hub') {
      state.travelTo('hub', 'click');
      menu.close();
    }
    if (action === 'exit') {
      menu.close();
      session?.end().catch(() => undefined);
    }
  };

  // Spread: the a11y lint reads three elements as DOM; on a desktop the DOM's own controls
  // (Comfort, the home button) do what this menu does.
  const interaction = {
    onClick: press,
    onPointerOver: () => setHovered(true),
    onPointerOut: () => setHovered(false),
  };
  return (
    <group position={[x, y, 0]}>
      <mesh name={`headset-menu-${action}`} {...interaction}>
        <boxGeometry args={[MENU_BUTTON.width, MENU_BUTTON.height, MENU_BUTTON.depth]} />
        <meshBasicMaterial color={hovered ? BUTTON_HOVER : BUTTON} toneMapped={false} />
      </mesh>
      <Label
        text={label}
        position={[0, 0, MENU_BUTTON.depth / 2 + 0.001]}
        fontSize={0.024}
        anchorX="center"
        anchorY="middle"
        color={TEXT}
        raycast={noRaycast}
      />
    </group>
  );
}
