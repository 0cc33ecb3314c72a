import type { Platform } from '../../schema';

export const decentraland: Platform = {
  id: 'decentraland',
  name: 'Decentraland',
  rank: 1,
  bestFor: 'Open social worlds you enter straight from a web browser',
  summary:
    'Among the first 3D worlds to run natively in the browser, Decentraland lets people own ' +
    'land and is known for a busy calendar of conferences, fashion shows and art events. ' +
    'Governance by a DAO and openly available building tools make it a dependable home for ' +
    'brand activations and community hubs.',
  bestUses: [
    'Events that start on the web',
    'Brand galleries',
    'Storefronts for creators',
    'Communities run as DAOs',
  ],
  features: [
    'Land and wearables held as NFTs',
    'A calendar of events',
    'A no-code builder plus an SDK',
    'Governance through a DAO',
  ],
  costs: {
    notes: 'Fees on the asset marketplace are not fixed, and actions recorded on-chain cost gas.',
    freeToStart: 'not-stated',
    feeKinds: ['marketplace', 'gas'],
  },
  availability: { kind: 'global', note: 'It runs in the browser.' },
  considerIf:
    'Open standards and community tools with a long track record matter more to you than the ' +
    'newest graphics.',
  alternatives: ['the-sandbox', 'spatial'],
  alternativesElsewhere: [],
  devices: { web: 'supported', desktop: 'not-stated', mobile: 'not-stated', headset: 'not-stated' },
  tooling: { 'no-code': 'supported', sdk: 'supported', unity: 'not-stated' },
  wallet: {
    need: 'for-ownership',
    note: 'Land and wearables are NFTs, so owning or trading them means holding a wallet.',
  },
  performance: 'not-stated',
  watchOuts: [
    'Marketplace fees vary from asset to asset: check them before you buy or sell.',
    'Every on-chain action adds a gas fee on top.',
    'The visuals trail newer, graphics-heavy worlds.',
  ],
  officialDomain: 'decentraland.org',
  subScores: {
    liquidity: {
      score: 9,
      rationale: 'Early mover with owned land, wearables and a lively events culture.',
    },
    security: {
      score: 9,
      rationale: 'DAO governance and NFT ownership make custody and rules open to inspection.',
    },
    coverage: {
      score: 7,
      rationale: 'Browser access plus builder and SDK; other device classes are not stated.',
    },
    costs: {
      score: 7,
      rationale: 'Variable marketplace fees plus gas on-chain; no subscription is mentioned.',
    },
    ux: {
      score: 7,
      rationale: 'Opens in the browser; open tooling comes ahead of cutting-edge graphics.',
    },
    support: {
      score: 9,
      rationale: 'Long-running community tooling and an events calendar.',
    },
  },
};
