// Generates the model-2 batch benchmark's claims file: 白鹭 (fiction, examples/rulebooks/bailu.yaml)
// claims of about rows / 5 people through 2025, several per person in date order, the file sorted
// by day, with every structure a row of that rulebook can use: stays counted per person (per-stay
// 起付 with the schedule of later stays), employee bands, resident grades, 乙类先行自付, 门诊慢特病
// with disease limits, the cap shared by 住院 and 慢特病, 大病 / 大额 and 医疗救助 for 低保对象.
// Only rows the rulebook decides are generated (no 社区卫生服务站, no resident 三级 普通门诊, no
// 乙类 for an assistance group): each row is computed, none is a cheap error.
// Deterministic (seeded), so every run measures the same file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { prng, visitsByDay } from './generate.mjs';


const DAYS = 365; // 2025
const DISEASES = ['高血压', '糖尿病', '慢性肾功能不全（非透析）', '精神分裂症', '恶性肿瘤门诊治疗'];

const dayToDate = (day) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
const fen = (n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

export const BAILU_HEADER = 'person_id,date,scheme,status,grade,benefit,tier,amount,out_of_scope,class_b_drugs,class_b_items,disease,diseases,assistance';

/** One person's fixed traits, from their index. */
function person(p) {
  const employee = p % 5 < 3;
  return {
    scheme: employee ? 'employee' : 'resident',
    status: employee ? (p % 4 === 0 ? 'retired' : 'active') : '',
    grade: employee ? '' : p % 2 === 0 ? '一档' : '二档',
    assistance: !employee && p % 20 === 3 ? '低保对象' : '',
    diseases: p % 3 === 0 ? [DISEASES[p % 5], DISEASES[(p + 1) % 5]] : [DISEASES[p % 5]],
  };
}

/** Writes `rows` claims (by default about rows / 5 people) to `file`. */
export async function generateBailuClaims(file, rows = 1_000_000, seed = 20250101, people = Math.round(rows / 5)) {
  const rand = prng(seed);
  const byDay = visitsByDay(rand, rows, people, DAYS);
  const out = createWriteStream(file);
  let buf = `${BAILU_HEADER}\n`;
  for (let day = 0; day < DAYS; day++) {
    const date = dayToDate(day);
    for (const p of byDay[day]) {
      const who = person(p);
      const r = rand();
      const benefit = r < 0.2 ? 'inpatient' : r < 0.4 ? 'chronic' : 'outpatient';
      const tier = String(1 + Math.floor(rand() * (benefit === 'outpatient' && who.scheme === 'resident' ? 2 : 3)));
      const amount = benefit === 'inpatient' ? 100000 + Math.floor(rand() * 5_000_000) : 100 + Math.floor(rand() * 300000);
      const oos = rand() < 0.2 ? Math.floor(rand() * amount * 0.3) : 0;
      const inScope = amount - oos;
      const classB = who.assistance === '' && rand() < 0.4;
      const drugs = classB ? Math.floor(rand() * inScope * 0.4) : 0;
      const items = classB ? Math.floor(rand() * inScope * 0.3) : 0;
      const disease = benefit === 'chronic' ? who.diseases[Math.floor(rand() * who.diseases.length)] : '';
      const diseases = benefit === 'chronic' ? who.diseases.join('、') : '';
      buf += `B${String(p).padStart(7, '0')},${date},${who.scheme},${who.status},${who.grade},${benefit},${tier},${fen(amount)},${oos ? fen(oos) : ''},${drugs ? fen(drugs) : ''},${items ? fen(items) : ''},${disease},${diseases},${who.assistance}\n`;
      if (buf.length > 1 << 16) {
        if (!out.write(buf)) await once(out, 'drain');
        buf = '';
      }
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
