// Types of generate.mjs, for the test that seeds its damaged rows with the same generator (test/batch/fast-row.test.ts).
/** A small seeded generator (mulberry32): the same sequence for the same seed. */
export declare function prng(seed: number): () => number;
