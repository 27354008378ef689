// Renders scripts/icon.svg to media/icon.png (256x256) in headless Chromium,
// so the extension's icon is rebuilt from its source rather than hand-edited.
// Usage: node scripts/render-icon.mjs [path-to-chromium]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'scripts', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.argv[2] ?? process.env.HANDOFF_E2E_CHROMIUM ?? 'chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  writeFileSync(join(root, 'media', 'icon.png'), await page.screenshot({ omitBackground: true }));
} finally {
  await browser.close();
}
