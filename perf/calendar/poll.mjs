// Polls private calendar feeds as calendar apps do and reports the server's CPU per poll.
//   node poll.mjs <base url> <file of tokens> <pid of the server's JVM> <minutes between polls> [plain]
// "plain": only polls without validators (for a server that answers no 304, such as the build
// before validators existed).
// CPU is read from /proc: the JVM's own, and every PostgreSQL process's (the database works too).
// The polls run four at a time; the server's CPU divided by the polls is what each one costs,
// whatever the client itself takes.
import { readFileSync, readdirSync } from 'node:fs';

const [base, tokensFile, jvmPid, minutesArg, plainArg] = process.argv.slice(2);
const plain = plainArg === 'plain';
const tokens = readFileSync(tokensFile, 'utf8').split('\n').filter(Boolean);
const minutes = Number(minutesArg);
const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return 0; // a PostgreSQL backend that ended between the listing and the read
  }
}

function postgresTicks() {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) sum += ticks(pid);
    } catch {
      // gone
    }
  }
  return sum;
}

const versions = new Map();

async function poll(token, conditional) {
  const headers = {};
  const known = versions.get(token);
  if (conditional === 'etag' && known) headers['If-None-Match'] = known.etag;
  if (conditional === 'date' && known) headers['If-Modified-Since'] = known.lastModified;
  const started = performance.now();
  const response = await fetch(`${base}/calendar/feed/${token}.ics`, { headers });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status === 200) {
    versions.set(token, { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') });
  }
  return { status: response.status, ms, bytes: body.byteLength };
}

async function pass(name, conditional, expected) {
  const results = [];
  let next = 0;
  const jvm0 = ticks(jvmPid);
  const pg0 = postgresTicks();
  const started = performance.now();
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < tokens.length) results.push(await poll(tokens[next++], conditional));
  }));
  const seconds = (performance.now() - started) / 1000;
  const jvmMs = (ticks(jvmPid) - jvm0) * TICK_MS / results.length;
  const pgMs = (postgresTicks() - pg0) * TICK_MS / results.length;
  const wrong = results.filter((r) => r.status !== expected).length;
  if (wrong > 0) throw new Error(`${name}: ${wrong} polls were not answered ${expected}`);
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  const bytes = results.reduce((sum, r) => sum + r.bytes, 0) / results.length;
  return { name, expected, polls: results.length, seconds, jvmMs, pgMs, p50: at(0.5), p95: at(0.95), bytes };
}

// Warm the JIT and the pools on every path first: the first pass also learns each feed's version.
await pass('warm-up, first polls', 'none', 200);
if (!plain) await pass('warm-up, current', 'etag', 304);
await pass('warm-up, no validators', 'none', 200);

const rows = plain ? [await pass('No validators sent: the whole calendar', 'none', 200)] : [
  await pass('Copy current (If-None-Match)', 'etag', 304),
  await pass('Copy current (If-Modified-Since only)', 'date', 304),
  await pass('No validators sent: the whole calendar', 'none', 200),
];
const perSecond = tokens.length / (minutes * 60);
console.log(`\n${tokens.length} feeds polled every ${minutes} minutes: ${perSecond.toFixed(2)} polls a second.\n`);
console.log('| poll | answer | server CPU per poll (JVM + PostgreSQL) | p50 | p95 | bytes | CPU for all feeds, % of one core |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const cpu = r.jvmMs + r.pgMs;
  console.log(`| ${r.name} | ${r.expected} | ${cpu.toFixed(2)} ms (${r.jvmMs.toFixed(2)} + ${r.pgMs.toFixed(2)}) | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${Math.round(r.bytes)} | ${(cpu * perSecond / 10).toFixed(2)} % |`);
}
