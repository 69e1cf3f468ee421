// A message that screen readers announce when it changes, with optional actions.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarProps,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "./lang";

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

/**
 * A message that may ask "replace the earlier tonghop report?" (ask set), with its two buttons, or offer to open
 * the web page where this Excel cannot download a file (openWebPage set).
 */
export interface AskingMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  ask?: boolean;
  openWebPage?: () => void;
}

export function AskingStatus({
  message,
  onReplace,
  onCancel,
}: {
  message: AskingMessage;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const { s } = useStrings();
  return (
    <Status
      intent={message.intent}
      actions={
        message.ask ? (
          <>
            <Button onClick={onReplace}>{s.replace}</Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
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
