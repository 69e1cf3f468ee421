// Text from files as the terminal shows it. A file name, a unit's name or a
// cell's text may hold control characters: a line break that forges a line
// ("✓ Xã Giả Mạo: Đã tổng hợp"), an escape sequence that moves the cursor or
// recolours the screen, a right-to-left mark that reorders what follows. Each
// is shown as what it is ("\n", "\x1b", "\u202e"), never sent raw.

/** C0 controls, DEL, C1 controls (U+009B starts a sequence as ESC [ does), line and paragraph separators, bidi marks. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const BELOW_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * One character written as an escape: "\n", "\r", "\t" by name, other C0 controls as "\x1b", the rest as
 * "\u009b" (which also keeps JSON text valid JSON: its own escapes already cover C0).
 */
function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return (
    NAMED[ch] ?? (code < 0x20 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`)
  );
}

/** Text from a file, for one line of the terminal: every control character escaped, line breaks too. */
export function shown(text: string): string {
  return text.replace(CONTROL, escape);
}

/**
 * What the command line prints, as a last guard: every control character escaped but the line breaks its own
 * messages are made of (file texts have theirs escaped by `shown` where they are put in).
 */
export function terminalText(text: string): string {
  return text.replace(BELOW_NEWLINE, escape);
}
