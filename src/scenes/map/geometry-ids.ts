/** The ids of the shared map geometry (MapGeometry.astro) that each map draws with <use>. */
export const geometryIds = {
  regionalLand: 'story-geo-regional-land',
  regionalSyria: 'story-geo-regional-syria',
  regionalBorders: 'story-geo-regional-borders',
  detailLand: 'story-geo-detail-land',
  detailSyria: 'story-geo-detail-syria',
  detailGovernorates: 'story-geo-detail-governorates',
  detailBorders: 'story-geo-detail-borders',
} as const;
