// The units' files chosen for Tổng hợp, each once: the same file chosen or dropped again (same name, size and
// time) is not added a second time — it would be reported as a duplicate of itself — and the user is told
// which. Files are taken out one by one or all at once, and "Bỏ hết" can be undone.
import { useRef, useState } from "react";

const sameFile = (f: File) => `${f.name}\u0000${f.size}\u0000${f.lastModified}`;

export function useChosenFiles() {
  const [files, setFilesState] = useState<File[]>([]);
  // The list as last set, for a change made before React renders again (two drops in a row).
  const latest = useRef<File[]>([]);
  const setFiles = (next: File[]) => {
    latest.current = next;
    setFilesState(next);
  };
  /** Files chosen again and not added; the list "Bỏ hết" cleared, until undone or something else is done. */
  const [again, setAgain] = useState<string[]>([]);
  const [cleared, setCleared] = useState<File[] | null>(null);

  return {
    files,
    again,
    cleared,
    add(added: File[]) {
      if (added.length === 0) return;
      const have = new Set(latest.current.map(sameFile));
      const fresh: File[] = [];
      const repeated: string[] = [];
      for (const f of added) {
        if (have.has(sameFile(f))) repeated.push(f.name);
        else {
          have.add(sameFile(f));
          fresh.push(f);
        }
      }
      setFiles([...latest.current, ...fresh]);
      setAgain(repeated);
      setCleared(null);
    },
    remove(i: number) {
      setFiles(latest.current.filter((_, j) => j !== i));
      setAgain([]);
      setCleared(null);
    },
    clear() {
      setCleared(latest.current);
      setFiles([]);
      setAgain([]);
    },
    undoClear() {
      if (cleared) setFiles(cleared);
      setCleared(null);
    },
    dismissCleared: () => setCleared(null),
  };
}

export type ChosenFilesState = ReturnType<typeof useChosenFiles>;
