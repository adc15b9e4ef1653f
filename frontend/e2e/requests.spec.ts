import { expect, expectNoA11yViolations, test } from './fixtures';
import { MainNav, MyRequestsPage, NewRequestPage, RequestPage, RequestQueuePage, type RightLabel } from './pages/request-pages';

// Both projects (desktop and phone) run against the same server and database, possibly at the
// same time, and a second open request of a type for a person is refused as a duplicate. So each
// project makes its own type of request: the desktop the access request of the acceptance
// criteria, the phone a portability request. Nothing depends on the demo data's counts.
function rightFor(project: string, desktop: RightLabel, phone: RightLabel): RightLabel {
  return project === 'phone' ? phone : desktop;
}

test.describe('a learner’s request, answered by staff', () => {
  test.describe.configure({ mode: 'serial' });

  let requestId = '';
  let right: RightLabel = 'Access';

  test('the learner submits a request and sees it in My requests', async ({ portal, page }, testInfo) => {
    right = rightFor(testInfo.project.name, 'Access', 'Data portability');
    await portal.signInAs('learner@example.com');
    const nav = new MainNav(page);
    await expect(nav.link('Request queue')).toHaveCount(0);

    const mine = new MyRequestsPage(page);
    await mine.goto();
    await expectNoA11yViolations(page);
    await mine.newRequestLink.click();

    const form = new NewRequestPage(page);
    await form.expectLoaded();
    await expect(form.promise).toBeVisible();
    await expect(form.employee).toHaveCount(0);
    await expectNoA11yViolations(page);
    await form.chooseRight(right);
    await form.field('Anything else we should know? (optional)').fill('Everything you hold about me, please.');
    requestId = await form.submit();

    const detail = new RequestPage(page);
    await detail.expectLoaded(requestId);
    await expect(detail.notice).toContainText('Your request has been received. We will answer by');
    await expect(detail.heading).toHaveText(`${right} request`);
    await expect(detail.state).toHaveText('Submitted');
    await expect(detail.timeline.getByRole('listitem')).toHaveCount(1);
    await expect(detail.timeline).toContainText('Request submitted');
    await expect(detail.timeline).toContainText('Lucy Learner');
    await expect(detail.action('Cancel this request')).toBeVisible();
    await expectNoA11yViolations(page);

    await mine.goto();
    await expect(mine.item(requestId)).toContainText(`${right} request`);
    await expect(mine.state(requestId)).toHaveText('Submitted');
    await expect(mine.detail(requestId, 'Due')).toHaveText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
    await expect(mine.detail(requestId, 'Received')).toHaveText(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  test('staff find it in the queue, start it and complete it', async ({ portal, page }) => {
    test.skip(!requestId, 'the learner could not submit the request');
    await portal.signInAs('dpo@provider.example');

    const queue = new RequestQueuePage(page);
    await queue.goto();
    await expect(queue.figure('Open')).toHaveText(/^\d+$/);
    await expectNoA11yViolations(page);
    await queue.filterByType(right);
    await expect(page).toHaveURL(/[?&]type=/);
    const row = queue.row(requestId);
    await expect(row).toContainText('Lucy Learner');
    await expect(row).toContainText('Submitted');
    await queue.open(requestId);

    const detail = new RequestPage(page);
    await expect(detail.heading).toHaveText(`${right} request for Lucy Learner`);
    await expect(detail.detail('Submitted by')).toContainText('Lucy Learner');
    await expectNoA11yViolations(page);

    await detail.act('Start work on the request', 'The request is now in progress.');
    await expect(detail.state).toHaveText('In progress');
    await expect(detail.action('Start work on the request')).toHaveCount(0);

    await detail.sendMessage('We have started gathering your data.');
    await expect(detail.messages).toContainText('We have started gathering your data.');

    await page.getByLabel('Note for the requester (optional)').fill('Your data is attached to the email we sent.');
    await detail.act('Mark as completed', 'The request is completed.');
    await expect(detail.state).toHaveText('Completed');
    await expect(detail.detail('Closed')).toHaveText(/\d{4}/);
    await expect(page.getByRole('heading', { name: 'Actions' })).toHaveCount(0);
  });

  test('the learner sees both changes in the timeline and the state Completed', async ({ portal, page }) => {
    test.skip(!requestId, 'the learner could not submit the request');
    await portal.signInAs('learner@example.com');

    const mine = new MyRequestsPage(page);
    await mine.goto();
    await expect(mine.state(requestId)).toHaveText('Completed');
    await mine.item(requestId).getByRole('link').click();

    const detail = new RequestPage(page);
    await detail.expectLoaded(requestId);
    await expect(detail.state).toHaveText('Completed');
    const events = detail.timeline.getByRole('listitem');
    await expect(events).toHaveCount(3);
    await expect(events.nth(0)).toContainText('Request submitted');
    await expect(events.nth(1)).toContainText('From Submitted to In progress');
    await expect(events.nth(1)).toContainText('Provider staff');
    await expect(events.nth(2)).toContainText('From In progress to Completed');
    await expect(events.nth(2)).toContainText('Your data is attached to the email we sent.');
    await expect(detail.messages).toContainText('We have started gathering your data.');
    // A completed request can no longer be cancelled.
    await expect(detail.action('Cancel this request')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });
});

test.describe('learner', () => {
  test('is told that a second open request of a type is a duplicate, with a link to the open one', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    await new MainNav(page).open('My requests');
    await new MyRequestsPage(page).newRequestLink.click();

    // The demo data holds an open objection of Lucy's.
    const form = new NewRequestPage(page);
    await form.expectLoaded();
    await form.chooseRight('Objection');
    await form.field('Which use of your data is objected to?').fill('Using my course history to recommend courses');
    await form.submitButton.click();

    await expect(form.errorSummary).toBeFocused();
    await expect(form.errorSummary).toContainText('There is already an open objection request for you.');
    await expectNoA11yViolations(page);
    await form.errorSummary.getByRole('link', { name: 'View the open objection request' }).click();

    const detail = new RequestPage(page);
    await detail.expectLoaded();
    await expect(detail.heading).toHaveText('Objection request');
    await expect(detail.heading).toBeFocused();
  });

  test('shows field errors next to the fields before sending anything', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    await page.goto('/requests/new?type=rectification');
    const form = new NewRequestPage(page);
    await form.expectLoaded();
    await expect(page.getByRole('radio', { name: 'Correction', exact: true })).toBeChecked();
    await form.submitButton.click();

    await expect(form.errorSummary).toBeFocused();
    await expect(form.field('What is wrong?')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('What should it say?')).toHaveAttribute('aria-invalid', 'true');
    await form.errorSummary.getByRole('link', { name: /^What is wrong/ }).click();
    await expect(form.field('What is wrong?')).toBeFocused();
  });

  test('cannot see the staff request queue', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    await expect(new MainNav(page).link('Request queue')).toHaveCount(0);

    await page.goto('/staff/requests');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request queue');
    await expect(page.getByText('The request queue is for provider staff only.')).toBeVisible();
    await expect(page.locator('table')).toHaveCount(0);
    await expectNoA11yViolations(page);
  });

  test('keeps the page across a reload and Back', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    const mine = new MyRequestsPage(page);
    await mine.goto();
    await page.reload();
    await mine.expectLoaded();
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(portal.heading).toContainText('Lucy Learner');
  });
});

test.describe('employer admin', () => {
  test('submits a request for an employee and sees it in My requests', async ({ portal, page }, testInfo) => {
    // Priya already has an open erasure request (demo data); each project uses another type.
    const right = rightFor(testInfo.project.name, 'Correction', 'Access');
    await portal.signInWithPassword('admin@acme.example');

    const mine = new MyRequestsPage(page);
    await mine.goto();
    await expectNoA11yViolations(page);
    await mine.newRequestLink.click();

    const form = new NewRequestPage(page);
    await form.expectLoaded();
    await expect(form.employee).toBeVisible();
    await expectNoA11yViolations(page);
    await form.chooseEmployee('Priya Shah');
    await form.chooseRight(right);
    if (right === 'Correction') {
      await form.field('What is wrong?').fill('Job title');
      await form.field('What should it say?').fill('Safeguarding lead');
    }
    await form.field('Anything else we should know? (optional)').fill('Priya asked us to make this request for her.');
    await expect(form.submitButton).toHaveText('Send the request for Priya Shah');
    const id = await form.submit();

    const detail = new RequestPage(page);
    await detail.expectLoaded(id);
    await expect(detail.heading).toHaveText(`${right} request for Priya Shah`);
    await expect(detail.detail('About')).toContainText('Priya Shah');
    await expect(detail.state).toHaveText('Submitted');
    if (right === 'Correction') {
      await expect(detail.detail('What is wrong')).toHaveText('Job title');
      await expect(detail.detail('What it should say')).toHaveText('Safeguarding lead');
    }
    await expectNoA11yViolations(page);

    await mine.goto();
    await expect(mine.item(id)).toContainText(`${right} request for Priya Shah`);
    await expect(mine.state(id)).toHaveText('Submitted');
    await expect(mine.detail(id, 'About')).toHaveText('Priya Shah');
    await expect(mine.detail(id, 'Due')).toHaveText(/\d{4}/);
  });
});

test.describe('provider staff', () => {
  test('see the figures and filter the queue by keyboard', async ({ portal, page }) => {
    await portal.signInAs('dpo@provider.example');
    const queue = new RequestQueuePage(page);
    await queue.goto();

    await expect(queue.figures.getByRole('table')).toBeVisible();
    for (const label of ['Open', 'Overdue', 'Due soon', 'Completed this month', 'Median time to close']) {
      await expect(queue.figure(label)).not.toBeEmpty();
    }
    // Ravi Patel's extended erasure request is open in the demo data.
    await expect(queue.table).toContainText('Erasure: Ravi Patel');

    // Choose a type and submit with the keyboard.
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Erasure' });
    await page.getByRole('button', { name: 'Show requests' }).press('Enter');
    await queue.expectLoaded();
    await expect(page).toHaveURL(/type=ERASURE/);
    await expect(queue.table).toContainText('Erasure: Ravi Patel');
    await expect(queue.table).not.toContainText('Objection:');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/staff/requests' && url.search === '');
  });
});

test.describe('a learner cancels a request', () => {
  test('after confirming, and sees it cancelled', async ({ portal, page }, testInfo) => {
    const right = rightFor(testInfo.project.name, 'Restriction', 'Erasure');
    await portal.signInAs('learner@example.com');
    await page.goto('/requests/new');
    const form = new NewRequestPage(page);
    await form.expectLoaded();
    await form.chooseRight(right);
    const id = await form.submit();

    const detail = new RequestPage(page);
    await detail.expectLoaded(id);
    await detail.action('Cancel this request').click();
    // Nothing happens until the learner confirms; "No, keep it" goes back.
    await expect(page.getByText('Are you sure you want to cancel this request?')).toBeFocused();
    await detail.action('No, keep it').click();
    await expect(detail.action('Cancel this request')).toBeFocused();
    await expect(detail.state).toHaveText('Submitted');

    await detail.action('Cancel this request').click();
    await page.getByLabel('Why are you cancelling? (optional)').fill('I sent this by mistake.');
    await expectNoA11yViolations(page);
    await detail.act('Yes, cancel the request', 'The request has been cancelled.');
    await expect(detail.state).toHaveText('Cancelled');
    await expect(detail.action('Cancel this request')).toHaveCount(0);
    await expect(detail.timeline.getByRole('listitem')).toHaveCount(2);
    await expect(detail.timeline).toContainText('I sent this by mistake.');
  });
});

test.describe('staff ask for information, extend and reject @desktop-only', () => {
  test.describe.configure({ mode: 'serial' });
  let id = '';

  test('the learner asks for a correction', async ({ portal, page }) => {
    await portal.signInAs('learner@example.com');
    await page.goto('/requests/new');
    const form = new NewRequestPage(page);
    await form.expectLoaded();
    await form.chooseRight('Correction');
    await form.field('What is wrong?').fill('Job title');
    await form.field('What should it say?').fill('Head of Year 9');
    id = await form.submit();
  });

  test('staff ask for information; the clock stops', async ({ portal, page }) => {
    test.skip(!id, 'no request');
    await portal.signInAs('dpo@provider.example');
    const detail = new RequestPage(page);
    await detail.goto(id);
    // The exceptional actions are folded away: open one with the keyboard.
    const ask = page.locator('details > summary', { hasText: 'Ask the requester for information' });
    await ask.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('What do you need?')).toBeVisible();
    await page.getByLabel('What do you need?').fill('Which school is this job title for?');
    await detail.act('Ask for information', /clock is paused/);
    await expect(detail.state).toHaveText('Waiting for information');
    await expect(detail.messages).toContainText('Which school is this job title for?');
  });

  test('the learner answers', async ({ portal, page }) => {
    test.skip(!id, 'no request');
    await portal.signInAs('learner@example.com');
    const detail = new RequestPage(page);
    await detail.goto(id);
    await expect(page.getByText('We need more information from you')).toBeVisible();
    await expect(detail.detail('Due')).toContainText('The clock has been paused since');
    await expectNoA11yViolations(page);
    await page.getByLabel('Your answer').fill('Hillside Academy.');
    await detail.act('Send the information', 'Thank you: your information has been sent.');
    await expect(detail.state).not.toHaveText('Waiting for information');
    await expect(detail.messages).toContainText('Hillside Academy.');
  });

  test('staff extend the due date by two months, then reject it', async ({ portal, page }) => {
    test.skip(!id, 'no request');
    await portal.signInAs('dpo@provider.example');
    const detail = new RequestPage(page);
    await detail.goto(id);
    if ((await detail.state.textContent()) !== 'In progress') {
      await detail.act('Start work on the request', 'The request is now in progress.');
    }

    await detail.unfold('Extend the due date');
    await page.getByRole('radio', { name: '2 months' }).check();
    await page.getByLabel('Reason (the requester sees this)').fill('We need records from the school.');
    await detail.act('Extend the due date', 'The due date has been extended.');
    await expect(detail.state).toHaveText('Extended');
    await expect(detail.detail('Extension')).toContainText('Extended by 2 months');
    await expect(detail.detail('Extension')).toContainText('We need records from the school.');
    // Two months is the most there is: no extension is offered any more.
    await expect(page.locator('summary', { hasText: 'Extend the due date' })).toHaveCount(0);

    await detail.unfold('Reject the request');
    // Nothing chosen yet: the form says so next to the field, without a round trip.
    await detail.action('Reject the request').click();
    await expect(page.getByLabel('Reason', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'An exemption applies' });
    await page.getByLabel('Explanation (the requester sees this)').fill('Job titles are set by the school, not by us.');
    await detail.act('Reject the request', 'The request has been rejected.');
    await expect(detail.state).toHaveText('Rejected');
  });

  test('the learner sees the rejection with its explanation', async ({ portal, page }) => {
    test.skip(!id, 'no request');
    await portal.signInAs('learner@example.com');
    const detail = new RequestPage(page);
    await detail.goto(id);
    await expect(detail.state).toHaveText('Rejected');
    await expect(detail.detail('Rejected as')).toHaveText('An exemption applies');
    await expect(detail.detail('Why')).toHaveText('Job titles are set by the school, not by us.');
    await expect(detail.detail('Extension')).toContainText('We need records from the school.');
    await expectNoA11yViolations(page);
  });
});
