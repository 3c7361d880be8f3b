import { describe, expect, it } from 'vitest';
import { ean13CheckDigit, isValidEan13 } from '@/lib/catalog/ean';
import { defaultIcmsBps } from './icms';
import { resolveScenario, type ResolutionInput } from './resolution';
import { listPrice, roundPrice } from './rounding';

const base: ResolutionInput = {
  customer: { scenarioId: null, companySize: 'me', useType: 'revenda', group: null },
  sizeScenarios: {},
  useTypeDefaults: {},
};
const withCustomer = (c: Partial<ResolutionInput['customer']>, rest: Partial<ResolutionInput> = {}) => ({ ...base, ...rest, customer: { ...base.customer, ...c } });

describe('scenario resolution chain', () => {
  it('uses the customer own scenario first', () => {
    expect(resolveScenario(withCustomer({ scenarioId: 'own', group: { id: 'g', name: 'G', scenarioId: 'grp' } }, { sizeScenarios: { me: 'size' } }))).toEqual({ scenarioId: 'own', source: 'own' });
  });
  it("else the group's", () => {
    expect(resolveScenario(withCustomer({ group: { id: 'g', name: 'Atacado Sul – SC', scenarioId: 'grp' } }, { sizeScenarios: { me: 'size' } }))).toEqual({ scenarioId: 'grp', source: 'group', groupName: 'Atacado Sul – SC' });
  });
  it("else the company size's", () => {
    expect(resolveScenario(withCustomer({}, { sizeScenarios: { me: 'size' } }))).toEqual({ scenarioId: 'size', source: 'size', size: 'me' });
  });
  it('the system default for the use type overrides every other', () => {
    expect(resolveScenario(withCustomer({ scenarioId: 'own' }, { useTypeDefaults: { revenda: 'sys' } }))).toEqual({ scenarioId: 'sys', source: 'system_default', useType: 'revenda' });
    expect(resolveScenario(withCustomer({ scenarioId: 'own' }, { useTypeDefaults: { industria: 'sys' } })).source).toBe('own');
  });
  it('no scenario anywhere means no prices', () => {
    expect(resolveScenario(withCustomer({ companySize: null }, { sizeScenarios: { me: 'size' } }))).toEqual({ scenarioId: null, source: 'none' });
  });
});

describe('ICMS adjustments', () => {
  it('7% from South/Southeast (but ES) to North, Northeast, Center-West and ES', () => {
    expect(defaultIcmsBps('RS', 'BA')).toBe(700);
    expect(defaultIcmsBps('SP', 'ES')).toBe(700);
    expect(defaultIcmsBps('MG', 'GO')).toBe(700);
  });
  it('12% otherwise between states', () => {
    expect(defaultIcmsBps('RS', 'SC')).toBe(1200);
    expect(defaultIcmsBps('ES', 'BA')).toBe(1200);
    expect(defaultIcmsBps('BA', 'SP')).toBe(1200);
  });
  it("the destination's internal rate within a state", () => {
    expect(defaultIcmsBps('SP', 'SP')).toBe(1800);
    expect(defaultIcmsBps('RS', 'RS')).toBe(1700);
  });
});

describe('prices', () => {
  it('rounds up to the rule ending', () => {
    expect(roundPrice(12345, 'end90')).toBe(12390);
    expect(roundPrice(12395, 'end90')).toBe(12490);
    expect(roundPrice(12390, 'end90')).toBe(12390);
    expect(roundPrice(12301, 'integer')).toBe(12400);
    expect(roundPrice(12345, 'end99')).toBe(12399);
    expect(roundPrice(12345, 'none')).toBe(12345);
  });
  it('applies factor and adjustment in integer cents', () => {
    // R$ 100,00 × 1,5 × 1,12 = R$ 168,00 → R$ 168,90
    expect(listPrice(10000, 15000, 1200, 'end90')).toBe(16890);
    expect(listPrice(10000, 10000, 0, 'none')).toBe(10000);
  });
});

describe('EAN-13', () => {
  it('validates check digits', () => {
    expect(isValidEan13('7891234567895')).toBe(true);
    expect(isValidEan13('7891234567894')).toBe(false);
    expect(isValidEan13('4006381333931')).toBe(true);
    expect(isValidEan13('400638133393')).toBe(false);
    expect(ean13CheckDigit('789123456789')).toBe(5);
  });
});
