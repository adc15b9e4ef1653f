import { expect, type Locator, type Page } from '@playwright/test';
import { MainNav } from './request-pages';

export type AccountPageName =
  | 'My data'
  | 'Correct my data'
  | 'Communication preferences'
  | 'Consents and objections'
  | 'Privacy policy'
  | 'Who accessed my data';

/** Waits until the page's loading messages (role=status) have gone. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** The banner every signed-in page shows while a new privacy policy version waits for review. */
export function policyBanner(page: Page): Locator {
  return page.getByRole('region', { name: 'Privacy policy update' });
}

/** `/account/...`: the sub-navigation among the account pages and what they share. */
export class AccountPages {
  readonly subNav: Locator;
  readonly heading: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.subNav = page.getByRole('navigation', { name: 'My account' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.notice = page.getByTestId('notice');
  }

  /** From anywhere signed in: main navigation "My account", then the page in the sub-navigation. */
  async open(name: AccountPageName): Promise<void> {
    await new MainNav(this.page).open('My account');
    await expect(this.heading).toHaveText('My account');
    await this.subNav.getByRole('link', { name, exact: true }).click();
    await this.expectLoaded(name);
  }

  async expectLoaded(name: AccountPageName | 'My account'): Promise<void> {
    await expect(this.heading).toHaveText(name);
    await settled(this.page);
  }

  /** Reloads the page and waits for its data. */
  async reload(name: AccountPageName): Promise<void> {
    await this.page.reload();
    await this.expectLoaded(name);
  }

  /** A section of the page by its heading ("Identity", a purpose's name, ...). */
  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The value next to a term in a details list inside scope. */
  detail(scope: Locator, term: string): Locator {
    return scope.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Nothing on the page is wider than the screen (readable at phone width without scrolling sideways). */
  async expectNoSidewaysScroll(): Promise<void> {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

/** `/account/data`. */
export class MyDataPage extends AccountPages {
  readonly categoryHeadings: Locator;
  readonly activity: Locator;
  readonly activityCount: Locator;

  constructor(page: Page) {
    super(page);
    this.categoryHeadings = page.locator('section.category > h2');
    this.activity = page.getByRole('list', { name: 'Sign-ins and pages used' });
    this.activityCount = page.locator('#activity-count');
  }

  /** The `datetime` of each activity record shown, in page order. */
  async activityTimes(): Promise<number[]> {
    const values = await this.activity.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    return values.map((v) => Date.parse(v));
  }
}

/** `/account/profile`. */
export class ProfilePage extends AccountPages {
  readonly saveButton: Locator;
  readonly errorSummary: Locator;
  readonly result: Locator;

  constructor(page: Page) {
    super(page);
    this.saveButton = page.getByRole('button', { name: 'Save changes' });
    this.errorSummary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    this.result = page.locator('form.profile-form .live-message');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** "Ask for a correction" of the name on a certificate, the first one listed. */
  get firstCertificateCorrection(): Locator {
    return this.page.getByRole('button', { name: /^Ask for a correction of the name on your .* certificate$/ }).first();
  }
}

/** `/account/preferences`. */
export class PreferencesPage extends AccountPages {
  readonly result: Locator;
  readonly unsubscribeAll: Locator;
  readonly marketing: Locator;
  readonly service: Locator;

  constructor(page: Page) {
    super(page);
    this.result = page.locator('#preference-result');
    this.unsubscribeAll = page.getByRole('button', { name: 'Unsubscribe from all marketing' });
    this.marketing = page.locator('table.pref-grid input[type=checkbox]:not([disabled])');
    this.service = page.getByRole('checkbox', { name: /^Service messages by / });
  }

  /** The checkbox of one cell, e.g. "Newsletters by SMS". */
  cell(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
}

/** `/account/consents`. */
export class ConsentsPage extends AccountPages {
  purpose(name: string): Locator {
    return this.region(name);
  }

  state(name: string): Locator {
    return this.purpose(name).getByTestId('consent-state');
  }

  button(name: string): Locator {
    return this.purpose(name).getByRole('button');
  }

  history(name: string): Locator {
    return this.purpose(name).getByRole('list', { name: 'History' }).getByRole('listitem');
  }

  message(name: string): Locator {
    return this.purpose(name).locator('.live-message');
  }

  /** Presses the purpose's one button (by keyboard) and waits for its new state. */
  async change(name: string, button: RegExp, state: string): Promise<void> {
    const b = this.button(name);
    await expect(b).toHaveAccessibleName(button);
    await b.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.state(name)).toHaveText(state);
    // The same button stays, with new words, and keeps focus.
    await expect(b).toBeFocused();
  }
}

/** `/account/policy`. */
export class PolicyPage extends AccountPages {
  readonly current: Locator;
  readonly accepted: Locator;

  constructor(page: Page) {
    super(page);
    this.current = page.getByRole('region', { name: /^Version .* \(current\)$/ });
    this.accepted = page.getByRole('region', { name: 'What you have accepted' });
  }

  acceptButton(version?: string): Locator {
    return this.page.getByRole('button', { name: version ? `Accept version ${version}` : /^Accept version / });
  }
}

/** `/account/access`. */
export class AccessPage extends AccountPages {
  readonly table: Locator;

  constructor(page: Page) {
    super(page);
    this.table = page.getByRole('table', { name: 'Who accessed your data' });
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }
}

/** `/account`: the overview, with "Download my data". */
export class AccountOverviewPage extends AccountPages {
  readonly download: Locator;
  readonly downloadButton: Locator;

  constructor(page: Page) {
    super(page);
    this.download = page.getByRole('region', { name: 'Download my data' });
    this.downloadButton = this.download.getByRole('button', { name: 'Download my data' });
  }

  async goto(): Promise<void> {
    await new MainNav(this.page).open('My account');
    await this.expectLoaded('My account');
  }
}
