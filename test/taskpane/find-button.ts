// Waiting in component tests for a button the pane shows once its work is done.
// The wait looks for the button's text, a cheap query to repeat on every change
// while the pane renders; the button is then found once by its role and
// accessible name (that query works out the style of every element it looks at,
// which jsdom makes slow: repeated while waiting, it took seconds under load).
import { screen } from "@testing-library/react";

/** The button named `name`, once it is shown. */
export async function findButton(name: string): Promise<HTMLElement> {
  await screen.findAllByText(name, { selector: "button, button *" });
  return screen.getByRole("button", { name });
}
