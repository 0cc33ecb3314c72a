import { type ReactNode, useMemo } from 'react';
import { CRITERION_IDS, type Weights } from '../core/criteria';
import type { Guide } from '../data/schema';
import { HUB_CANOPY, HUB_PANELS, HUB_RADIUS, KIOSK } from '../floorplan/layout';
import { emphasisRanges } from './emphasis';
import { HUB_BOARD, HUB_BOARD_SLOTS, HUB_TEXT_Z, METHOD_ROWS, methodologyRowY } from './hubDesign';
import {
  decisionGuideText,
  faqTexts,
  type HubBoardText,
  mistakesText,
  securityText,
  welcomeText,
} from './hubText';
import { Label } from './Label';
import { HALL } from './palette';

const BODY_FONT = 0.12;

function HubBoard({ slot, children }: { slot: number; children: ReactNode }) {
  const panel = HUB_PANELS[slot];
  if (!panel) return null;
  return (
    <group position={[...panel.position]} rotation={[0, panel.rotationY, 0]}>
      {children}
    </group>
  );
}

function boardGeometry(slot: number) {
  const panel = HUB_PANELS[slot];
  const width = panel?.width ?? 4;
  const top = (panel?.bottom ?? 0) + (panel?.height ?? 0);
  return { left: -width / 2 + HUB_BOARD.padding, inner: width - 2 * HUB_BOARD.padding, top };
}

function BoardText({
  slot,
  text,
  fontSize = BODY_FONT,
}: {
  slot: number;
  text: HubBoardText;
  fontSize?: number;
}) {
  const { left, inner, top } = boardGeometry(slot);
  const colorRanges = useMemo(
    () => emphasisRanges(text.body, HALL.panelText, HALL.hubHeading),
    [text.body],
  );
  return (
    <HubBoard slot={slot}>
      <Label
        bold
        text={text.title.toUpperCase()}
        position={[left, top - HUB_BOARD.header / 2, HUB_TEXT_Z]}
        fontSize={0.22}
        letterSpacing={0.05}
        anchorX="left"
        color={HALL.onDeep}
      />
      <Label
        text={text.body}
        colorRanges={colorRanges}
        position={[left, top - HUB_BOARD.header - HUB_BOARD.padding, HUB_TEXT_Z]}
        fontSize={fontSize}
        lineHeight={1.3}
        maxWidth={inner}
        anchorX="left"
        anchorY="top"
        color={HALL.panelText}
      />
    </HubBoard>
  );
}

function MethodologyBoard({ guide, current }: { guide: Guide; current: Weights }) {
  const slot = HUB_BOARD_SLOTS.methodology;
  const { left, inner, top } = boardGeometry(slot);
  const labels = CRITERION_IDS.map(
    (id) => guide.criteria.find((criterion) => criterion.id === id)?.label ?? id,
  );
  const values = CRITERION_IDS.map((id) => `${Math.round(current[id])}%`);
  const rowFont = 0.14;
  const firstRowTop = methodologyRowY(0) + METHOD_ROWS.height / 2;
  return (
    <HubBoard slot={slot}>
      <Label
        bold
        text="HOW BOOTHS ARE SCORED"
        position={[left, top - HUB_BOARD.header / 2, HUB_TEXT_Z]}
        fontSize={0.22}
        letterSpacing={0.05}
        anchorX="left"
        color={HALL.onDeep}
      />
      <Label
        text={labels.join('\n')}
        position={[left, firstRowTop, HUB_TEXT_Z]}
        fontSize={rowFont}
        lineHeight={METHOD_ROWS.height / rowFont}
        anchorX="left"
        anchorY="top"
        color={HALL.panelText}
      />
      <Label
        bold
        text={values.join('\n')}
        position={[left + inner, firstRowTop, HUB_TEXT_Z]}
        fontSize={rowFont}
        lineHeight={METHOD_ROWS.height / rowFont}
        anchorX="right"
        anchorY="top"
        textAlign="right"
        color={HALL.panelText}
      />
      <Label
        text={
          'Dark bars: the weights in use now. Thin grey marks: the weights the guide ' +
          'published. A score is the weighted sum of six marks out of 10.'
        }
        position={[left, methodologyRowY(5) - METHOD_ROWS.height / 2 - 0.08, HUB_TEXT_Z]}
        fontSize={0.1}
        lineHeight={1.3}
        maxWidth={inner}
        anchorX="left"
        anchorY="top"
        color={HALL.panelMuted}
      />
    </HubBoard>
  );
}

/** The kiosk's plinth: the checklist kiosk stands here once it is built. */
function KioskPlinth() {
  const [x, z] = KIOSK.center;
  return (
    <group position={[x, 0, z]} rotation={[0, KIOSK.yaw, 0]}>
      <mesh position={[0, 0.08, 0]}>
        <cylinderGeometry args={[KIOSK.radius, KIOSK.radius, 0.16, 8]} />
        <meshStandardMaterial color={HALL.fascia} roughness={0.6} />
      </mesh>
      <mesh position={[0, 0.58, 0]}>
        <cylinderGeometry args={[KIOSK.radius * 0.6, KIOSK.radius * 0.45, 0.84, 8]} />
        <meshStandardMaterial color={HALL.hubAccent} roughness={0.45} metalness={0.2} />
      </mesh>
      <Label
        bold
        text="KIOSK"
        position={[0, 1.01, 0]}
        rotation={[-Math.PI / 2, 0, 0]}
        fontSize={0.16}
        letterSpacing={0.08}
        color={HALL.fascia}
      />
    </group>
  );
}

/** The hub's floor, boards and kiosk plinth; the boards' boxes are drawn by the instanced parts. */
export function Hub({ guide, current }: { guide: Guide; current: Weights }) {
  const [faqFirst, faqSecond] = useMemo(() => faqTexts(guide), [guide]);
  return (
    <>
      <mesh position={[0, 0.03, 0]}>
        <cylinderGeometry args={[HUB_RADIUS, HUB_RADIUS + 0.2, 0.06, 96]} />
        <meshStandardMaterial color={HALL.hubFloor} roughness={0.9} />
      </mesh>
      <mesh position={[0, 0.065, 0]} rotation={[-Math.PI / 2, 0, 0]}>
        <ringGeometry args={[HUB_RADIUS - 0.45, HUB_RADIUS - 0.25, 96]} />
        <meshStandardMaterial color={HALL.hubAccent} roughness={0.6} />
      </mesh>
      <mesh position={[0, HUB_CANOPY.height, 0]} rotation={[Math.PI / 2, 0, 0]}>
        <torusGeometry args={[HUB_CANOPY.radius, 0.12, 10, 96]} />
        <meshStandardMaterial color={HALL.hubAccent} roughness={0.45} metalness={0.2} />
      </mesh>
      <KioskPlinth />
      <BoardText slot={HUB_BOARD_SLOTS.welcome} text={welcomeText(guide)} fontSize={0.15} />
      <BoardText
        slot={HUB_BOARD_SLOTS.decisions}
        text={decisionGuideText(guide)}
        fontSize={0.135}
      />
      <BoardText slot={HUB_BOARD_SLOTS.security} text={securityText(guide)} fontSize={0.15} />
      <BoardText slot={HUB_BOARD_SLOTS.mistakes} text={mistakesText(guide)} fontSize={0.15} />
      <MethodologyBoard guide={guide} current={current} />
      <BoardText slot={HUB_BOARD_SLOTS.faqFirst} text={faqFirst} fontSize={0.108} />
      <BoardText slot={HUB_BOARD_SLOTS.faqSecond} text={faqSecond} fontSize={0.108} />
    </>
  );
}
