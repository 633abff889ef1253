// Small statistics for the benchmark: medians across runs, percentiles within a run.

export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The median of every numeric field across runs; booleans must hold in every run. */
export function medianOfRuns(samples) {
  const out = {};
  for (const key of Object.keys(samples[0])) {
    const values = samples.map((sample) => sample[key]);
    if (typeof values[0] === 'number') out[key] = round(median(values), 3);
    else if (typeof values[0] === 'boolean') out[key] = values.every(Boolean);
  }
  return out;
}
