/**
 * The airlift estimate's arithmetic, kept pure so that the page (in the browser), the static
 * table (at build) and the unit tests share it. It answers one question: at the sourced maximum
 * payload and seating of one type, how many flights would it take to move this much? Every flight
 * is assumed full, and people and cargo fly separately, so the result is a floor, not a forecast.
 */

/** What the reader wants moved. */
export interface Load {
  people: number;
  vehicles: number;
  /** Tonnes per vehicle; only read when there are vehicles. */
  vehicleTonnes: number;
  /** Other cargo, tonnes. */
  cargo: number;
}

/** What one flight of a type can carry (from content/data/aircraft.json). */
export interface Carrier {
  id: string;
  payloadTonnes: number;
  peoplePerFlight: number;
}

export interface Flights {
  id: string;
  /** Flights carrying people, full to their seats. */
  peopleFlights: number;
  /** Flights carrying vehicles and cargo, full to their payload. */
  cargoFlights: number;
  flights: number;
}

/** All the tonnes to fly: vehicles at their weight, plus other cargo. */
export function cargoTonnes(load: Load): number {
  return load.vehicles * load.vehicleTonnes + load.cargo;
}

/**
 * Flights one type needs for `load`. Tonnes are compared after rounding to 1 kg so that floating
 * point (e.g. 0.1 + 0.2) never adds a flight.
 */
export function flightsFor(load: Load, carrier: Carrier): Flights {
  const tonnes = Math.round(cargoTonnes(load) * 1000) / 1000;
  const peopleFlights = Math.ceil(load.people / carrier.peoplePerFlight);
  const cargoFlights = Math.ceil(tonnes / carrier.payloadTonnes);
  return { id: carrier.id, peopleFlights, cargoFlights, flights: peopleFlights + cargoFlights };
}

/** A reader's entry, read: a whole number within limits, nothing (empty), or why not. */
export type Reading = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * "1,500" or "47.5": a number with thousands commas, as Intl.NumberFormat('en-US') writes it up to
 * three decimals. By hand: the page's script uses this, and the first Intl formatter a page makes
 * loads locale data in a long task.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`formatCount: expected a number, got ${n}`);
  const rounded = Math.round(Math.abs(n) * 1000) / 1000;
  const [whole = '0', fraction] = String(rounded).split('.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Reads what a reader typed into a field: digits, with or without thousands commas ("1,500").
 * Anything else (a minus sign, letters, decimals, exponents) gets a message saying what to type.
 */
export function readAmount(text: string, max: number): Reading {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (/^-/.test(trimmed))
    return { ok: false, message: 'Enter a number of zero or more: it cannot be negative.' };
  if (!/^(\d{1,3}(,\d{3})+|\d+)$/.test(trimmed)) {
    return /^\d[\d,]*\.\d*$/.test(trimmed)
      ? { ok: false, message: 'Enter a whole number, without decimals.' }
      : { ok: false, message: 'Enter a whole number in digits, such as 1,000.' };
  }
  const value = Number(trimmed.replaceAll(',', ''));
  if (!Number.isSafeInteger(value) || value > max)
    return {
      ok: false,
      message: `Enter at most ${formatCount(max)}: more than that is beyond any airlift.`,
    };
  return { ok: true, value };
}

/** The reader's four fields, as typed. */
export type Entries = Record<'people' | 'vehicles' | 'vehicle-tonnes' | 'cargo', string>;
export type Limits = Record<keyof Entries, number>;

export type Estimate =
  | { ok: true; load: Load; flights: Flights[] }
  | { ok: false; errors: Partial<Record<keyof Entries, string>> };

/** Reads every field and, if all are valid, the flights each carrier needs. */
export function estimate(entries: Entries, limits: Limits, carriers: readonly Carrier[]): Estimate {
  const errors: Partial<Record<keyof Entries, string>> = {};
  const values: Partial<Record<keyof Entries, number | null>> = {};
  for (const key of Object.keys(entries) as (keyof Entries)[]) {
    const reading = readAmount(entries[key], limits[key]);
    if (reading.ok) values[key] = reading.value;
    else errors[key] = reading.message;
  }
  const vehicles = values.vehicles ?? 0;
  if (vehicles > 0 && !errors['vehicle-tonnes'] && !values['vehicle-tonnes']) {
    errors['vehicle-tonnes'] = 'Enter the weight of each vehicle in tonnes, or set vehicles to 0.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const load: Load = {
    people: values.people ?? 0,
    vehicles,
    vehicleTonnes: values['vehicle-tonnes'] ?? 0,
    cargo: values.cargo ?? 0,
  };
  return { ok: true, load, flights: carriers.map((carrier) => flightsFor(load, carrier)) };
}
