import { expect, expectNoA11yViolations, test } from './fixtures';
import { AccountOverviewPage } from './pages/account-pages';
import { BulkRequestPage, EmployeesPage } from './pages/employee-pages';

// The employer admin's directory and the bulk-request form, without sending anything: these tests
// change no data, so both projects run them (offboarding.spec.ts sends a bulk request, once).

const ADMIN = 'admin@acme.example';

test.describe('employee directory', () => {
  test('the admin searches, sorts and selects employees by keyboard', async ({ portal, page }) => {
    await portal.signInWithPassword(ADMIN);
    const directory = new EmployeesPage(page);
    await directory.open();
    await expect(directory.count).toHaveText(/^Showing \d+ of \d+ employees\.$/);
    await expect(directory.header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(directory.row('Priya Shah')).toContainText('priya.shah@acme.example');
    // Nina Ford has left Acme: the directory lists current employees only.
    await expect(directory.row('Nina Ford')).toHaveCount(0);
    await expectNoA11yViolations(page);
    await new AccountOverviewPage(page).expectNoSidewaysScroll();

    // Sorting: the header's button says which way, with aria-sort on the column.
    await directory.header('Email').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(directory.header('Email')).toHaveAttribute('aria-sort', 'ascending');
    await expect(directory.header('Name')).not.toHaveAttribute('aria-sort', /./);
    await page.keyboard.press('Enter');
    await expect(directory.header('Email')).toHaveAttribute('aria-sort', 'descending');
    await expect(directory.header('Email').getByRole('button')).toBeFocused();
    const emails = await directory.rows().locator('td.employees-table__email').allTextContents();
    expect(emails).toEqual([...emails].sort().reverse());

    // Searching, debounced: one match.
    await directory.search.fill('liam');
    await expect(directory.count).toHaveText('Showing 1 of 1 employee matching “liam”.');
    await expect(directory.rows()).toHaveCount(1);
    await directory.selectAll.focus();
    await page.keyboard.press('Space');
    await expect(directory.row('Liam Murphy').getByRole('checkbox', { name: 'Select Liam Murphy' })).toBeChecked();
    await expect(directory.selection).toContainText('1 employee selected.');

    await directory.search.fill('nobody-by-this-name');
    await expect(directory.count).toHaveText('No employees match “nobody-by-this-name”.');
    await expect(directory.selection).toContainText('1 employee selected.');
    await expectNoA11yViolations(page);

    await directory.search.fill('');
    await expect(directory.count).toHaveText(/^Showing \d+ of \d+ employees\.$/);
    await directory.requestForSelected.click();
    const form = new BulkRequestPage(page);
    await form.expectLoaded();
    await expect(page.getByRole('radio', { name: 'The 1 employee you selected' })).toBeChecked();
    await expect(form.submitButton).toHaveText('Send 1 request');
    await expectNoA11yViolations(page);
  });

  test('the bulk form reads a pasted list and says what it could not read, before sending', async ({ portal, page }) => {
    await portal.signInWithPassword(ADMIN);
    await page.goto('/employees/request');
    const form = new BulkRequestPage(page);
    await form.expectLoaded();
    await expect(page.getByRole('radio', { name: 'A list of email addresses' })).toBeChecked();

    await form.list.fill('tom.baker@acme.example, grace.okafor@acme.example\nnot an address\nTOM.BAKER@acme.example');
    await expect(form.parsed).toContainText('Read 2 email addresses. 1 repeated address was left out. 1 line could not be read.');
    await form.parsed.getByText('Lines that could not be read').click();
    await expect(form.parsed).toContainText('Line 2: not an address');
    await expect(form.submitButton).toHaveText('Send 2 requests');

    // Without a right chosen nothing is sent: the summary takes focus and links to the field.
    await form.submitButton.click();
    await expect(form.errorSummary).toBeFocused();
    await expect(form.errorSummary).toContainText('Right: Choose the right to use');
    await expectNoA11yViolations(page);
    await new AccountOverviewPage(page).expectNoSidewaysScroll();
  });

  test('learners have no directory', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Employees' })).toHaveCount(0);
    await page.goto('/employees');
    await expect(page.getByRole('heading', { level: 1, name: 'Employees' })).toBeVisible();
    await expect(page.getByText('This page is for employer admins')).toBeVisible();
  });
});
