import { expect, type Locator, type Page } from '@playwright/test';
import { DevIdpPage } from './dev-idp-page';

/** The SPA at `/`, signed in or out. */
export class PortalPage {
  readonly heading: Locator;
  readonly signInLink: Locator;
  readonly signOutButton: Locator;
  readonly playgroundLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.signInLink = page.getByRole('link', { name: 'Sign in', exact: true });
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
    this.playgroundLink = page.getByRole('link', { name: 'GraphQL playground' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    // Wait until `me` has answered, whichever way.
    await expect(this.page.getByRole('status')).toHaveCount(0);
  }

  /** The value next to a term in the "Your account" list, e.g. detail('Role'). */
  detail(term: string): Locator {
    return this.page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Signs in through the development identity provider by its one-click demo account button. */
  async signInAs(email: string): Promise<void> {
    await this.goto();
    await this.signInLink.click();
    await new DevIdpPage(this.page).signInAs(email);
    await this.expectSignedIn();
  }

  /** Goes through sign-in with a demo account without expecting it to succeed (a closed account). */
  async attemptSignInAs(email: string): Promise<void> {
    await this.goto();
    await this.signInLink.click();
    await new DevIdpPage(this.page).signInAs(email);
  }

  /** Same, through the identity provider's email and password form. */
  async signInWithPassword(email: string, password = 'demo'): Promise<void> {
    await this.goto();
    await this.signInLink.click();
    await new DevIdpPage(this.page).signInWithPassword(email, password);
    await this.expectSignedIn();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await this.expectSignedOut();
  }

  async expectSignedIn(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/');
    await expect(this.signOutButton).toBeVisible();
  }

  async expectSignedOut(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/');
    await expect(this.signInLink).toBeVisible();
    await expect(this.signOutButton).toHaveCount(0);
  }
}
