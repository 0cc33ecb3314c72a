import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { initialResolution, nextResolution, resolutionCap } from './resolution';

/** The highest pixel ratio for this device, where the Canvas starts (see `resolutionCap`). */
export function devicePixelRatioCap(): number {
  if (typeof window === 'undefined') return 1;
  const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  return resolutionCap(window.devicePixelRatio || 1, coarse);
}

interface AdaptiveResolutionProps {
  /** The starting and highest ratio. */
  readonly cap: number;
  /**
   * Receives each new ratio. The Canvas must get it as its `dpr` prop: fiber resets the ratio to
   * the prop whenever the Canvas renders, so a ratio set only inside the Canvas would not last.
   */
  readonly onChange: (dpr: number) => void;
}

/**
 * Lowers the pixel ratio while frames are slow and raises it back when they recover. It only
 * listens to frames that are drawn anyway, so a still world stays without frames. In a headset
 * session the XR framebuffer sets the resolution, so it stands aside.
 */
export function AdaptiveResolution({ cap, onChange }: AdaptiveResolutionProps) {
  const get = useThree((state) => state.get);
  const resolution = useRef(initialResolution(cap));
  const lastFrame = useRef<number | null>(null);
  // Whether the last drawn frame asked for another: fiber's count of frames still to draw.
  const moreAsked = useRef(false);

  useEffect(
    () =>
      addAfterEffect(() => {
        moreAsked.current = get().internal.frames > 0;
      }),
    [get],
  );

  useFrame(({ gl }) => {
    const now = performance.now();
    const previous = lastFrame.current;
    lastFrame.current = now;
    if (previous === null || gl.xr.isPresenting) return;

    const frame = { gapMs: now - previous, backToBack: moreAsked.current };
    const next = nextResolution(resolution.current, frame, cap);
    if (next.dpr !== resolution.current.dpr) onChange(next.dpr);
    resolution.current = next;
  });
  return null;
}
