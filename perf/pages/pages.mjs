// The production jar in a real browser (.ci/run; docs/performance.md, decision 0026). The tests run
// in development mode, which loads every component; the production build loads, per page, only what
// Vaadin's scanner finds, so a component it cannot see is missing on a phone alone. Each demo person
// signs in and opens, each as a first visit, every page of their menu; the trainer their register
// and its walk-in dialog; the trainee the practice log's and the home's apologies dialogs and the
// change of password; the load seed's first trainer (run.sh seeds one) a register of 60. Every
// Vaadin element must be defined and no script may fail.
//   node pages.mjs [base-url]
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:8081';
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures = [];
let opened = 0;

async function signIn(email) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await (await page.waitForSelector('#username')).type(email);
  const password = await page.waitForSelector('#password');
  await password.type('pathways');
  await password.press('Enter');
  await page.waitForSelector('#main-nav', { timeout: 30000 });
  const paths = await page.evaluate(() => [...document.querySelectorAll('#main-nav a')]
    .map((link) => link.getAttribute('href').replace(/^\.$/, '')));
  const register = await page.evaluate(() => document.querySelector('#my-sessions-to-teach a')?.getAttribute('href'));
  await page.close();
  return { context, paths, register };
}

// Elements the browser left unknown. Vaadin names a few plain wrappers it never defines: Flow's
// container placeholder, and the light-DOM holders of a grid cell's and a dialog's content.
const NEVER_DEFINED = ['vaadin-grid-cell-content', 'vaadin-dialog-content'];
function undefinedElements(page) {
  return page.evaluate((wrappers) => [...new Set([...document.querySelectorAll(':not(:defined)')]
    .map((element) => element.localName)
    .filter((name) => name.includes('-') && !name.startsWith('flow-container-') && !wrappers.includes(name)))],
  NEVER_DEFINED);
}

async function open(who, context, path, then) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const problems = [];
  try {
    const response = await page.goto(`${base}/${path}`, { waitUntil: 'networkidle0' });
    if (response?.status() !== 200) problems.push(`answered ${response?.status()}`);
    // A page that sent its visitor elsewhere (the sign-in page, say) is not the page asked for.
    const landed = new URL(page.url()).pathname;
    if (landed !== `/${path}`) problems.push(`landed on ${landed}`);
    // The view is drawn once Vaadin's client has removed the page's "Loading…" (shell.FirstDrawing).
    await page.waitForFunction(() => !document.querySelector('body > .first-drawing') && document.querySelector('#main-nav'),
      { timeout: 30000 });
    if (then) problems.push(...await then(page));
    const missing = await undefinedElements(page);
    if (missing.length) problems.push(`elements never defined: ${missing.join(', ')}`);
  } catch (error) {
    problems.push(error.message);
  }
  if (errors.length) problems.push(`script errors: ${errors.join(' | ')}`);
  opened++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${who} /${path}${problems.length ? ': ' + problems.join('; ') : ''}`);
  if (problems.length) failures.push(`${who} /${path}`);
  await page.close();
}

// The register's cards are drawn in the browser by register-list.js (decision 0029): the first with
// the page, the rest after the navigation has ended, which the production build's router says (a
// register whose rest came any other way would mean Vaadin's client changed under the script).
function registerCards(people, restDrawn) {
  return async (page) => {
    await page.waitForSelector('.register-list:not([aria-busy])', { timeout: 15000 });
    const cards = await page.$$eval('.register-row',
      (rows) => rows.map((row) => row.querySelectorAll('fieldset.register-status input[type=radio]').length));
    const problems = [];
    if (!(people ? cards.length === people : cards.length > 0) || !cards.every((count) => count === 4)) {
      problems.push(`register cards not drawn: ${JSON.stringify(cards)}`);
    }
    const how = await page.$eval('.register-list', (list) => list.dataset.restDrawn ?? null);
    if (how !== restDrawn) problems.push(`the rest of the cards drawn ${how}, not ${restDrawn}`);
    if (people) {
      const badges = await page.$$eval('.register-row .badge', (all) => all.filter((badge) => badge.checkVisibility()).length);
      if (badges) problems.push(`${badges} walk-in badges shown on a register without walk-ins`);
    }
    return problems;
  };
}

// Elements the page must now show, each defined: a list of problems, empty when all are.
async function shownAndDefined(page, names, what) {
  const missing = await page.evaluate((wanted) => wanted
    .filter((name) => !document.querySelector(name) || !customElements.get(name)), names);
  return missing.length ? [`${what} elements missing or never defined: ${missing.join(', ')}`] : [];
}

// A page whose dialog loads its components only when it opens: the button is pressed, the dialog
// awaited with whatever it fetched, and its elements checked.
function dialogOpenedBy(button, names) {
  return async (page) => {
    await page.click(button);
    await page.waitForSelector('vaadin-dialog[opened]', { timeout: 15000 });
    await page.waitForNetworkIdle();
    return shownAndDefined(page, names, 'dialog');
  };
}

// My path's practice log brings its pickers (decision 0026); the home's apologies (a plain button,
// decision 0031) and the register's walk-in dialog (which the demo's register open now offers)
// their forms and fields (decision 0030).
const practiceLog = dialogOpenedBy('#practice-log', ['vaadin-date-picker', 'vaadin-combo-box', 'vaadin-select']);
const apologies = dialogOpenedBy('button[id^="apologies-"]', ['vaadin-dialog', 'vaadin-text-area', 'vaadin-form-layout']);
const walkIn = dialogOpenedBy('#register-walk-in',
  ['vaadin-dialog', 'vaadin-combo-box', 'vaadin-text-field', 'vaadin-email-field']);

// The change of password is a page of its own, with fields no other page of the layout loads.
const passwordForm = (page) => shownAndDefined(page, ['vaadin-password-field', 'vaadin-form-layout'], 'form');

const THEN = { 'trainee my-path': practiceLog, 'trainee ': apologies };

try {
  for (const email of ['trainee@demo.pathways', 'trainer@demo.pathways', 'lead@demo.pathways', 'admin@demo.pathways']) {
    const who = email.split('@')[0];
    let signedIn;
    try {
      signedIn = await signIn(email);
    } catch (error) {
      console.log(`FAIL ${who}: could not sign in: ${error.message}`);
      failures.push(`${who} sign-in`);
      continue;
    }
    const { context, paths, register } = signedIn;
    for (const path of paths) {
      await open(who, context, path, THEN[`${who} ${path}`]);
    }
    // Not in the menu but in the user menu: a form whose fields no other page of the layout loads.
    if (who === 'trainee') await open(who, context, 'my-password', passwordForm);
    if (who === 'trainer') {
      if (register) {
        await open(who, context, register,
          async (page) => [...await registerCards(null, null)(page), ...await walkIn(page)]);
      } else {
        console.log('FAIL trainer: no register of today on their home to open');
        failures.push('trainer register');
      }
    }
    await context.close();
  }
  const sixty = await signIn('load-trainer-1@load.example.org');
  if (sixty.register) {
    await open('load-trainer-1', sixty.context, sixty.register, registerCards(60, 'after-navigation'));
  } else {
    console.log('FAIL load-trainer-1: no register of 60 on their home to open');
    failures.push('register of 60');
  }
  await sixty.context.close();
} finally {
  await browser.close();
}
console.log(`${opened} pages opened, ${failures.length} failed`);
if (failures.length || opened < 20) process.exit(1);
