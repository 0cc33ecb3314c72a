import type { Guide } from '../schema';

/** The guide's eight steps for choosing a platform, in its order. */
export const checklist: Guide['checklist'] = [
  {
    id: 'region',
    title: 'Region and eligibility',
    explanation:
      'Make sure you may use it where you live, including any limits on content or on ' +
      'cashing out.',
  },
  {
    id: 'use-case',
    title: 'Your use case',
    explanation:
      'Decide whether you are running events, showing a gallery, making games from user ' +
      'content or seeking VR immersion.',
  },
  {
    id: 'devices',
    title: 'Devices and tools',
    explanation:
      'Check which devices it reaches (web, mobile, XR) and which tools it offers, from ' +
      'no-code to Unity or an SDK.',
  },
  {
    id: 'ownership',
    title: 'Ownership and wallets',
    explanation: 'Find out who holds your assets and whether a wallet is required.',
  },
  {
    id: 'costs',
    title: 'Costs',
    explanation: 'Set land, minting, marketplace fees and subscriptions side by side.',
  },
  {
    id: 'performance',
    title: 'Performance and ease of use',
    explanation:
      'Judge how it runs and feels on the hardware and connections your audience really has.',
  },
  {
    id: 'support',
    title: 'Support',
    explanation: 'Look for documentation, help and community channels that are alive.',
  },
  {
    id: 'red-flags',
    title: 'Red flags',
    explanation:
      'Walk away from closed ecosystems that make exporting hard or terms that leave IP ' +
      'and royalties vague.',
  },
];
