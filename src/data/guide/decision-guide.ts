import type { Guide } from '../schema';

/** One pick per use case, as the guide's decision guide names them. */
export const decisionGuide: Guide['decisionGuide'] = [
  {
    useCase: 'corporate-events',
    label: 'Corporate or regulated events with little friction',
    platformId: 'spatial',
  },
  {
    useCase: 'web3-land-wearables',
    label: 'Open web3 land and wearables',
    platformId: 'decentraland',
  },
  {
    useCase: 'brand-ip-campaigns',
    label: 'Brand and IP campaigns with seasons of user content',
    platformId: 'the-sandbox',
  },
  { useCase: 'art-exhibitions', label: 'Art exhibitions in rich detail', platformId: 'mona' },
  { useCase: 'vr-immersion', label: 'Immersion built for VR', platformId: 'somnium-space' },
  { useCase: 'instant-nft-galleries', label: 'NFT galleries in minutes', platformId: 'oncyber' },
  {
    useCase: 'social-ugc-play',
    label: 'Social play around user content',
    platformId: 'nifty-island',
  },
  {
    useCase: 'geo-city-building',
    label: 'City building and economy tied to real places',
    platformId: 'upland',
  },
  {
    useCase: 'massive-metarpg',
    label: 'A massive, interoperable metaRPG (still in development)',
    platformId: 'otherside',
  },
  { useCase: 'link-and-share-worlds', label: 'Light worlds shared by link', platformId: 'voxels' },
];
