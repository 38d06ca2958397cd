// The XML of a workbook's parts, parsed as a stream (saxes) in bounded memory. A streaming parser
// still holds a whole text node, tag, comment or CDATA section until it ends: a 200 MB cell would
// be 200 MB (and more) of strings. So the text is fed through a guard first: a run of characters
// from a '>' to the next '<' (a cell's text; or the inside of a comment or CDATA) longer than
// `limit` is cut there, the rest of it is skipped up to the next '<' without being held, and the
// handlers are told (`long`), so that the cell it belongs to becomes a row error; and a piece of
// markup with no '>' for twice the limit (a tag, say) stops the parse (XmlRefused 'too_long', exit 2).
// A DOCTYPE is refused: no workbook has one.
import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  /** An element opens: its local name (any prefix dropped) and attributes. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
  /** The current text run passed the limit: what came before was given to `text`, the rest is skipped. */
  long(): void;
}

/** A part of the workbook that is not XML a spreadsheet writes: not well-formed, over-long markup, a DOCTYPE. */
export class XmlRefused extends Error {
  constructor(
    readonly reason: 'broken' | 'too_long' | 'doctype',
    detail: string = reason,
  ) {
    super(detail);
    this.name = 'XmlRefused';
  }
}

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

export class BoundedXml {
  private readonly parser = new SaxesParser({ position: false });
  private inText = true; // between a '>' and the next '<'
  private run = 0; // characters of the current text run given to the parser
  private skipping = false;
  private events = 0;
  private pending = 0; // characters given to the parser since its last event (at most one chunk more)

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly limit: number,
  ) {
    const p = this.parser;
    p.on('opentag', (tag) => {
      this.events++;
      handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
    });
    p.on('closetag', (tag) => {
      this.events++;
      handlers.close(localName(tag.name));
    });
    p.on('text', (text) => {
      this.events++;
      handlers.text(text);
    });
    p.on('cdata', (text) => {
      this.events++;
      handlers.text(text);
    });
    // Only the handlers needed: each one more is a property added to the parser, and a few more
    // turn it into a slow dictionary object (five times slower). A DOCTYPE defines no entity here.
    p.on('doctype', () => {
      throw new XmlRefused('doctype');
    });
    p.on('error', (error) => {
      throw new XmlRefused('broken', error.message);
    });
  }

  /** The next piece of the part's text. */
  write(chunk: string): void {
    let start = 0; // the part of the chunk still to give to the parser
    let i = 0;
    while (i < chunk.length) {
      if (this.inText) {
        const lt = chunk.indexOf('<', i);
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
        const gt = chunk.indexOf('>', i);
        if (gt < 0) break;
        this.inText = true;
        i = gt + 1;
      }
    }
    this.feed(start === 0 ? chunk : chunk.slice(start));
  }

  /** The end of the part: the parser checks that every element was closed. */
  close(): void {
    this.parser.close();
  }

  private feed(text: string): void {
    if (text === '') return;
    const before = this.events;
    this.parser.write(text);
    this.pending = this.events === before ? this.pending + text.length : 0;
    if (this.pending > 2 * this.limit) throw new XmlRefused('too_long');
  }
}

/** Parses a part (its text in chunks) with `handlers`; `signal` is checked between chunks. */
export async function parseXml(chunks: AsyncIterable<string>, handlers: XmlHandlers, limit: number, signal?: AbortSignal): Promise<void> {
  const xml = new BoundedXml(handlers, limit);
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    xml.write(chunk);
  }
  xml.close();
}
