// Lighthouse on a running Pathways (the production jar): the login page, the demo trainee's home and
// path, and a register of 60 (the load seed's first trainer's, perf/load/seed.sql, open now), each as a
// phone (Lighthouse's mobile defaults) and as a desktop. Signs in through the real login form first; Lighthouse keeps the session's cookie.
//   node run.mjs [base-url] [label]      e.g. node run.mjs http://localhost:8081 after
// Writes lighthouse-<label>.json (and each whole report to target/perf/lighthouse/) and prints a Markdown table for docs/performance.md.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:8081';
const label = process.argv[3] ?? 'run';
const port = 9333;
const reports = fileURLToPath(new URL('../../target/perf/lighthouse', import.meta.url));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium',
  headless: true,
  args: [`--remote-debugging-port=${port}`, '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function signIn(email) {
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  await client.send('Network.clearBrowserCookies');
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await (await page.waitForSelector('#username')).type(email);
  const password = await page.waitForSelector('#password');
  await password.type('pathways');
  await password.press('Enter');
  await page.waitForSelector('#main-nav', { timeout: 30000 });
  return page;
}

async function audit(url, formFactor) {
  // A first visit: nothing cached (the session cookie stays, so that signed-in pages can be audited).
  const page = await browser.newPage();
  await (await page.createCDPSession()).send('Network.clearBrowserCache');
  await page.close();
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', disableStorageReset: true,
    onlyCategories: ['performance', 'accessibility'] }, config);
  const lhr = result.lhr;
  // The whole report beside the table, for the request chains and the main-thread breakdown.
  fs.mkdirSync(reports, { recursive: true });
  fs.writeFileSync(`${reports}/${label}-${url.replace(base, '').replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${formFactor}.json`,
    JSON.stringify(lhr));
  const a = lhr.audits;
  return {
    url: url.replace(base, ''), formFactor, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcp: a['first-contentful-paint'].displayValue, lcp: a['largest-contentful-paint'].displayValue,
    tbt: a['total-blocking-time'].displayValue, cls: a['cumulative-layout-shift'].displayValue,
    bytes: Math.round(a['total-byte-weight'].numericValue / 1024) + ' KiB',
    compression: a['uses-text-compression'].details?.overallSavingsBytes
      ? Math.round(a['uses-text-compression'].details.overallSavingsBytes / 1024) + ' KiB to save' : 'compressed',
    shifts: (a['layout-shifts']?.details?.items ?? a['layout-shift-elements']?.details?.items ?? [])
      .map((item) => `${item.node?.snippet ?? item.node?.selector ?? '?'} (${item.node?.selector ?? ''}) ${item.score?.toFixed?.(3) ?? ''}`).slice(0, 5),
  };
}

const rows = [];
// Signed out: the login page.
for (const formFactor of ['mobile', 'desktop']) {
  rows.push(await audit(`${base}/login`, formFactor));
}
// The demo trainee's home.
let page = await signIn('trainee@demo.pathways');
await page.close();
for (const formFactor of ['mobile', 'desktop']) {
  rows.push(await audit(`${base}/`, formFactor));
}
// The demo trainee's path (the same session).
for (const formFactor of ['mobile', 'desktop']) {
  rows.push(await audit(`${base}/my-path`, formFactor));
}
// A register of 60: the load seed's first trainer's session (linked from their home). Not the demo
// trainer's, whose registers hold six to nine people.
page = await signIn('load-trainer-1@load.example.org');
const register = await page.evaluate(() => document.querySelector('#my-sessions-to-teach a')?.getAttribute('href'));
const people = await (async () => {
  await page.goto(`${base}/${register}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.register-list:not([aria-busy])');
  return page.evaluate(() => document.querySelectorAll('.register-row').length);
})();
await page.close();
if (people !== 60) throw new Error(`the register has ${people} people, not 60`);
for (const formFactor of ['mobile', 'desktop']) {
  rows.push(await audit(`${base}/${register}`, formFactor));
}
await browser.close();

fs.writeFileSync(`lighthouse-${label}.json`, JSON.stringify(rows, null, 2));
console.log('| page | form factor | performance | accessibility | FCP | LCP | TBT | CLS | transferred | text compression |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.url.replace(/sessions\/\d+/, 'sessions/{60 people}')} | ${r.formFactor} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.bytes} | ${r.compression} |`);
}
// Lighthouse's own measure of this machine's processor: its simulated phone is this machine slowed
// four times, so a slower machine scores lower. Compare runs of different days with it in mind.
console.log(`Lighthouse's benchmark index of this machine: ${rows.map((r) => r.benchmarkIndex).join(', ')}`);
for (const r of rows.filter((r) => r.shifts.length)) {
  console.log(`shifts on ${r.url} (${r.formFactor}): ${r.shifts.join('; ')}`);
}
