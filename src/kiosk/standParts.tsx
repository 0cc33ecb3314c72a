import type { ThreeEvent } from '@react-three/fiber';
import { type ComponentType, useState } from 'react';
import { claimClick } from '../world/claimClick';

/**
 * The pieces the kiosk's 3D face is made of. Text comes in as a component (the world's tracked
 * Label, passed down by the app) so that the kiosk needs nothing from the world's folder.
 */

export interface StandLabelProps {
  readonly text: string;
  readonly position: [number, number, number];
  readonly fontSize: number;
  readonly color: string;
  readonly bold?: boolean;
  readonly anchorX?: 'left' | 'center' | 'right';
  readonly anchorY?: 'top' | 'middle' | 'bottom';
  readonly maxWidth?: number;
  readonly textAlign?: 'left' | 'center' | 'right';
  readonly lineHeight?: number;
}

export type StandLabel = ComponentType<StandLabelProps>;

export const STAND_COLOURS = {
  board: '#131824',
  plate: '#273049',
  plateHover: '#34405f',
  chosen: '#8ab4ff',
  primary: '#ffd166',
  text: '#e9edf5',
  muted: '#a3adc2',
  onLight: '#0b0e14',
} as const;

interface PlateProps {
  readonly Label: StandLabel;
  readonly text: string;
  readonly position: [number, number];
  readonly width: number;
  readonly height?: number;
  readonly chosen?: boolean;
  readonly primary?: boolean;
  readonly fontSize?: number;
  /** Name for tests and debugging, e.g. "option:useCase:vr-immersion". */
  readonly name: string;
  readonly onPress: () => void;
}

/** A pressable plate with its text: the 3D stand's button, radio and checkbox alike. */
export function Plate({
  Label,
  text,
  position,
  width,
  height = 0.13,
  chosen = false,
  primary = false,
  fontSize = 0.046,
  name,
  onPress,
}: PlateProps) {
  const [hovered, setHovered] = useState(false);
  const light = chosen || primary;
  let colour: string = hovered ? STAND_COLOURS.plateHover : STAND_COLOURS.plate;
  if (chosen) colour = STAND_COLOURS.chosen;
  if (primary) colour = STAND_COLOURS.primary;

  const press = (event: ThreeEvent<MouseEvent>) => {
    // The plate answers the click; the booths and the floor behind it must not also travel.
    claimClick(event);
    onPress();
  };

  // Scene objects, not DOM elements: spread so the DOM accessibility lint does not apply.
  const pointer = {
    onClick: press,
    onPointerOver: (event: ThreeEvent<PointerEvent>) => {
      event.stopPropagation();
      setHovered(true);
    },
    onPointerOut: () => setHovered(false),
  };

  return (
    <group position={[position[0], position[1], 0]}>
      <mesh name={name} position={[0, 0, 0.02]} scale={[width, height, 0.02]} {...pointer}>
        <boxGeometry />
        <meshBasicMaterial color={colour} toneMapped={false} />
      </mesh>
      <Label
        text={text}
        // Well clear of the plate's face: from across the hub, closer text flickers into it.
        position={[0, 0, 0.06]}
        fontSize={fontSize}
        maxWidth={width - 0.06}
        textAlign="center"
        anchorX="center"
        anchorY="middle"
        lineHeight={1.15}
        color={light ? STAND_COLOURS.onLight : STAND_COLOURS.text}
        bold={light}
      />
    </group>
  );
}
