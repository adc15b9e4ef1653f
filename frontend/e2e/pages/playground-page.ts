import { expect, type Locator, type Page } from '@playwright/test';

/** GraphiQL at /playground. */
export class PlaygroundPage {
  readonly queryEditor: Locator;
  readonly runButton: Locator;
  readonly response: Locator;

  constructor(readonly page: Page) {
    this.queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
    this.runButton = page.getByRole('button', { name: /^Execute query/ });
    this.response = page.locator('.graphiql-response');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.queryEditor).toBeVisible();
    await expect(this.runButton).toBeEnabled();
  }

  /** Replaces the editor's text; insertText skips CodeMirror's bracket auto-closing. */
  async setQuery(query: string): Promise<void> {
    await this.queryEditor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(query);
    await expect(this.queryEditor).toContainText(query.trim().split('\n')[0] ?? '');
  }

  async run(query: string): Promise<void> {
    await this.setQuery(query);
    await this.runButton.click();
  }
}
