import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PlatformFacts, ScoringDataset } from '../../../src/core/facts';
import { USE_CASE_IDS } from '../../../src/core/facts';
import { type Guide, loadEmbeddedGuide, type Platform, safeParseGuide } from '../../../src/data';
import { embeddedGuide } from '../../../src/data/guide';

const EXPECTED_IDS = [
  'decentraland',
  'the-sandbox',
  'somnium-space',
  'voxels',
  'spatial',
  'mona',
  'oncyber',
  'nifty-island',
  'upland',
  'otherside',
];

describe('the embedded guide', () => {
  const guide = loadEmbeddedGuide();
  const platform = (id: string): Platform => {
    const found = guide.platforms.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no platform "${id}"`);
    return found;
  };

  it('passes validation with no problems', () => {
    expect(safeParseGuide(embeddedGuide)).toMatchObject({ ok: true });
  });

  it('parses once and hands every caller the same frozen copy', () => {
    expect(loadEmbeddedGuide()).toBe(guide);
    expect(Object.isFrozen(guide.platforms[0]?.subScores)).toBe(true);
  });

  it("lists the ten platforms in the guide's rank order", () => {
    expect(guide.platforms.map((p) => p.id)).toEqual(EXPECTED_IDS);
    expect(guide.platforms.map((p) => p.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('resolves every alternative to another platform of the set', () => {
    const ids = new Set(EXPECTED_IDS);
    for (const p of guide.platforms) {
      for (const alternative of p.alternatives) {
        expect(ids.has(alternative), `${p.id} -> ${alternative}`).toBe(true);
        expect(alternative).not.toBe(p.id);
      }
    }
  });

  it('keeps alternatives outside the ten as text', () => {
    expect(platform('voxels').alternativesElsewhere).toEqual(['Hyperfy']);
    expect(platform('nifty-island').alternativesElsewhere).toEqual(['Worldwide Webb']);
  });

  it('carries over the published weights and the update month', () => {
    expect(guide.criteria.map((c) => [c.id, c.weight])).toEqual([
      ['liquidity', 30],
      ['security', 25],
      ['coverage', 15],
      ['costs', 15],
      ['ux', 10],
      ['support', 5],
    ]);
    expect(guide.lastUpdated).toBe('2025-09');
  });

  it('marks only the devices the guide names as supported', () => {
    expect(platform('spatial').devices).toEqual({
      web: 'supported',
      desktop: 'not-stated',
      mobile: 'supported',
      headset: 'supported',
    });
    expect(platform('somnium-space').devices.headset).toBe('supported');
    expect(platform('decentraland').devices.web).toBe('supported');
    expect(platform('voxels').devices.web).toBe('supported');
    const supportedCount = guide.platforms.flatMap((p) =>
      Object.values(p.devices).filter((coverage) => coverage === 'supported'),
    ).length;
    expect(supportedCount).toBe(6);
  });

  it('never claims a device or tool is unsupported, since the guide never says so', () => {
    for (const p of guide.platforms) {
      expect([...Object.values(p.devices), ...Object.values(p.tooling)]).not.toContain(
        'unsupported',
      );
    }
  });

  it('records Upland as varying by region and Otherside as open in access windows', () => {
    expect(platform('upland').availability.kind).toBe('varies-by-region');
    expect(platform('otherside').availability.kind).toBe('access-windows');
    const others = guide.platforms.filter((p) => !['upland', 'otherside'].includes(p.id));
    expect(new Set(others.map((p) => p.availability.kind))).toEqual(new Set(['global']));
  });

  it('says free to start only for Spatial, Oncyber and Nifty Island', () => {
    const free = guide.platforms.filter((p) => p.costs.freeToStart === 'yes').map((p) => p.id);
    expect(free).toEqual(['spatial', 'oncyber', 'nifty-island']);
  });

  it('matches wallet needs to what the guide says about crypto', () => {
    expect(platform('spatial').wallet.need).toBe('none');
    expect(platform('nifty-island').wallet.need).toBe('optional');
    expect(platform('otherside').wallet.need).toBe('required');
  });

  it('sums each platform up in exactly two sentences', () => {
    for (const p of guide.platforms) {
      const sentences = p.summary.split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
      expect(sentences, p.id).toHaveLength(2);
    }
  });

  it('names one platform for each of the ten use cases', () => {
    expect(guide.decisionGuide.map((entry) => entry.useCase).sort()).toEqual(
      [...USE_CASE_IDS].sort(),
    );
    const pick = (useCase: string) =>
      guide.decisionGuide.find((entry) => entry.useCase === useCase)?.platformId;
    expect(pick('corporate-events')).toBe('spatial');
    expect(pick('vr-immersion')).toBe('somnium-space');
  });

  it("holds the guide's two red flags, five tips, five mistakes and seven questions", () => {
    expect(guide.redFlags).toHaveLength(2);
    expect(guide.securityTips).toHaveLength(5);
    expect(guide.beginnerMistakes).toHaveLength(5);
    expect(guide.faq).toHaveLength(7);
  });

  it('is a dataset the scoring core can read', () => {
    expectTypeOf<Platform>().toExtend<PlatformFacts>();
    expectTypeOf<Guide>().toExtend<ScoringDataset>();
    const dataset: ScoringDataset = guide;
    expect(dataset.platforms).toHaveLength(10);
  });
});
