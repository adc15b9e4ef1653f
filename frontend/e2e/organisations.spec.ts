import { expect, expectNoA11yViolations, test } from './fixtures';
import { AccountOverviewPage } from './pages/account-pages';
import { OrganisationsPage } from './pages/organisation-pages';

// Staff's organisations page. Both projects share one database and other specs rely on the demo
// organisations and people, so each project adds an organisation of its own and changes no demo
// person: the refusals are tried with an unknown address and with staff, whom no organisation
// may have as its admin.

const STAFF = 'dpo@provider.example';

test.describe('organisations', () => {
  test('staff add an organisation and are told, field by field, what cannot be done', async ({ portal, page }, testInfo) => {
    const project = testInfo.project.name;
    // A retry runs against the same database, where the first attempt's organisation exists.
    const name = `Northwind ${project}${testInfo.retry > 0 ? ` ${testInfo.retry}` : ''}`;
    const unknown = `nobody-${project}@example.org`;

    await portal.signInAs(STAFF);
    const orgs = new OrganisationsPage(page);
    await orgs.open();
    await expect(orgs.heading).toBeFocused();
    await expect(orgs.detail(orgs.organisation('Acme Ltd'), 'Admins')).toContainText('admin@acme.example');
    await expect(orgs.organisation('Acme Ltd').getByRole('button', { name: 'Remove admin Adam Admin from Acme Ltd' })).toBeVisible();

    // A new organisation is listed with no employees and no admin.
    await orgs.addOrganisation(name);
    await expect(orgs.notice).toHaveText(`${name} has been added to the list.`);
    await expect(orgs.nameField).toHaveValue('');
    const card = orgs.organisation(name);
    await expect(orgs.detail(card, 'Current employees')).toHaveText('0');
    await expect(orgs.detail(card, 'Admins')).toHaveText(/^None/);

    // Its name again, in capitals, is refused on the name field.
    await orgs.addOrganisation(name.toUpperCase());
    await expect(orgs.nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(orgs.nameField).toHaveAccessibleDescription(/There is already an organisation with this name/);
    await expect(orgs.list.getByRole('heading', { level: 3, name: name.toUpperCase(), exact: true })).toHaveCount(0);

    // An admin must have an account, and must not be provider staff.
    const adminEmail = await orgs.addAdmin(name, unknown);
    await expect(adminEmail).toHaveAccessibleDescription('Error: No one with that email address uses the portal.');
    await orgs.addAdmin(name, STAFF);
    await expect(adminEmail).toHaveAccessibleDescription(/This person is provider staff/);
    await expect(orgs.detail(card, 'Admins')).toHaveText(/^None/);

    // Moving someone needs someone to move.
    await expect(orgs.moveTarget.getByRole('option', { name, exact: true })).toHaveCount(1);
    await expect(orgs.moveTarget.getByRole('option', { name: 'No organisation (independent learner)' })).toHaveCount(1);
    await orgs.move(unknown, name);
    await expect(orgs.moveEmail).toHaveAccessibleDescription('Error: No one with that email address uses the portal.');

    await expectNoA11yViolations(page);
    await new AccountOverviewPage(page).expectNoSidewaysScroll();
  });

  test('only provider staff have the page', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' })).toHaveCount(0);
    await page.goto('/staff/organisations');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(page.getByText('This page is for provider staff only.')).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
