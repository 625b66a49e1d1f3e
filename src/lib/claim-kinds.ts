/**
 * The one registry of claim kinds: how each is named, in which order pages list it, its colour
 * and icon, whether it has a page of its own and is lined up across sources, and the letter its
 * ids start with. Pages, components, the search and the ids all read it from here, so adding a
 * kind is one entry here plus its schema and its collector. No Node APIs: the browser reads it too.
 */
import type { ClaimKind } from './schemas.ts';

/** What the site needs to know about one kind of claim. */
export interface ClaimKindInfo {
  kind: ClaimKind;
  /** Its place in page order, 0 first. */
  order: number;
  /** Capitalised, as a heading or an eyebrow: "Figure", "Figures". */
  label: string;
  labelMany: string;
  /** Lower case, one and many: "figure", "figures". */
  one: string;
  many: string;
  /** The CSS custom properties of its colour (a line) and its background (a fill). */
  colour: `--${string}`;
  background: `--${string}`;
  /** A 16 x 16 SVG path drawn in its colour beside its name. */
  icon: string;
  /** Whether each claim of the kind has its own page (`/claims/<id>/`); the others link to their comparison. */
  hasPage: boolean;
  /** Whether the compare stage lines claims of the kind up across sources (each then has a comparison). */
  compared: boolean;
  /** Marked in an article's text before the reader asks (the others are switched on in the legend). */
  markedByDefault: boolean;
  /** The first letter of its claims' ids (`f-10000-troops-0d49e358`); never changed once published. */
  idPrefix: string;
}

/**
 * Every kind. Figures and quotes are what people cite, so they have pages and are marked by
 * default; places and people are many (most mentions of "Russia"), so a page each would
 * multiply the site for no reader. Keyed by kind, so that a kind without an entry does not compile.
 */
const REGISTRY = {
  quote: {
    order: 0,
    label: 'Quote',
    labelMany: 'Quotes',
    one: 'quote',
    many: 'quotes',
    colour: '--quote',
    background: '--quote-bg',
    icon: 'M2 4h5v5c0 2-1.2 3.6-3.4 4.2l-.6-1.3C4.3 11.4 5 10.5 5 9H2zm7 0h5v5c0 2-1.2 3.6-3.4 4.2l-.6-1.3c1.3-.5 2-1.4 2-2.9H9z',
    hasPage: true,
    compared: true,
    markedByDefault: true,
    idPrefix: 'q',
  },
  figure: {
    order: 1,
    label: 'Figure',
    labelMany: 'Figures',
    one: 'figure',
    many: 'figures',
    colour: '--figure',
    background: '--figure-bg',
    icon: 'M2 14V9h3v5zm4.5 0V5h3v9zM11 14V2h3v12z',
    hasPage: true,
    compared: true,
    markedByDefault: true,
    idPrefix: 'f',
  },
  place: {
    order: 2,
    label: 'Place',
    labelMany: 'Places',
    one: 'place',
    many: 'places',
    colour: '--place',
    background: '--place-bg',
    icon: 'M8 1a5 5 0 0 0-5 5c0 3.6 5 9 5 9s5-5.4 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z',
    hasPage: false,
    compared: true,
    markedByDefault: false,
    idPrefix: 'p',
  },
  person: {
    order: 3,
    label: 'Person',
    labelMany: 'People',
    one: 'person',
    many: 'people',
    colour: '--person',
    background: '--person-bg',
    icon: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-6 7c0-3.3 2.7-5 6-5s6 1.7 6 5z',
    hasPage: false,
    compared: false,
    markedByDefault: false,
    idPrefix: 'n',
  },
} as const satisfies Record<ClaimKind, Omit<ClaimKindInfo, 'kind'>>;

type Entry<K extends keyof typeof REGISTRY> = (typeof REGISTRY)[K] & { kind: K };
type AnyEntry = { [K in keyof typeof REGISTRY]: Entry<K> }[keyof typeof REGISTRY];

/** Every kind, in the order pages list them. */
export const CLAIM_KINDS: readonly ClaimKindInfo[] = (Object.keys(REGISTRY) as ClaimKind[])
  .map((kind) => ({ ...REGISTRY[kind], kind }))
  .sort((a, b) => a.order - b.order);

/** The kinds the compare stage lines up: the `kind` of a comparison. */
export type ComparedKind = Extract<AnyEntry, { compared: true }>['kind'];
export const COMPARED_KINDS = CLAIM_KINDS.flatMap((info) => (info.compared ? [info.kind] : [])) as [
  ComparedKind,
  ...ComparedKind[],
];

/** The kinds whose claims have a page of their own. */
export type PagedKind = Extract<AnyEntry, { hasPage: true }>['kind'];

const BY_KIND = new Map(CLAIM_KINDS.map((info) => [info.kind, info]));

/** The registry entry of a kind. */
export function kindInfo(kind: ClaimKind): ClaimKindInfo {
  return BY_KIND.get(kind)!;
}

/** A kind's place in page order (0 first), for sorting. */
export function kindOrder(kind: ClaimKind): number {
  return REGISTRY[kind].order;
}

/**
 * Whether a claim has a page of its own (figures and quotes); the type narrows to those kinds.
 * Places link to their comparison and people to a search for their name instead.
 */
export function hasClaimPage<T extends { kind: string }>(claim: T): claim is T & { kind: PagedKind } {
  return claim.kind in REGISTRY && REGISTRY[claim.kind as ClaimKind].hasPage;
}
