// A message that screen readers announce when it changes, with optional actions.
import { MessageBar, MessageBarActions, MessageBarBody, type MessageBarProps } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function Status({ intent, children, actions }: { intent: MessageBarProps["intent"]; children: ReactNode; actions?: ReactNode }) {
  return (
    <div role={intent === "error" ? "alert" : "status"} aria-live={intent === "error" ? "assertive" : "polite"}>
      <MessageBar intent={intent} layout={actions ? "multiline" : "auto"}>
        <MessageBarBody>{children}</MessageBarBody>
        {actions && <MessageBarActions>{actions}</MessageBarActions>}
      </MessageBar>
    </div>
  );
}
