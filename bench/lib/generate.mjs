// Generates the batch benchmark's claims file: Suizhou employee outpatient visits of about
// 200,000 people through 2024, several per person in date order, the whole file sorted by day
// (as a month's export would be), all four tiers, both statuses, some out-of-scope amounts.
// Deterministic (seeded), so every run measures the same file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, enough for test data. */
/** A small seeded generator (mulberry32): the same file for the same seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIERS = ['1', '2', '3', 'community'];
const DAYS = 366; // 2024

function dayToDate(day) {
  const d = new Date(Date.UTC(2024, 0, 1 + day));
  return d.toISOString().slice(0, 10);
}

function fen(n) {
  return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
}

/**
 * byDay[day] holds the person indexes visiting that day: about rows / people visits each, on
 * distinct days spread over the year (so per person the file is in date order); visits past the
 * year's days fall on its last day.
 */
export function visitsByDay(rand, rows, people, days) {
  const byDay = Array.from({ length: days }, () => []);
  let left = rows;
  for (let p = 0; p < people && left > 0; p++) {
    const remainingPeople = people - p;
    const visits = p === people - 1 ? left : Math.min(left, Math.max(1, Math.round(left / remainingPeople + (rand() - 0.5) * 6)));
    left -= visits;
    const chosen = new Set();
    while (chosen.size < Math.min(visits, days)) chosen.add(Math.floor(rand() * days));
    for (const day of chosen) byDay[day].push(p);
    for (let extra = visits - chosen.size; extra > 0; extra--) byDay[days - 1].push(p);
  }
  return byDay;
}

export const HEADER = 'person_id,date,city,scheme,status,benefit,tier,amount,out_of_scope';

/** Writes `rows` claims (by default about rows / 5 people) to `file`. */
export async function generateClaims(file, rows = 1_000_000, seed = 20240101, people = Math.round(rows / 5)) {
  const rand = prng(seed);
  const byDay = visitsByDay(rand, rows, people, DAYS);
  const status = (p) => (p % 4 === 0 ? 'retired' : 'active');
  const out = createWriteStream(file);
  let buf = `${HEADER}\n`;
  for (let day = 0; day < DAYS; day++) {
    const date = dayToDate(day);
    for (const p of byDay[day]) {
      const amount = 100 + Math.floor(rand() * (rand() < 0.1 ? 300000 : 60000)); // 1.00 .. 3001.00 yuan
      const oos = rand() < 0.2 ? Math.floor(rand() * amount) : 0;
      const tier = TIERS[Math.floor(rand() * 4)];
      buf += `P${String(p).padStart(7, '0')},${date},suizhou,employee,${status(p)},outpatient,${tier},${fen(amount)},${oos ? fen(oos) : ''}\n`;
      if (buf.length > 1 << 16) {
        if (!out.write(buf)) await once(out, 'drain');
        buf = '';
      }
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
