import type { MapLayer } from '../../client/map-layer';
import { AreaNames } from './area-names';
import { AreaSnapshots } from './area-snapshots';
import { FallMarks } from './fall-marks';
import { ThrustArrows } from './thrust-arrows';

/** The layers the areas of control add over a scene's map, each with one job. */
export function controlLayers(scene: HTMLElement): MapLayer[] {
  return [
    new AreaSnapshots(scene),
    new AreaNames(scene),
    new FallMarks(scene),
    new ThrustArrows(scene),
  ];
}
