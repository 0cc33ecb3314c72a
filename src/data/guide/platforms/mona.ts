import type { Platform } from '../../schema';

export const mona: Platform = {
  id: 'mona',
  name: 'Mona',
  rank: 6,
  bestFor: 'Art worlds rendered in rich detail',
  summary:
    'Mona, also known as Monaverse, hosts curated, striking worlds that digital artists and ' +
    'institutions favour. Assets that move between worlds and tools that put creators first ' +
    'make it a strong choice for exhibitions and premium experiences.',
  bestUses: ['Galleries and museums', 'Premium showcases', 'Communities led by art'],
  features: ['Scenes in high fidelity', 'Curated drops', 'Tools for creators', 'A marketplace'],
  costs: {
    notes: 'Assets on the marketplace carry fees, and gas is due where an action is on-chain.',
    freeToStart: 'not-stated',
    feeKinds: ['marketplace', 'gas'],
  },
  availability: { kind: 'global' },
  considerIf: 'Looks and curation matter more to you than game mechanics for a mass audience.',
  alternatives: ['spatial', 'oncyber'],
  alternativesElsewhere: [],
  devices: {
    web: 'not-stated',
    desktop: 'not-stated',
    mobile: 'not-stated',
    headset: 'not-stated',
  },
  tooling: { 'no-code': 'not-stated', sdk: 'not-stated', unity: 'not-stated' },
  wallet: {
    need: 'for-ownership',
    note: 'Marketplace assets and drops live on-chain, so collecting them takes a wallet.',
  },
  performance: 'demanding',
  watchOuts: [
    "High-fidelity scenes may ask a lot of older hardware: test on your visitors' devices.",
    'The guide lists no device classes: confirm where your audience can open it.',
  ],
  officialDomain: 'monaverse.com',
  subScores: {
    liquidity: {
      score: 6,
      rationale: 'Curated drops and a marketplace, aimed at a premium, narrower audience.',
    },
    security: {
      score: 8,
      rationale: 'Curation and institutional users point to careful safeguards.',
    },
    coverage: {
      score: 6,
      rationale: 'Interoperable assets, but devices and toolchains are not stated.',
    },
    costs: {
      score: 7,
      rationale: 'Marketplace fees plus gas where applicable; nothing else listed.',
    },
    ux: {
      score: 7,
      rationale: 'Creator-forward tools; high fidelity can slow entry on weak devices.',
    },
    support: {
      score: 6,
      rationale: 'Creator tools are mentioned; documentation is not.',
    },
  },
};
