/**
 * The drafts file: records drafted from a new article (npm run draft), in the data's own
 * schema, kept apart from the checked data until they are promoted.
 */
import * as v from 'valibot';
import { ArticleSchema, EventSchema, FigureSchema } from './schema.ts';

export const DRAFTS_FILE = 'data/drafts.json';

export const DraftsFileSchema = v.object({
  articles: v.array(ArticleSchema),
  events: v.array(EventSchema),
  figures: v.array(FigureSchema),
});
export type DraftsFile = v.InferOutput<typeof DraftsFileSchema>;
