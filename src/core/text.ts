// Vietnamese text as people type it, reduced to what compares: Unicode form
// (Macs send NFD), spaces, case, tone-mark placement (hoà = hòa), and, for
// text typed without any marks, the letters alone. Used by unit names
// (units.ts), a form's labels (form/labels.ts), file names and ids (slug.ts).

/** NFC, one space between words, no spaces around, lower case: the plainest comparison. */
export function normText(s: string): string {
  return s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

/** Drops the tone and vowel marks and writes đ as d: "Ẳng Cang" → "Ang Cang". */
export function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Lower case without any diacritics ("Búng Lao" → "bung lao", "đ" → "d"). */
export function fold(text: string): string {
  return asciiFold(text).toLowerCase();
}

/** Whether a text was written without any Vietnamese diacritics (so only its folded form can be trusted). */
export function unaccented(text: string): boolean {
  return fold(text) === text.normalize("NFC").toLowerCase();
}

/** The five Vietnamese tone marks (combining): grave, acute, tilde, hook above, dot below. */
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
// Private-use characters: a tone never collides with a digit or letter ("Phường 1").
const TONE_MARK: Record<string, string> = {
  "\u0300": "\ue002",
  "\u0301": "\ue001",
  "\u0303": "\ue004",
  "\u0309": "\ue003",
  "\u0323": "\ue005",
};

/**
 * Each space-separated syllable's letters with its tone written as one mark at
 * the end ("hoà" and "hòa" → "hoa" + grave), so tone placement does not matter
 * but the tone itself does.
 */
export function toneKey(text: string): string {
  return text
    .split(" ")
    .map((syllable) => {
      let tone = "";
      let base = "";
      for (const ch of syllable.normalize("NFD")) {
        if (TONES.has(ch)) tone = TONE_MARK[ch];
        else base += ch;
      }
      return base.normalize("NFC") + tone;
    })
    .join(" ");
}
