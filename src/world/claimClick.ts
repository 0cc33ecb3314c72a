/**
 * For a 3D control's click handler (a booth, a travel button, a kiosk plate): the click did
 * something, so nothing behind the control acts on it, and the desktop look control, which
 * skips clicks whose default was prevented, does not also capture the mouse (a visitor who
 * clicked a booth to travel there would lose the cursor).
 */
export function claimClick(event: { stopPropagation(): void; nativeEvent: Event }): void {
  event.stopPropagation();
  event.nativeEvent.preventDefault();
}
