import { getCollection } from 'astro:content';
import { captionNow } from '../../../server/captions';
import { dataPath } from '../../../server/content/data-files';
import { periodLength, storyAxis } from '../timeline-model';
import { readIds } from '../../../server/schemas/read-ids';

/**
 * The timeline's events in the file's order (the collection does not keep it, and it orders
 * same-day events), the axis they are drawn on, and the period's first and last days (the
 * events marked as its milestones), for every graphic that shows the story's dates, and the
 * words that name the period between them (content/data/captions.json: its label on the
 * band, and the key's line for the band).
 */
export async function loadTimeline() {
  const fileOrder = readIds(dataPath('events'));
  const events = (await getCollection('events'))
    .map((entry) => entry.data)
    .sort((a, b) => fileOrder.indexOf(a.id) - fileOrder.indexOf(b.id));
  const start = events.find((event) => event.milestone === 'period-start')?.date;
  const end = events.find((event) => event.milestone === 'period-end')?.date;
  const first = events[0];
  const last = events.at(-1);
  if (!start || !end || !first || !last) {
    throw new Error(
      'content/data/events.json: the timeline needs events, one marked "milestone": "period-start" and one "period-end" (the first and last days of the period the timeline shades)',
    );
  }
  const milestones = { start, end };
  const band = {
    label: captionNow('timeline-band'),
    key: captionNow('timeline-band-key', { days: periodLength(milestones) }),
  };
  return { events, milestones, band, axis: storyAxis(first.date, end, last.date) };
}
