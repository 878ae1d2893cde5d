import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';

describe('launchBrowser', () => {
  it('says how to install Chromium when it is missing', async () => {
    await expect(launchBrowser('/nonexistent/chromium')).rejects.toThrow(/apt-get install chromium/);
  });
});
