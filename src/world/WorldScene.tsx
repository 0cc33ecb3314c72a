import { useCallback, useMemo } from 'react';
import { CRITERION_IDS, type CriterionId } from '../core/criteria';
import { weightsInPercent } from '../core/weights';
import { guideWeights } from '../data/weights';
import { usePavilionDerived } from '../state/selectors';
import { BoothDetail } from './BoothDetail';
import { BoothSign } from './BoothSign';
import { boardSketches } from './boardSketch';
import { boothParts } from './boothDesign';
import { Hub } from './Hub';
import { hubParts } from './hubDesign';
import { InstancedParts } from './InstancedParts';
import { boothColours } from './palette';
import { Surroundings } from './Surroundings';
import { useBoothLod } from './useBoothLod';
import { useRingTransition } from './useRingTransition';

/** The whole hall: sky, floor, hub and one booth per platform around the ring, in rank order. */
export function WorldScene() {
  const derived = usePavilionDerived();
  const { guide, weights, booths } = derived;
  const ids = useMemo(() => booths.map((booth) => booth.platform.id), [booths]);
  const layout = useRingTransition(derived.layout, ids);

  const parts = useMemo(() => {
    const current = weightsInPercent(weights);
    const published = weightsInPercent(guideWeights(guide));
    const ring = booths.flatMap((booth, i) => {
      const placement = layout.booths[i];
      if (!placement) return [];
      return boothParts({
        id: booth.platform.id,
        placement,
        colours: boothColours(booth.platform.id),
        contributions: booth.ranked.contributions,
        devices: [
          booth.platform.devices.web,
          booth.platform.devices.desktop,
          booth.platform.devices.mobile,
          booth.platform.devices.headset,
        ],
      });
    });
    return [...hubParts(current, published), ...ring];
  }, [guide, weights, booths, layout]);

  const names = useMemo(
    () => new Map(guide.platforms.map((platform) => [platform.id, platform.name])),
    [guide],
  );
  const nameOf = useCallback((id: string) => names.get(id) ?? null, [names]);
  const criterionLabels = useMemo(() => {
    const entries = CRITERION_IDS.map((id) => [
      id,
      guide.criteria.find((criterion) => criterion.id === id)?.label ?? id,
    ]);
    return Object.fromEntries(entries) as Record<CriterionId, string>;
  }, [guide]);
  const currentPercent = useMemo(() => weightsInPercent(weights), [weights]);
  const lod = useBoothLod(layout);
  const sketches = useMemo(
    () =>
      boardSketches(
        booths.map((booth) => ({
          id: booth.platform.id,
          colours: boothColours(booth.platform.id),
        })),
        layout.booths,
        lod.details,
      ),
    [booths, layout, lod.details],
  );

  return (
    <>
      <Surroundings layout={layout} />
      <Hub guide={guide} current={currentPercent} />
      <InstancedParts parts={parts} />
      {/* Its own instanced set: its count changes as booths come near, the hall's does not. */}
      <InstancedParts parts={sketches} />
      {booths.map((booth, i) => {
        const placement = layout.booths[i];
        if (!placement || !(lod.signs.has(i) || lod.details.has(i))) return null;
        return (
          <group
            key={booth.platform.id}
            position={[...placement.position]}
            rotation={[0, placement.rotationY, 0]}
            scale={placement.scale}
          >
            <BoothSign booth={booth} rank={i + 1} />
            {lod.details.has(i) && (
              <BoothDetail booth={booth} nameOf={nameOf} criterionLabels={criterionLabels} />
            )}
          </group>
        );
      })}
    </>
  );
}
