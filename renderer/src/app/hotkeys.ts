// Screen-wide shortcuts (Ctrl+Enter for a screen's primary action) stand back while a dialog is
// open over the screen: the dialog's own keys apply there.
export function dialogShowing(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/** Runs a screen's action from a shortcut unless a dialog is in front of it. */
export const unlessDialog =
  (action: () => void): (() => void) =>
  () => {
    if (!dialogShowing()) action();
  };
