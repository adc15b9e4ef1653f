import { describe, expect, it } from 'vitest';
import { addressLines, describeUserAgent, listOf } from './format';

describe('describeUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36', 'Chrome on Windows'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'Safari on iPhone'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15', 'Safari on Mac'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on Linux'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0', 'Edge on Windows'],
    ['curl/8.5.0', 'curl'],
    ['SomethingElse/1.0', 'Another browser or app'],
    ['', 'Unknown browser'],
  ])('%s', (ua, words) => {
    expect(describeUserAgent(ua)).toBe(words);
  });
});

describe('lists and addresses', () => {
  it('leaves out empty entries', () => {
    expect(listOf(null)).toEqual([]);
    expect(listOf([' PGCE ', ''])).toEqual(['PGCE']);
    expect(addressLines(['4 Mill Lane', '', null, 'Leeds'])).toEqual(['4 Mill Lane', 'Leeds']);
  });
});
