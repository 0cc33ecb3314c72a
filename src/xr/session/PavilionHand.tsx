import type { ThreeEvent } from '@react-three/fiber';
import {
  CombinedPointer,
  DefaultXRHandTouchPointer,
  DefaultXRInputSourceRayPointer,
  useXRInputSourceStateContext,
  XRSpace,
} from '@react-three/xr';
import { useMenuSwitch } from './menuSwitch';
import { CLICK_MS } from './PavilionController';

/**
 * A tracked hand as the pavilion draws it: a fingertip dot that presses what it touches and a
 * short ray, pinched to press from afar. No hand model is loaded. The left wrist carries the
 * menu's button, since a hand has no Y button to press.
 */
export function PavilionHand() {
  const state = useXRInputSourceStateContext('hand');
  return (
    <>
      <XRSpace space="index-finger-tip">
        <mesh>
          <sphereGeometry args={[0.008, 10, 8]} />
          <meshBasicMaterial color="#e9edf5" />
        </mesh>
      </XRSpace>
      {state.inputSource.handedness === 'left' && <WristMenuButton />}
      <CombinedPointer>
        <DefaultXRHandTouchPointer clickThresholdMs={CLICK_MS} cursorModel={{ color: '#8ab4ff' }} />
        <DefaultXRInputSourceRayPointer
          makeDefault
          minDistance={0.2}
          clickThresholdMs={CLICK_MS}
          rayModel={{ color: '#8ab4ff', maxLength: 0.25 }}
          cursorModel={{ color: '#8ab4ff' }}
        />
      </CombinedPointer>
    </>
  );
}

/** A small disc on the back of the wrist: touch it with the other hand to open the menu. */
function WristMenuButton() {
  const menu = useMenuSwitch();
  // Spread: the a11y lint reads three elements as DOM; this control exists only in a headset.
  const interaction = {
    onClick: (event: ThreeEvent<MouseEvent>) => {
      event.stopPropagation();
      menu.toggle();
    },
  };
  return (
    <XRSpace space="wrist">
      <mesh name="headset-menu-wrist" position={[0, 0.03, 0]} {...interaction}>
        <cylinderGeometry args={[0.018, 0.018, 0.008, 20]} />
        <meshBasicMaterial color="#ffd166" toneMapped={false} />
      </mesh>
    </XRSpace>
  );
}
