import { expect, expectNoA11yViolations, test } from './fixtures';
import {
  AccessPage,
  AccountPages,
  ConsentsPage,
  MyDataPage,
  PolicyPage,
  PreferencesPage,
  ProfilePage,
  policyBanner,
  type AccountPageName,
} from './pages/account-pages';
import { MainNav, RequestPage, RequestQueuePage } from './pages/request-pages';

// The desktop and phone projects share one server and database, possibly at the same time. Each
// test either only reads, changes something of its own per project (a different preference,
// consent or profile field of Lucy's), or acts as a different demo person per project when the
// change can only happen once (accepting the policy, a correction request) or touches everything
// (unsubscribe from all). Nothing depends on the demo data's exact counts.
function perProject<T>(project: string, desktop: T, phone: T): T {
  return project === 'phone' ? phone : desktop;
}

const LUCY = 'learner@example.com';

test.describe('My account', () => {
  test('every account page is reachable from the navigation, by keyboard, and readable', async ({ portal, page }) => {
    await portal.signInAs(LUCY);
    const account = new AccountPages(page);

    const myAccount = new MainNav(page).link('My account');
    await myAccount.focus();
    await page.keyboard.press('Enter');
    await account.expectLoaded('My account');
    await expect(account.heading).toBeFocused();
    await expectNoA11yViolations(page);

    const pages: AccountPageName[] = [
      'My data',
      'Correct my data',
      'Communication preferences',
      'Consents and objections',
      'Privacy policy',
      'Who accessed my data',
    ];
    for (const name of pages) {
      const link = account.subNav.getByRole('link', { name, exact: true });
      await link.focus();
      await page.keyboard.press('Enter');
      await account.expectLoaded(name);
      await expect(account.heading).toBeFocused();
      await expect(account.subNav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(myAccount).toHaveAttribute('aria-current', 'true');
      await account.expectNoSidewaysScroll();
    }
  });

  test('staff and employer admins have My account too', async ({ portal, page }) => {
    await portal.signInAs('dpo@provider.example');
    await expect(new MainNav(page).link('My account')).toBeVisible();
    await portal.signOut();
    await portal.signInWithPassword('admin@acme.example');
    await new AccountPages(page).open('My data');
  });
});

test.describe('My data', () => {
  test('shows every category with its purposes, lawful basis and retention, and pages and sorts the activity', async ({ portal, page }) => {
    await portal.signInAs(LUCY);
    const data = new MyDataPage(page);
    await data.open('My data');

    await expect(data.categoryHeadings).toHaveText([
      'Identity',
      'Contact details',
      'Profile',
      'Learning records',
      'Purchases and payments',
      'Technical and usage data',
      'Marketing and communications',
    ]);
    const identity = data.region('Identity');
    await expect(identity).toContainText('Running your learner account');
    await expect(data.detail(identity, 'Lawful basis')).toContainText('Contract');
    await expect(data.detail(identity, 'How long')).toContainText('While you have an account with us');
    await expect(data.detail(identity, 'Shared with')).toContainText('Our hosting provider');
    await expect(data.detail(identity, 'First name')).not.toBeEmpty();
    const transactions = data.region('Purchases and payments');
    await expect(data.detail(transactions, 'Lawful basis')).toContainText('Legal obligation');
    await expect(transactions).toContainText('HM Revenue & Customs');
    const marketing = data.region('Marketing and communications');
    await expect(marketing).toContainText('Consent');
    await expect(data.detail(marketing, 'Kept until').first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(data.region('Learning records')).toContainText('Name on certificate');
    await expectNoA11yViolations(page);

    // The activity is paged: a first page, then more on demand.
    const items = data.activity.getByRole('listitem');
    const firstPage = await items.count();
    expect(firstPage).toBeGreaterThan(0);
    await expect(data.activityCount).toHaveText(new RegExp(`^Showing ${firstPage} of \\d+ activity records\\.$`));
    const newest = await data.activityTimes();
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Show more activity' }).click();
    await expect.poll(() => items.count()).toBeGreaterThan(firstPage);
    await expect(data.activityCount).not.toHaveText(new RegExp(`^Showing ${firstPage} of`));

    // ... and sortable: oldest first starts again from the first page.
    await page.locator('#activity-order').selectOption({ label: 'Oldest first' });
    await expect(items).toHaveCount(firstPage);
    const oldest = await data.activityTimes();
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(oldest[0]).toBeLessThan(newest[0]!);
    await data.expectNoSidewaysScroll();
  });
});

test.describe('Correct my data', () => {
  test('saves a valid change, and refuses an invalid postcode with the message next to the field', async ({ portal, page }, testInfo) => {
    await portal.signInAs(LUCY);
    const profile = new ProfilePage(page);
    await profile.open('Correct my data');
    await expectNoA11yViolations(page);

    // A valid change, to a field of this project's own.
    const label = perProject(testInfo.project.name, 'Job title', 'Address line 2 (optional)');
    const value = perProject(testInfo.project.name, 'Head of science', 'Flat 2') + ` ${Date.now() % 100000}`;
    await profile.field(label).fill(value);
    await profile.saveButton.click();
    await expect(profile.result).toHaveText('Your changes have been saved.');
    await profile.reload('Correct my data');
    await expect(profile.field(label)).toHaveValue(value);

    // A refused change: the server's message next to the field, and in the summary.
    const postcode = profile.field('Postcode');
    const before = await postcode.inputValue();
    await postcode.fill('NOT A POSTCODE');
    await profile.saveButton.click();
    await expect(profile.errorSummary).toBeFocused();
    await expect(profile.errorSummary).toContainText('Postcode: Enter a UK postcode, such as SW1A 1AA.');
    await expect(postcode).toHaveAttribute('aria-invalid', 'true');
    await expect(postcode).toHaveAccessibleDescription(/Enter a UK postcode, such as SW1A 1AA\./);
    await expect(page.locator('#postcode-error')).toBeVisible();
    await expectNoA11yViolations(page);
    await profile.errorSummary.getByRole('link', { name: /^Postcode/ }).click();
    await expect(postcode).toBeFocused();

    await profile.reload('Correct my data');
    await expect(profile.field('Postcode')).toHaveValue(before);
  });

  test('asks for a correction of a certificate name, which makes a correction request', async ({ portal, page }, testInfo) => {
    // A correction request can be open only once per person: each project asks for someone else.
    await portal.signInAs(perProject(testInfo.project.name, 'ellen.jones@example.net', 'james.wright@brightside.example'));
    const profile = new ProfilePage(page);
    await profile.open('Correct my data');

    const ask = profile.firstCertificateCorrection;
    await ask.click();
    await expect(profile.field('What should it say?')).toBeFocused();
    await profile.field('What should it say?').fill('The name spelt in full, please.');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Send the correction request' }).click();

    const sent = page.getByRole('link', { name: 'View your correction request' });
    if (testInfo.retry === 0) {
      const result = page.locator('.correction-result');
      await expect(result).toBeFocused();
      await expect(result).toContainText('We have received your request to correct the name on your');
      await expect(sent).toBeVisible();
      await sent.click();
      const request = new RequestPage(page);
      await request.expectLoaded();
      await expect(request.heading).toHaveText('Correction request');
      await expect(request.detail('What is wrong')).toContainText('Name on certificate:');
      await expect(request.detail('What it should say')).toHaveText('The name spelt in full, please.');
      await page.goBack();
      await profile.expectLoaded('Correct my data');
    }

    // Asking again while it is open: the open request is shown instead of a second one.
    await profile.firstCertificateCorrection.click();
    await profile.field('What should it say?').fill('Again.');
    await page.getByRole('button', { name: 'Send the correction request' }).click();
    const duplicate = page.getByRole('alert').filter({ hasText: 'You already have an open correction request' });
    await expect(duplicate).toBeFocused();
    await expect(duplicate.getByRole('link', { name: 'View your open correction request' })).toHaveAttribute('href', /^\/requests\/[^/]+$/);
  });
});

test.describe('Communication preferences', () => {
  test('a change is saved at once and persists after a reload', async ({ portal, page }, testInfo) => {
    await portal.signInAs(LUCY);
    const prefs = new PreferencesPage(page);
    await prefs.open('Communication preferences');
    await expectNoA11yViolations(page);

    const name = perProject(testInfo.project.name, 'Newsletters by post', 'Surveys by SMS');
    const cell = prefs.cell(name);
    const was = await cell.isChecked();
    await cell.click();
    await expect(cell).toBeChecked({ checked: !was });
    await expect(prefs.result).toHaveText(`Saved: ${name} switched ${was ? 'off' : 'on'}.`);

    await prefs.reload('Communication preferences');
    await expect(prefs.cell(name)).toBeChecked({ checked: !was });
    await prefs.expectNoSidewaysScroll();
  });

  test('service messages cannot be switched off, and a refused change is undone and says so', async ({ portal, page }, testInfo) => {
    await portal.signInAs(LUCY);
    const prefs = new PreferencesPage(page);
    await prefs.open('Communication preferences');

    await expect(prefs.service).toHaveCount(4);
    for (const box of await prefs.service.all()) {
      await expect(box).toBeChecked();
      await expect(box).toBeDisabled();
      await expect(box).toHaveAccessibleDescription(/cannot be switched off/);
    }

    // The server refuses the next change (as it refuses switching off service messages): the
    // grid shows the change at once, then puts it back and says why.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('setCommunicationPreference')) return route.continue();
      await new Promise((r) => setTimeout(r, 500));
      await route.fulfill({
        json: {
          data: null,
          errors: [
            {
              message: 'Service messages about your courses and account are part of our contract with you, so they cannot be switched off.',
              extensions: { code: 'SERVICE_MESSAGES_REQUIRED' },
            },
          ],
        },
      });
    });
    const name = perProject(testInfo.project.name, 'Training and events by phone', 'Partner offers by post');
    const cell = prefs.cell(name);
    const was = await cell.isChecked();
    await cell.click();
    await expect(cell).toBeChecked({ checked: !was });
    await expect(prefs.result).toContainText(`${name} could not be switched ${was ? 'off' : 'on'}, so it is ${was ? 'on' : 'off'} again.`);
    await expect(prefs.result).toContainText('cannot be switched off');
    await expect(cell).toBeChecked({ checked: was });
    await expectNoA11yViolations(page);

    await page.unroute('**/graphql');
    await prefs.reload('Communication preferences');
    await expect(prefs.cell(name)).toBeChecked({ checked: was });
  });

  test('unsubscribes from all marketing in one action', async ({ portal, page }, testInfo) => {
    // This switches off everything but service messages: each project uses a person of its own.
    await portal.signInAs(perProject(testInfo.project.name, 'tom.baker@acme.example', 'liam.murphy@acme.example'));
    const prefs = new PreferencesPage(page);
    await prefs.open('Communication preferences');
    const newsletters = prefs.cell('Newsletters by email');
    if (!(await newsletters.isChecked())) {
      await newsletters.click();
      await expect(prefs.result).toHaveText('Saved: Newsletters by email switched on.');
    }

    await prefs.unsubscribeAll.click();
    await expect(prefs.result).toHaveText(/^You have been unsubscribed from all marketing\./);
    await expect(prefs.marketing).toHaveCount(16);
    for (const box of await prefs.marketing.all()) await expect(box).not.toBeChecked();
    for (const box of await prefs.service.all()) await expect(box).toBeChecked();

    await prefs.reload('Communication preferences');
    for (const box of await prefs.marketing.all()) await expect(box).not.toBeChecked();
  });
});

test.describe('Consents and objections', () => {
  test('withdrawing then giving a consent; the history shows both', async ({ portal, page }, testInfo) => {
    await portal.signInAs(LUCY);
    const consents = new ConsentsPage(page);
    await consents.open('Consents and objections');
    await expectNoA11yViolations(page);

    const purpose = perProject(testInfo.project.name, 'Sharing with partners for their marketing', 'Profiling for marketing');
    if ((await consents.state(purpose).textContent()) !== 'Consent given') {
      await consents.change(purpose, /^Give consent for /, 'Consent given');
    }
    const history = consents.history(purpose);
    const before = await history.count();

    await consents.change(purpose, new RegExp(`^Withdraw consent for ${purpose}$`), 'Consent withdrawn');
    await expect(consents.message(purpose)).toContainText('You have withdrawn your consent');
    await expect(history).toHaveCount(before + 1);
    await expect(history.first()).toContainText('Consent withdrawn');
    await expect(history.first()).toContainText('You, on your account page, under privacy policy version');

    await consents.change(purpose, new RegExp(`^Give consent for ${purpose}$`), 'Consent given');
    await expect(history).toHaveCount(before + 2);
    await expect(history.nth(0)).toContainText('Consent given');
    await expect(history.nth(1)).toContainText('Consent withdrawn');

    await consents.reload('Consents and objections');
    await expect(consents.state(purpose)).toHaveText('Consent given');
    await expect(consents.history(purpose)).toHaveCount(before + 2);
    await expect(consents.history(purpose).nth(1)).toContainText('Consent withdrawn');
  });

  test('objecting to legitimate-interest processing, and withdrawing the objection', async ({ portal, page }, testInfo) => {
    await portal.signInAs(LUCY);
    const consents = new ConsentsPage(page);
    await consents.open('Consents and objections');

    const purpose = perProject(testInfo.project.name, 'Improving courses from how they are used', 'Recommending relevant courses');
    if ((await consents.state(purpose).textContent()) === 'You object') {
      await consents.change(purpose, /^Withdraw objection to /, 'Objection withdrawn');
    }
    await consents.change(purpose, new RegExp(`^Object to ${purpose}$`), 'You object');
    await expect(consents.message(purpose)).toContainText('Your objection');
    await expect(consents.history(purpose).first()).toContainText('Objection raised');
    await expect(consents.history(purpose).first()).toContainText('You, on your account page');
    await expectNoA11yViolations(page);

    await consents.reload('Consents and objections');
    await expect(consents.state(purpose)).toHaveText('You object');
    await consents.change(purpose, new RegExp(`^Withdraw objection to ${purpose}$`), 'Objection withdrawn');
    await expect(consents.history(purpose).first()).toContainText('Objection withdrawn');
  });
});

test.describe('Privacy policy', () => {
  test('a new version is announced on every page until it is accepted', async ({ portal, page }, testInfo) => {
    // Acceptance happens once per person: each project uses someone who has not accepted 2.0 yet.
    await portal.signInAs(perProject(testInfo.project.name, LUCY, 'grace.okafor@acme.example'));
    const banner = policyBanner(page);
    await expect(banner).toBeVisible();
    const nav = new MainNav(page);
    await nav.open('My requests');
    await expect(banner).toBeVisible();
    const policy = new PolicyPage(page);
    await policy.open('My data');
    await expect(banner).toBeVisible();

    await banner.getByRole('link').click();
    await policy.expectLoaded('Privacy policy');
    await expect(banner).toHaveCount(0);
    await expect(policy.current).toBeVisible();
    await expect(policy.current.getByRole('heading', { level: 3 }).first()).toHaveText('How we use your personal data');
    await expect(policy.region('Earlier versions')).toContainText('Version 1.0');
    await expect(policy.accepted).toContainText('Version 1.0: accepted');
    await expectNoA11yViolations(page);

    await policy.acceptButton().click();
    await expect(policy.notice).toHaveText(/^Thank you: you have accepted version \S+ of the privacy policy\.$/);
    await expect(policy.notice).toBeFocused();
    await expect(policy.acceptButton()).toHaveCount(0);
    await expect(policy.accepted).toContainText(/Version 2\.0: accepted \d/);

    await nav.open('Home');
    await expect(portal.heading).toContainText('Hello');
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(portal.heading).toContainText('Hello');
    await expect(banner).toHaveCount(0);
  });
});

test.describe('Who accessed my data', () => {
  test.describe.configure({ mode: 'serial' });

  test('staff open one of the learner’s requests', async ({ portal, page }) => {
    await portal.signInAs('dpo@provider.example');
    const queue = new RequestQueuePage(page);
    await queue.goto();
    await queue.filterByType('Objection');
    // The demo data holds an open objection request of Lucy's.
    const row = queue.table.getByRole('row').filter({ hasText: 'Objection: Lucy Learner' }).first();
    await row.getByRole('link').click();
    const request = new RequestPage(page);
    await request.expectLoaded();
    await expect(request.detail('About')).toContainText('Lucy Learner');
  });

  test('the learner sees that provider staff looked at their data', async ({ portal, page }) => {
    await portal.signInAs(LUCY);
    const access = new AccessPage(page);
    await access.open('Who accessed my data');
    await expect(access.table).toBeVisible();
    const staffRead = access.rows().filter({ hasText: 'Provider staff' }).filter({ hasText: 'Looked at your profile' });
    await expect(staffRead.first()).toBeVisible();
    await expect(staffRead.first().locator('time')).toHaveText(/\d{4}, \d{2}:\d{2}$/);
    await expect(page.locator('#access-count')).toHaveText(/^(Showing \d+ of \d+ entries|All \d+ entries|1 entry)\.$/);
    await expectNoA11yViolations(page);
    await access.expectNoSidewaysScroll();
  });
});
