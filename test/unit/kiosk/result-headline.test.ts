import { describe, expect, it } from 'vitest';
import { type ChecklistAnswers, recommend } from '../../../src/core';
import { asScoringDataset, loadEmbeddedGuide } from '../../../src/data';
import { resultHeadline } from '../../../src/kiosk/resultHeadline';

const guide = loadEmbeddedGuide();
const nameOf = (id: string) => guide.platforms.find((p) => p.id === id)?.name ?? id;
const headlineFor = (answers: ChecklistAnswers, withReasons = true) =>
  resultHeadline(recommend(asScoringDataset(guide), answers), nameOf, withReasons);

describe("the kiosk result's headline", () => {
  it('names our first pick, and the guide agreeing, when nothing stands against it', () => {
    expect(headlineFor({ useCase: 'art-exhibitions' })).toEqual({
      lead: 'We recommend Mona.',
      guideNote: "Mona is also the guide's pick for “Art exhibitions in rich detail”.",
    });
  });

  it('names the platform we recommend, not the guide pick a wallet answer ruled out', () => {
    const { lead, guideNote } = headlineFor({ useCase: 'instant-nft-galleries', wallet: 'never' });
    expect(lead).not.toMatch(/OnCyber/i);
    expect(lead).toMatch(/^We recommend [A-Z]/);
    expect(guideNote).toBe(
      "The guide's usual pick for “NFT galleries in minutes” is Oncyber, but your answers " +
        'rule it out. It is built around on-chain assets and needs a crypto wallet, which you ' +
        'ruled out.',
    );
  });

  it('says Spatial is ruled out for corporate events when on-chain ownership is wanted', () => {
    const { lead, guideNote } = headlineFor({ useCase: 'corporate-events', wallet: 'wanted' });
    expect(lead).not.toMatch(/Spatial/);
    expect(guideNote).toMatch(/is Spatial, but your answers rule it out\. .*no on-chain/);
  });

  it('keeps only the plain statement where there is no room for reasons', () => {
    const answers = { useCase: 'massive-metarpg', region: 'open-everywhere-now' } as const;
    expect(headlineFor(answers, false).guideNote).toBe(
      "The guide's usual pick for “A massive, interoperable metaRPG (still in development)” is " +
        'Otherside, but your answers rule it out.',
    );
  });

  it('says nothing of the guide without a use case', () => {
    expect(headlineFor({})).toEqual({ lead: 'We recommend Decentraland.', guideNote: null });
  });
});
