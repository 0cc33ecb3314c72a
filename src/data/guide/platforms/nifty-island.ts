import type { Platform } from '../../schema';

export const niftyIsland: Platform = {
  id: 'nifty-island',
  name: 'Nifty Island',
  rank: 8,
  bestFor: 'Islands shaped by creators, and play with friends',
  summary:
    'Nifty Island is a free-to-play social game in which groups of players shape their own ' +
    'islands, set up quests and carry compatible NFTs inside. It keeps adding features for ' +
    'user-made content and events.',
  bestUses: [
    'Streamers and their communities',
    'People who make maps',
    'Guilds that play together',
  ],
  features: [
    'A builder for islands',
    'Quests',
    'Support for NFT avatars and items',
    'Leaderboards',
  ],
  costs: {
    notes: 'Playing is free; joining the marketplace economy is up to you.',
    freeToStart: 'yes',
    feeKinds: [],
  },
  availability: { kind: 'global' },
  considerIf:
    'You want an enjoyable social loop where creators progress, not speculation on real estate.',
  alternatives: ['the-sandbox'],
  alternativesElsewhere: ['Worldwide Webb'],
  devices: {
    web: 'not-stated',
    desktop: 'not-stated',
    mobile: 'not-stated',
    headset: 'not-stated',
  },
  tooling: { 'no-code': 'not-stated', sdk: 'not-stated', unity: 'not-stated' },
  wallet: {
    need: 'optional',
    note: 'The marketplace economy is optional, so a wallet only matters if you join it.',
  },
  performance: 'not-stated',
  watchOuts: [
    'The guide names no fees for its optional marketplace: check before trading.',
    'Only compatible NFTs can be brought in-world.',
  ],
  officialDomain: 'niftyisland.com',
  subScores: {
    liquidity: {
      score: 5,
      rationale: 'Active communities, but the asset economy is optional.',
    },
    security: {
      score: 6,
      rationale: 'Play does not hinge on owned assets; custody details are not described.',
    },
    coverage: {
      score: 5,
      rationale: 'Supports some NFT standards; devices and toolchains are not stated.',
    },
    costs: {
      score: 9,
      rationale: 'Free to play, with an optional marketplace.',
    },
    ux: {
      score: 7,
      rationale: 'An island builder and quests give a clear creator path.',
    },
    support: {
      score: 6,
      rationale: 'Community-driven with events; documentation is not mentioned.',
    },
  },
};
