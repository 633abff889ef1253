import { describe, expect, test } from 'vitest';
import {
  cargoTonnes,
  estimate,
  flightsFor,
  readAmount,
  type Carrier,
  type Entries,
  type Limits,
} from '../../src/components/airlift/estimate';

/** Round numbers, so each worked case can be checked by hand. */
const il76: Carrier = { id: 'il-76', payloadTonnes: 48, peoplePerFlight: 145 };
const an124: Carrier = { id: 'an-124', payloadTonnes: 150, peoplePerFlight: 88 };
const limits: Limits = {
  people: 100_000,
  vehicles: 10_000,
  'vehicle-tonnes': 200,
  cargo: 1_000_000,
};
const entries = (over: Partial<Entries>): Entries => ({
  people: '',
  vehicles: '',
  'vehicle-tonnes': '',
  cargo: '',
  ...over,
});

describe('flightsFor: worked cases', () => {
  test('1,000 people: 7 Il-76 flights (6 full of 145 = 870, a 7th for the last 130) or 12 An-124 flights (11 × 88 = 968, a 12th for 32)', () => {
    const load = { people: 1000, vehicles: 0, vehicleTonnes: 0, cargo: 0 };
    expect(flightsFor(load, il76)).toEqual({
      id: 'il-76',
      peopleFlights: 7,
      cargoFlights: 0,
      flights: 7,
    });
    expect(flightsFor(load, an124)).toEqual({
      id: 'an-124',
      peopleFlights: 12,
      cargoFlights: 0,
      flights: 12,
    });
  });

  test('500 t of cargo: 11 Il-76 flights (10 × 48 = 480, an 11th for 20 t) or 4 An-124 flights (3 × 150 = 450, a 4th for 50 t)', () => {
    const load = { people: 0, vehicles: 0, vehicleTonnes: 0, cargo: 500 };
    expect(flightsFor(load, il76).cargoFlights).toBe(11);
    expect(flightsFor(load, an124).cargoFlights).toBe(4);
  });

  test('100 vehicles of 16 t plus 200 t: 1,800 t, so 38 Il-76 flights (37.5 rounds up) or 12 An-124 flights exactly', () => {
    const load = { people: 0, vehicles: 100, vehicleTonnes: 16, cargo: 200 };
    expect(cargoTonnes(load)).toBe(1800);
    expect(flightsFor(load, il76).cargoFlights).toBe(38);
    expect(flightsFor(load, an124).cargoFlights).toBe(12);
  });

  test('people and cargo fly separately: 145 people and 48 t make 2 Il-76 flights, not 1', () => {
    expect(
      flightsFor({ people: 145, vehicles: 0, vehicleTonnes: 0, cargo: 48 }, il76).flights,
    ).toBe(2);
  });

  test('exact multiples add no extra flight, and nothing to move needs no flight', () => {
    expect(flightsFor({ people: 290, vehicles: 0, vehicleTonnes: 0, cargo: 96 }, il76)).toEqual({
      id: 'il-76',
      peopleFlights: 2,
      cargoFlights: 2,
      flights: 4,
    });
    expect(flightsFor({ people: 0, vehicles: 0, vehicleTonnes: 0, cargo: 0 }, an124).flights).toBe(
      0,
    );
  });

  test('floating point never adds a flight: 3 vehicles of 16 t is 48 t, one Il-76', () => {
    expect(
      flightsFor({ people: 0, vehicles: 3, vehicleTonnes: 16, cargo: 0 }, il76).cargoFlights,
    ).toBe(1);
  });
});

describe('readAmount: what a reader may type', () => {
  test('digits, with or without thousands commas and surrounding spaces', () => {
    expect(readAmount('1000', 5000)).toEqual({ ok: true, value: 1000 });
    expect(readAmount(' 1,500 ', 5000)).toEqual({ ok: true, value: 1500 });
    expect(readAmount('0', 5000)).toEqual({ ok: true, value: 0 });
    expect(readAmount('', 5000)).toEqual({ ok: true, value: null });
  });

  test('refuses negative, non-numeric, decimal, exponent and misplaced-comma input with a message', () => {
    expect(readAmount('-5', 5000)).toEqual({
      ok: false,
      message: 'Enter a number of zero or more: it cannot be negative.',
    });
    expect(readAmount('abc', 5000)).toEqual({
      ok: false,
      message: 'Enter a whole number in digits, such as 1,000.',
    });
    expect(readAmount('12.5', 5000)).toEqual({
      ok: false,
      message: 'Enter a whole number, without decimals.',
    });
    expect(readAmount('1e9', 5000)).toEqual({
      ok: false,
      message: 'Enter a whole number in digits, such as 1,000.',
    });
    expect(readAmount('1,00', 5000)).toEqual({
      ok: false,
      message: 'Enter a whole number in digits, such as 1,000.',
    });
    expect(readAmount('Infinity', 5000).ok).toBe(false);
    expect(readAmount('NaN', 5000).ok).toBe(false);
  });

  test('refuses absurdly large input, naming the limit', () => {
    expect(readAmount('5,001', 5000)).toEqual({
      ok: false,
      message: 'Enter at most 5,000: more than that is beyond any airlift.',
    });
    expect(readAmount('9'.repeat(400), 5000)).toEqual({
      ok: false,
      message: 'Enter at most 5,000: more than that is beyond any airlift.',
    });
  });
});

describe('estimate: the form as a whole', () => {
  test('empty fields count as nothing; the result names each carrier', () => {
    const result = estimate(entries({ people: '1,000', cargo: '500' }), limits, [il76, an124]);
    expect(result).toEqual({
      ok: true,
      load: { people: 1000, vehicles: 0, vehicleTonnes: 0, cargo: 500 },
      flights: [
        { id: 'il-76', peopleFlights: 7, cargoFlights: 11, flights: 18 },
        { id: 'an-124', peopleFlights: 12, cargoFlights: 4, flights: 16 },
      ],
    });
  });

  test('vehicles need a weight each: none, or zero, is refused on that field', () => {
    expect(estimate(entries({ vehicles: '10' }), limits, [il76])).toEqual({
      ok: false,
      errors: {
        'vehicle-tonnes': 'Enter the weight of each vehicle in tonnes, or set vehicles to 0.',
      },
    });
    expect(estimate(entries({ vehicles: '10', 'vehicle-tonnes': '0' }), limits, [il76]).ok).toBe(
      false,
    );
    expect(
      estimate(entries({ vehicles: '10', 'vehicle-tonnes': '16' }), limits, [il76]),
    ).toMatchObject({ ok: true, flights: [{ cargoFlights: 4 }] });
  });

  test('every bad field is reported at once, and no number is produced', () => {
    const result = estimate(
      entries({ people: '-1', cargo: 'lots', 'vehicle-tonnes': '900' }),
      limits,
      [il76, an124],
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['cargo', 'people', 'vehicle-tonnes']);
  });

  test('at the largest allowed values every count is a finite whole number', () => {
    const result = estimate(
      entries({
        people: '100,000',
        vehicles: '10,000',
        'vehicle-tonnes': '200',
        cargo: '1,000,000',
      }),
      limits,
      [il76, an124],
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const row of result.flights)
      for (const n of [row.peopleFlights, row.cargoFlights, row.flights])
        expect(Number.isSafeInteger(n)).toBe(true);
  });
});
