/**
 * The English words the safeguarding rules are built from: who may be doing harm, to whom, with
 * what, where and when. Alternatives over canonical text (canonical.ts); shared by the rule files.
 */
import { any } from './rule';

/** Oneself, or the person written about. */
export const SELF = any('myself', 'himself', 'herself', 'themselves');
/** The writer, alone or with family. */
export const I_AM = any('i am', 'i', 'we are', 'we', 'me and the kids are', 'me and my kids are', 'were');
/** Whoever may be doing harm at home: partners, family, carers, landlords. */
export const PARTNER = any(
  'he', 'she', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'ex partner', 'ex husband', 'ex wife', 'dad', 'father',
  'stepdad', 'step dad', 'mum', 'mam', 'mother', 'stepmum', 'son', 'brother', 'sister', 'uncle', 'carer', 'family', 'fiance', 'other half',
  'him', 'her', 'they', 'boyfriends', 'husbands', 'partners', 'someone', 'somebody', 'people', 'grandson', 'carer', 'neighbour',
  'hes', 'shes', 'hed', 'theyve', 'man', 'bloke', 'guy', 'landlord', 'pimp',
);
/** What violence is done, in the forms people write. */
export const VIOLENCE = any(
  'hits', 'hit', 'hitting', 'beat', 'beats', 'beating', 'beaten', 'punch\\w*', 'kick\\w*', 'slap\\w*', 'strangl\\w*', 'chok\\w*', 'push\\w*',
  'shov\\w*', 'throttl\\w*', 'batter\\w*', 'abus\\w*', 'rape\\w*', 'assault\\w*', 'threaten\\w*', 'hurts', 'hurt', 'hurting', 'attack\\w*',
  'smack\\w*', 'thump\\w*', 'bash\\w*', 'grab\\w*', 'spat at', 'spits at', 'headbutt\\w*', 'throws things at', 'threw \\w+ at', 'bully\\w*',
  'bullies', 'bullied', 'stalk\\w*', 'harass\\w*', 'terroris\\w*', 'knock\\w* about', 'knocks', 'knocked', 'lays into', 'laid into', 'hurted',
  'smash\\w*', 'lock\\w*', 'throws (?:\\w+ ){1,2}at', 'threw (?:\\w+ ){1,2}at', 'goes for', 'went for', 'bit', 'bites', 'burnt', 'burns', 'drag\\w*', 'pin\\w* down', 'pinned',
);
/** Who violence is done to, in a report by the person or about someone close. */
export const VICTIM = any('me', 'us', 'mum', 'my mum', 'our mum', 'mam', 'my mam', 'her', 'him', 'them', 'my sister', 'my nan', 'my gran', 'my dad', 'our dad', 'my wife', 'my brother', 'me and');
/** Children, by every word people use for them. */
export const CHILD = any(
  'child', 'children', 'kid', 'kids', 'kiddies', 'baby', 'babies', 'toddler', 'toddlers', 'son', 'sons', 'daughter', 'daughters', 'boy',
  'boys', 'girl', 'girls', 'teen', 'teens', 'teenager', 'teenagers', 'grandson', 'granddaughter', 'grandkids', 'grandchildren', 'grandchild',
  'niece', 'nephew', 'little one', 'little ones', 'lad', 'stepson', 'stepdaughter', 'step son', 'step daughter', 'pupil', 'youngster',
  'youngsters', 'infant', 'newborn', '\\d{1,2} ?(?:year old|yr old|yrs old|years old|yo|yr)', 'year olds', 'little girl', 'little boy', 'nipper',
  'little sis', 'little sister', 'little brother', 'baby brother', 'baby sister', 'younger brother', 'younger sister', 'small boy', 'small girl',
  'small child', 'young boy', 'young girl', 'young child', 'only \\d{1,2}', 'aged \\d{1,2}', 'age \\d{1,2}', 'sons', 'kiddo',
);
/** What is done to a child at risk; said before the child ("he hits the kids"), since a child can do these things too. */
export const CHILD_HARM_DONE = any(
  'hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'hurts', 'hurting', 'abus\\w*', 'kick\\w*', 'punch\\w*', 'slap\\w*',
  'smack\\w*', 'shak\\w*', 'burns', 'burnt', 'starv\\w*', 'neglect\\w*', 'groom\\w*', 'exploit\\w*', 'molest\\w*', 'strangl\\w*',
  'chok\\w*', 'throttl\\w*', 'batter\\w*', 'belt\\w*', 'whack\\w*', 'thump\\w*', 'lock\\w* up', 'screams at', 'threaten\\w*', 'touches', 'baths',
);
/** The signs of a child at risk, in either order around the child: neglect, injuries, exploitation. */
export const CHILD_HARM = any(
  'beaten', 'being hit', 'gets hit', 'getting hit', 'hit him', 'hit her', 'hits him', 'hits her', 'abused', 'neglected', 'groomed', 'exploited',
  'hitting (?:it|him|her|them)', 'shaking (?:it|him|her)', 'shook (?:it|him|her)', 'sex offenders? register', 'on his lap', 'sit on his lap',
  'comes? (?:in|into) my room', 'in my room at night', 'pictures of (?:her|him)', 'photos of (?:her|him)', 'keep (?:it|this) (?:a |their |our )?secret',
  'no coat', 'out at \\d+ ?am', 'till midnight', 'until midnight', 'through the bins', 'looking for (?:his|her|their) mum', 'crying for (?:two|three|2|3|\\d+) days',
  'nobody answers', 'in (?:his|her) pants', 'off their heads', 'lock (?:their|the|him|her) \\w+ in', 'hasnt been home', 'not been home', 'missing',
  'dealers', 'babysit', 'threatened to take', 'comes? (?:in|into) (?:her|his|their) room', 'crying for hours', 'havent seen (?:the|her|his|their) (?:mum|mother|parents|dad)',
  'asking (?:her|him) to meet', 'sending (?:her|him) messages', 'man online', 'men online', 'through (?:our|the|my) bins', 'looking for food', 'men in cars',
  'picking (?:her|him) up', 'locks the door', 'past midnight', 'unwashed', 'not attended school', 'not been to school', 'go(?:es)? out drinking', 'sex offender',
  'left in (?:a|the) car', 'not to tell anyone', 'told (?:her|him) not to tell', 'showed (?:her|him) (?:stuff|things|videos|pictures)', 'goes out every night',
  'made to carry', 'carry(?:ing)? parcels', 'wetting the bed', 'round burns', 'vanishing for days', 'missing for days', 'goes missing', 'wad of cash',
  'train tickets', 'offences against', 'conviction for', 'convicted of', 'left in the house', 'on (?:his|her|their) own all day', 'bump on the head',
  'not the first time', 'never goe?s? to school', 'not their (?:daughter|son|child)', 'at a mans', 'a mans (?:flat|house)', 'year olds (?:house|flat)',
  'man in his (?:20s|30s|40s|50s|twenties|thirties|forties)', 'his girlfriend', 'sores', 'nits', 'no electric\\w*', 'no heating', 'turns up drunk',
  'drives drunk', 'drink driv\\w*', 'with anyone', 'out using', 'handing out sweets', 'hanging (?:round|around) the school', 'hides food', 'to take home for',
  'bitten', 'foster home', 'offered (?:her|him) a place', 'ran off from', 'secret game', 'hasnt been out of the house', 'dont hear it cry',
  'begs me not to', 'hides under (?:her|his) bed', 'in (?:her|his|their) pyjamas', 'nobodys? come looking', 'at \\d+ at night', 'whos (?:1[89]|[2-5]\\d)',
  'picks her up in his car', 'buys her', 'hand shaped mark', 'comes in hungry', 'same clothes', 'no food in', 'mum is asleep', 'thud', 'shouting shut up',
  'sleeping in (?:my|her|his) \\w+ room', 'gone (?:really )?quiet', 'touches (?:her|him)', 'its a secret', 'with whoever', 'some bloke', 'not to tell',
  'something to make them sleep', 'floppy', 'dozy', 'in the shed', 'rotten teeth', 'head lice', 'sleeps on the floor', 'never been treated',
  'hold stuff', 'to hold (?:stuff|things|packages)', 'out of it', 'never stops crying', 'met online', 'doesnt want to go home', 'flinches',
  'food in (?:her|his) pockets', 'stuffing food',
  'starving', 'locked in', 'locked out', 'left alone', 'home alone',
  'on their own', 'by themselves', 'unattended', 'alone all', 'alone every', 'alone at night', 'alone overnight', 'not fed', 'not been fed',
  'not eaten', 'hasnt eaten', 'has not eaten', 'no food', 'scavenging', 'asking for food', 'asking for bread', 'begging for food', 'hungry all',
  'covered in bruises', 'bruises', 'bruised', 'bruising', 'black eye', 'cut lip', 'split lip', 'sound of blows', 'blows', 'being hit', 'being hurt',
  'being abused', 'being beaten', 'sexually', 'in danger', 'at risk', 'not safe', 'unsafe', 'filthy', 'out at all hours', 'no adults?',
  'nobody looking after', 'no one looking after', 'passed out', 'off (?:her|his) face', 'terrified of (?:him|her|them|their|his|going home|dad|mum)', 'scared to go home', 'keep (?:it|this) (?:a )?secret',
  'keep it between', 'secret from', 'gifts', 'presents and', 'lifts', 'grown man', 'older men', 'older man', 'older lads', 'old bloke', 'old man',
  'selling gear', 'selling drugs', 'carry drugs', 'carrying drugs', 'running drugs', 'county lines', 'drug dealing', 'snapchat', 'being used',
  'touching', 'touched', 'sexual', 'nude', 'nudes', 'wandering', 'in (?:the )?(?:road|canal|river)', 'screaming in pain',
);
/** Medicines and poisons people take in an overdose. */
export const DRUGS = any(
  'tablets', 'pills', 'paracetamol', 'ibuprofen', 'medication', 'medicine', 'antidepressants', 'painkillers', 'codeine', 'tramadol',
  'diazepam', 'insulin', 'sertraline', 'citalopram', 'fluoxetine', 'co codamol', 'cocodamol', 'aspirin', 'capsules', 'prescription',
  'methadone', 'pregabalin', 'gabapentin', 'sleeping pills', 'sleepers', 'meds', 'morphine', 'oxycodone', 'lithium', 'propranolol',
  'amitriptyline', 'mirtazapine', 'zopiclone', 'bleach', 'antifreeze', 'weed killer', 'weedkiller', 'pill', 'tablet', 'medicine cabinet',
);
/** High places and lines people go to when they mean to end their life. */
export const HEIGHT = any('bridge', 'ledge', 'roof', 'railway', 'railway line', 'train tracks?', 'tracks', 'cliffs?', 'balcony', 'platform edge', 'edge', 'parapet', 'car park roof', 'top floor', 'multi storey', 'multistorey', 'viaduct', 'flyover', 'motorway bridge', 'footbridge', 'level crossing', 'crossing');
/** How much: the amounts that make taking something an overdose. */
export const LOTS = any(
  'all', 'all of', 'the whole', 'a whole', 'whole', 'a lot of', 'loads of', 'lots of', 'load of', 'too many', 'a handful', 'handfuls',
  'a bottle', 'a box', 'a packet', 'packets', 'boxes', 'a months', 'every', 'both', '\\d{2,}', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'hundred', 'a strip', 'strips', 'double', 'triple', 'extra', 'way more', 'more than', 'the rest of', 'rest of', 'every single', 'the lot',
  'far too much', 'too much', 'way too much',
);
/** Having taken something. */
export const TAKEN = any('taken', 'took', 'take', 'taking', 'swallowed', 'swallow', 'necked', 'downed', 'popped', 'had', 'eaten', 'ate', 'drank', 'drunk', 'done', 'injected', 'injecting', 'used');
/** Where someone is when they are about to fall or be hit: a high place, the wrong side of a barrier, the line. */
export const EDGE = any('outside of the railings', 'outside the railings', 'wrong side of', 'over the railings', 'over the barrier', 'right on the edge', 'on the edge of the', 'leaning over', 'leaning forward');
/** Words for now and today. */
export const NOW = any('tonight', 'today', 'this morning', 'this evening', 'this afternoon', 'right now', 'now', 'just now', 'just');
