// ../../tmp/xl/bx.ts
import { readFileSync } from "node:fs";

// src/batch/xlsx-xml.ts
import { SaxesParser } from "saxes";
var XmlRefused = class extends Error {
  constructor(reason, detail = reason) {
    super(detail);
    this.reason = reason;
    this.name = "XmlRefused";
  }
  reason;
};
var localName = (name) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};
var BoundedXml = class {
  // characters given to the parser since its last event (at most one chunk more)
  constructor(handlers, limit) {
    this.handlers = handlers;
    this.limit = limit;
    const p = this.parser;
    p.on("opentag", (tag) => {
      this.events++;
      handlers.open(localName(tag.name), tag.attributes);
    });
    p.on("closetag", (tag) => {
      this.events++;
      handlers.close(localName(tag.name));
    });
    p.on("text", (text) => {
      this.events++;
      handlers.text(text);
    });
    p.on("cdata", (text) => {
      this.events++;
      handlers.text(text);
    });
    p.on("doctype", () => {
      throw new XmlRefused("doctype");
    });
    p.on("error", (error) => {
      throw new XmlRefused("broken", error.message);
    });
  }
  handlers;
  limit;
  parser = new SaxesParser({ position: false });
  inText = true;
  // between a '>' and the next '<'
  run = 0;
  // characters of the current text run given to the parser
  skipping = false;
  events = 0;
  pending = 0;
  /** The next piece of the part's text. */
  write(chunk) {
    let start = 0;
    let i = 0;
    while (i < chunk.length) {
      if (this.inText) {
        const lt = chunk.indexOf("<", i);
        const end = lt < 0 ? chunk.length : lt;
        if (this.skipping) start = end;
        else if (this.run + (end - i) > this.limit) {
          this.feed(chunk.slice(start, i + (this.limit - this.run)));
          this.skipping = true;
          start = end;
          this.handlers.long();
        } else this.run += end - i;
        if (lt < 0) break;
        this.inText = false;
        this.skipping = false;
        this.run = 0;
        i = lt;
      } else {
        const gt = chunk.indexOf(">", i);
        if (gt < 0) break;
        this.inText = true;
        i = gt + 1;
      }
    }
    this.feed(start === 0 ? chunk : chunk.slice(start));
  }
  /** The end of the part: the parser checks that every element was closed. */
  close() {
    this.parser.close();
  }
  feed(text) {
    if (text === "") return;
    const before = this.events;
    this.parser.write(text);
    this.pending = this.events === before ? this.pending + text.length : 0;
    if (this.pending > 2 * this.limit) throw new XmlRefused("too_long");
  }
};

// ../../tmp/xl/bx.ts
import { SaxesParser as SaxesParser2 } from "saxes";
function main() {
  const xml = readFileSync("/tmp/xl/s100k/xl/worksheets/sheet1.xml", "utf8");
  for (const size of [14411, 65536, 14411]) {
    let t = Date.now();
    let n = 0;
    if (!process.argv[2]) {
      const b = new BoundedXml({ open() {
        n++;
      }, close() {
      }, text() {
      }, long() {
      } }, 1 << 20);
      for (let i = 0; i < xml.length; i += size) b.write(xml.slice(i, i + size));
      b.close();
      console.log("bounded", size, Date.now() - t, n);
    }
    t = Date.now();
    n = 0;
    const p = new SaxesParser2({ position: false });
    p.on("opentag", () => n++);
    p.on("text", () => {
    });
    p.on("closetag", () => {
    });
    for (let i = 0; i < xml.length; i += size) p.write(xml.slice(i, i + size));
    p.close();
    console.log("plain", size, Date.now() - t, n);
  }
}
main();
