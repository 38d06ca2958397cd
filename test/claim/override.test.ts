// parseOverride (--set): the path part by part, money exact in fen, ratios exact in Bp, and
// a message for each way the argument can be wrong.
import { describe, expect, test } from 'vitest';
import { overrideError as bad, overrideOk as ok } from './helpers.js';

describe('parseOverride', () => {
  test('money in yuan, exact in fen', () => {
    expect(ok('outpatient.employee.deductible=600')).toEqual({ path: 'outpatient.employee.deductible', benefit: 'outpatient', scheme: 'employee', param: 'deductible', value: 600, exact: 60000 });
    expect(ok('inpatient.resident.cap.2=150000.50')).toMatchObject({ key: '2', value: 150000.5, exact: 15000050 });
  });
  test('ratios as 0.5 or 50%, exact in Bp', () => {
    expect(ok('outpatient.resident.ratio=0.5')).toMatchObject({ param: 'ratio', value: 0.5, exact: 5000 });
    expect(ok('outpatient.resident.ratio.community=85%')).toMatchObject({ key: 'community', exact: 8500 });
    expect(ok('outpatient.employee.retiree_bonus=0.05')).toMatchObject({ param: 'retiree_bonus', exact: 500 });
    expect(ok('outpatient.employee.ratio.retired=1')).toMatchObject({ key: 'retired', exact: 10000 });
  });
  test.each([
    'outpatient.employee.deductible',
    'outpatient.employee=5',
    'outpatient.employee.deductible.active.1=5',
    'dental.employee.deductible=5',
    'outpatient.farmer.deductible=5',
    'outpatient.employee.copay=5',
    'outpatient.employee.ratio.4=0.5',
    'outpatient.employee.retiree_bonus.retired=0.05',
    'outpatient.employee.ratio=1.5',
    'outpatient.employee.ratio=50',
    'outpatient.employee.deductible=-1',
    'outpatient.employee.deductible=1.001',
    'outpatient.employee.deductible=',
    'outpatient.employee.cap=100000000.01',
  ])('rejects %j with the form in the message', (text) => {
    const m = bad(text);
    expect(m.en).toContain('<benefit>.<scheme>.<param>[.<key>]=<value>');
    expect(m.zh).toContain('--set');
  });
});
