// Types of generate-bailu.mjs, for the test that settles its rows both ways (test/batch/fast-row.test.ts).
export declare const BAILU_HEADER: string;
/** Writes `rows` 白鹭 claims (of about rows / 5 people by default) to `file`. */
export declare function generateBailuClaims(file: string, rows?: number, seed?: number, people?: number): Promise<void>;
