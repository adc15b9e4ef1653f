import { expect, type Locator, type Page } from '@playwright/test';

/** The value next to a term of a details list (`<dt>` / `<dd>`), e.g. detail(page, 'State'). */
function detail(scope: Page | Locator, term: string): Locator {
  return scope.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** Waits until the page's loading messages (role=status) have gone. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** The signed-in layout's main navigation. */
export class MainNav {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
  }

  link(name: 'Home' | 'My account' | 'My requests' | 'Request queue'): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async open(name: 'Home' | 'My account' | 'My requests' | 'Request queue'): Promise<void> {
    await this.link(name).click();
  }
}

/** `/requests`: the viewer's requests. */
export class MyRequestsPage {
  readonly heading: Locator;
  readonly newRequestLink: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My requests' });
    this.newRequestLink = page.getByRole('link', { name: 'Make a new request' });
    this.list = page.locator('main ul.request-list');
  }

  async goto(): Promise<void> {
    await new MainNav(this.page).open('My requests');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/requests');
    await expect(this.heading).toBeVisible();
    await settled(this.page);
  }

  /** The list item of one request, found by its link. */
  item(id: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.locator(`a[href="/requests/${id}"]`) });
  }

  state(id: string): Locator {
    return this.item(id).locator('.badge').first();
  }

  detail(id: string, term: string): Locator {
    return detail(this.item(id), term);
  }
}

export type RightLabel = 'Access' | 'Data portability' | 'Correction' | 'Erasure' | 'Restriction' | 'Objection';

/** `/requests/new`: the form for a new request. */
export class NewRequestPage {
  readonly heading: Locator;
  readonly promise: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;
  readonly employee: Locator;
  /** With Erasure chosen: what erasing the person would delete and keep. */
  readonly erasurePreview: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Make a request' });
    this.erasurePreview = page.getByRole('region', { name: /^What erasing .* data would do$/ });
    this.promise = page.getByText('We answer within one calendar month');
    this.submitButton = page.getByRole('button', { name: /^Send the request/ });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    this.employee = page.getByLabel('Who is the request for?');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/requests/new');
    await expect(this.heading).toBeVisible();
    await settled(this.page);
  }

  async chooseRight(label: RightLabel): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  /** An employer admin's choice of employee, by name. */
  async chooseEmployee(name: string): Promise<void> {
    const option = this.employee.locator('option').filter({ hasText: name });
    const value = await option.getAttribute('value');
    if (!value) throw new Error(`no employee called ${name}`);
    await this.employee.selectOption(value);
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label);
  }

  /** Sends the form and, on success, returns the new request's ID from the page it lands on. */
  async submit(): Promise<string> {
    await this.submitButton.click();
    await expect(this.page).toHaveURL(/\/requests\/(?!new)[^/]+$/);
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}

/** `/requests/:id`: one request. */
export class RequestPage {
  readonly heading: Locator;
  readonly notice: Locator;
  readonly timeline: Locator;
  readonly messages: Locator;
  /** Access and portability: the archive's progress, then its files and the download link. */
  readonly exportPanel: Locator;
  readonly progress: Locator;
  readonly files: Locator;
  readonly downloadLink: Locator;
  /** Erasure: its schedule or progress, the receipt, and the preview the requester saw. */
  readonly erasurePanel: Locator;
  /** Staff, on a completed restriction request. */
  readonly restrictionPanel: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.notice = page.getByTestId('notice');
    this.timeline = page.getByRole('list', { name: 'Timeline' });
    this.messages = page.getByRole('list', { name: 'Messages' });
    this.exportPanel = page.getByRole('region', { name: /copy of the data$/ });
    this.progress = this.exportPanel.getByRole('progressbar');
    this.files = this.exportPanel.getByRole('table', { name: 'Files in the archive' });
    this.downloadLink = this.exportPanel.getByRole('link', { name: /^Download the ZIP file/ });
    this.erasurePanel = page.getByRole('region', { name: 'Erasure', exact: true });
    this.restrictionPanel = page.getByRole('region', { name: 'Restriction of processing' });
  }

  /** The names of the archive's files, as its table lists them. */
  async fileNames(): Promise<string[]> {
    return (await this.files.getByRole('rowheader').allTextContents()).map((s) => s.trim());
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/requests/${id}`);
    await this.expectLoaded(id);
  }

  async expectLoaded(id?: string): Promise<void> {
    if (id) await expect(this.page).toHaveURL((url) => url.pathname === `/requests/${id}`);
    await settled(this.page);
    await expect(this.detail('State')).toBeVisible();
  }

  detail(term: string): Locator {
    return detail(this.page.locator('main'), term);
  }

  get state(): Locator {
    return this.detail('State');
  }

  action(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Unfolds one of staff's less common actions (ask for information, extend, reject). */
  async unfold(title: string): Promise<void> {
    const summary = this.page.locator('details.action > summary', { hasText: title });
    await summary.click();
    await expect(summary.locator('xpath=..')).toHaveAttribute('open', '');
  }

  /** Presses an action's button and waits for the announcement of its result. */
  async act(button: string, announcement: string | RegExp): Promise<void> {
    await this.action(button).click();
    await expect(this.notice).toHaveText(announcement);
  }

  async sendMessage(text: string): Promise<void> {
    await this.page.getByLabel('Write a message').fill(text);
    await this.page.getByRole('button', { name: 'Send message' }).click();
    await expect(this.notice).toHaveText('Your message has been sent.');
  }
}

/** `/staff/requests`: the staff queue. */
export class RequestQueuePage {
  readonly heading: Locator;
  readonly figures: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Request queue' });
    this.figures = page.getByRole('region', { name: 'Figures' });
    this.table = page.locator('table.table--queue');
  }

  async goto(): Promise<void> {
    await new MainNav(this.page).open('Request queue');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/staff/requests');
    await expect(this.heading).toBeVisible();
    await settled(this.page);
  }

  figure(label: string): Locator {
    return detail(this.page.locator('dl.figures'), label);
  }

  async filterByType(label: RightLabel): Promise<void> {
    await this.page.getByLabel('Type', { exact: true }).selectOption({ label });
    await this.page.getByRole('button', { name: 'Show requests' }).click();
    await this.expectLoaded();
  }

  /** The row of one request, found by its link. */
  row(id: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.locator(`a[href="/requests/${id}"]`) });
  }

  async open(id: string): Promise<void> {
    await this.row(id).getByRole('link').click();
    await new RequestPage(this.page).expectLoaded(id);
  }
}
