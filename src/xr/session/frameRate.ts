/** The headset budget: Quest's lowest refresh rate, which the scene is sized to hold. */
export const TARGET_FRAME_RATE = 72;

/** Picks 72 Hz when offered; otherwise the device's nearest rate at or above it. */
export function pickFrameRate(supported: ArrayLike<number>): number | false {
  const rates = Array.from(supported).sort((a, b) => a - b);
  if (rates.length === 0) return false;
  return rates.find((rate) => rate >= TARGET_FRAME_RATE) ?? rates[rates.length - 1] ?? false;
}
