// Vietnamese text as plain ASCII for names people read: file names
// ("bao-cao-xa-ang-cang-2024.xlsx") and generated ids ("dien_dan_cap_xa").
import { asciiFold } from "./text";

/** Lower-case ASCII words joined by `sep`: "Xã Ẳng Cang" → "xa-ang-cang". */
export function asciiSlug(text: string, sep = "-"): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .split(sep)
    .filter(Boolean)
    .join(sep);
}
