// A message that screen readers announce when it changes, with optional actions.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarProps,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Status({
  intent,
  children,
  actions,
}: {
  intent: MessageBarProps["intent"];
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div role={intent === "error" ? "alert" : "status"} aria-live={intent === "error" ? "assertive" : "polite"}>
      {/* Multiline always: "auto" keeps a long message on one line until it notices the pane got narrower. */}
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>{children}</MessageBarBody>
        {actions && <MessageBarActions>{actions}</MessageBarActions>}
      </MessageBar>
    </div>
  );
}

/** A message that may ask "replace the earlier tonghop report?" (ask set), with its two buttons. */
export interface AskingMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  ask?: boolean;
}

export function AskingStatus({
  message,
  replaceLabel,
  cancelLabel,
  onReplace,
  onCancel,
}: {
  message: AskingMessage;
  replaceLabel: string;
  cancelLabel: string;
  onReplace: () => void;
  onCancel: () => void;
}) {
  return (
    <Status
      intent={message.intent}
      actions={
        message.ask && (
          <>
            <Button onClick={onReplace}>{replaceLabel}</Button>
            <Button onClick={onCancel}>{cancelLabel}</Button>
          </>
        )
      }
    >
      {message.text}
    </Status>
  );
}
