// Load through Vaadin's own protocol against a running Pathways (docs/performance.md, "Load").
//
//   node load.mjs marks <base> <registers.csv> <users,…> <seconds> [out-prefix]
//       For each number of users in turn: that many trainers sign in (a few at a time, as a room
//       does), open their register of 60 and mark people with a think time of about one second,
//       for <seconds>. Prints p50/p95/p99 of the mark round trip, errors and sign-ins per node, and
//       writes <out-prefix>-acked.csv: every mark the server acknowledged, to be checked against
//       the database (a saved mark must never be lost).
//   node load.mjs signins <base> <registers.csv> <people> <over seconds> <markers> [out-prefix]
//       A crowd arriving: <markers> trainers sign in and mark their registers as above; then
//       <people> trainees (none of them signed in yet) sign in, spread evenly over <over seconds>
//       (0: all at the same moment), each timed from the login page to their home drawn. Prints the
//       sign-in times, and the markers' mark round trip before and during the burst.
//   node load.mjs hold <base> <registers.csv> <home|register|register-marked> <from> <to>
//       Signs in people <from>..<to>-1 and opens their page (the trainee home, or the trainer's
//       register, untouched or after one mark), then leaves the sessions open on the server: for
//       measuring heap per session.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { SignedOut, VaadinSession } from './vaadin-session.mjs';

const PASSWORD = 'pathways';
const STATUSES = ['PRESENT', 'LATE', 'APOLOGIES', 'ABSENT'];
const SIGN_INS_AT_ONCE = 8;
const THINK_MS = Number(process.env.THINK_MS ?? 1000);
// When a node is stopped mid-run (perf/cluster/run.sh), the per-node figures are split at that second.
const SPLIT_AT = process.env.SPLIT_AT ? Number(process.env.SPLIT_AT) * 1000 : null;

const [mode, base, registersFile, ...rest] = process.argv.slice(2);
const registers = fs.readFileSync(registersFile, 'utf8').trim().split('\n')
  .map((line) => line.split(',')).map(([email, sessionId]) => ({ email, sessionId: Number(sessionId) }));
const address = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** Runs tasks with at most `limit` in flight. */
async function pool(items, limit, task) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  }));
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function openRegister(user) {
  await user.session.signIn();
  await user.session.open(`sessions/${user.register.sessionId}`);
  if (user.session.groups.size === 0) throw new Error(`no register for ${user.register.email}`);
  user.node = user.session.node;
}

async function marks(levels, seconds, out) {
  const acked = new Map(); // "session,person" -> { status, uncertain }
  console.log('| sessions | marks | marks/s | p50 ms | p95 ms | p99 ms | max ms | errors | signed out → signed in again |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const report = [];
  const timeline = []; // "epoch ms,saved|refused|not-saved|error" per tap, for perf/cluster/run.sh
  for (const users of levels) {
    if (users > registers.length) throw new Error(`only ${registers.length} registers seeded`);
    const people = registers.slice(0, users).map((register, i) => ({
      register, session: new VaadinSession(base, register.email, PASSWORD, address(i + 1)),
      times: [], before: [], after: [], errors: 0, resigned: 0, notSaved: 0, byNode: {},
    }));
    await pool(people, SIGN_INS_AT_ONCE, openRegister);
    for (const user of people) user.firstNode = user.node; // tallies are by the node a person began on
    const started = Date.now();
    const end = started + seconds * 1000;
    // Everyone is signed in: a profiler waiting for this file (perf/load/knee.sh) sees only marks.
    if (process.env.MARKING_FLAG) fs.writeFileSync(process.env.MARKING_FLAG, `${users} ${started}\n`);
    await Promise.all(people.map(async (user) => {
      await sleep(Math.random() * THINK_MS); // spread the first taps
      while (Date.now() < end) {
        const ids = [...user.session.groups.keys()];
        const personId = ids[Math.floor(Math.random() * ids.length)];
        const current = user.session.groups.get(personId).value;
        const status = STATUSES.filter((k) => k !== current)[Math.floor(Math.random() * 3)];
        const id = `${user.register.sessionId},${personId}`;
        const tally = (user.byNode[user.firstNode] ??= { marks: 0, errors: 0, signedOut: 0 });
        const t0 = performance.now();
        try {
          const saved = await user.session.mark(personId, status);
          const ms = performance.now() - t0;
          if (user.session.notSaved) {
            // Answered "not saved, try again" on the card (the database was out of reach). Had the
            // connection dropped during the commit, it may still be in: count it as tried.
            user.notSaved++;
            timeline.push(`${Date.now()},not-saved`);
            const known = acked.get(id);
            acked.set(id, { status: known?.status ?? null, uncertain: [...(known?.uncertain || []), status] });
          } else {
            user.times.push(ms);
            (Date.now() - started < (SPLIT_AT ?? Infinity) ? user.before : user.after).push(ms);
            tally.marks++;
            timeline.push(`${Date.now()},${saved ? 'saved' : 'refused'}`);
          }
          if (saved) acked.set(id, { status, uncertain: null });
        } catch (error) {
          timeline.push(`${Date.now()},error`);
          // What happened to this tap is unknown (it may have been saved before the answer was lost).
          const known = acked.get(id);
          acked.set(id, { status: known?.status ?? null, uncertain: [...(known?.uncertain || []), status] });
          if (error instanceof SignedOut) {
            tally.signedOut++;
            user.resigned++;
          } else {
            tally.errors++;
            user.errors++;
            console.error(`${user.register.email}: ${error.message}`);
          }
          try {
            await openRegister(user); // sign in again, as the person would
          } catch (again) {
            tally.errors++;
            user.errors++;
            console.error(`${user.register.email} could not sign in again: ${again.message}`);
            await sleep(THINK_MS);
          }
        }
        await sleep(THINK_MS * (0.8 + Math.random() * 0.4));
      }
    }));
    const elapsed = (Date.now() - started) / 1000;
    const times = people.flatMap((user) => user.times).sort((a, b) => a - b);
    const errors = people.reduce((sum, user) => sum + user.errors, 0);
    const resigned = people.reduce((sum, user) => sum + user.resigned, 0);
    const notSaved = people.reduce((sum, user) => sum + user.notSaved, 0);
    const nodes = {};
    for (const user of people) {
      for (const [node, tally] of Object.entries(user.byNode)) {
        const total = (nodes[node] ??= { sessions: 0, marks: 0, errors: 0, signedOut: 0, before: [], after: [] });
        total.sessions++;
        total.marks += tally.marks;
        total.errors += tally.errors;
        total.signedOut += tally.signedOut;
        total.before.push(...user.before);
        total.after.push(...user.after);
      }
    }
    const spread = (times) => {
      times.sort((a, b) => a - b);
      return times.length === 0 ? 'none' : `p50 ${percentile(times, 50).toFixed(1)}, p95 ${percentile(times, 95).toFixed(1)}, ` +
        `p99 ${percentile(times, 99).toFixed(1)} ms`;
    };
    for (const total of Object.values(nodes)) {
      total.latency = SPLIT_AT === null ? spread(total.before)
        : `before ${SPLIT_AT / 1000} s: ${spread(total.before)}; after: ${spread(total.after)}`;
      delete total.before;
      delete total.after;
    }
    const row = {
      users, startedAt: started, endedAt: Date.now(), marks: times.length, rate: times.length / elapsed,
      p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1),
      errors, resigned, notSaved, nodes,
    };
    report.push(row);
    const f = (ms) => ms.toFixed(1);
    console.log(`| ${users} | ${row.marks} | ${row.rate.toFixed(0)} | ${f(row.p50)} | ${f(row.p95)} | ${f(row.p99)} | ${f(row.max)} | ${errors} | ${resigned} |`);
    if (notSaved > 0) console.log(`  ${notSaved} taps answered "not saved, try again" (the database out of reach)`);
  }
  fs.writeFileSync(`${out}-report.json`, JSON.stringify(report, null, 2));
  fs.writeFileSync(`${out}-timeline.csv`, timeline.join('\n') + '\n');
  fs.writeFileSync(`${out}-acked.csv`, [...acked].map(([id, mark]) =>
    `${id},${mark.status ?? ''},${(mark.uncertain ?? []).join('|')}`).join('\n') + '\n');
  for (const row of report) {
    for (const [node, tally] of Object.entries(row.nodes)) {
      console.log(`  ${row.users} sessions, node ${node}: ${tally.sessions} sessions began there: ${tally.marks} marks ` +
        `(${tally.latency}), ${tally.errors} errors, ${tally.signedOut} signed out`);
    }
  }
}

async function hold(page, from, to) {
  const users = [];
  for (let i = from; i < to; i++) {
    const register = registers[i % registers.length];
    // The trainee home: the people of the registers; the register: its trainer.
    const email = page === 'home'
      ? register.email.replace('load-trainer-', 'load-person-').replace('@', `-${1 + Math.floor(i / registers.length)}@`)
      : register.email;
    users.push({ register, session: new VaadinSession(base, email, PASSWORD, address(100000 + i)) });
  }
  await pool(users, SIGN_INS_AT_ONCE, async (user) => {
    await user.session.signIn();
    await user.session.open(page === 'home' ? '' : `sessions/${user.register.sessionId}`);
    if (page !== 'home' && user.session.groups.size === 0) throw new Error('no register');
    if (page === 'register-marked') {
      // After the first tap: Vaadin keeps only the last answer, now a small one (see performance.md).
      const [personId] = user.session.groups.keys();
      await user.session.mark(personId, 'PRESENT');
    }
  });
  console.log(`${to - from} sessions open on ${page}`);
}

async function signIns(count, overSeconds, markerCount, out) {
  if (markerCount > registers.length) throw new Error(`only ${registers.length} registers seeded`);
  const markers = registers.slice(0, markerCount).map((register, i) => ({
    register, session: new VaadinSession(base, register.email, PASSWORD, address(i + 1)), before: [], during: [], errors: 0,
  }));
  await pool(markers, SIGN_INS_AT_ONCE, openRegister);
  // Trainees of the registers, in turn: person k of register n is load-person-n-k.
  const crowd = Array.from({ length: count }, (_, i) => {
    const register = registers[i % registers.length];
    const email = register.email.replace('load-trainer-', 'load-person-').replace('@', `-${1 + Math.floor(i / registers.length)}@`);
    return { email, session: new VaadinSession(base, email, PASSWORD, address(200000 + i)) };
  });
  let phase = 'before';
  let marking = true;
  const markingDone = Promise.all(markers.map(async (user) => {
    await sleep(Math.random() * THINK_MS);
    while (marking) {
      const ids = [...user.session.groups.keys()];
      const personId = ids[Math.floor(Math.random() * ids.length)];
      const current = user.session.groups.get(personId).value;
      const status = STATUSES.filter((k) => k !== current)[Math.floor(Math.random() * 3)];
      const t0 = performance.now();
      try {
        await user.session.mark(personId, status);
        user[phase].push(performance.now() - t0);
      } catch (error) {
        user.errors++;
        console.error(`${user.register.email}: ${error.message}`);
        await openRegister(user).catch(() => sleep(THINK_MS));
      }
      await sleep(THINK_MS * (0.8 + Math.random() * 0.4));
    }
  }));
  await sleep(10_000); // the markers' own pace first, to compare with
  phase = 'during';
  const started = performance.now();
  const times = [];
  let failures = 0;
  await Promise.all(crowd.map(async (person, i) => {
    await sleep(count <= 1 ? 0 : (overSeconds * 1000 * i) / (count - 1));
    const t0 = performance.now();
    try {
      await person.session.signIn();
      await person.session.open('');
      times.push(performance.now() - t0);
    } catch (error) {
      failures++;
      console.error(`${person.email}: ${error.message}`);
    }
  }));
  const burstSeconds = (performance.now() - started) / 1000;
  marking = false;
  await markingDone;
  const sorted = times.sort((a, b) => a - b);
  const before = markers.flatMap((m) => m.before).sort((a, b) => a - b);
  const during = markers.flatMap((m) => m.during).sort((a, b) => a - b);
  const f = (ms) => (ms / 1000).toFixed(2);
  const g = (ms) => (Number.isNaN(ms) ? '—' : ms.toFixed(0));
  const markErrors = markers.reduce((sum, m) => sum + m.errors, 0);
  console.log('| sign-ins | spread over | signed in | p50 s | p95 s | p99 s | max s | all done after s | marks before: p95 / p99 ms | marks during: p95 / p99 ms | mark errors |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  console.log(`| ${count} | ${overSeconds} s | ${times.length} | ${f(percentile(sorted, 50))} | ${f(percentile(sorted, 95))} | ` +
    `${f(percentile(sorted, 99))} | ${f(sorted.at(-1))} | ${burstSeconds.toFixed(2)} | ${g(percentile(before, 95))} / ${g(percentile(before, 99))} | ` +
    `${g(percentile(during, 95))} / ${g(percentile(during, 99))} (${during.length} marks) | ${markErrors} |`);
  fs.writeFileSync(`${out}-signins.json`, JSON.stringify({ count, overSeconds, failures, times: sorted, before, during }, null, 2));
  if (failures > 0) throw new Error(`${failures} of ${count} sign-ins failed`);
}

if (mode === 'marks') {
  const [levels, seconds, out = 'load'] = rest;
  await marks(levels.split(',').map(Number), Number(seconds), out);
} else if (mode === 'signins') {
  const [count, overSeconds, markers, out = 'signins'] = rest;
  await signIns(Number(count), Number(overSeconds), Number(markers), out);
} else if (mode === 'hold') {
  const [page, from, to] = rest;
  await hold(page, Number(from), Number(to));
} else {
  console.error('usage: node load.mjs marks|signins|hold … (see the head of this file)');
  process.exit(2);
}
