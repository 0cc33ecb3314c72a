import type { Platform } from '../../schema';

export const upland: Platform = {
  id: 'upland',
  name: 'Upland',
  rank: 9,
  bestFor: 'Building cities on a map of the real world',
  summary:
    'Upland is a city-building game laid over real-world geography, centred on owning and ' +
    'developing digital property inside an open economy. Strategy players like it, and brands ' +
    'use it for pop-up appearances.',
  bestUses: [
    'Players who buy and resell property',
    'Fans of city simulation',
    'Brand tie-ins linked to real places',
  ],
  features: [
    'Maps of the real world',
    'Trading in property',
    'APIs for developers',
    'Integrations with avatars',
  ],
  costs: {
    notes:
      'The marketplace charges fees, and the rules for its token and for withdrawals depend ' +
      'on the region.',
    freeToStart: 'not-stated',
    feeKinds: ['marketplace'],
  },
  availability: {
    kind: 'varies-by-region',
    note: 'Anyone can join, but local rules limit what you can do.',
  },
  considerIf: 'You want play tied to real geography and an economy built around property.',
  alternatives: ['the-sandbox', 'decentraland'],
  alternativesElsewhere: [],
  devices: {
    web: 'not-stated',
    desktop: 'not-stated',
    mobile: 'not-stated',
    headset: 'not-stated',
  },
  tooling: { 'no-code': 'not-stated', sdk: 'supported', unity: 'not-stated' },
  wallet: {
    need: 'for-ownership',
    note: 'Property is traded in an open economy with its own token, so ownership needs a wallet.',
  },
  performance: 'not-stated',
  watchOuts: [
    'Rules on the token and on withdrawing money differ by region: check yours first.',
    'Availability is global in principle but varies in practice.',
    'The economy centres on property, so values can move with the market.',
  ],
  officialDomain: 'upland.me',
  subScores: {
    liquidity: {
      score: 6,
      rationale: 'An open property economy with active trading among strategy players.',
    },
    security: {
      score: 6,
      rationale: 'Regional token and withdrawal rules make terms harder to read at a glance.',
    },
    coverage: {
      score: 6,
      rationale: 'Developer APIs and avatar integrations; devices are not stated.',
    },
    costs: {
      score: 5,
      rationale: 'Marketplace fees, and cash-out rules that change by region.',
    },
    ux: {
      score: 6,
      rationale: 'Familiar city-builder play; onboarding is not described.',
    },
    support: {
      score: 6,
      rationale: 'APIs for developers suggest some docs; support is not described.',
    },
  },
};
