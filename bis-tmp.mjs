// ../../tmp/xl/bis.ts
import { readFileSync } from "node:fs";
import { SaxesParser } from "saxes";
var xml = readFileSync("/tmp/xl/s100k/xl/worksheets/sheet1.xml", "utf8");
var variant = process.argv[2];
function run(extra) {
  const t = Date.now();
  let n = 0;
  const p = new SaxesParser({ position: false });
  p.on("opentag", () => n++);
  p.on("text", () => {
  });
  p.on("closetag", () => {
  });
  if (extra) {
    if (variant.includes("c")) p.on("cdata", () => {
    });
    if (variant.includes("m")) p.on("comment", () => {
    });
    if (variant.includes("p")) p.on("processinginstruction", () => {
    });
    if (variant.includes("x")) p.on("xmldecl", () => {
    });
    if (variant.includes("d")) p.on("doctype", () => {
    });
    if (variant.includes("e")) p.on("error", (e) => {
      throw e;
    });
  }
  for (let i = 0; i < xml.length; i += 14411) p.write(xml.slice(i, i + 14411));
  p.close();
  return Date.now() - t;
}
function main() {
  console.log(variant, run(true), run(false), run(false));
}
main();
