/**
 * Where someone lives: the house-number-and-street part of an address line ("14 Heol y Coed",
 * "Flat 2, 7 Station Road", "22b Church St") and postcodes. A house number alone ("number 12")
 * is left for the forms, which ask for it; with the street name it locates a person.
 */
import type { Rule } from './rule';

const caseless = (word: string): string => [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');

/** "Flat 2, " / "Apartment 3 " before the house number belongs to the same line (any case: one rule is case-sensitive). */
const FLAT = String.raw`(?:(?:${['flat', 'fflat', 'apartment', 'apt', 'unit'].map(caseless).join('|')})\.?\s*\d{1,4}(?:\/\d{1,3})?[a-zA-Z]?\s*,?\s+)?`;
/** A house number: "7", "22b", "33A"; not a price, a time or part of a longer number. */
const NUMBER = String.raw`(?<![\p{L}\d£$.,:/-])\d{1,4}[a-zA-Z]?,?\s+`;
/** Words that show a number is a count ("2 weeks down the road"), not a house. */
const STOP = 'the|a|an|my|our|your|his|her|their|its|on|in|at|of|to|for|from|by|and|or|but|is|was|are|were|be|been|has|have|had|'
  + 'down|up|this|that|these|those|with|near|over|under|into|off|out|all|more|times?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|miles?|bins?|bags?|boxes?|am|pm|'
  + 'mph|kph|km|metres?|meters?|m|feet|ft|foot|yards?|inch|inches|tonnes?|lanes?';
const NAME_WORD = String.raw`(?!(?:${STOP})\b)[\p{L}'’.-]+`;
/** Street words that are rarely anything else, whatever the case. */
const STREET = 'road|rd|street|st|lane|ln|avenue|ave|crescent|cres|terrace|terr?|gdns|mews|boulevard|blvd|parade|pde';
/** Street words that are also everyday words ("a long drive", "green bin"): only after a capitalised name. */
const PLACE = ['Close', 'Cl', 'Drive', 'Dr', 'Way', 'Place', 'Pl', 'Gardens', 'Grove', 'Hill', 'Row', 'Walk', 'Square', 'Sq', 'Park', 'View',
  'Rise', 'Court', 'Ct', 'Green', 'Vale', 'Heights', 'Meadows', 'Meadow', 'Fields', 'Gate', 'Wharf', 'Quay', 'Yard', 'Croft', 'Chase', 'Ridge', 'Villas'];
/** Welsh street words come first: "Heol y Coed", "Clos yr Eglwys", "Lôn Isaf". */
const WELSH = 'heol|hewl|ffordd|stryd|lôn|lon|rhodfa|cilgant|teras|maes|clos|llwyn|cwrt|llys|rhes|sgwâr|sgwar|gerddi|parc|bryn|glan|bro|cae|nant|pant|ael|erw|tan y|pen y|pen yr';
const DIRECTION = String.raw`(?:\s+(?:${['east', 'west', 'north', 'south', 'upper', 'lower', 'uchaf', 'isaf'].map(caseless).join('|')}))?`;

/** A UK postcode, any case. */
// The halves may be split by a run of spaces ("SA31  1JT") or glued together.
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]) {0,3}\d[ABD-HJLNP-UW-Z]{2})\b/i;
/** A capitalised word of a place name, and what joins two ("Ffordd y Parc", "Bryn Awel, Lôn Goch"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]+`;
// A comma may stand without a space after it ("Hafan Deg,Ffordd yr Orsaf").
const JOIN = String.raw`(?:,\s*|\s+)(?:(?:y|yr)\s+)?`;
/** A capitalised word that names a street or a house, in English or Welsh. */
const HOUSE_OR_STREET = `(?:${[...PLACE, 'Road', 'Street', 'Lane', 'Avenue', 'Crescent', 'Terrace', 'Parade', 'Mews', 'Farm', 'Cottage', 'Cottages', 'House', 'Lodge',
  'Heol', 'Hewl', 'Ffordd', 'Stryd', 'Lôn', 'Lon', 'Rhodfa', 'Cilgant', 'Teras', 'Maes', 'Clos', 'Cwrt', 'Llys', 'Bryn', 'Glan', 'Nant', 'Pant', 'Ty', 'Tŷ', 'Fferm', 'Plas', 'Bwthyn'].join('|')})(?![\\p{L}'’-])`;

/** Address-line and postcode rules; the address rules run before postcodes so "…Rd, NP20 4EJ" splits cleanly. */
export const ADDRESS_RULES: readonly Rule[] = [
  {
    kind: 'address',
    pattern: new RegExp(`${FLAT}${NUMBER}(?:${NAME_WORD}\\s+){1,3}(?:${STREET})\\b\\.?${DIRECTION}(?![\\p{L}])`, 'giu'),
  },
  {
    // Case-sensitive on purpose: "2 Big Green" is an address, "2 big green bins" is not.
    kind: 'address',
    pattern: new RegExp(
      `${FLAT}${NUMBER}(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${PLACE.map(caseless).join('|')})\\b${DIRECTION}(?![\\p{L}])`,
      'gu',
    ),
  },
  {
    // One-word streets ending in -way: "4 Kingsway", "10 Broadway" (not "anyway", "halfway").
    kind: 'address',
    pattern: new RegExp(`${FLAT}${NUMBER}(?!(?:any|half|mid|some|no|every|under|out)way\\b)\\p{L}{3,}way\\b${DIRECTION}`, 'giu'),
  },
  {
    kind: 'address',
    // "Rhodfa'r Môr": the article may be glued on.
    pattern: new RegExp(`${FLAT}${NUMBER}(?:${WELSH})(?:['’]r\\s+|\\s+(?:(?:y|yr)\\s+)?)[\\p{L}'’-]+${DIRECTION}`, 'giu'),
  },
  {
    // "17 The Parade", "3 The Close": capitalised, so "2 the road" in a sentence is left alone.
    kind: 'address',
    pattern: new RegExp(`${FLAT}${NUMBER}The\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}(?:${[...PLACE, 'Parade', 'Crescent', 'Avenue', 'Terrace', 'Mews', 'Street', 'Lane'].join('|')})\\b(?![\\p{L}])`, 'gu'),
  },
  {
    // A line without a house number, straight before its postcode, when it names a street or a
    // house: "Ty Gwyn, Ffordd y Parc LL57 2DG", "Fferm Pantglas, SY20 8AD". A town alone ("Barry CF62 8QT") stays.
    kind: 'address',
    pattern: new RegExp(`(?<![\\p{L}])(?:${CAP}${JOIN}){0,3}${HOUSE_OR_STREET}(?:${JOIN}${CAP}){0,3}(?=,?\\s+${POSTCODE.source})`, 'gu'),
  },
  { kind: 'postcode', pattern: new RegExp(POSTCODE.source, 'gi') },
];
