// The web demo end to end in headless Debian Chromium, driven by playwright-core (no browser download).
// Two browser contexts are two users: 456 sends, 789 receives. Checks, in order:
//   789 sees the unread badge (message_notification), opens the conversation and sees the message;
//   456 sees the read receipt, then 789's typing indicator, then 789's reply;
//   a notification posted through the HTTP API appears as a toast for 789.
// Saves a screenshot of each side in ARTIFACTS_DIR. Exit code 0 only if every check passed.
//
// Environment: DEMO_URL (http://127.0.0.1:PORT), ADMIN_TOKEN, ARTIFACTS_DIR, CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const base = required('DEMO_URL');
const adminToken = required('ADMIN_TOKEN');
const artifacts = required('ARTIFACTS_DIR');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_TIMEOUT = 15_000;

// A hard bound on the whole run, whatever hangs.
setTimeout(() => { console.error('FAIL: the browser test took over 90 s'); process.exit(3); }, 90_000).unref();

function required(name) {
  const value = process.env[name];
  if (!value) { console.error(`missing environment variable ${name}`); process.exit(2); }
  return value;
}

let passed = 0;
async function check(name, action) {
  await action();
  passed++;
  console.log(`ok ${passed} - ${name}`);
}

mkdirSync(artifacts, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});

const pages = {};
try {
  for (const user of ['456', '789']) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 640 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (e) => console.error(`[${user}] page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error(`[${user}] console ${m.type()}: ${m.text()}`); });
    pages[user] = page;
    await check(`user ${user} picks a user and connects`, async () => {
      await page.goto(`${base}/demo/`);
      await page.selectOption('#user-select', user);
      await page.click('#connect');
      await page.waitForSelector('#status[data-state="connected"]');
    });
  }
  const sender = pages['456'];
  const receiver = pages['789'];

  await check('456 opens the conversation with 789 and sends a message', async () => {
    await sender.click('[data-testid="contact-789"]');
    await sender.waitForSelector('#chat:not([hidden])');
    await sender.fill('#message-input', 'Hello from 456');
    await sender.press('#message-input', 'Enter');
    await sender.waitForSelector('.message.mine:has-text("Hello from 456") .receipt[data-state="sent"]');
  });

  await check('789 sees the unread badge driven by message_notification', async () => {
    await receiver.waitForSelector('[data-testid="badge-456"]:not([hidden]):has-text("1")');
  });

  await check('789 opens the conversation and sees the message', async () => {
    await receiver.click('[data-testid="contact-456"]');
    await receiver.waitForSelector('.message:not(.mine):has-text("Hello from 456")');
    await receiver.waitForSelector('[data-testid="badge-456"][hidden]', { state: 'attached' });
  });

  await check('456 sees the read receipt', async () => {
    await sender.waitForSelector('.message.mine:has-text("Hello from 456") .receipt[data-state="read"]');
  });

  await check('456 sees 789 typing', async () => {
    await receiver.click('#message-input');
    await receiver.keyboard.type('Hi 456!', { delay: 20 });
    await sender.waitForSelector('#typing:not([hidden]):has-text("User 789 is typing")');
  });

  await check("456 receives 789's reply and the typing indicator goes away", async () => {
    await receiver.press('#message-input', 'Enter');
    await sender.waitForSelector('.message:not(.mine):has-text("Hi 456!")');
    await sender.waitForSelector('#typing', { state: 'hidden' });
  });

  await check('a notification posted through the HTTP API appears as a toast for 789', async () => {
    const response = await fetch(`${base}/api/notifications`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user_id: 789, title: 'Project Update', message: 'You have been assigned to Project X',
        type: 'project_assigned' }),
    });
    if (response.status !== 201) throw new Error(`POST /api/notifications answered ${response.status}: ${await response.text()}`);
    await receiver.waitForSelector('.toast.notification:has-text("Project Update")');
  });

  await shoot('');
  console.log(`${passed} passed, 0 failed`);
} catch (error) {
  console.error(`FAIL after ${passed} passed checks: ${error.message}`);
  await shoot('failure-').catch(() => {});
  console.log(`${passed} passed, 1 failed`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

async function shoot(prefix) {
  for (const [user, page] of Object.entries(pages)) {
    const file = path.join(artifacts, `${prefix}user-${user}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`screenshot ${file}`);
  }
}
