import { expect, expectNoA11yViolations, test } from './fixtures';

test.describe('signed out', () => {
  test('shows what the portal is and a Sign in button', async ({ portal }) => {
    await portal.goto();

    await expect(portal.heading).toHaveText('Learner Privacy Portal');
    await expect(portal.signInLink).toHaveAttribute('href', '/auth/login');
    await expect(portal.signOutButton).toHaveCount(0);
    await expectNoA11yViolations(portal.page);
  });
});

test.describe('learner', () => {
  test('signs in through the dev identity provider, sees their account, signs out', async ({ portal }) => {
    await portal.signInAs('learner@example.com');

    await expect(portal.heading).toContainText('Lucy Learner');
    await expect(portal.detail('Email')).toHaveText('learner@example.com');
    await expect(portal.detail('Role')).toHaveText('Learner');
    await expect(portal.detail('Organisation')).toHaveCount(0);
    await expect(portal.playgroundLink).toHaveCount(0);
    await expectNoA11yViolations(portal.page);

    await portal.signOut();

    // The session is really gone, not just hidden by the SPA.
    await portal.goto();
    await portal.expectSignedOut();
  });
});

test.describe('employer admin', () => {
  test('signs in with email and password and sees their organisation', async ({ portal }) => {
    await portal.signInWithPassword('admin@acme.example');

    await expect(portal.heading).toContainText('Adam Admin');
    await expect(portal.detail('Role')).toHaveText('Employer admin');
    await expect(portal.detail('Organisation')).toHaveText('Acme Ltd');
    await expect(portal.playgroundLink).toHaveCount(0);
  });
});

test.describe('provider staff', () => {
  test('sees their role and a link to the playground', async ({ portal }) => {
    await portal.signInAs('dpo@provider.example');

    await expect(portal.heading).toContainText('Dana Protection');
    await expect(portal.detail('Role')).toHaveText('Provider staff');
    await expect(portal.playgroundLink).toHaveAttribute('href', '/playground');
    await expectNoA11yViolations(portal.page);
  });

  test('runs a query in the GraphQL playground @desktop-only', async ({ portal, playground, page }) => {
    await portal.signInAs('dpo@provider.example');
    await portal.playgroundLink.click();
    await expect(page).toHaveURL((url) => url.pathname === '/playground');
    await playground.expectLoaded();

    await playground.run('{ me { email } }');

    await expect(playground.response).toContainText('"email": "dpo@provider.example"');
  });
});
