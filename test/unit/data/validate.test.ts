import { describe, expect, it } from 'vitest';
import {
  type GuideInput,
  GuideValidationError,
  guideWeights,
  parseGuide,
  safeParseGuide,
} from '../../../src/data';
import { embeddedGuide } from '../../../src/data/guide';

/** A fresh, editable copy of the embedded guide, changed by `edit` before validation. */
function problemsAfter(edit: (guide: GuideInput) => void): readonly string[] {
  const guide = structuredClone(embeddedGuide);
  edit(guide);
  const result = safeParseGuide(guide);
  if (result.ok) throw new Error('expected the edited guide to be refused');
  return result.problems;
}

function platformAt(guide: GuideInput, index: number) {
  const platform = guide.platforms[index];
  if (!platform) throw new Error(`no platform at ${index}`);
  return platform;
}

describe('guide validation', () => {
  it('refuses a platform with a missing field, naming the platform and the field', () => {
    const problems = problemsAfter((guide) => {
      Reflect.deleteProperty(platformAt(guide, 3), 'summary');
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^platform "voxels": summary = undefined: /);
  });

  it('names a platform by its index when its id itself is missing', () => {
    const problems = problemsAfter((guide) => {
      Reflect.deleteProperty(platformAt(guide, 2), 'id');
    });
    expect(problems.some((p) => p.startsWith('platforms[2]: id = undefined: '))).toBe(true);
  });

  it('refuses an alternative that names no platform in the dataset', () => {
    const problems = problemsAfter((guide) => {
      platformAt(guide, 3).alternatives = ['hyperfy'];
    });
    expect(problems).toEqual([
      'platform "voxels": alternatives[0] = "hyperfy" names no platform in this dataset',
    ]);
  });

  it('refuses a platform listed as its own alternative', () => {
    const problems = problemsAfter((guide) => {
      platformAt(guide, 4).alternatives.push('spatial');
    });
    expect(problems).toEqual([
      'platform "spatial": alternatives[2] = "spatial" names the platform itself',
    ]);
  });

  it('refuses a weight below zero, naming the criterion and the value', () => {
    const problems = problemsAfter((guide) => {
      const ux = guide.criteria.find((criterion) => criterion.id === 'ux');
      if (ux) ux.weight = -2;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^criterion "ux": weight = -2: /);
  });

  it('refuses a weight that is not finite', () => {
    const problems = problemsAfter((guide) => {
      const first = guide.criteria[0];
      if (first) first.weight = Number.POSITIVE_INFINITY;
    });
    expect(problems[0]).toMatch(/^criterion "liquidity": weight = Infinity: /);
  });

  it('refuses a methodology whose weights are all zero', () => {
    const problems = problemsAfter((guide) => {
      for (const criterion of guide.criteria) criterion.weight = 0;
    });
    expect(problems).toEqual(['criteria: every weight = 0; at least one weight must be above 0']);
  });

  it('refuses a criterion listed twice and reports the one left out', () => {
    const problems = problemsAfter((guide) => {
      const last = guide.criteria[5];
      if (last) last.id = 'ux';
    });
    expect(problems).toEqual([
      'criterion "ux" (criteria[5]): id = "ux" is listed twice',
      'criteria: no entry for criterion "support"',
    ]);
  });

  it('refuses a duplicate platform id, naming both places it appears', () => {
    const problems = problemsAfter((guide) => {
      platformAt(guide, 6).id = 'mona';
    });
    expect(problems).toContain(
      'platform "mona" (platforms[6]): id = "mona" is already used by platforms[5]',
    );
  });

  it('refuses a duplicate rank, naming the platform that already holds it', () => {
    const problems = problemsAfter((guide) => {
      platformAt(guide, 4).rank = 4;
    });
    expect(problems).toEqual(['platform "spatial": rank = 4 is already held by platform "voxels"']);
  });

  it('refuses a decision-guide entry that names no platform', () => {
    const problems = problemsAfter((guide) => {
      const entry = guide.decisionGuide[3];
      if (entry) entry.platformId = 'monaverse';
    });
    expect(problems).toEqual([
      'decisionGuide[3] ("art-exhibitions"): platformId = "monaverse" names no platform in ' +
        'this dataset',
    ]);
  });

  it('refuses a use case that appears twice', () => {
    const problems = problemsAfter((guide) => {
      const entry = guide.decisionGuide[4];
      if (entry) entry.useCase = 'art-exhibitions';
    });
    expect(problems).toEqual([
      'decisionGuide[4] ("art-exhibitions"): useCase = "art-exhibitions" is already used by ' +
        'decisionGuide[3]',
    ]);
  });

  it('refuses input that is not a guide at all', () => {
    const result = safeParseGuide('not a guide');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^guide: \(root\) = "not a guide": /);
  });

  it('throws a GuideValidationError that carries every problem', () => {
    const guide = structuredClone(embeddedGuide);
    platformAt(guide, 0).rank = 2;
    platformAt(guide, 1).alternatives = ['nowhere'];
    let caught: unknown;
    try {
      parseGuide(guide);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GuideValidationError);
    const problems = (caught as GuideValidationError).problems;
    expect(problems).toHaveLength(2);
    expect((caught as GuideValidationError).message).toContain(problems[0]);
  });

  it('maps a validated methodology to a weight for every criterion', () => {
    const guide = structuredClone(embeddedGuide);
    for (const criterion of guide.criteria) criterion.weight = criterion.id === 'ux' ? 7 : 1;
    expect(guideWeights(parseGuide(guide))).toEqual({
      liquidity: 1,
      security: 1,
      coverage: 1,
      costs: 1,
      ux: 7,
      support: 1,
    });
  });
});
