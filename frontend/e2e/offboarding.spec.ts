import { expect, expectNoA11yViolations, test } from './fixtures';
import { AccessPage } from './pages/account-pages';
import { BulkRequestPage, EmployeesPage } from './pages/employee-pages';
import { MyRequestsPage, RequestPage } from './pages/request-pages';

// The Acme admin offboards Tom Baker and Liam Murphy by CSV (erasure); staff complete Tom's.
// This erases a person for good, and account.spec.ts signs in as Tom and Liam, so it runs once, in
// its own project ("offboarding", desktop size) that starts after the desktop and phone projects
// have finished (see playwright.config.ts).

const ADMIN = 'admin@acme.example';
const STAFF = 'dpo@provider.example';
const TOM = 'tom.baker@acme.example';
const LIAM = 'liam.murphy@acme.example';

test.describe.configure({ mode: 'serial' });

let tomRequest = '';
let liamRequest = '';

test('the admin offboards two employees from a CSV file', async ({ portal, page }) => {
  await portal.signInWithPassword(ADMIN);
  const directory = new EmployeesPage(page);
  await directory.open();
  await expect(directory.row('Tom Baker')).toBeVisible();
  await directory.fromListLink.click();

  const form = new BulkRequestPage(page);
  await form.expectLoaded();
  await form.uploadCsv('leavers.csv', `Name,Email,Leaving date\r\nTom Baker,${TOM},2026-06-30\r\n"Murphy, Liam",${LIAM},2026-06-30\r\n`);
  await expect(form.list).toHaveValue(new RegExp(TOM));
  await expect(form.parsed).toHaveText('Read 2 email addresses.');
  await form.chooseRight('Erasure');
  await form.note.fill('Leaving Acme at the end of June: please close their accounts.');
  await expect(form.submitButton).toHaveText('Send 2 requests');
  await expectNoA11yViolations(page);

  await form.submitButton.click();
  await expect(form.summary).toHaveText('2 requests made.');
  await expect(page.getByTestId('notice')).toHaveText('2 requests made.');
  await expect(form.report.getByRole('heading', { name: 'What happened' })).toBeFocused();
  await expect(form.reportRow(TOM)).toContainText('Request made');
  await expect(form.reportRow(LIAM)).toContainText('Request made');
  tomRequest = await form.requestId(TOM);
  liamRequest = await form.requestId(LIAM);
  await expectNoA11yViolations(page);

  // The same list again: both are refused as duplicates, and nothing else happens.
  await page.getByRole('button', { name: 'Make another request' }).click();
  await form.list.fill(`${TOM}\n${LIAM}`);
  await form.chooseRight('Erasure');
  await form.submitButton.click();
  await expect(form.summary).toHaveText('0 requests made, 2 refused: 2 already open.');
  await expect(form.reportRow(TOM)).toContainText('Already open');
});

test('the employee sees the request their admin made for them', async ({ portal, page }) => {
  test.skip(!tomRequest, 'the admin could not submit the requests');
  await portal.signInAs(TOM);
  const mine = new MyRequestsPage(page);
  await mine.goto();
  await expect(mine.item(tomRequest)).toContainText('Erasure request');
  await expect(mine.state(tomRequest)).toHaveText('Submitted');
  await expect(mine.detail(tomRequest, 'Made for you by')).toHaveText('Adam Admin (Acme Ltd)');
  await mine.item(tomRequest).getByRole('link').click();
  const detail = new RequestPage(page);
  await detail.expectLoaded(tomRequest);
  await expect(detail.detail('Made by')).toHaveText('Adam Admin (Acme Ltd)');
  await expect(detail.timeline).toContainText('Adam Admin');
  await expect(page.getByRole('main')).toContainText('Leaving Acme at the end of June');
  await expectNoA11yViolations(page);

  // The admin's look at the directory, by name, in "Who accessed my data".
  const access = new AccessPage(page);
  await access.open('Who accessed my data');
  const adminRead = access.rows().filter({ hasText: 'Adam Admin, your employer’s administrator at Acme Ltd' });
  await expect(adminRead.first()).toBeVisible();
  await expectNoA11yViolations(page);
});

test('staff complete one erasure and the admin sees it completed', async ({ portal, page }) => {
  test.skip(!tomRequest, 'the admin could not submit the requests');
  test.setTimeout(120_000);
  await portal.signInAs(STAFF);
  const detail = new RequestPage(page);
  await detail.goto(tomRequest);
  await expect(detail.heading).toHaveText('Erasure request for Tom Baker');
  await detail.act('Start work on the request', 'The request is now in progress.');
  await detail.act('Mark as completed', 'The erasure is under way. The request is completed when it has finished.');
  await expect(detail.state).toHaveText('Completed', { timeout: 90_000 });
  await portal.signOut();

  await portal.signInWithPassword(ADMIN);
  const mine = new MyRequestsPage(page);
  await mine.goto();
  await expect(mine.state(tomRequest)).toHaveText('Completed');
  await expect(mine.state(liamRequest)).toHaveText('Submitted');
  await expectNoA11yViolations(page);
  await mine.item(tomRequest).getByRole('link').click();
  await detail.expectLoaded(tomRequest);
  await expect(detail.state).toHaveText('Completed');
  await expect(detail.erasurePanel).toContainText('Erasure completed');
});
