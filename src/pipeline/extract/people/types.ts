/** The roster of named people the people collector finds, shared with the quotes collector. */

/** One place in the article where a person is named. */
export interface PersonMention {
  /** 0-based source line. */
  line: number;
  /** UTF-16 offsets into that line: `lines[line].slice(start, end) === text`. */
  start: number;
  end: number;
  /** The name as written ("Austin", "Dr. Carter", "Lloyd J. Austin III"). */
  text: string;
  /** True when the name is written as a possessive ("Austin’s"); `text` leaves the "’s" out. */
  possessive: boolean;
}

/** A named person of one article, with every mention of them. */
export interface Person {
  /** The fullest name the article gives, e.g. "Lloyd J. Austin III" or "Dr. Emily Carter". */
  name: string;
  /** The role the article gives them ("US Secretary of Defense"), or null. */
  role: string | null;
  /** The name words used to recognise shorter mentions ("Lloyd", "J.", "Austin", "III"). */
  tokens: string[];
  /** Mentions in document order. */
  mentions: PersonMention[];
}
