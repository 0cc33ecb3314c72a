import type { Platform } from '../../schema';

export const theSandbox: Platform = {
  id: 'the-sandbox',
  name: 'The Sandbox',
  rank: 2,
  bestFor: 'Game experiences built by users around well-known brands and IP',
  summary:
    'The Sandbox is a game world filled with user-made content, where many brands take part ' +
    'and seasonal campaigns reward both playing and building. Its creation tools, VoxEdit and ' +
    'Game Maker, together with prominent partnerships, draw in a mainstream crowd.',
  bestUses: [
    'Brands and owners of intellectual property',
    'Creators making small games',
    'Events that run in seasons',
  ],
  features: [
    'Game Maker, which needs no code',
    'Collections of avatars',
    'Hubs for brands',
    'Reward pools each season',
  ],
  costs: {
    notes:
      'Trades on the asset and land marketplaces carry fees; seasons come with their own ' +
      'reward structures.',
    freeToStart: 'not-stated',
    feeKinds: ['marketplace', 'land'],
  },
  availability: { kind: 'global' },
  considerIf:
    'You value the pull of big IP and organised events above building a world with no limits.',
  alternatives: ['decentraland', 'upland'],
  alternativesElsewhere: [],
  devices: {
    web: 'not-stated',
    desktop: 'not-stated',
    mobile: 'not-stated',
    headset: 'not-stated',
  },
  tooling: { 'no-code': 'supported', sdk: 'not-stated', unity: 'not-stated' },
  wallet: {
    need: 'for-ownership',
    note: 'Land and assets trade on marketplaces, so ownership runs through a wallet.',
  },
  performance: 'not-stated',
  watchOuts: [
    'Both asset and land trades carry marketplace fees.',
    'Seasonal rewards change from one season to the next: read the current terms.',
    'Worldbuilding follows its structured formats more than open-ended design.',
  ],
  officialDomain: 'sandbox.game',
  subScores: {
    liquidity: {
      score: 9,
      rationale: 'Heavy brand presence and seasonal campaigns bring a mainstream audience.',
    },
    security: {
      score: 8,
      rationale: 'High-profile partners imply brand safeguards; audits are not discussed.',
    },
    coverage: {
      score: 6,
      rationale: 'Strong own toolchain, but the guide names no device classes.',
    },
    costs: {
      score: 6,
      rationale: 'Fees on both asset and land marketplaces.',
    },
    ux: {
      score: 9,
      rationale: 'No-code Game Maker and VoxEdit give creators a clear pipeline.',
    },
    support: {
      score: 8,
      rationale: 'Brand hubs and organised seasons give partners a framework to work in.',
    },
  },
};
