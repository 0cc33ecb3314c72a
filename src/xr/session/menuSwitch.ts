import { createContext, useContext } from 'react';

/** Whether the headset menu is open, shared by what opens it (Y button, wrist) and the menu. */
export interface MenuSwitch {
  readonly open: boolean;
  toggle(): void;
  close(): void;
}

export const MenuSwitchContext = createContext<MenuSwitch | null>(null);

export function useMenuSwitch(): MenuSwitch {
  const menu = useContext(MenuSwitchContext);
  if (!menu) throw new Error('[pavilion:xr] useMenuSwitch() needs <PavilionXR> above it');
  return menu;
}
