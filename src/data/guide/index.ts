import type { GuideInput } from '../schema';
import { beginnerMistakes, faq, redFlags, securityTips } from './advice';
import { checklist } from './checklist';
import { decisionGuide } from './decision-guide';
import { methodology } from './methodology';
import { decentraland } from './platforms/decentraland';
import { mona } from './platforms/mona';
import { niftyIsland } from './platforms/nifty-island';
import { oncyber } from './platforms/oncyber';
import { otherside } from './platforms/otherside';
import { somniumSpace } from './platforms/somnium-space';
import { spatial } from './platforms/spatial';
import { theSandbox } from './platforms/the-sandbox';
import { upland } from './platforms/upland';
import { voxels } from './platforms/voxels';

/**
 * The September 2025 guide, rewritten in our own words, as plain data. It is input, not a
 * trusted value: `loadEmbeddedGuide` runs it through the same validation as any other dataset.
 */
export const embeddedGuide: GuideInput = {
  title: 'Leading metaverse platforms',
  tagline:
    'Ten virtual worlds for brands, creators and players, set side by side on features, ' +
    'costs, devices and uses.',
  lastUpdated: '2025-09',
  criteria: methodology,
  platforms: [
    decentraland,
    theSandbox,
    somniumSpace,
    voxels,
    spatial,
    mona,
    oncyber,
    niftyIsland,
    upland,
    otherside,
  ],
  decisionGuide,
  checklist,
  redFlags,
  securityTips,
  beginnerMistakes,
  faq,
};
