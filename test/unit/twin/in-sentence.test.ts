import { describe, expect, it } from 'vitest';
import { loadEmbeddedGuide } from '../../../src/data';
import { inSentence } from '../../../src/twin/format';

describe('a phrase set inside a sentence', () => {
  it('lower-cases the first letter of an ordinary first word, and nothing else', () => {
    expect(inSentence('Brand and IP campaigns with seasons of user content')).toBe(
      'brand and IP campaigns with seasons of user content',
    );
    expect(inSentence('Immersion built for VR')).toBe('immersion built for VR');
    expect(inSentence('A massive, interoperable metaRPG (still in development)')).toBe(
      'a massive, interoperable metaRPG (still in development)',
    );
  });

  it('keeps an acronym or a coined name that opens the phrase', () => {
    expect(inSentence('NFT galleries in minutes')).toBe('NFT galleries in minutes');
    expect(inSentence('MetaRPG worlds')).toBe('MetaRPG worlds');
    expect(inSentence('VR, first')).toBe('VR, first');
    expect(inSentence('Web3 land')).toBe('Web3 land');
  });

  it('keeps a name it is given, but not a word that merely starts like one', () => {
    expect(inSentence('The Sandbox seasons', ['The Sandbox'])).toBe('The Sandbox seasons');
    expect(inSentence('The Sandboxes', ['The Sandbox'])).toBe('the Sandboxes');
    expect(inSentence('Spatial.io events', ['Spatial.io'])).toBe('Spatial.io events');
  });

  it("reads well for every line of the guide's decision guide", () => {
    const guide = loadEmbeddedGuide();
    const names = guide.platforms.map((p) => p.name);
    const phrases = guide.decisionGuide.map((entry) => inSentence(entry.label, names));
    expect(phrases).toContain('brand and IP campaigns with seasons of user content');
    expect(phrases).toContain('NFT galleries in minutes');
    for (const [i, entry] of guide.decisionGuide.entries()) {
      // Only the first letter may change.
      expect(phrases[i]?.slice(1)).toBe(entry.label.slice(1));
    }
  });
});
