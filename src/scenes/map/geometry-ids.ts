/** The ids of the shared map geometry (MapGeometry.astro) that each map draws with <use>. */
export const geometryIds = {
  regionalLand: 'story-geo-regional-land',
  regionalFocus: 'story-geo-regional-focus',
  regionalBorders: 'story-geo-regional-borders',
  detailLand: 'story-geo-detail-land',
  detailFocus: 'story-geo-detail-focus',
  detailGovernorates: 'story-geo-detail-governorates',
  detailBorders: 'story-geo-detail-borders',
} as const;
