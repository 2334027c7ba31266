/** The review server's endpoints (src/node/reviewServer.ts), as typed calls. */
import type { Article, AtlasEvent, Figure, Place } from '../../model/schema.ts';

export interface Source {
  id: string;
  published: string;
  text: string;
}

export interface Drafted {
  drafts: {
    article: Article;
    events: AtlasEvent[];
    figures: Figure[];
    skipped: { sentence: string; why: string }[];
  };
  problems: Record<string, string[]>;
  sentences: { start: number; end: number }[];
  marks: { start: number; end: number; kind: 'place' | 'day' | 'count'; note: string }[];
  places: Pick<Place, 'id' | 'name' | 'kind' | 'coordinates' | 'unit'>[];
}

export interface Records {
  source: Source;
  article: Article;
  events: AtlasEvent[];
  figures: Figure[];
}

export type Saved = ({ ok: true; message: string } | { ok: false; problems: string[] }) & {
  canUndo: boolean;
};

async function call<T>(route: string, body?: unknown): Promise<T> {
  const res = await fetch(`/__review/${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({ error: `the server answered ${res.status}` }))) as
    T | { error: string };
  if (!res.ok) throw new Error((json as { error: string }).error ?? `HTTP ${res.status}`);
  return json as T;
}

export const api = {
  start: () => call<{ source: Source | null; canUndo: boolean }>('start'),
  draft: (source: Source) => call<Drafted>('draft', source),
  check: (records: Records) => call<{ problems: Record<string, string[]> }>('check', records),
  save: (records: Records) => call<Saved>('save', records),
  undo: () => call<{ message: string; canUndo: boolean }>('undo', {}),
};
