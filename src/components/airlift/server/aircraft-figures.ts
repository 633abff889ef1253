import type { Aircraft } from '../../../server/schemas/aircraft';

/** One aircraft's sourced figures as the page prints them, e.g. "up to 48 t", with the source. */
export interface FigureLine {
  key: 'length' | 'wingspan' | 'payload' | 'range' | 'people';
  label: string;
  text: string;
  note?: string | undefined;
  source: string;
}

const formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Prints a figure in its unit; lengths to 0.1 m, counts and distances whole. */
export function figureLines(aircraft: Aircraft): FigureLine[] {
  const { length, wingspan, payload, range, people } = aircraft;
  return [
    {
      key: 'length',
      label: 'Length',
      text: `${formatter.format(length.value)} m`,
      note: length.note,
      source: length.source,
    },
    {
      key: 'wingspan',
      label: 'Wingspan',
      text: `${formatter.format(wingspan.value)} m`,
      note: wingspan.note,
      source: wingspan.source,
    },
    {
      key: 'payload',
      label: 'Payload',
      text: `up to ${formatter.format(payload.value)} t`,
      note: payload.note,
      source: payload.source,
    },
    {
      key: 'range',
      label: 'Range',
      text: `${formatter.format(range.value)} km`,
      note: range.note,
      source: range.source,
    },
    {
      key: 'people',
      label: 'People',
      text: `${formatter.format(people.value)}`,
      note: people.note,
      source: people.source,
    },
  ];
}
