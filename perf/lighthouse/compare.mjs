// Lighthouse's phone on one page of two running builds, in turn: before, after, after, before, …
// so that neither gains from the hour or from a warmer machine. Prints each run and, per build,
// the scores, their mean and the total blocking time.
//   node compare.mjs BEFORE-URL AFTER-URL [runs] [home|my-path|register|login]
// The home and My path are the demo trainee's; the register is the load seed's register of 60.
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const bases = [process.argv[2], process.argv[3]];
const names = ['before', 'after'];
const runs = Number(process.argv[4] ?? 3);
const page = process.argv[5] ?? 'register';
const port = 9335;
if (!bases[1] || !['home', 'my-path', 'register', 'login'].includes(page)) {
  throw new Error('usage: node compare.mjs BEFORE-URL AFTER-URL [runs] [home|my-path|register|login]');
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium',
  headless: true,
  args: [`--remote-debugging-port=${port}`, '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Both builds are on localhost, whose cookies do not tell ports apart: the second build is asked
// for as 127.0.0.1, so that each keeps its own session.
const hosts = [bases[0], bases[1].replace('localhost', '127.0.0.1')];
if (new URL(hosts[0]).hostname === new URL(hosts[1]).hostname) {
  throw new Error('the two builds need different host names (localhost and 127.0.0.1), or they share one sign-in');
}

async function addressOn(base) {
  if (page === 'login') return `${base}/login`;
  const tab = await browser.newPage();
  await tab.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await (await tab.waitForSelector('#username'))
    .type(page === 'register' ? 'load-trainer-1@load.example.org' : 'trainee@demo.pathways');
  const password = await tab.waitForSelector('#password');
  await password.type('pathways');
  await password.press('Enter');
  await tab.waitForSelector('#main-nav', { timeout: 30000 });
  const path = page === 'register'
    ? await tab.evaluate(() => document.querySelector('#my-sessions-to-teach a')?.getAttribute('href'))
    : page === 'home' ? '' : page;
  if (path === undefined || path === null) throw new Error(`no register on ${base}`);
  if (page === 'register') {
    // The register of 60 the issue names, not a smaller one (docs/performance.md's correction).
    await tab.goto(`${base}/${path}`, { waitUntil: 'networkidle0' });
    await tab.waitForSelector('.register-list:not([aria-busy])');
    const people = await tab.evaluate(() => document.querySelectorAll('.register-row').length);
    if (people !== 60) throw new Error(`the register on ${base} has ${people} people, not 60`);
  }
  await tab.close();
  return `${base}/${path}`;
}

const urls = [];
for (const base of hosts) urls.push(await addressOn(base));
const results = [[], []];
// The machine's busy and total CPU time so far (/proc/stat's first line, in ticks).
function cpuTicks() {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = ticks[3] + (ticks[4] ?? 0);
  const total = ticks.reduce((sum, t) => sum + t, 0);
  return { busy: total - idle, total };
}

// Waits until the machine has been quiet for 2 s, at most 0.3 of a core busy in all (at most a
// minute): a node started a minute ago still compiles in the background, with a third of a core or
// more, and an audit run then scores a slower phone (the benchmark index fell from about 2,700 to
// 1,600 in such runs). Without /proc/stat (not Linux) it does not wait.
async function quiet() {
  if (!existsSync('/proc/stat')) return;
  for (let waited = 0; waited < 60; waited += 2) {
    const before = cpuTicks();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = cpuTicks();
    const busyCores = ((after.busy - before.busy) / Math.max(1, after.total - before.total)) * cpus().length;
    if (busyCores <= 0.3) return;
  }
  console.log('(the machine did not fall quiet within a minute; the next run is measured anyway)');
}

// One audit of each first, not counted: a just-started node and browser are slower at first (the
// machine's benchmark index itself comes out lower).
for (let run = -1; run < runs; run++) {
  for (const side of run % 2 === 0 ? [0, 1] : [1, 0]) {
    if (run >= 0) await quiet();
    // A first visit: nothing cached; the session cookie stays.
    const blank = await browser.newPage();
    await (await blank.createCDPSession()).send('Network.clearBrowserCache');
    await blank.close();
    const { lhr } = await lighthouse(urls[side], { port, output: 'json', logLevel: 'error', disableStorageReset: true,
      onlyCategories: ['performance', 'accessibility'] });
    const a = lhr.audits;
    const row = {
      score: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcp: Math.round(a['first-contentful-paint'].numericValue), lcp: Math.round(a['largest-contentful-paint'].numericValue),
      tbt: Math.round(a['total-blocking-time'].numericValue), cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    };
    if (run < 0) continue;
    results[side].push(row);
    console.log(`${names[side]} ${urls[side]} ${JSON.stringify(row)}`);
  }
}
await browser.close();
for (const side of [0, 1]) {
  const scores = results[side].map((r) => r.score);
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  console.log(`${names[side]}: scores ${scores.join(', ')}, mean ${mean.toFixed(1)}; TBT ${results[side].map((r) => r.tbt).join(', ')} ms`);
}
