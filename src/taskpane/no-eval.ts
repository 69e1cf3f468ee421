// Imported first by the pane: zod would otherwise probe `new Function("")` to
// decide whether to compile its parsers, which the page's CSP (no 'unsafe-eval')
// reports as a violation. Its interpreted parsers are fast enough here.
import { z } from "zod";

z.config({ jitless: true });
