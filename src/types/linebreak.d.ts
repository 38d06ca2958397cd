// Types for `linebreak` (the Unicode line breaking algorithm, UAX #14), which ships none.
declare module 'linebreak' {
  interface Break {
    /** The break comes before the UTF-16 index `position`. */
    position: number;
    /** A mandatory break (a line feed). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
