import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** False in the server's HTML, true once the page has hydrated and its handlers are attached. */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
