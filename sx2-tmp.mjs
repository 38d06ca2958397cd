import { createRequire } from 'node:module';
import fs from 'node:fs';
const require = createRequire('/work/wt-xlsx/x.js');
const mode = process.argv[2];
const { SaxesParser } = mode === 'esm' ? await import('saxes') : require('saxes');
const xml = fs.readFileSync('/tmp/xl/s100k/xl/worksheets/sheet1.xml', 'utf8');
function run(opts, size) {
  const p = new SaxesParser(opts); let n = 0;
  p.on('opentag', () => n++); p.on('text', () => n++); p.on('closetag', () => n++);
  const t = Date.now();
  for (let i = 0; i < xml.length; i += size) p.write(xml.slice(i, i + size));
  p.close();
  return Date.now() - t;
}
for (const o of [{position:false},{position:false},{},{}]) console.log(mode, JSON.stringify(o), run(o, 14411));
