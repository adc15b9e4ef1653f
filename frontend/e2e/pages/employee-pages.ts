import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the page's loading messages (role=status) have gone. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** `/employees`: the employer admin's directory. */
export class EmployeesPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly count: Locator;
  readonly selectAll: Locator;
  readonly selection: Locator;
  readonly requestForSelected: Locator;
  readonly fromListLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Employees' });
    this.search = page.getByRole('searchbox', { name: 'Search by name or email' });
    this.table = page.getByRole('table', { name: 'Employees' });
    this.count = page.locator('#employees-count');
    this.selectAll = page.getByRole('checkbox', { name: 'Select all on this page' });
    this.selection = page.getByRole('region', { name: 'Selected employees' });
    this.requestForSelected = page.getByRole('link', { name: 'Make a request for the selected employees' });
    this.fromListLink = page.getByRole('link', { name: 'Make a request from a list of email addresses' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Employees', exact: true }).click();
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/employees');
    await expect(this.heading).toBeVisible();
    await settled(this.page);
    await expect(this.count).not.toBeEmpty();
  }

  /** A column's header cell (for aria-sort) and its sort button. */
  header(name: string): Locator {
    return this.table.getByRole('columnheader').filter({ has: this.page.getByRole('button', { name }) });
  }

  async sortBy(name: string): Promise<void> {
    await this.header(name).getByRole('button').click();
    await settled(this.page);
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }

  /** The person names of the rows, top to bottom (without job titles). */
  async names(): Promise<string[]> {
    return this.table.locator('tbody th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent?.trim() ?? ''));
  }
}

/** `/employees/request`: one right for many employees, then the report. */
export class BulkRequestPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly list: Locator;
  readonly parsed: Locator;
  readonly note: Locator;
  readonly submitButton: Locator;
  readonly errorSummary: Locator;
  readonly report: Locator;
  readonly summary: Locator;
  readonly reportTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Request for employees' });
    this.fileInput = page.getByLabel('Upload a CSV file (optional)');
    this.list = page.getByLabel('Email addresses', { exact: true });
    this.parsed = page.locator('#list-parsed');
    this.note = page.getByLabel('Note for provider staff and the employees (optional)');
    this.submitButton = page.getByRole('button', { name: /^Send (the|\d+) requests?$/ });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    this.report = page.getByRole('region', { name: 'What happened' });
    this.summary = page.getByTestId('report-summary');
    this.reportTable = this.report.getByRole('table');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === '/employees/request');
    await expect(this.heading).toBeVisible();
  }

  async chooseList(): Promise<void> {
    await this.page.getByRole('radio', { name: 'A list of email addresses' }).check();
  }

  async chooseRight(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async uploadCsv(name: string, text: string): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }

  /** The report's row for one person (their name or email as given). */
  reportRow(person: string): Locator {
    return this.reportTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: person, exact: true }) });
  }

  /** The ID of the request a report row links to. */
  async requestId(person: string): Promise<string> {
    const href = await this.reportRow(person).getByRole('link').getAttribute('href');
    expect(href).toMatch(/^\/requests\/[^/]+$/);
    return href!.split('/').pop()!;
  }
}
