import { collection, config, fields } from '@keystatic/core';
import { block, inline, mark, wrapper } from '@keystatic/core/content-components';
import { Icon } from '@keystar/ui/icon';
import { quoteIcon } from '@keystar/ui/icon/icons/quoteIcon';
import { createElement } from 'react';
import { choices } from './choices';
import { CiteView, StepView } from './content-views';
import { dataForms } from './data-forms';
import { storyStorage } from './list-files';
import { optionalText, pickMany, pickOne } from './id-fields';

/**
 * The in-browser editor (Keystatic, at /keystatic/ in `astro dev` only): the stories in
 * content/stories/ as forms, with the story's components as blocks whose props are pickers over
 * content/data. It writes the same MDX the build checks; the build's check stays the judge.
 * Runs in the browser (and the dev server's editor API); never in the public build.
 */

/** The props of <Step>, in the order the story files write them, so a saved step reads as before. */
const stepSchema = {
  id: fields.text({
    label: 'Step id',
    description: 'Lower case, digits and dashes, e.g. city-falls. Unique in the story.',
    validation: { length: { min: 1 } },
  }),
  view: pickOne('Map view', choices.views, 'What the map frames (map blocks only).'),
  highlight: pickMany('Highlighted places', choices.places),
  date: optionalText('Date', 'YYYY-MM-DD, or a range YYYY-MM-DD/YYYY-MM-DD.'),
  event: pickOne(
    'Timeline event',
    choices.events,
    'The event the timeline marks (timeline blocks only).',
  ),
  imagery: pickOne(
    'Imagery',
    choices.imagery,
    'Apron blocks only: the satellite image whose aircraft are drawn.',
  ),
  control: pickOne('Areas of control (snapshot)', choices.snapshots),
  arrows: pickMany('Arrows already drawn', choices.thrusts),
  drawArrow: pickOne('Arrow drawn as the reader scrolls', choices.thrusts),
  route: pickOne('Route', choices.routes),
  routeProgress: optionalText(
    'Route progress',
    'A number from 0 to 1, or a range such as 0/1 drawn as the reader scrolls.',
  ),
  layers: pickMany('Map layers (none ticked: all)', choices.layers),
  notes: pickMany('Base notes', choices.notes),
  status: pickOne('How sure the sources are', [
    { value: 'confirmed', label: 'confirmed' },
    { value: 'reported', label: 'reported' },
    { value: 'unverified', label: 'unverified' },
  ]),
  sources: pickMany(
    'Sources of this step',
    choices.sources,
    "Each must also be in the story's Sources list.",
  ),
  alt: fields.text({
    label: 'Text alternative (alt)',
    description:
      'One or two sentences saying what the graphic shows at this step; name the places it highlights.',
    multiline: true,
    validation: { length: { min: 15 } },
  }),
};

const storyComponents = {
  Scrolly: wrapper({
    label: 'Scrolly block (graphic with steps)',
    schema: {
      id: fields.text({
        label: 'Block id',
        description: 'Lower case, digits, dashes, e.g. advance.',
        validation: { length: { min: 1 } },
      }),
      graphic: pickOne('Graphic (none: the map)', [
        { value: 'timeline', label: 'timeline' },
        { value: 'apron', label: 'apron (aircraft on an airfield)' },
      ]),
    },
  }),
  Step: wrapper({ label: 'Step', schema: stepSchema, ContentView: StepView }),
  Cite: inline({
    label: 'Citation',
    schema: { source: pickOne('Source', choices.sources) },
    ContentView: CiteView,
  }),
  // A quotation runs inside a paragraph: a mark on the quoted words, with who said it and the source.
  Quote: mark({
    label: 'Quote',
    icon: createElement(Icon, { src: quoteIcon }),
    schema: {
      by: fields.text({ label: 'Who said or wrote it' }),
      source: pickOne('Source', choices.sources),
    },
  }),
  Map: block({
    label: 'Map in the text',
    schema: {
      view: pickOne('Map view', choices.views),
      highlight: pickMany('Highlighted places', choices.places),
    },
  }),
  Imagery: block({
    label: 'Satellite imagery figure',
    schema: { id: pickOne('Imagery', choices.imagery) },
  }),
  AircraftCompare: block({ label: 'Aircraft comparison figure', schema: {} }),
  AirliftEstimate: block({ label: 'Airlift estimate figure', schema: {} }),
};

const update = fields.object({
  date: fields.text({
    label: 'When (date, time and zone)',
    description: 'e.g. 2031-05-20T02:00:00Z',
  }),
  text: fields.text({ label: 'What changed', multiline: true }),
});

export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'Story editor' } },
  singletons: dataForms,
  collections: {
    stories: collection({
      ...storyStorage,
      entryLayout: 'content',
      columns: ['headline'],
      schema: {
        headline: fields.slug({
          name: { label: 'Headline' },
          slug: { label: 'File name', description: "The story's address: /stories/<file name>/" },
        }),
        kicker: optionalText(
          'Kicker (the line above the headline)',
          'e.g. Peru, March 2031; leave empty for none.',
        ),
        focusCountry: fields.text({
          label: 'Focus country',
          description: 'The country the maps emphasise, as Natural Earth names it, e.g. Peru',
        }),
        dek: fields.text({ label: 'Dek (standfirst)', multiline: true }),
        byline: fields.text({ label: 'Byline' }),
        credit: fields.text({ label: 'Credit', multiline: true }),
        published: fields.text({
          label: 'Published (date, time and zone)',
          description: 'e.g. 2031-05-14T12:00:00Z',
        }),
        updated: fields.text({ label: 'Updated (date, time and zone)' }),
        summary: fields.text({ label: 'Summary (social cards, search)', multiline: true }),
        dayCountOf: optionalText(
          'Day count on dated steps',
          'What the days are counted from, e.g. "siege" prints "3 days after the 12-day siege" (its days are the timeline\'s milestones); leave empty for no day count.',
        ),
        sources: fields.array(pickOne('Source', choices.sources), {
          label: 'Sources (every source the story cites)',
          itemLabel: (props) => props.value || '(pick a source)',
        }),
        updates: fields.array(update, {
          label: 'Updates after publication',
          itemLabel: (props) => props.fields.date.value,
        }),
        home: fields.checkbox({ label: "Served at the site's root" }),
        draft: fields.checkbox({ label: 'Draft (not published)' }),
        body: fields.mdx({
          label: 'Story',
          components: storyComponents,
          options: { image: false, codeBlock: false, table: false },
        }),
      },
    }),
  },
});
