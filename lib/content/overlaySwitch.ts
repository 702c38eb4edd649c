// The page's one overlay and its replacement: switched off from the popup or the options, turned
// to the whole page, repainted at another density. Making a new overlay takes a trip to the
// reading document, so a later change supersedes one still being made, whose result is removed
// as soon as it arrives.

import type { Overlay } from '../overlay/overlay';

export interface OverlaySwitch {
  readonly current: Overlay;
  /** Resolves once `make`'s overlay is in place, or was superseded and removed. */
  replace(make: () => Overlay | Promise<Overlay>): Promise<void>;
}

export interface OverlaySwitchHooks {
  /** Before the current overlay goes (what is painted over it is cleared first). */
  leaving(overlay: Overlay): void;
  arrived(overlay: Overlay): void;
}

export function createOverlaySwitch(initial: Overlay, hooks: OverlaySwitchHooks): OverlaySwitch {
  let current = initial;
  let generation = 0;
  return {
    get current() {
      return current;
    },
    async replace(make) {
      const mine = ++generation;
      hooks.leaving(current);
      current.remove();
      const made = await make();
      if (mine !== generation) {
        made.remove();
        return;
      }
      current = made;
      hooks.arrived(made);
    },
  };
}
