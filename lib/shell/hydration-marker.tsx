"use client";

import { useEffect } from "react";

/**
 * Marks the page once React has hydrated it (`<html data-hydrated>`), so that browser tests act
 * only when the page's handlers are attached, as a person's first click would after a moment.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
