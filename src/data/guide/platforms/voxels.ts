import type { Platform } from '../../schema';

export const voxels: Platform = {
  id: 'voxels',
  name: 'Voxels',
  rank: 4,
  bestFor: 'Light spaces that anyone can reach through a shared link',
  summary:
    'Voxels, once called Cryptovoxels, is a blocky world whose parcels are easy to share by ' +
    'link, quick to set up for events and popular with independent creators. It works well for ' +
    'galleries and relaxed get-togethers.',
  bestUses: ['Galleries for NFTs', 'Independent events', 'Quick prototypes'],
  features: ['Parcels and islands', 'Building kept simple', 'Events', 'Easy to open in a browser'],
  costs: {
    notes: 'Markets for assets and parcels charge fees that vary; on-chain actions cost gas.',
    freeToStart: 'not-stated',
    feeKinds: ['marketplace', 'land', 'gas'],
  },
  availability: { kind: 'global' },
  considerIf: 'Ease matters more to you than realistic scenes or blockbuster-grade graphics.',
  alternatives: ['oncyber'],
  alternativesElsewhere: ['Hyperfy'],
  devices: { web: 'supported', desktop: 'not-stated', mobile: 'not-stated', headset: 'not-stated' },
  tooling: { 'no-code': 'not-stated', sdk: 'not-stated', unity: 'not-stated' },
  wallet: {
    need: 'for-ownership',
    note: 'Parcels and assets trade on-chain, so owning them takes a wallet.',
  },
  performance: 'lightweight',
  watchOuts: [
    'Fees on the asset and parcel markets are not fixed.',
    'The voxel look is deliberately simple, not realistic.',
  ],
  officialDomain: 'voxels.com',
  subScores: {
    liquidity: {
      score: 8,
      rationale: 'A strong independent creator scene with markets for assets and parcels.',
    },
    security: {
      score: 7,
      rationale: 'Plain on-chain parcel ownership; the guide says little on safeguards.',
    },
    coverage: {
      score: 6,
      rationale: 'Friendly to browsers; other devices and toolchains are not stated.',
    },
    costs: {
      score: 7,
      rationale: 'Variable market fees plus gas, with no subscription mentioned.',
    },
    ux: {
      score: 9,
      rationale: 'Simple building, shareable links and fast event set-up.',
    },
    support: {
      score: 6,
      rationale: 'An active indie scene; documentation is not mentioned.',
    },
  },
};
