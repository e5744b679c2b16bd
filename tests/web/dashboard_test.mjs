// Browser test of the dashboard (web/): codes the test's own stories into a fresh store, starts
// `sitrep serve` on a free port, drives headless Chromium with playwright-core and checks the
// header, map, table, country filter, event panel and "Code text", failing on any console error.
// Screenshots go to the build directory (dashboard-*.png).
//
//   node tests/web/dashboard_test.mjs --sitrep build/cli/sitrep --build build
//
// Exit 0: passed; 1: failed; 77: skipped (no Chromium or no playwright-core), except under
// CI=true, where a missing browser is a failure. $SITREP_CHROMIUM names another browser binary.

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.resolve(here, '..', '..');
const args = parseArgs(process.argv.slice(2));
const sitrep = path.resolve(args.sitrep ?? path.join(sourceDir, 'build/cli/sitrep'));
const buildDir = path.resolve(args.build ?? path.join(sourceDir, 'build'));
const chromiumPath = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const started = Date.now();
const cleanups = [];

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    out[m[1]] = m[2] ?? argv[++i];
  }
  return out;
}

function skip(reason) {
  if (process.env.CI === 'true') {
    console.error(`dashboard_test: FAIL (CI=true, so not skipped): ${reason}`);
    process.exit(1);
  }
  console.log(`dashboard_test: SKIP: ${reason}`);
  process.exit(SKIP);
}

const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

function check(cond, message) {
  if (!cond) throw new Error(`check failed: ${message}`);
}
function checkEq(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`check failed: ${message}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}

// ---- prerequisites -------------------------------------------------------------------------

let chromium;
try {
  const require = createRequire(path.join(sourceDir, 'package.json'));
  ({ chromium } = require('playwright-core'));
} catch (e) {
  skip(`node_modules/playwright-core is not installed (npm install in ${sourceDir}): ${e.message.split('\n')[0]}`);
}
if (!fs.existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (apt-get install chromium, or set SITREP_CHROMIUM)`);
const nodeModules = path.join(sourceDir, 'node_modules');
for (const dir of ['d3/dist', 'topojson-client/dist', 'world-atlas']) {
  if (!fs.existsSync(path.join(nodeModules, dir))) skip(`node_modules/${dir} is missing (make deps installs the dashboard's npm packages)`);
}
if (!fs.existsSync(sitrep)) {
  console.error(`dashboard_test: FAIL: no sitrep binary at ${sitrep}`);
  process.exit(1);
}

// ---- a store and a server ----------------------------------------------------------------------

function startServer(extraArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(sitrep, ['serve', '--port', '0', '--web', path.join(sourceDir, 'web'), '--node-modules', nodeModules, ...extraArgs],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`sitrep serve did not start within 30 s:\n${stderr}`)), 30000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const m = /listening on (http:\/\/[^\s]+\/)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sitrep serve exited with ${code}:\n${stderr}`));
    });
    cleanups.push(() => child.kill('SIGTERM'));
  });
}

async function api(base, route) {
  const res = await fetch(new URL(route, base));
  const body = await res.json();
  if (!res.ok) throw new Error(`${route}: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body;
}

// Opens a page that fails the test on any console error or uncaught exception.
async function openPage(browser, url, viewport, consoleErrors) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${url} console: ${msg.text()} (${msg.location()?.url ?? ''})`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`${url} page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') consoleErrors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  await page.goto(url);
  return page;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-dashboard-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const db = path.join(tmp, 'dashboard.db');
  const coded = spawnSync(sitrep, ['code', path.join(sourceDir, 'tests/fixtures/web/stories.jsonl'), '--db', db], { encoding: 'utf8' });
  check(coded.status === 0, `sitrep code failed (${coded.status}):\n${coded.stderr}`);
  log('coded the fixture stories');

  const { url: base } = await startServer(['--db', db]);
  log(`serving ${base}`);
  const health = await api(base, '/healthz');
  const all = await api(base, '/v1/events?limit=1000');
  check(all.total >= 6, `the fixture gives at least 6 incidents (got ${all.total})`);
  const located = all.events.filter((e) => e.location);
  const unlocated = all.total - located.length;
  check(unlocated >= 1, 'the fixture has an incident without a place');
  const twice = all.events.find((e) => e.reports === 2);
  check(twice, 'the fixture has an incident with two reports');

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-chromium-'));
  cleanups.push(() => fs.rmSync(userDataDir, { recursive: true, force: true }));
  // A fresh profile in a temporary directory (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  cleanups.unshift(() => browser.close());
  const consoleErrors = [];

  // 1. The overview at 1366x768: header counts, one point per located incident, table rows.
  const page = await openPage(browser, base, { width: 1366, height: 768 }, consoleErrors);
  await page.waitForSelector('#events tbody tr');
  await page.waitForFunction(() => document.querySelector('#map-overlay').hidden && document.querySelector('#timeline-overlay').hidden);
  checkEq(await page.textContent('#st-incidents'), String(health.store.incidents), 'header incident count');
  checkEq(await page.textContent('#st-reports'), String(health.store.reports), 'header report count');
  check((await page.textContent('#st-coder')).includes(health.coder.coder_id), 'header shows the coder id');
  checkEq(await page.locator('circle.point').count(), located.length, 'one map point per located incident');
  checkEq(await page.locator('#events tbody tr').count(), Math.min(50, all.total), 'table rows');
  check((await page.textContent('#map-note')).includes(`${unlocated} not on the map`), `map note counts the ${unlocated} unlocated`);
  check(await page.locator('.timeline-svg .bars rect').count() > 0, 'the timeline has bars');
  await page.screenshot({ path: path.join(buildDir, 'dashboard-1366.png') });
  log(`overview: ${all.total} incidents, ${located.length} on the map`);

  // 2. Filter to one country: the URL says so and the table holds exactly the API's rows.
  const country = twice.location.country;
  await page.selectOption('#f-country', country);
  await page.waitForURL((u) => new URL(u).searchParams.get('country') === country);
  const inCountry = await api(base, `/v1/events?country=${country}&limit=50`);
  check(inCountry.total < all.total, 'the country filter narrows the incidents');
  const ids = inCountry.events.map((e) => e.incident_id);
  await page.waitForFunction((want) => [...document.querySelectorAll('#events tbody tr')].map((r) => r.dataset.id).join() === want,
    ids.join());
  const rowCountries = await page.$$eval('#events tbody tr', (rows) => rows.map((r) => r.dataset.country));
  check(rowCountries.every((c) => c === country || c === ''), `rows are in ${country}: ${rowCountries}`);
  await page.waitForFunction((c) => [...document.querySelectorAll('circle.point')].every((p) => p.dataset.country === c), country);
  check(await page.locator(`path.country.selected[data-iso3="${country}"]`).count() === 1, 'the country is selected on the map');
  log(`filtered to ${country}: ${inCountry.total} incidents`);

  // 3. Open the incident with two reports from its table row.
  await page.click(`#events tbody tr[data-id="${twice.incident_id}"]`);
  await page.waitForSelector('#panel .report');
  await page.waitForURL((u) => new URL(u).searchParams.get('event') === twice.incident_id);
  const detail = await api(base, `/v1/events/${twice.incident_id}`);
  checkEq(await page.locator('#panel .report').count(), 2, 'the panel shows both reports');
  for (const [i, report] of detail.reports.entries()) {
    const card = page.locator('#panel .report').nth(i);
    checkEq(await card.locator('.sentence mark.hl-source').first().textContent(), report.source.text, `report ${i} source words`);
    checkEq(await card.locator('.sentence mark.hl-target').textContent(), report.target.text, `report ${i} target words`);
    checkEq(await card.locator('.sentence mark.hl-verb').first().textContent(), report.evidence.verb_text, `report ${i} verb words`);
    checkEq((await card.locator('.sentence').textContent()), report.evidence.sentence_text, `report ${i} sentence`);
    const rules = await card.locator('code.rule').allTextContents();
    check(rules.includes(report.evidence.rule), `report ${i} shows its verb rule ${report.evidence.rule} (got ${rules})`);
    check(rules.includes(report.source.rule), `report ${i} shows its source rule`);
  }
  check((await page.textContent('#panel')).includes(detail.coders[0].coder_id), 'the panel names the coder');
  check((await page.textContent('#panel')).includes(twice.cameo_name), 'the panel names the CAMEO code');
  await page.screenshot({ path: path.join(buildDir, 'dashboard-panel-1366.png') });
  await page.keyboard.press('Escape');
  await page.waitForSelector('#panel', { state: 'hidden' });
  log('event panel: both reports with highlighted source, target, verb and rules');

  // 4. The shared URL restores the view: the same filters in a new page, at 1920x1080.
  const shared = page.url();
  const wide = await openPage(browser, shared, { width: 1920, height: 1080 }, consoleErrors);
  await wide.waitForFunction((want) => [...document.querySelectorAll('#events tbody tr')].map((r) => r.dataset.id).join() === want,
    ids.join());
  checkEq(await wide.inputValue('#f-country'), country, 'the country filter comes back from the URL');
  await wide.selectOption('#f-country', '');
  await wide.waitForFunction((n) => document.querySelectorAll('#events tbody tr').length === n, Math.min(50, all.total));
  await wide.waitForFunction(() => document.querySelector('#map-overlay').hidden);
  await wide.waitForTimeout(700); // the zoom-out transition
  await wide.screenshot({ path: path.join(buildDir, 'dashboard-1920.png') });
  // Brushing the timeline sets the date range.
  const box = await wide.locator('.timeline-svg .brush .overlay').boundingBox();
  await wide.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await wide.mouse.down();
  await wide.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
  await wide.mouse.up();
  await wide.waitForURL((u) => new URL(u).searchParams.get('from') && new URL(u).searchParams.get('to'));
  const brushed = new URL(wide.url()).searchParams;
  check(brushed.get('from') < brushed.get('to'), `the brush gives a range (${brushed.get('from')} to ${brushed.get('to')})`);
  await wide.waitForFunction((v) => document.querySelector('#f-from').value === v, brushed.get('from'));
  await wide.click('#timeline-clear');
  await wide.waitForURL((u) => !new URL(u).searchParams.get('from'));
  // Clicking a country on the map filters by it.
  const other = located.find((e) => e.location.country !== country)?.location.country;
  if (other) {
    await wide.locator(`path.country[data-iso3="${other}"]`).dispatchEvent('click');
    await wide.waitForURL((u) => new URL(u).searchParams.get('country') === other);
  }
  await wide.close();
  log('shared URL restored the view; brushing set dates; a map click filtered');

  // 5. Code a paragraph.
  await page.click('#tab-code');
  // The emoji before the sentence is outside the Basic Multilingual Plane: two UTF-16 units but
  // one code point, so highlights placed by UTF-16 index would slip by one.
  await page.fill('#code-text', 'Breaking 🔴 — Nigerian troops attacked Boko Haram militants in Maiduguri on Saturday, killing 15 fighters.');
  await page.fill('#code-date', '2024-05-06');
  await page.click('#code-submit');
  await page.waitForSelector('#code-output .report');
  const code = await page.locator('#code-output .report').first();
  checkEq(await code.locator('.sentence mark.hl-source').textContent(), 'Nigerian troops', 'coded source words');
  checkEq(await code.locator('.sentence mark.hl-verb').textContent(), 'attacked', 'coded verb');
  check((await code.textContent()).includes('NGAMIL'), 'coded source code NGAMIL');
  checkEq(await code.locator('.sentence mark.hl-target').textContent(), 'Boko Haram militants', 'coded target words');
  checkEq(await code.locator('.sentence mark.hl-date').textContent(), 'on Saturday', 'the date words are highlighted');
  checkEq(await code.locator('.sentence mark.hl-killed').textContent(), '15', 'the toll is highlighted');
  await page.screenshot({ path: path.join(buildDir, 'dashboard-code-1366.png') });
  checkEq(new URL(page.url()).searchParams.get('view'), 'code', 'the tab is in the URL');
  log('coded a pasted paragraph');
  await page.close();

  // 6. A server without a store shows only the coding box, with a note.
  const { url: bare } = await startServer([]);
  const only = await openPage(browser, bare, { width: 1366, height: 768 }, consoleErrors);
  await only.waitForSelector('#store-note', { state: 'visible' });
  check(await only.locator('#view-events').isHidden(), 'no events view without a store');
  check(await only.locator('#tab-events').isHidden(), 'no events tab without a store');
  check((await only.textContent('#store-note')).includes('without --db'), 'the note says why');
  checkEq(await only.textContent('#st-store'), 'none', 'the header says there is no store');
  await only.close();
  log('no store: only the coding box');

  checkEq(consoleErrors, [], 'no console errors');
}

let failed = false;
try {
  await main();
  log('dashboard_test: PASS');
} catch (e) {
  failed = true;
  console.error(`dashboard_test: FAIL: ${e.stack ?? e}`);
} finally {
  for (const f of cleanups) {
    try {
      await f();
    } catch {
      // cleanup is best effort
    }
  }
}
process.exit(failed ? 1 : 0);
