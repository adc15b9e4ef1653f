import { describe, expect, it } from 'vitest';
import { chunk } from './chunk';

describe('chunk', () => {
  it('imports once, however often it is loaded', async () => {
    let imports = 0;
    const c = chunk(async () => ({ n: ++imports }));
    expect(c.loaded()).toBeNull();
    const [a, b] = await Promise.all([c.load(), c.load()]);
    expect(a).toBe(b);
    expect(await c.load()).toBe(a);
    expect(c.loaded()).toBe(a);
    expect(imports).toBe(1);
  });

  it('tries again after a failed import', async () => {
    let attempts = 0;
    const c = chunk(async () => {
      if (++attempts === 1) throw new Error('offline');
      return 'module';
    });
    await expect(c.load()).rejects.toThrow('offline');
    expect(c.loaded()).toBeNull();
    expect(await c.load()).toBe('module');
    expect(attempts).toBe(2);
  });
});
