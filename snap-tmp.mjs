import ExcelJS from 'exceljs';
import fs from 'node:fs';
import v8 from 'node:v8';
const [file, at] = [process.argv[2], Number(process.argv[3] ?? 300000)];
const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
let n = 0;
for await (const ws of reader) {
  for await (const row of ws) {
    n++;
    if (n === at) { globalThis.gc(); const m = process.memoryUsage(); console.log('after gc at', n, 'heapUsed', (m.heapUsed/1048576).toFixed(1), 'rss', (m.rss/1048576).toFixed(0)); if (process.env.SNAP) console.log(v8.writeHeapSnapshot('/tmp/xl/snap.heapsnapshot')); }
  }
}
globalThis.gc(); const m = process.memoryUsage(); console.log('end', n, 'heapUsed', (m.heapUsed/1048576).toFixed(1));
console.log('sharedStrings', reader.sharedStrings?.length);
