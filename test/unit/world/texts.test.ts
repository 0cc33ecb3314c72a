import { describe, expect, it } from 'vitest';
import { GUIDE_WEIGHTS, scorePlatform } from '../../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../../src/data';
import { boothTexts, criterionLine } from '../../../src/world/boothText';
import { emphasisRanges, headingLength } from '../../../src/world/emphasis';
import { decisionGuideText, faqTexts, welcomeText } from '../../../src/world/hubText';
import { makePlatform } from '../core/fixtures';

const guide = loadEmbeddedGuide();
const names = new Map(guide.platforms.map((p) => [p.id, p.name]));
const nameOf = (id: string) => names.get(id) ?? null;

describe('what a booth says', () => {
  it('turns every alternative among the booths into a travel control, by name', () => {
    for (const platform of guide.platforms) {
      const { alternatives } = boothTexts(platform, nameOf);
      expect(alternatives.travel.map((t) => t.id)).toEqual(platform.alternatives);
      expect(alternatives.travel.map((t) => t.name)).toEqual(
        platform.alternatives.map((id) => names.get(id)),
      );
    }
  });

  it('shows an alternative that names no booth here as text, not as a control', () => {
    const platform = guide.platforms[0];
    if (!platform) throw new Error('the guide has no platforms');
    const texts = boothTexts({ ...platform, alternatives: ['nowhere-world'] }, nameOf);
    expect(texts.alternatives.travel).toEqual([]);
    expect(texts.alternatives.body).toContain('nowhere-world');
  });

  it('says "not stated" for every device the guide is silent about', () => {
    for (const platform of guide.platforms) {
      for (const line of boothTexts(platform, nameOf).devices.lines) {
        const said = { supported: ': supported', unsupported: ': not supported' }[
          line.coverage as 'supported' | 'unsupported'
        ];
        expect(line.text).toContain(said ?? ': not stated');
      }
    }
  });

  it('lists every feature and best use from the data', () => {
    for (const platform of guide.platforms) {
      const body = boothTexts(platform, nameOf).features.body;
      for (const item of [...platform.features, ...platform.bestUses]) expect(body).toContain(item);
    }
  });
});

describe("a booth's availability", () => {
  const line = (id: string) => {
    const platform = guide.platforms.find((p) => p.id === id);
    if (!platform) throw new Error(`no platform ${id}`);
    const fees = boothTexts(platform, nameOf).fees.body.split('\n');
    return fees.find((text) => text.startsWith('AVAILABILITY  ')) ?? '';
  };

  it('says open worldwide once, with a note only where it adds something', () => {
    expect(line('spatial')).toBe('AVAILABILITY  Open worldwide.');
    expect(line('decentraland')).toBe('AVAILABILITY  Open worldwide. It runs in the browser.');
    expect(line('upland')).toMatch(/^AVAILABILITY {2}Varies by region\. \S/);
    expect(line('otherside')).toMatch(/^AVAILABILITY {2}Access windows only\. \S/);
  });

  it('repeats no word of its own for any platform', () => {
    for (const { id } of guide.platforms) {
      const words: string[] =
        line(id)
          .toLowerCase()
          .match(/[a-z]{5,}/g) ?? [];
      expect(
        words.filter((word, i) => words.indexOf(word) !== i),
        id,
      ).toEqual([]);
    }
  });
});

describe('what the hub says', () => {
  it('shows the guide title and its month of update in words', () => {
    const { body } = welcomeText(guide);
    expect(body).toContain(guide.title.toUpperCase());
    expect(body).toContain('September 2025');
  });

  it('names the platform for every use case of the decision guide', () => {
    const lines = decisionGuideText(guide).body.split('\n');
    expect(lines).toHaveLength(guide.decisionGuide.length);
    guide.decisionGuide.forEach((entry, i) => {
      expect(lines[i]).toContain(entry.label);
      expect(lines[i]).toContain(names.get(entry.platformId));
    });
  });

  it('splits the FAQ over two boards without losing a question', () => {
    const [first, second] = faqTexts(guide);
    for (const { question } of guide.faq) {
      expect(first.body.includes(question) || second.body.includes(question)).toBe(true);
    }
  });
});

describe('coloured headings inside one text', () => {
  it('treats capitals before a double space, and questions, as headings', () => {
    expect(headingLength('WHERE  Available worldwide.')).toBe(5);
    expect(headingLength('Is crypto needed?')).toBe(17);
    expect(headingLength('Free to start: Yes')).toBe(0);
    expect(headingLength('SDK')).toBe(3);
  });

  it('switches to the accent at a heading and back to the base after it', () => {
    const ranges = emphasisRanges('ab\nWALLET  x', '#000000', '#ffffff');
    expect(ranges).toEqual({ 0: 0x000000, 3: 0xffffff, 9: 0x000000 });
  });
});

describe("a score board's criterion lines", () => {
  const platforms = asScoringDataset(guide).platforms;

  it("read the guide's weights as whole ceilings", () => {
    const [first] = platforms;
    if (!first) throw new Error('the guide has no platforms');
    const liquidity = scorePlatform(first, GUIDE_WEIGHTS).contributions[0];
    if (!liquidity) throw new Error('no contributions');
    expect(criterionLine('Liquidity', liquidity)).toMatch(/^Liquidity {2}\d+\.\d of 30$/);
  });

  it('never show more points than the ceiling, under weights that split unevenly', () => {
    // Shares of 160: 18.75, 15.625, 9.375, 9.375, 43.75, 3.125. Whole ceilings read "9.4 of 9".
    const weights = { liquidity: 30, security: 25, coverage: 15, costs: 15, ux: 70, support: 5 };
    for (const platform of platforms) {
      for (const contribution of scorePlatform(platform, weights).contributions) {
        const [points, ceiling] = criterionLine('', contribution).trim().split(' of ').map(Number);
        expect(points).toBeLessThanOrEqual(ceiling ?? Number.NaN);
      }
    }
    const perfect = makePlatform('perfect', 1, [10, 10, 10, 10, 10, 10]);
    const lines = scorePlatform(perfect, weights).contributions.map((c) => criterionLine('', c));
    expect(lines.map((line) => line.trim())).toEqual([
      '18.8 of 18.8',
      '15.6 of 15.6',
      '9.4 of 9.4',
      '9.4 of 9.4',
      '43.8 of 43.8',
      '3.1 of 3.1',
    ]);
  });
});
