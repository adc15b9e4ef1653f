import { describe, expect, it } from 'vitest';
import { isAppPath, isPlainClick, matchRoute, requestPath, routePath, type ClickInfo } from './router';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'home' }],
    ['/requests', { name: 'myRequests' }],
    ['/requests/', { name: 'myRequests' }],
    ['/requests/new', { name: 'newRequest' }],
    ['/requests/42', { name: 'request', id: '42' }],
    ['/requests/a%2Fb', { name: 'request', id: 'a/b' }],
    ['/staff/requests', { name: 'queue' }],
    ['/staff/requests/', { name: 'queue' }],
    ['/staff/organisations', { name: 'organisations' }],
    ['/staff/organisations/', { name: 'organisations' }],
    ['/employees', { name: 'employees' }],
    ['/employees/request', { name: 'employeesRequest' }],
    ['/account', { name: 'account', page: 'overview' }],
    ['/account/', { name: 'account', page: 'overview' }],
    ['/account/data', { name: 'account', page: 'data' }],
    ['/account/profile', { name: 'account', page: 'profile' }],
    ['/account/preferences', { name: 'account', page: 'preferences' }],
    ['/account/consents', { name: 'account', page: 'consents' }],
    ['/account/policy', { name: 'account', page: 'policy' }],
    ['/account/access/', { name: 'account', page: 'access' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it.each(['/nope', '/requests/1/2', '/staff', '/requests/%E0%A4%A', '/staff/organisations/1', '/account/overview', '/account/nope', '/account/data/1'])('%s is not found', (path) => {
    expect(matchRoute(path)).toEqual({ name: 'notFound', path });
  });

  it('round-trips every route through its path', () => {
    for (const route of [
      { name: 'home' },
      { name: 'myRequests' },
      { name: 'newRequest' },
      { name: 'request', id: '17179869185' },
      { name: 'request', id: 'x/y?z' },
      { name: 'queue' },
      { name: 'organisations' },
      { name: 'employees' },
      { name: 'employeesRequest' },
      { name: 'account', page: 'overview' },
      { name: 'account', page: 'access' },
    ] as const) {
      expect(matchRoute(routePath(route))).toEqual(route);
    }
    expect(requestPath('9')).toBe('/requests/9');
  });
});

describe('link handling', () => {
  const plain: ClickInfo = { button: 0, defaultPrevented: false, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

  it('handles a plain click in the app', () => {
    expect(isPlainClick(plain)).toBe(true);
    expect(isPlainClick({ ...plain, target: '_self' })).toBe(true);
  });

  it.each<[string, Partial<ClickInfo>]>([
    ['middle button', { button: 1 }],
    ['ctrl', { ctrlKey: true }],
    ['cmd', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['already handled', { defaultPrevented: true }],
    ['new tab', { target: '_blank' }],
    ['download', { download: true }],
  ])('leaves %s to the browser', (_, change) => {
    expect(isPlainClick({ ...plain, ...change })).toBe(false);
  });

  it('routes only the SPA’s own paths; server pages load for real', () => {
    expect(isAppPath('/requests/5')).toBe(true);
    expect(isAppPath('/staff/requests?type=ACCESS')).toBe(true);
    expect(isAppPath('/staff/organisations')).toBe(true);
    expect(isAppPath('/')).toBe(true);
    expect(isAppPath('/account/consents')).toBe(true);
    expect(isAppPath('/playground')).toBe(false);
    expect(isAppPath('/auth/login')).toBe(false);
    expect(isAppPath('//evil.example/requests')).toBe(false);
    expect(isAppPath('https://evil.example/requests')).toBe(false);
  });
});
