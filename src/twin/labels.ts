import type {
  AvailabilityKind,
  Coverage,
  DeviceClass,
  FeeKind,
  PerformanceProfile,
  ToolingKind,
  WalletNeed,
} from '../core/facts';

/**
 * Words for the data's coded values, as the twin shows them. "not stated" is always said out
 * loud: a missing fact is never shown as a no.
 */

export const COVERAGE_TEXT: Readonly<Record<Coverage, string>> = {
  supported: 'supported',
  unsupported: 'not supported',
  'not-stated': 'not stated',
};

/** A mark for sighted readers; the words beside it carry the meaning. */
export const COVERAGE_MARK: Readonly<Record<Coverage, string>> = {
  supported: '✓',
  unsupported: '✕',
  'not-stated': '?',
};

export const DEVICE_TEXT: Readonly<Record<DeviceClass, string>> = {
  web: 'Web browser',
  desktop: 'Desktop app',
  mobile: 'Phone',
  headset: 'VR headset',
};

export const TOOLING_TEXT: Readonly<Record<ToolingKind, string>> = {
  'no-code': 'No-code tools',
  sdk: 'SDK',
  unity: 'Unity',
};

export const WALLET_TEXT: Readonly<Record<WalletNeed, string>> = {
  none: 'No wallet needed to start',
  optional: 'Wallet optional',
  'for-ownership': 'Wallet needed to own or trade',
  required: 'Wallet required',
  'not-stated': 'Not stated',
};

export const AVAILABILITY_TEXT: Readonly<Record<AvailabilityKind, string>> = {
  global: 'Open worldwide',
  'varies-by-region': 'Varies by region',
  'access-windows': 'Access windows only',
};

export const FEE_TEXT: Readonly<Record<FeeKind, string>> = {
  marketplace: 'marketplace fees',
  gas: 'gas fees',
  land: 'land prices',
  mint: 'minting fees',
  subscription: 'subscriptions',
};

export const PERFORMANCE_TEXT: Readonly<Record<PerformanceProfile, string>> = {
  lightweight: 'Lightweight',
  standard: 'Standard',
  demanding: 'Demanding',
  'not-stated': 'Not stated',
};

export const FREE_TO_START_TEXT: Readonly<Record<'yes' | 'no' | 'not-stated', string>> = {
  yes: 'Free to start',
  no: 'Not free to start',
  'not-stated': 'Free to start: not stated',
};

/** "a, b and c"; an empty list reads as "none stated". */
export function listInWords(items: readonly string[]): string {
  if (items.length === 0) return 'none stated';
  if (items.length === 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
