import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the page's loading messages (role=status) have gone. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** `/staff/organisations`: provider staff manage corporate customers. */
export class OrganisationsPage {
  readonly heading: Locator;
  readonly addSection: Locator;
  readonly nameField: Locator;
  readonly addButton: Locator;
  readonly moveSection: Locator;
  readonly moveEmail: Locator;
  readonly moveTarget: Locator;
  readonly moveButton: Locator;
  readonly list: Locator;
  readonly count: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Organisations' });
    this.addSection = page.getByRole('region', { name: 'Add an organisation' });
    this.nameField = this.addSection.getByLabel('Name', { exact: true });
    this.addButton = this.addSection.getByRole('button', { name: 'Add the organisation' });
    this.moveSection = page.getByRole('region', { name: 'Move a person' });
    this.moveEmail = this.moveSection.getByLabel('Their email address');
    this.moveTarget = this.moveSection.getByLabel('Move them to');
    this.moveButton = this.moveSection.getByRole('button', { name: 'Move the person' });
    this.list = page.getByRole('list', { name: 'All organisations' });
    this.count = page.locator('#organisations-count');
    this.notice = page.getByTestId('notice');
  }

  /** Through the main navigation, as staff find it. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations', exact: true }).click();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/staff/organisations');
    await expect(this.heading).toBeVisible();
    await settled(this.page);
    await expect(this.count).not.toBeEmpty();
  }

  /** An organisation's card in the list, by its exact name. */
  organisation(name: string): Locator {
    return this.list.getByRole('region', { name, exact: true });
  }

  /** The value next to a term of an organisation's card: 'Current employees', 'Admins'. */
  detail(organisation: Locator, term: string): Locator {
    return organisation.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async addOrganisation(name: string): Promise<void> {
    await this.nameField.fill(name);
    await this.addButton.click();
  }

  /** The email field of an organisation's "Add an admin" form, opening the form first. */
  async adminEmail(organisation: string): Promise<Locator> {
    const card = this.organisation(organisation);
    const form = card.getByRole('form', { name: `Add an admin to ${organisation}` });
    if (!(await form.isVisible())) await card.locator('summary', { hasText: 'Add an admin' }).click();
    await expect(form).toBeVisible();
    return form.getByLabel('Their email address');
  }

  async addAdmin(organisation: string, email: string): Promise<Locator> {
    const field = await this.adminEmail(organisation);
    await field.fill(email);
    await this.organisation(organisation).getByRole('button', { name: 'Add the admin' }).click();
    return field;
  }

  async move(email: string, to: string): Promise<void> {
    await this.moveEmail.fill(email);
    await this.moveTarget.selectOption({ label: to });
    await this.moveButton.click();
  }
}
