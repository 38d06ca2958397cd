import yauzl from '/work/wt-xlsx/node_modules/yauzl/index.js';
const zip = await yauzl.openPromise(process.argv[2], { lazyEntries: true });
for await (const e of zip.eachEntry()) {
  if (!e.fileName.includes('sheet1')) continue;
  const s = await zip.openReadStreamPromise(e);
  let n = 0, bytes = 0; const t = Date.now();
  for await (const c of s) { n++; bytes += c.length; }
  console.log('chunks', n, 'avg', (bytes / n).toFixed(0), Date.now() - t, 'ms');
}
