/**
 * Verbs that report what someone said, estimated or put out. General English news usage,
 * gathered by hand for this project from the reporting verbs of English grammars and news copy
 * ("say", "tell", "claim", "estimate"); no story's words. Lower case; lists are wrapped lines of
 * words (prettier-ignore), since one word a line would make them ten times longer.
 */

/** Finite verbs that attribute words to someone: "said", "told", "warned". */
// prettier-ignore
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'noted', 'notes', 'asked', 'asks', 'warned', 'warns',
  'stated', 'states', 'explained', 'explains', 'acknowledged', 'acknowledges', 'argued', 'argues', 'insisted',
  'insists', 'claimed', 'claims', 'continued', 'continues', 'wrote', 'writes', 'declared', 'declares', 'announced',
  'announces', 'remarked', 'remarks', 'replied', 'replies', 'responded', 'responds', 'urged', 'urges', 'described',
  'describes', 'called', 'calls', 'expressed', 'expresses', 'suggested', 'suggests', 'indicated', 'indicates',
  'confirmed', 'confirms', 'stressed', 'stresses', 'emphasized', 'emphasizes', 'emphasised', 'emphasises',
  'cautioned', 'cautions', 'predicted', 'predicts', 'recalled', 'recalls', 'conceded', 'concedes', 'admitted',
  'admits', 'complained', 'complains', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges', 'testified',
  'testifies', 'posted', 'tweeted', 'commented', 'comments', 'observed', 'observes', 'concluded', 'concludes',
  'reiterated', 'reiterates', 'affirmed', 'affirms', 'maintained', 'maintains', 'repeated', 'repeats', 'boasted',
  'joked', 'quipped', 'mused', 'denied', 'denies', 'contended', 'contends', 'countered', 'counters', 'alleged',
  'alleges', 'charged', 'asserted', 'asserts', 'shouted', 'yelled', 'whispered', 'pointed', 'reported', 'reports',
  'tell', 'claim', 'disclosed', 'discloses', 'revealed', 'reveals', 'cited', 'cites', 'briefed', 'informed',
];

/** Participles that continue an attribution to the sentence's subject: ", adding that ...". */
// prettier-ignore
export const SPEECH_PARTICIPLES: readonly string[] = [
  'adding', 'saying', 'noting', 'warning', 'stating', 'telling', 'arguing', 'insisting', 'explaining', 'claiming',
  'asking', 'describing', 'calling', 'urging', 'stressing', 'emphasizing', 'emphasising', 'acknowledging',
  'reporting', 'announcing', 'confirming', 'writing', 'alleging', 'citing', 'asserting',
];

/** Verbs by which a source gives a figure without quoting anyone: "estimated", "assessed", "believes". */
// prettier-ignore
export const ESTIMATE_VERBS: readonly string[] = [
  'estimate', 'estimates', 'estimated', 'estimating', 'assess', 'assessed', 'assesses', 'assessing', 'calculated',
  'calculates', 'counted', 'counts', 'projected', 'projects', 'believe', 'believes',
];

/** Speech verbs whose subject is not, by saying so, the source of a figure: "urged", "called for", "denied", "joked". */
// prettier-ignore
export const NOT_SOURCE_SPEECH_VERBS: readonly string[] = [
  'asked', 'asks', 'asking', 'urged', 'urges', 'urging', 'called', 'calls', 'calling', 'promised', 'promises',
  'vowed', 'vows', 'pledged', 'pledges', 'denied', 'denies', 'joked', 'quipped', 'mused', 'shouted', 'yelled',
  'whispered', 'boasted', 'complained', 'complains', 'cautioned', 'cautions', 'countered', 'counters', 'charged',
  'continued', 'continues', 'pointed', 'expressed', 'expresses', 'described', 'describes', 'describing', 'posted',
  'tweeted', 'commented', 'comments', 'remarked', 'remarks', 'recalled', 'recalls', 'replied', 'replies',
  'responded', 'responds',
];

/** Verbs that pass on information only with an object that carries it: "released images", "gave figures". */
// prettier-ignore
export const INFORMATION_VERBS: readonly string[] = [
  'released', 'releases', 'releasing', 'published', 'publishes', 'publishing', 'issued', 'issues', 'issuing',
  'provided', 'provides', 'providing', 'shared', 'shares', 'sharing', 'presented', 'presents', 'presenting',
  'showed', 'shows', 'showing', 'gave', 'gives', 'giving', 'put', 'puts', 'putting', 'offered', 'offers',
];

/** Objects that make an information verb a source: "images", "figures", "estimates". */
// prettier-ignore
export const INFORMATION_OBJECTS: readonly string[] = [
  'images', 'image', 'photos', 'photographs', 'pictures', 'footage', 'video', 'videos', 'data', 'figures',
  'figure', 'numbers', 'number', 'details', 'estimates', 'estimate', 'statistics', 'report', 'reports',
  'statement', 'statements', 'assessment', 'assessments', 'information', 'intelligence', 'evidence', 'documents',
  'document', 'toll', 'total', 'count', 'tally', 'tallies', 'briefing',
];
