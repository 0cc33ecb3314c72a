import type { Platform } from '../../schema';

export const spatial: Platform = {
  id: 'spatial',
  name: 'Spatial',
  rank: 5,
  bestFor: 'Events across every device and worlds made without code',
  summary:
    'Spatial offers refined creation that publishes one world to the web, phones and XR ' +
    'headsets, with no-code templates for most people and a Unity SDK for teams that want more. ' +
    'Creators, teachers and brands rely on it for events that need to grow.',
  bestUses: [
    'Brand activations',
    'Classes and training sessions',
    'Showcases that reach every device',
  ],
  features: [
    'Templates for worlds that need no code',
    'A Unity SDK',
    'Publishing to web, mobile and XR',
    'Multiplayer',
  ],
  costs: {
    notes: 'A free tier with paid plans and features on top; no crypto is needed to begin.',
    freeToStart: 'yes',
    feeKinds: ['subscription'],
  },
  availability: { kind: 'global' },
  considerIf:
    'You want visitors to get in without friction, on many devices, and without any wallet.',
  alternatives: ['mona', 'somnium-space'],
  alternativesElsewhere: [],
  devices: { web: 'supported', desktop: 'not-stated', mobile: 'supported', headset: 'supported' },
  tooling: { 'no-code': 'supported', sdk: 'supported', unity: 'supported' },
  wallet: {
    need: 'none',
    note: 'You can start without any crypto; no wallet is asked for.',
  },
  performance: 'not-stated',
  watchOuts: [
    'Some features sit behind paid tiers: check which plan your event needs.',
    'The guide names no market for trading assets here.',
  ],
  officialDomain: 'spatial.io',
  subScores: {
    liquidity: {
      score: 4,
      rationale: 'Used widely for events, but the guide names no tradable asset market.',
    },
    security: {
      score: 7,
      rationale: 'No wallet custody to get wrong; transparency pages are not discussed.',
    },
    coverage: {
      score: 10,
      rationale: 'Web, mobile and XR publishing, no-code templates and a Unity SDK.',
    },
    costs: {
      score: 8,
      rationale: 'Free to start with paid tiers; no crypto fees to begin.',
    },
    ux: {
      score: 10,
      rationale: 'Polished, low-friction onboarding with no wallet required.',
    },
    support: {
      score: 7,
      rationale: 'Serves educators and brands at scale; support details are not stated.',
    },
  },
};
