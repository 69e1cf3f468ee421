// The user's own templates and the outline being worked on, kept by the host (the browser's localStorage, or
// the workbook's settings in Excel) until the user removes them: a commune that makes its report again finds
// the same template — the same identity the province's consolidation expects — and its outline as it left it.
// What comes back is untrusted (another version of tonghop, a hand-edited store): each template is checked
// again as any user template is, and one that fails is left out.
import { useRef, useState } from "react";
import type { Template } from "../../core/templates";
import { checkUserTemplate } from "../../core/templates/user-template";
import type { Host, KeptTemplates } from "../host/types";

export type KeptOutline = NonNullable<KeptTemplates["outline"]>;

function recalled(host: Host): { templates: Template[]; outline?: KeptOutline } {
  const kept = host.recallTemplates();
  const templates: Template[] = [];
  for (const raw of Array.isArray(kept?.templates) ? kept.templates : []) {
    const checked = checkUserTemplate(raw);
    if (checked.ok) templates.push(checked.template);
  }
  const o = kept?.outline;
  const outline =
    o && typeof o.text === "string"
      ? { text: o.text, kinds: { ...(o.kinds ?? {}) }, groupColumns: { ...(o.groupColumns ?? {}) } }
      : undefined;
  return { templates, ...(outline ? { outline } : {}) };
}

type Kept = { templates: Template[]; outline?: KeptOutline };

export function useKeptTemplates(host: Host) {
  const [state, setState] = useState<Kept>(() => recalled(host));
  // Changes made in one event (a template kept and its outline) build on each other, not on the last render.
  const latest = useRef(state);
  const save = (change: (k: Kept) => Kept) => {
    const next = change(latest.current);
    latest.current = next;
    setState(next);
    host.rememberTemplates({ templates: next.templates, ...(next.outline ? { outline: next.outline } : {}) });
  };
  return {
    templates: state.templates,
    outline: state.outline,
    /** Keeps a template; one with the same id is replaced (the list names templates by id). */
    keep: (t: Template) => save((k) => ({ ...k, templates: [t, ...k.templates.filter((x) => x.id !== t.id)] })),
    remove: (id: string) => save((k) => ({ ...k, templates: k.templates.filter((x) => x.id !== id) })),
    /** The outline as the user left it; undefined forgets it. */
    keepOutline: (outline: KeptOutline | undefined) =>
      save((k) => ({ templates: k.templates, ...(outline ? { outline } : {}) })),
  };
}

export type KeptTemplatesState = ReturnType<typeof useKeptTemplates>;
