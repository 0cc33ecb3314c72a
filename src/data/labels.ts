import type {
  AvailabilityKind,
  Coverage,
  DeviceClass,
  FeeKind,
  PerformanceProfile,
  ToolingKind,
  WalletNeed,
} from '../core/facts';
import type { Platform } from './schema';

/**
 * The pavilion's one vocabulary for a platform's facts: the headings and the words for the data's
 * coded values, read by the 3D booth and the DOM twin alike, so that both say the same thing in
 * the same words. "not stated" is always said out loud: a missing fact is never shown as a no.
 */

/** The heading of each fact a booth shows, in sentence case (the booth sets them in capitals). */
export const FACT_HEADINGS = {
  bestFor: 'Best for',
  features: 'Features',
  bestUses: 'Best uses',
  fees: 'Fees and costs',
  availability: 'Availability',
  wallet: 'Wallet',
  devices: 'Devices',
  tooling: 'Build tools',
  performance: 'Hardware load',
  alternatives: 'Alternatives',
  elsewhere: 'Outside this pavilion',
  considerIf: 'Worth a look if',
  watchOuts: 'Check before you commit',
} as const;

export type FactHeading = keyof typeof FACT_HEADINGS;

export const COVERAGE_TEXT: Readonly<Record<Coverage, string>> = {
  supported: 'supported',
  unsupported: 'not supported',
  'not-stated': 'not stated',
};

export const DEVICE_TEXT: Readonly<Record<DeviceClass, string>> = {
  web: 'Web browser',
  desktop: 'Desktop app',
  mobile: 'Phone or tablet',
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

/** The availability line both views show: the kind, then the note when there is one. */
export function availabilityText(availability: Platform['availability']): string {
  const kind = `${AVAILABILITY_TEXT[availability.kind]}.`;
  return availability.note ? `${kind} ${availability.note}` : kind;
}

/** One device or build tool and its coverage, as both views write it: "SDK: supported". */
export function coverageLine(name: string, coverage: Coverage): string {
  return `${name}: ${COVERAGE_TEXT[coverage]}`;
}

/** The first line under "Fees and costs": whether it is free to start, and the fees named. */
export function feesSummary(costs: Platform['costs']): string {
  const fees = listInWords(costs.feeKinds.map((kind) => FEE_TEXT[kind]));
  return `${FREE_TO_START_TEXT[costs.freeToStart]}. Fees named: ${fees}.`;
}
