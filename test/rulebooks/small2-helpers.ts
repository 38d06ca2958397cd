// calc on the 枫渚 fixture (test/fixtures/small2/fengzhu.yaml): the JSON answer of a claim that must
// be answered (exit 0), and the result fields picked in order.
export { run, pick } from './limits3-helpers.js';

export const FZ = ['calc', '--policy', 'test/fixtures/small2/fengzhu.yaml'];
