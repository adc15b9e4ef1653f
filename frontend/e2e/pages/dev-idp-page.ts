import { expect, type Page } from '@playwright/test';

/** The development identity provider under /dev-idp/ (DEV_MODE only). */
export class DevIdpPage {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page).toHaveURL(/\/dev-idp\//);
  }

  /**
   * Clicks the one-click button of a demo account. The button may name the
   * account by email ("Sign in as learner@example.com") or by person ("Sign in
   * as Lucy Learner", with the email shown next to it in the same list item).
   */
  async signInAs(email: string): Promise<void> {
    await this.expectOpen();
    const byName = this.page.getByRole('button', { name: `Sign in as ${email}` });
    const inItem = this.page.getByRole('listitem').filter({ hasText: email }).getByRole('button', { name: /^Sign in as / });
    await byName.or(inItem).click();
  }

  async signInWithPassword(email: string, password: string): Promise<void> {
    await this.expectOpen();
    // Exact-ish names: the form's <section> is itself labelled "Sign in with email and password".
    await this.page.getByRole('textbox', { name: /^Email/ }).fill(email);
    const passwordField = this.page.getByLabel('Password', { exact: true });
    await passwordField.fill(password);
    // Enter submits the form whatever its button is called.
    await passwordField.press('Enter');
  }
}
