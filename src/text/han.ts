// Han characters by their blocks (〇, CJK unified ideographs, extension A, compatibility ideographs,
// extensions B and later), written out: a \p{Script=Han} class costs milliseconds to compile, and
// `faq` has only a few dozen to start in. Shared by the FAQ search and `ask`.
export const HAN_CLASS = '\\u3007\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{3134F}';

/** One Han character; HAN_CLASS is the class body, for larger patterns. */
export const HAN = new RegExp(`[${HAN_CLASS}]`, 'u');
