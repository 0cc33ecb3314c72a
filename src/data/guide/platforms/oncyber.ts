import type { Platform } from '../../schema';

export const oncyber: Platform = {
  id: 'oncyber',
  name: 'Oncyber',
  rank: 7,
  bestFor: 'NFT galleries in minutes, and linked worlds for creators',
  summary:
    'Oncyber is the quickest route to a personal world or gallery that displays NFTs, hosted ' +
    'for you and shared through a link. Its Studio now adds tools for building interactive ' +
    'spaces.',
  bestUses: ['Artists and collectors', 'Showcases put up quickly', 'Small experiences for brands'],
  features: [
    'Galleries created in one click',
    'Connecting a wallet',
    'Spaces you can customise',
    'A studio for creators',
  ],
  costs: {
    notes: 'Starting costs nothing; marketplace or transaction fees apply in some cases.',
    freeToStart: 'yes',
    feeKinds: ['marketplace'],
  },
  availability: { kind: 'global' },
  considerIf: 'You need something fast and simple rather than elaborate game mechanics.',
  alternatives: ['voxels', 'mona'],
  alternativesElsewhere: [],
  devices: {
    web: 'not-stated',
    desktop: 'not-stated',
    mobile: 'not-stated',
    headset: 'not-stated',
  },
  tooling: { 'no-code': 'not-stated', sdk: 'not-stated', unity: 'not-stated' },
  wallet: {
    need: 'required',
    note:
      'Rated "required" because its galleries exist to display NFTs read from a connected ' +
      'wallet; the guide does not say whether visitors who only look around need one.',
  },
  performance: 'lightweight',
  watchOuts: [
    'Built for showing work, not for complex game loops.',
    'Some actions bring marketplace or transaction fees.',
  ],
  officialDomain: 'oncyber.io',
  subScores: {
    liquidity: {
      score: 6,
      rationale: 'Popular with artists and collectors showing NFTs they already hold.',
    },
    security: {
      score: 6,
      rationale: 'Relies on wallet connection; safeguards are not described.',
    },
    coverage: {
      score: 5,
      rationale: 'Devices and toolchains are not stated beyond its own Studio.',
    },
    costs: {
      score: 8,
      rationale: 'Free to start, with fees only where applicable.',
    },
    ux: {
      score: 9,
      rationale: 'One-click galleries and shareable links make it very quick.',
    },
    support: {
      score: 5,
      rationale: 'Support and documentation are not mentioned.',
    },
  },
};
