export { DesktopControls } from './DesktopControls';
export { HelpButton, HelpCard } from './HelpCard';
export { HomeButton } from './HomeButton';
export { NavigationOverlay } from './NavigationOverlay';
