import type { ThreeEvent } from '@react-three/fiber';
import { useMemo } from 'react';
import type { CriterionId } from '../core/criteria';
import { usePavilionStore } from '../state/context';
import type { RankedBooth } from '../state/selectors';
import {
  BAR,
  BOARD,
  BODY_FONT,
  barSlot,
  boardBodyTop,
  boardCenterX,
  HEADER,
  LINE_HEIGHT,
  TEXT_Z,
} from './boothDesign';
import { boothTexts, criterionLine } from './boothText';
import { buttonMaterial } from './buttonMaterial';
import { claimClick } from './claimClick';
import { emphasisRanges } from './emphasis';
import { Label } from './Label';
import { boothColours, HALL } from './palette';
import { unitBox } from './resources';

const TITLE_FONT = 0.15;
const INNER = BOARD.width - 2 * BOARD.padding;
const boardLeft = (index: number) => boardCenterX(index) - BOARD.width / 2 + BOARD.padding;
const titleY = BOARD.bottom + BOARD.height - BOARD.padding;

function BoardTitle({ index, text }: { index: number; text: string }) {
  return (
    <Label
      bold
      text={text.toUpperCase()}
      position={[boardLeft(index), titleY, TEXT_Z]}
      fontSize={TITLE_FONT}
      anchorX="left"
      anchorY="top"
      letterSpacing={0.04}
      color={HALL.panelText}
    />
  );
}

function BoardBody({
  index,
  text,
  accent,
  top = boardBodyTop(),
  indent = 0,
}: {
  index: number;
  text: string;
  accent: string;
  top?: number;
  indent?: number;
}) {
  const colorRanges = useMemo(() => emphasisRanges(text, HALL.panelText, accent), [text, accent]);
  return (
    <Label
      text={text}
      colorRanges={colorRanges}
      position={[boardLeft(index) + indent, top, TEXT_Z]}
      fontSize={BODY_FONT}
      lineHeight={LINE_HEIGHT}
      maxWidth={INNER - indent}
      anchorX="left"
      anchorY="top"
      color={HALL.panelText}
    />
  );
}

const BUTTON = { height: 0.24, gap: 0.08 } as const;

/** A travel control: a coloured plate with the alternative's name; a click walks there. */
function TravelButton({
  id,
  name,
  index,
  y,
}: {
  id: string;
  name: string;
  index: number;
  y: number;
}) {
  const store = usePavilionStore();
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    claimClick(event);
    store.getState().travelTo({ booth: id }, 'click');
  };
  // Spread: the a11y lint reads three elements as DOM; the DOM twin has the accessible controls.
  const interaction = { onClick };
  return (
    <group position={[boardLeft(index) + INNER / 2, y, TEXT_Z - 0.01]}>
      <mesh
        geometry={unitBox}
        material={buttonMaterial}
        scale={[INNER, BUTTON.height, 0.03]}
        {...interaction}
      />
      <Label
        bold
        text={`Visit ${name}  ›`}
        position={[-INNER / 2 + 0.1, 0, 0.03]}
        fontSize={0.1}
        anchorX="left"
        color={HALL.onDeep}
      />
    </group>
  );
}

/**
 * What a visitor reads up close: "best for", the score's parts, and the four boards. Mounted only
 * while the camera is near the booth, so far booths cost no text draw calls.
 */
export function BoothDetail({
  booth,
  nameOf,
  criterionLabels,
}: {
  booth: RankedBooth;
  nameOf: (id: string) => string | null;
  criterionLabels: Readonly<Record<CriterionId, string>>;
}) {
  const texts = useMemo(() => boothTexts(booth.platform, nameOf), [booth.platform, nameOf]);
  const criteria = booth.ranked.contributions;
  const lines = (from: number) =>
    criteria
      .slice(from, from + 3)
      .map((c) => criterionLine(criterionLabels[c.criterion], c))
      .join('\n');
  const colours = boothColours(booth.platform.id);
  const accent = colours.deep;
  const bestFor = `BEST FOR  ${booth.platform.bestFor}`;
  const bestForRanges = useMemo(
    () => emphasisRanges(bestFor, HALL.onDeep, colours.bright),
    [bestFor, colours.bright],
  );
  const travelTop = boardBodyTop() - 0.02;
  const afterButtons =
    travelTop - texts.alternatives.travel.length * (BUTTON.height + BUTTON.gap) - 0.06;

  return (
    <>
      <Label
        text={bestFor}
        colorRanges={bestForRanges}
        position={[HEADER.left, HEADER.top, TEXT_Z]}
        fontSize={0.12}
        lineHeight={1.25}
        maxWidth={4.1}
        anchorX="left"
        anchorY="top"
        color={HALL.onDeep}
      />
      {[0, 3].map((from) => {
        const slot = barSlot(from);
        return (
          <Label
            key={from}
            text={lines(from)}
            position={[slot.x + BAR.track + BAR.labelGap, HEADER.top, TEXT_Z]}
            fontSize={0.1}
            lineHeight={HEADER.rowHeight / 0.1}
            anchorX="left"
            anchorY="top"
            color={HALL.onDeepMuted}
          />
        );
      })}

      <BoardTitle index={0} text={texts.features.title} />
      <BoardBody index={0} accent={accent} text={texts.features.body} />
      <BoardTitle index={1} text={texts.fees.title} />
      <BoardBody index={1} accent={accent} text={texts.fees.body} />
      <BoardTitle index={2} text={texts.devices.title} />
      <BoardBody
        index={2}
        accent={accent}
        indent={0.2}
        text={`${texts.devices.lines.map((line) => line.text).join('\n')}\n\n${texts.devicesFooter}`}
      />
      <BoardTitle index={3} text={texts.alternatives.title} />
      {texts.alternatives.travel.map((alternative, i) => (
        <TravelButton
          key={alternative.id}
          id={alternative.id}
          name={alternative.name}
          index={3}
          y={travelTop - BUTTON.height / 2 - i * (BUTTON.height + BUTTON.gap)}
        />
      ))}
      <BoardBody index={3} accent={accent} top={afterButtons} text={texts.alternatives.body} />
    </>
  );
}
