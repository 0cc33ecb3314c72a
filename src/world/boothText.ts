import type { Coverage, DeviceClass } from '../core/facts';
import { DEVICE_CLASSES } from '../core/facts';
import type { Platform } from '../data/schema';

/**
 * The words on a booth's four panels, composed from the platform's data only. Pure, so that what
 * a booth says can be tested without a renderer.
 */

export interface PanelText {
  readonly title: string;
  readonly body: string;
}

export interface DeviceLine {
  readonly device: DeviceClass;
  readonly coverage: Coverage;
  readonly text: string;
}

export interface AlternativesText {
  readonly title: string;
  /** Alternatives among the booths here: each becomes a travel control. */
  readonly travel: readonly { readonly id: string; readonly name: string }[];
  /** Everything else: alternatives elsewhere, and when to pick this platform. */
  readonly body: string;
}

export interface BoothTexts {
  readonly features: PanelText;
  readonly fees: PanelText;
  readonly devices: { readonly title: string; readonly lines: readonly DeviceLine[] };
  readonly devicesFooter: string;
  readonly alternatives: AlternativesText;
}

const DEVICE_NAMES: Readonly<Record<DeviceClass, string>> = {
  web: 'Web browser',
  desktop: 'Desktop app',
  mobile: 'Phone or tablet',
  headset: 'VR headset',
};

export const COVERAGE_WORDS: Readonly<Record<Coverage, string>> = {
  supported: 'Supported',
  unsupported: 'Not supported',
  'not-stated': 'Not stated',
};

const WALLET_WORDS: Readonly<Record<Platform['wallet']['need'], string>> = {
  none: 'Not needed to start',
  optional: 'Optional',
  'for-ownership': 'Needed to own or trade assets',
  required: 'Required',
  'not-stated': 'Not stated',
};

const PERFORMANCE_WORDS: Readonly<Record<Platform['performance'], string>> = {
  lightweight: 'Lightweight',
  standard: 'Standard',
  demanding: 'Demanding',
  'not-stated': 'Not stated',
};

const FREE_WORDS: Readonly<Record<Platform['costs']['freeToStart'], string>> = {
  yes: 'Yes',
  no: 'No',
  'not-stated': 'Not stated',
};

const bullets = (items: readonly string[]) => items.map((item) => `•  ${item}`).join('\n');

export function boothTexts(platform: Platform, nameOf: (id: string) => string | null): BoothTexts {
  const fees =
    platform.costs.feeKinds.length > 0 ? platform.costs.feeKinds.join(', ') : 'none named';
  const travel = platform.alternatives.flatMap((id) => {
    const name = nameOf(id);
    return name ? [{ id, name }] : [];
  });
  // An alternative id that names no booth here is still shown, as text.
  const missing = platform.alternatives.filter((id) => !nameOf(id));
  const elsewhere = [...platform.alternativesElsewhere, ...missing];
  const tooling = (Object.keys(platform.tooling) as (keyof Platform['tooling'])[])
    .map(
      (kind) =>
        `${kind === 'no-code' ? 'No-code' : kind === 'sdk' ? 'SDK' : 'Unity'}: ${COVERAGE_WORDS[
          platform.tooling[kind]
        ].toLowerCase()}`,
    )
    .join(' · ');

  return {
    features: {
      title: 'Features',
      body: `${bullets(platform.features)}\n\nBEST USES\n${bullets(platform.bestUses)}`,
    },
    fees: {
      title: 'Fees and access',
      body: [
        `Free to start: ${FREE_WORDS[platform.costs.freeToStart]}`,
        `Fee types: ${fees}`,
        platform.costs.notes,
        `\nWHERE  ${platform.availability.note}`,
        `\nWALLET  ${WALLET_WORDS[platform.wallet.need]}. ${platform.wallet.note}`,
      ].join('\n'),
    },
    devices: {
      title: 'Devices',
      lines: DEVICE_CLASSES.map((device) => ({
        device,
        coverage: platform.devices[device],
        text: `${DEVICE_NAMES[device]}: ${COVERAGE_WORDS[platform.devices[device]]}`,
      })),
    },
    devicesFooter: `BUILD TOOLS\n${tooling}\n\nHARDWARE LOAD\n${
      PERFORMANCE_WORDS[platform.performance]
    }`,
    alternatives: {
      title: 'Alternatives',
      travel,
      body: [
        elsewhere.length > 0 ? `ELSEWHERE\n${elsewhere.join(', ')}` : '',
        `PICK ${platform.name.toUpperCase()} IF\n${platform.considerIf}`,
      ]
        .filter((part) => part !== '')
        .join('\n\n'),
    },
  };
}
