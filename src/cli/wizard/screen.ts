// The wizard's own words on the screen (the intro, the same person's year, the stop screen,
// the closing message), wrapped to the terminal's width like the explanations, so that no
// number or flag is cut in the middle by the terminal's own wrapping.
import type { Io } from '../io.js';
import { outputWidth } from '../render/width.js';
import { wrapText } from '../render/wrap.js';

export function show(io: Pick<Io, 'stdout' | 'env'>, text: string): void {
  const width = outputWidth(io.stdout, io.env);
  io.stdout.write(width === undefined ? text : wrapText(text, width));
}
