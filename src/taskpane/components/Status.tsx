// A message that screen readers announce when it changes, with optional actions. The answer to something the
// user just did (a download, a report inserted, a question before going on) takes focus and comes into view
// where it appears, so the user sees it without looking for it.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarProps,
} from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import type { UiKey } from "../i18n";
import { useStrings } from "./lang";

export function Status({
  intent,
  children,
  actions,
  focus,
}: {
  intent: MessageBarProps["intent"];
  children: ReactNode;
  actions?: ReactNode;
  /** Takes focus and scrolls into view when shown, and whenever `focus` changes (a new answer). */
  focus?: unknown;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus === undefined || focus === false) return;
    box.current?.focus({ preventScroll: true });
    box.current?.scrollIntoView?.({ block: "nearest" });
  }, [focus]);
  return (
    <div
      ref={box}
      tabIndex={focus === undefined ? undefined : -1}
      role={intent === "error" ? "alert" : "status"}
      aria-live={intent === "error" ? "assertive" : "polite"}
    >
      {/* Multiline always: "auto" keeps a long message on one line until it notices the pane got narrower. */}
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>{children}</MessageBarBody>
        {actions && <MessageBarActions>{actions}</MessageBarActions>}
      </MessageBar>
    </div>
  );
}

/**
 * A message that may ask before going on (`confirm`: the label of the button that goes on, beside "Huỷ"), or
 * offer to open the web page where this Excel cannot download a file (openWebPage set).
 */
export interface AskingMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  confirm?: UiKey;
  /** The label of the button beside `confirm` that does not go on: "Huỷ" unless said ("Đóng" beside "Hoàn tác"). */
  cancel?: UiKey;
  openWebPage?: () => void;
}

export function AskingStatus({
  message,
  onConfirm,
  onCancel,
  focus = true,
}: {
  message: AskingMessage;
  onConfirm?: () => void;
  onCancel: () => void;
  /** Takes focus when it appears (the answer to the user's action); false for a message the user did not ask for. */
  focus?: boolean;
}) {
  const { s } = useStrings();
  return (
    <Status
      intent={message.intent}
      // A new answer (another text) takes focus again; the same one shown again by a render does not.
      focus={focus ? `${message.intent}\u0000${message.text}` : undefined}
      actions={
        message.confirm && onConfirm ? (
          <>
            <Button onClick={onConfirm}>{s[message.confirm]}</Button>
            <Button onClick={onCancel}>{s[message.cancel ?? "cancel"]}</Button>
          </>
        ) : (
          message.openWebPage && <Button onClick={message.openWebPage}>{s.openWebPage}</Button>
        )
      }
    >
      {message.text}
    </Status>
  );
}
