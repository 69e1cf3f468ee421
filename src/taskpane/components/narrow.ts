// Whether the pane is as narrow as Excel's (320 px): tables then read as cards or as label | value. One width
// for every component: in styles (`@media ${NARROW}`) and, where the markup itself changes, useNarrow().
import { useEffect, useState } from "react";

export const NARROW = "(max-width: 480px)";

const query = (): MediaQueryList | undefined =>
  typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(NARROW) : undefined;

export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const q = query();
    if (!q) return;
    const change = () => setNarrow(q.matches);
    change();
    q.addEventListener("change", change);
    return () => q.removeEventListener("change", change);
  }, []);
  return narrow;
}
