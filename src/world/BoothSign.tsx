import type { RankedBooth } from '../state/selectors';
import { FASCIA, TEXT_Z } from './boothDesign';
import { Label } from './Label';
import { HALL } from './palette';

const EDGE = FASCIA.width / 2 - 0.18;

/** The fascia: name on the left, rank and score on the right, large enough to read from the hub. */
export function BoothSign({ booth, rank }: { booth: RankedBooth; rank: number }) {
  return (
    <>
      <Label
        bold
        text={booth.platform.name}
        position={[-EDGE, FASCIA.centerY, TEXT_Z]}
        fontSize={0.42}
        anchorX="left"
        color={HALL.onDeep}
        maxWidth={5.2}
        whiteSpace="nowrap"
      />
      <Label
        bold
        text={`#${rank}  ·  ${booth.ranked.total.toFixed(1)}`}
        position={[EDGE, FASCIA.centerY, TEXT_Z]}
        fontSize={0.34}
        anchorX="right"
        color={HALL.onDeep}
      />
    </>
  );
}
