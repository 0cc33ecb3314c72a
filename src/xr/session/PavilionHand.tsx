import {
  CombinedPointer,
  DefaultXRHandTouchPointer,
  DefaultXRInputSourceRayPointer,
  XRSpace,
} from '@react-three/xr';
import { CLICK_MS } from './PavilionController';

/**
 * A tracked hand as the pavilion draws it: a fingertip dot that presses what it touches and a
 * short ray, pinched to press from afar. No hand model is loaded.
 */
export function PavilionHand() {
  return (
    <>
      <XRSpace space="index-finger-tip">
        <mesh>
          <sphereGeometry args={[0.008, 10, 8]} />
          <meshBasicMaterial color="#e9edf5" />
        </mesh>
      </XRSpace>
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
