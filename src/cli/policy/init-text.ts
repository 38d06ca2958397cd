// The YAML pieces `policy init` writes: quoted strings, bilingual texts, unknown values to fill in.

/** A YAML double-quoted string (JSON strings are valid YAML): commas and colons stay text. */
export const q = (s: string) => JSON.stringify(s);
export const text = (zh: string, en: string) => `{ zh: ${q(zh)}, en: ${q(en)} }`;
export const unknown = (zh: string, en: string) => `{ value: null, note: ${text(`待填写:${zh}`, `To fill in: ${en}`)} }`;
