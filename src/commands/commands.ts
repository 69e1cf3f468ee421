// Ribbon commands. The buttons open the task pane (ShowTaskpane actions in
// manifest.xml); nothing runs here yet beyond telling Office we are ready.
if (typeof Office !== "undefined") {
  void Office.onReady(() => undefined);
}
export {};
