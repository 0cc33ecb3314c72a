import { usePavilion, usePavilionStore } from '../state/context';
import { useRecommendation } from '../state/recommendation';
import { stopAtSurface } from '../world/claimClick';
import { guidePickNote } from './resultHeadline';
import {
  BOARD,
  BOARD_LEFT,
  BOARD_LIFT,
  BOARD_TOP,
  COLUMN,
  NAV_PLATES,
  NAV_Y,
  stepLayout,
} from './standLayout';
import { Plate, STAND_COLOURS, type StandLabel } from './standParts';
import { isResult, type KioskStep, selected } from './steps';
import { type KioskControls, useKiosk } from './useKiosk';

/**
 * The kiosk in the world: a lectern board on the hub's plinth, facing the visitor's first view.
 * It drives the same step machine as the DOM panel, so it works wherever the DOM does not reach
 * (a headset). Sizes are in metres on the board; the board is tilted back for reading.
 */

export interface KioskStandProps {
  readonly Label: StandLabel;
  /** The plinth's centre on the floor and the height of its top. */
  readonly at: readonly [number, number];
  /** Turns the board's face (its local +z) towards where visitors come from. */
  readonly yaw: number;
  readonly plinthTop: number;
}

const W = BOARD.width;
const LEFT = BOARD_LEFT;
const TOP = BOARD_TOP;

/** Option plates in two columns under each legend, top to bottom. */
function StepBody({
  kiosk,
  step,
  Label,
}: {
  kiosk: KioskControls;
  step: KioskStep;
  Label: StandLabel;
}) {
  const redFlags = usePavilion((s) => s.guide.redFlags);
  if (step.groups.length === 0) {
    return (
      <Label
        text={redFlags.map((flag) => `• ${flag}`).join('\n')}
        position={[LEFT, 0.36, 0.03]}
        fontSize={0.055}
        maxWidth={W - 0.2}
        anchorX="left"
        anchorY="top"
        color={STAND_COLOURS.text}
      />
    );
  }

  const layout = stepLayout(step);
  const items = step.groups.map((group, g) => {
    const legendY = layout[g]?.legendY ?? 0;
    const chosen = selected(kiosk.state, group);
    const plates = group.options.map((option, index) => (
      <Plate
        key={option.value}
        Label={Label}
        name={`option:${group.field}:${option.value}`}
        text={option.label}
        position={[...(layout[g]?.plates[index] ?? [0, 0])]}
        width={COLUMN}
        chosen={chosen.includes(option.value)}
        onPress={() => kiosk.choose(group, option.value)}
      />
    ));
    return (
      <group key={group.field}>
        <Label
          text={group.legend}
          position={[LEFT, legendY, 0.03]}
          fontSize={0.05}
          anchorX="left"
          anchorY="top"
          color={STAND_COLOURS.muted}
          bold
        />
        {plates}
      </group>
    );
  });
  return <>{items}</>;
}

function StepFace({ kiosk, Label }: { kiosk: KioskControls; Label: StandLabel }) {
  const step = kiosk.steps[kiosk.state.step];
  if (!step) return null;
  const last = kiosk.state.step === kiosk.steps.length - 1;
  const header = `HELP ME CHOOSE  ·  Step ${kiosk.state.step + 1} of ${kiosk.steps.length}`;
  return (
    <>
      <Label
        text={header}
        position={[LEFT, TOP, 0.03]}
        fontSize={0.05}
        anchorX="left"
        color={STAND_COLOURS.chosen}
        bold
      />
      <Label
        text={step.question}
        position={[LEFT, TOP - 0.1, 0.03]}
        fontSize={0.085}
        anchorX="left"
        color={STAND_COLOURS.text}
        bold
        maxWidth={W - 0.2}
      />
      <StepBody kiosk={kiosk} step={step} Label={Label} />
      {kiosk.state.step > 0 && (
        <Plate
          Label={Label}
          name="nav:back"
          text="Back"
          position={[...NAV_PLATES.back]}
          width={0.56}
          onPress={kiosk.back}
        />
      )}
      {step.groups.length > 0 && (
        <Plate
          Label={Label}
          name="nav:skip"
          text="Skip"
          position={[...NAV_PLATES.skip]}
          width={0.56}
          onPress={kiosk.skip}
        />
      )}
      <Plate
        Label={Label}
        name="nav:next"
        text={last ? 'See my picks' : 'Next'}
        position={[...NAV_PLATES.next]}
        width={0.56}
        primary
        onPress={kiosk.next}
      />
    </>
  );
}

function ResultFace({ kiosk, Label }: { kiosk: KioskControls; Label: StandLabel }) {
  const store = usePavilionStore();
  const guide = usePavilion((s) => s.guide);
  const result = useRecommendation();
  const nameOf = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;
  const picks = result.ok ? result.recommendation.picks.slice(0, 3) : [];
  // The stand has no room for the reasons; the panel lists them under "Ruled out".
  const note = result.ok ? guidePickNote(result.recommendation.guidePick, nameOf, false) : null;
  const top = picks[0];
  const lines = picks.map((pick) => `${pick.position}.  ${nameOf(pick.id)}`);

  return (
    <>
      <Label
        text="YOUR TOP THREE"
        position={[LEFT, TOP, 0.03]}
        fontSize={0.05}
        anchorX="left"
        color={STAND_COLOURS.chosen}
        bold
      />
      <Label
        text={lines.join('\n') || 'Every platform was ruled out.'}
        position={[LEFT, TOP - 0.1, 0.03]}
        fontSize={0.1}
        lineHeight={1.3}
        anchorX="left"
        anchorY="top"
        color={STAND_COLOURS.text}
        bold
      />
      {note && (
        <Label
          text={note}
          position={[LEFT, -0.08, 0.03]}
          fontSize={0.05}
          maxWidth={W - 0.2}
          anchorX="left"
          anchorY="top"
          color={STAND_COLOURS.muted}
        />
      )}
      {top && (
        <Plate
          Label={Label}
          name="result:travel"
          text={`Take me there: ${nameOf(top.id)}`}
          position={[0, -0.36]}
          width={1.4}
          height={0.16}
          fontSize={0.06}
          primary
          onPress={() => store.getState().travelTo({ booth: top.id }, 'kiosk')}
        />
      )}
      <Plate
        Label={Label}
        name="nav:change"
        text="Change answers"
        position={[-0.46, NAV_Y]}
        width={0.8}
        onPress={() => kiosk.goTo(0)}
      />
      <Plate
        Label={Label}
        name="nav:restart"
        text="Start over"
        position={[0.46, NAV_Y]}
        width={0.8}
        onPress={kiosk.restart}
      />
    </>
  );
}

/** The panel between its plates: a click there hits the kiosk, not the booth behind it. */
const surface = { onClick: stopAtSurface };

export function KioskStand3D({ Label, at, yaw, plinthTop }: KioskStandProps) {
  const kiosk = useKiosk();
  return (
    <group position={[at[0], plinthTop, at[1]]} rotation={[0, yaw, 0]}>
      <group rotation={[BOARD.tilt, 0, 0]} position={[0, BOARD_LIFT, 0]}>
        <mesh
          position={[0, 0, -BOARD.depth / 2]}
          scale={[BOARD.width, BOARD.height, BOARD.depth]}
          {...surface}
        >
          <boxGeometry />
          <meshBasicMaterial color={STAND_COLOURS.board} toneMapped={false} />
        </mesh>
        {isResult(kiosk.state, kiosk.steps) ? (
          <ResultFace kiosk={kiosk} Label={Label} />
        ) : (
          <StepFace kiosk={kiosk} Label={Label} />
        )}
      </group>
    </group>
  );
}
