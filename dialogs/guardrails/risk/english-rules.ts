/**
 * Safeguarding rules for English (and the English half of code-switched messages), one list
 * per kind of risk. Written for the kind of message, not for particular examples: each rule
 * is a way people say a thing (an act and who it is done to, a wish and what it is for),
 * with gaps for the words people put in between.
 */
import { any, gap, re, rules, type RiskRule } from './rule';

const SELF = any('myself', 'himself', 'herself', 'themselves');
const I_AM = any('i am', 'i', 'we are', 'we', 'me and the kids are', 'me and my kids are', 'were');
const PARTNER = any(
  'he', 'she', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'ex', 'ex partner', 'ex husband', 'ex wife', 'dad', 'father',
  'stepdad', 'step dad', 'mum', 'mam', 'mother', 'stepmum', 'son', 'brother', 'sister', 'uncle', 'carer', 'family', 'fiance', 'other half',
  'him', 'her', 'they', 'boyfriends', 'husbands', 'partners',
);
const VIOLENCE = any(
  'hits', 'hit', 'hitting', 'beat', 'beats', 'beating', 'beaten', 'punch\\w*', 'kick\\w*', 'slap\\w*', 'strangl\\w*', 'chok\\w*', 'push\\w*',
  'shov\\w*', 'throttl\\w*', 'batter\\w*', 'abus\\w*', 'rape\\w*', 'assault\\w*', 'threaten\\w*', 'hurts', 'hurt', 'hurting', 'attack\\w*',
  'smack\\w*', 'thump\\w*', 'bash\\w*', 'grab\\w*', 'spat at', 'spits at', 'headbutt\\w*', 'throws things at', 'threw \\w+ at', 'bully\\w*',
  'bullies', 'bullied', 'stalk\\w*', 'harass\\w*', 'terroris\\w*', 'knock\\w* about', 'knocks', 'knocked', 'lays into', 'laid into', 'hurted',
);
const CHILD = any(
  'child', 'children', 'kid', 'kids', 'kiddies', 'baby', 'babies', 'toddler', 'toddlers', 'son', 'sons', 'daughter', 'daughters', 'boy',
  'boys', 'girl', 'girls', 'teen', 'teens', 'teenager', 'teenagers', 'grandson', 'granddaughter', 'grandkids', 'grandchildren', 'grandchild',
  'niece', 'nephew', 'little one', 'little ones', 'lad', 'stepson', 'stepdaughter', 'step son', 'step daughter', 'pupil', 'youngster',
  'youngsters', 'infant', 'newborn', '\\d{1,2} year old', '\\d{1,2} yr old', '\\d{1,2} yo', 'year olds', 'little girl', 'little boy', 'nipper',
);
const DRUGS = any(
  'tablets', 'pills', 'paracetamol', 'ibuprofen', 'medication', 'medicine', 'antidepressants', 'painkillers', 'codeine', 'tramadol',
  'diazepam', 'insulin', 'sertraline', 'citalopram', 'fluoxetine', 'co codamol', 'cocodamol', 'aspirin', 'capsules', 'prescription',
  'methadone', 'pregabalin', 'gabapentin', 'sleeping pills', 'sleepers', 'meds', 'morphine', 'oxycodone', 'lithium', 'propranolol',
  'amitriptyline', 'mirtazapine', 'zopiclone', 'bleach', 'antifreeze', 'weed killer', 'weedkiller',
);
const LOTS = any(
  'all', 'all of', 'the whole', 'a whole', 'whole', 'a lot of', 'loads of', 'lots of', 'load of', 'too many', 'a handful', 'handfuls',
  'a bottle', 'a box', 'a packet', 'packets', 'boxes', 'a months', 'every', 'both', '\\d{2,}', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'hundred', 'a strip', 'strips', 'double', 'triple', 'extra', 'way more', 'more than',
);
const TAKEN = any('taken', 'took', 'take', 'taking', 'swallowed', 'swallow', 'necked', 'downed', 'popped', 'had', 'eaten', 'ate', 'drank', 'drunk', 'done');
const NOW = any('tonight', 'today', 'this morning', 'this evening', 'this afternoon', 'right now', 'now', 'just now', 'just');

/** English rules, most urgent kinds first. */
export const ENGLISH_RULES: RiskRule[] = [
  ...rules('danger', 'clear', [
    [re(TAKEN, ' ', gap(4), LOTS), re(DRUGS)],
    re('overdos\\w*'),
    re(any('taken', 'took', 'done', 'had'), ' an od'),
    re(any('going to', 'about to', 'ready to', 'want to', 'will', 'planning to', 'plan to', 'gonna', 'i am'), ' ', gap(1), any('jump', 'jumping', 'throw myself', 'step', 'walk', 'drive', 'crash'), ' ', gap(3), any('off', 'from', 'in front', 'into', 'under', 'onto', 'out of')),
    re(any('standing', 'stood', 'sat', 'sitting', 'up', 'stand'), ' on ', gap(3), any('bridge', 'ledge', 'roof', 'railway', 'train tracks?', 'tracks', 'cliff', 'balcony', 'platform edge', 'edge of')),
    re(any('noose', 'rope', 'ligature', 'belt', 'cord'), ' ', gap(3), any('ready', 'set up', 'tied', 'round my neck', 'around my neck', 'up in', 'from the')),
    re(any('cut', 'slit', 'slashed', 'slashing', 'opened', 'cutting', 'slitting'), ' ', any('my', 'his', 'her'), ' ', any('wrists?', 'throat', 'arteries', 'veins')),
    re('bleeding ', any('a lot', 'heavily', 'loads', 'badly', 'everywhere', 'wont stop', 'will not stop', 'really bad', 'so much', 'out')),
    re(any('wont', 'will not', 'cant', 'cannot'), ' stop ', gap(1), 'bleeding'),
    re(any('unconscious', 'not breathing', 'isnt breathing', 'stopped breathing', 'turning blue', 'lips are blue', 'having a fit', 'gone blue')),
    re(any('cant', 'cannot'), ' wake ', any('him', 'her', 'them', 'my', 'mum', 'dad', 'up')),
    re(any('attacking', 'stabbing', 'stabbed', 'strangling', 'choking', 'trying to kill', 'trying to strangle'), ' ', any('me', 'us', 'my', 'her', 'him', 'them')),
    re(any('has', 'got', 'with', 'holding', 'waving', 'pulled'), ' ', any('a ', ''), any('knife', 'gun', 'weapon', 'machete', 'hammer')),
    re(any('call', 'need', 'send', 'get'), ' ', any('an ambulance', 'ambulance', 'help now', 'help quick')),
    re(I_AM, ' ', any('in', 'at'), ' ', gap(1), any('danger', 'risk of dying')),
    re(I_AM, ' ', any('not', 'dont feel', 'do not feel', 'never feel', 'not feeling'), ' safe', '(?! (?:at home|in my|in the house|with him|with her|around him|around her|living with))'),
    re(any('smell', 'smells', 'smelling'), ' ', gap(1), 'gas'),
    re(any('gas leak', 'carbon monoxide')),
    re('going to die'),
  ]),
  ...rules('suicide', 'clear', [
    re(any('kill', 'killing', 'killed', 'kil', 'end', 'ending', 'top', 'topping', 'off', 'offing', 'hang', 'hanging', 'hung', 'drown', 'drowning', 'shoot', 'shooting', 'gas', 'gassing', 'poison', 'poisoning', 'do away with'), ' ', gap(2), SELF),
    re('suicid\\w*'),
    re(any('end', 'ending', 'take', 'taking', 'took'), ' ', any('it all', 'my own life', 'my life', 'everything', 'things', 'his life', 'her life', 'their life', 'his own life', 'her own life')),
    re(any('want', 'wanted', 'wants', 'wanting', 'wish', 'wished', 'going', 'ready', 'plan', 'planning', 'planned', 'about', 'decided', 'tempted', 'like', 'would rather', 'rather', 'prefer', 'better'), ' ', gap(1), any('to ', ''), any('die', 'be dead', 'end it', 'not be here', 'not exist', 'not wake up', 'disappear for good', 'disappear forever', 'stop existing', 'go to sleep forever', 'sleep forever', 'never wake up', 'be gone', 'not be alive')),
    re('wish ', gap(1), any('i was', 'i were', 'i had', 'i would', 'i could', 'i am', 'i', 'id'), ' ', gap(1), any('dead', 'die', 'never been born', 'not here', 'not alive', 'gone', 'disappear', 'not wake up', 'never wake up', 'never born')),
    re(any('dont', 'do not', 'didnt', 'no longer', 'not', 'never'), ' ', gap(1), any('want', 'wish', 'wanting'), ' to ', any('live', 'be alive', 'be here anymore', 'exist', 'wake up', 'go on', 'carry on', 'be around', 'see tomorrow', 'keep going', 'be here', 'be on this earth')),
    re('better off ', any('dead', 'without me', 'if i', 'with me gone', 'gone')),
    re(any('better', 'happier', 'easier'), ' ', gap(2), 'without me'),
    re(any('no', 'nothing', 'dont see', 'cant see', 'not any', 'whats the', 'what is the', 'there is no', 'theres no', 'lost'), ' ', gap(1), any('point', 'reason', 'purpose', 'will'), ' ', gap(1), any('living', 'life', 'being alive', 'going on', 'carrying on', 'me being here', 'being here', 'waking up', 'to live', 'in me', 'of me', 'existing', 'to go on')),
    re(any('nobody', 'no one', 'none of them', 'no body'), ' ', gap(3), any('notice', 'care', 'miss me', 'mind', 'know', 'cry'), ' ', gap(4), any('gone', 'dead', 'died', 'disappeared', 'not here', 'not around', 'wasnt here', 'wasnt around', 'if i', 'when i')),
    re(any('goodbye', 'bye', 'farewell'), ' ', any('everyone', 'all', 'forever', 'world', 'for good', 'cruel world', 'for ever', 'to everyone')),
    re('this is ', any('goodbye', 'my goodbye', 'my last message', 'my last text', 'the end for me', 'the last time')),
    re(any('giving', 'given', 'give', 'gave'), ' ', gap(2), any('my', 'me', 'all my'), ' ', gap(1), any('stuff', 'things', 'belongings', 'possessions', 'pets', 'cat', 'dog'), ' away'),
    re(any('giving', 'given', 'gave'), ' away ', any('all my', 'my')),
    re(any('written', 'wrote', 'writing', 'left'), ' ', any('a', 'my', 'the'), ' ', any('note', 'letter', 'goodbye'), ' ', any('for', 'to'), ' ', any('my', 'the'), ' ', any('kids', 'family', 'children', 'mum', 'wife', 'husband', 'partner', 'parents', 'son', 'daughter')),
    re(any('life', 'living', 'it'), ' ', any('is not', 'isnt', 'aint', 'is no longer', 'not'), ' worth ', any('living', 'it anymore', 'the effort', 'carrying on', 'going on')),
    re('not worth living'),
    re(any('wont', 'will not', 'not going to'), ' be ', any('here', 'around', 'alive'), ' ', any('tomorrow', 'much longer', 'for long', 'by', 'anymore', 'to see', 'in the morning', 'next week')),
    re(any('go to sleep', 'fall asleep', 'sleep', 'close my eyes'), ' and ', any('never', 'not'), ' wake'),
    re(any('hope', 'hoping', 'pray', 'praying'), ' ', any('i ', ''), any('dont', 'do not', 'never', 'wont'), ' wake up'),
    re(any('want', 'wanted', 'need', 'wish', 'just want'), ' ', any('it', 'everything', 'this', 'all this', 'the pain', 'things', 'it all', 'the world', 'my life'), ' ', any('all ', ''), 'to ', any('stop', 'end', 'be over', 'go away'), any(' for good', ' forever', ' now', '')),
    re(any('cant', 'cannot', 'can not', 'could not', 'couldnt', 'unable to'), ' ', any('go on', 'carry on', 'keep going', 'do this anymore', 'do it anymore', 'live like this', 'face tomorrow', 'face another day', 'face it anymore', 'take it anymore', 'take anymore', 'take any more', 'take this anymore', 'cope anymore', 'cope any more', 'cope any longer', 'cope with life', 'cope with anything', 'cope with it all', 'cope with everything', 'do life')),
    re(any('thought', 'thinking', 'thoughts', 'think', 'thinkin'), ' ', any('about', 'of', 'bout'), ' ', any('ending it', 'ending things', 'ending my life', 'ending everything', 'ending it all', 'not being here', 'not being around', 'dying', 'killing', 'taking my', 'taking all', 'death', 'jumping', 'walking into')),
    re(any('walk', 'walking', 'wade', 'swim'), ' ', gap(1), any('into the sea', 'into the river', 'into the water', 'out to sea', 'in front of')),
    re('say', any('ing', ''), ' ', any('my goodbyes', 'goodbye to everyone', 'goodbye to my')),
    re(any('life', 'living'), ' is ', any('pointless', 'not worth it', 'meaningless', 'over')),
    re(any('i want', 'i wanna', 'want'), ' ', any('out', 'it over', 'to go to sleep and not')),
  ]),
  ...rules('self-harm', 'clear', [
    re(any('cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'hurt', 'hurting', 'harm', 'harming', 'harmed', 'scratch', 'scratching', 'scratched', 'hit', 'hitting', 'punch', 'punching', 'punched', 'bang', 'banging', 'bash', 'bashing', 'starve', 'starving', 'starved', 'bite', 'biting', 'pinch', 'pinching', 'carve', 'carving', 'carved', 'stab', 'stabbing', 'slash', 'slashing', 'mutilat\\w*', 'injure', 'injuring', 'punish', 'punishing', 'ripping', 'pick', 'picking'), ' ', gap(1), SELF),
    re('self ?', any('harm\\w*', 'injur\\w*', 'mutilat\\w*')),
    re(any('urge', 'urges', 'want', 'wanted', 'wanting', 'need', 'itch', 'itching', 'tempted', 'craving', 'desperate'), ' ', gap(1), any('to ', ''), any('cut', 'hurt myself', 'harm', 'burn myself', 'punish myself', 'use the blade', 'use a blade')),
    re(any('relapsed', 'relapse', 'clean for', 'been clean', 'months clean', 'weeks clean', 'days clean'), ' ', gap(6), any('cutting', 'cut', 'self harm', 'harming', 'blade', 'razor')),
    re(any('cuts', 'scars', 'wounds', 'marks', 'burns', 'slashes', 'gashes', 'slices', 'lines', 'fresh cuts'), ' ', any('on', 'all over', 'up', 'down', 'across'), ' ', any('my', 'his', 'her', 'their', 'both'), ' ', any('arms?', 'legs?', 'wrists?', 'thighs?', 'stomach', 'body', 'skin', 'hips?')),
    re(any('my', 'his', 'her'), ' ', any('arms?', 'legs?', 'wrists?', 'thighs?'), ' ', any('are', 'is'), ' ', gap(2), any('cuts', 'scars', 'scarred', 'slashed', 'cut up')),
    re(any('cut', 'cutting', 'slice', 'slicing', 'sliced', 'took a blade to', 'taking a blade to', 'blade to', 'razor to', 'burnt', 'burning', 'burned', 'scratching', 'scratched'), ' ', any('my', 'his', 'her', 'their'), ' ', any('arms?', 'legs?', 'wrists?', 'thighs?', 'skin', 'stomach', 'hips?')),
    re(any('razor', 'razors', 'blade', 'blades', 'sharpener'), ' ', gap(4), any('arm', 'arms', 'leg', 'legs', 'wrist', 'thigh', 'skin', 'myself', 'again', 'cut')),
    re(any('hurt', 'harm', 'cut'), ' myself ', any('again', 'on purpose', 'deliberately')),
  ]),
  ...rules('child', 'clear', [
    re(any('hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'hurts', 'hurt', 'hurting', 'abus\\w*', 'kick\\w*', 'punch\\w*', 'slap\\w*', 'smack\\w*', 'shak\\w*', 'burns', 'burnt', 'burned', 'starv\\w*', 'neglect\\w*', 'groom\\w*', 'exploit\\w*', 'touch\\w*', 'molest\\w*', 'strangl\\w*', 'chok\\w*', 'throttl\\w*', 'lock\\w*', 'batter\\w*', 'threaten\\w*', 'belt\\w*', 'whack\\w*', 'thump\\w*'), ' ', gap(3), CHILD),
    re(CHILD, ' ', gap(5), any('left alone', 'left home alone', 'home alone', 'on their own all', 'on his own all', 'on her own all', 'alone all', 'alone every', 'alone at night', 'alone for', 'alone overnight', 'locked in', 'locked out', 'not fed', 'not been fed', 'hungry all', 'starving', 'covered in bruises', 'bruises', 'bruised', 'black eye', 'being hit', 'being hurt', 'being abused', 'being beaten', 'beaten', 'abused', 'neglected', 'groomed', 'exploited', 'sexually', 'in danger', 'at risk', 'not safe', 'unsafe', 'filthy', 'out at all hours', 'running drugs', 'county lines', 'dealing', 'older men', 'older man', 'scared of', 'terrified of', 'afraid of', 'scared to go home', 'self harm\\w*', 'hit him', 'hit her', 'hits him', 'hits her', 'hurts him', 'hurts her', 'beats him', 'beats her', 'smacks', 'with no food', 'no food', 'no heating', 'wandering')),
    re(any('scared', 'afraid', 'frightened', 'terrified', 'fear'), ' ', any('for', 'about'), ' ', gap(3), CHILD),
    re(any('child', 'children', 'kid', 'kids'), ' ', any('abuse', 'neglect', 'protection', 'exploitation', 'sexual exploitation', 'cruelty', 'abuser')),
    re(any('groomed', 'grooming', 'county lines', 'paedophile', 'pedo', 'nonce', 'child sexual')),
    [re(any('violent', 'aggressive', 'dangerous', 'drunk and', 'kicks off', 'loses it', 'rages'), ''), re(CHILD)],
    [re(any('bruises', 'bruised', 'black eye', 'burn marks', 'marks on')), re(CHILD)],
  ]),
  ...rules('abuse', 'clear', [
    re(PARTNER, ' ', gap(3), VIOLENCE, ' ', any('me', 'us', 'mum', 'my mum', 'my mam', 'mam', 'me and')),
    re(any('being', 'been', 'getting', 'got', 'was', 'were', 'am', 'is', 'keep getting'), ' ', any('abused', 'hit', 'beaten', 'beaten up', 'battered', 'raped', 'assaulted', 'strangled', 'choked', 'attacked', 'threatened', 'stalked', 'controlled', 'hurt by', 'kicked', 'punched', 'slapped', 'pushed')),
    re(any('domestic', 'sexual', 'financial', 'emotional'), ' ', any('abuse', 'violence', 'abuser', 'assault')),
    re(any('coercive', 'coercion', 'abuser', 'raped', 'rape')),
    re(any('controlling', 'abusive', 'violent'), ' ', any('partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'relationship', 'ex', 'man', 'behaviour', 'marriage', 'home', 'dad', 'father', 'son')),
    re(any('scared', 'afraid', 'frightened', 'terrified', 'petrified', 'fear', 'fearful', 'scared stiff'), ' ', any('of', 'to'), ' ', gap(1), any('him', 'her', 'them', 'my partner', 'my husband', 'my wife', 'my boyfriend', 'my girlfriend', 'my ex', 'my dad', 'my father', 'my stepdad', 'my son', 'my brother', 'go home', 'go back', 'going home', 'going back', 'be at home', 'be in the house', 'what he', 'what she', 'leave', 'be alone with')),
    re(any('not', 'dont feel', 'never feel', 'do not feel', 'never'), ' safe ', any('at home', 'in my own home', 'in my home', 'in my house', 'in my flat', 'in my own house', 'in the house', 'with him', 'with her', 'with my', 'around him', 'around her', 'living with')),
    re(any('wont', 'doesnt', 'does not', 'will not', 'never', 'not allowed to', 'dont'), ' ', any('let me ', ''), any('leave', 'go out', 'see my', 'see friends', 'see family', 'have money', 'have any money', 'have my', 'out of his sight', 'talk to', 'use my', 'speak to')),
    re(any('he', 'she', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend'), ' ', gap(2), any('takes', 'took', 'keeps', 'controls', 'has taken', 'checks', 'monitors', 'tracks'), ' ', any('all ', ''), any('my', 'the', 'me'), ' ', any('money', 'bank card', 'card', 'phone', 'wages', 'benefits', 'passport', 'keys', 'finances', 'messages', 'everything')),
    re(any('threatening', 'threatened', 'threatens', 'says he will', 'said he would', 'said he will', 'says she will', 'said she would', 'says hell', 'said hed', 'swears he will'), ' ', gap(1), any('to ', ''), any('kill', 'hurt', 'burn', 'take the kids', 'take my kids', 'beat', 'stab', 'shoot', 'do me in', 'end me', 'finish me', 'come round', 'smash')),
    re(any('going to', 'gonna', 'will', 'wants to', 'tried to', 'try to'), ' ', any('kill', 'hurt', 'hit', 'attack', 'strangle', 'stab'), ' ', any('me', 'us'), '(?! (?:if|when|for|lol|haha))'),
    re(any('ex', 'he', 'she', 'him'), ' ', gap(2), any('outside', 'at the door', 'banging on', 'turning up', 'following me', 'watching the house', 'watching me', 'sending threats', 'wont leave me alone', 'tracking me', 'found out where i live', 'broke in', 'breaking in', 'kicked the door')),
    re(any('forced', 'forcing', 'forces', 'made', 'makes', 'pressured', 'pressures'), ' me ', gap(1), any('to have sex', 'have sex', 'sleep with', 'into sex', 'do things')),
    [re(any('black eye', 'bruises', 'bruised', 'split lip', 'broken nose', 'strangle marks')), re(PARTNER)],
    re(any('hiding', 'hid', 'locked myself', 'barricaded'), ' ', any('in', 'from'), ' ', gap(2), any('bathroom', 'room', 'bedroom', 'toilet', 'him', 'her')),
    re('restraining order'),
    re(any('non molestation', 'refuge', 'womens aid', 'safe house')),
  ]),
  ...rules('homeless', 'clear', [
    re(any('i am', 'we are', 'i have been', 'we have been', 'been made', 'made', 'am', 'me and the kids are', 'going to be', 'will be', 'about to be', 'basically', 'now', 'were', 'officially', 'literally', 'practically', 'be', 'become', 'becoming', 'street'), ' ', gap(1), 'homeless'),
    re(any('nowhere', 'no where', 'no place', 'no home', 'no bed', 'nothing', 'nowhere else', 'not got anywhere', 'havent got anywhere', 'dont have anywhere', 'dont have a place', 'no roof', 'not anywhere', 'nowhere safe'), ' ', gap(2), any('to', 'for me to', 'for us to', 'where i can', 'i can'), ' ', any('sleep', 'stay', 'go', 'live', 'kip', 'crash', 'lay my head', 'take the kids', 'sleep tonight', 'stop')),
    re(any('sleeping', 'slept', 'sleep', 'kipping', 'kip', 'spend the night', 'spending the night', 'stay', 'staying', 'living', 'spent the night', 'spent last night', 'night', 'nights'), ' ', gap(1), any('rough', 'outside', 'on the streets?', 'in my car', 'in the car', 'in a car', 'in our car', 'in my van', 'in the van', 'in a tent', 'in the park', 'in a doorway', 'in the doorway', 'in a bus shelter', 'at the station', 'on a bench', 'under a bridge', 'on the street', 'in a stairwell', 'in the stairwell', 'in a shop doorway', 'on the beach')),
    re(any('kicked', 'thrown', 'chucked', 'turfed', 'put', 'locked', 'forced', 'booted', 'threw', 'kicking', 'throwing', 'chucking', 'turned'), ' ', any('me', 'us', 'me and', 'me and the kids', 'me and my'), ' ', gap(2), 'out'),
    re(any('kicked', 'thrown', 'chucked', 'turfed', 'booted', 'locked'), ' out ', gap(4), any('tonight', 'today', 'this morning', 'this evening', 'just now', 'right now', 'of my house', 'of the house', 'of my home', 'of my flat', 'of home', 'by my', 'by the landlord', 'by landlord')),
    re(any('landlord', 'parents', 'mum', 'dad', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend', 'family', 'he', 'she', 'they'), ' ', gap(2), any('kicked', 'thrown', 'chucked', 'locked', 'changed the locks', 'put my stuff', 'put my things', 'threw me', 'turfed', 'told me to leave', 'told me to get out', 'told us to leave')),
    re(any('evicted', 'eviction', 'bailiffs'), ' ', gap(4), NOW),
    re(NOW, ' ', gap(4), any('evicted', 'bailiffs')),
    re('changed the locks'),
    re(any('sofa', 'couch'), ' ', any('surfing', 'surf', 'surfed')),
    re(any('run out of', 'no more', 'ran out of'), ' ', any('sofas', 'places to stay', 'friends to stay with', 'couches', 'places to sleep', 'mates to stay with')),
    re(any('need', 'needs', 'looking for', 'find', 'get'), ' ', any('somewhere', 'a place', 'a bed', 'emergency accommodation', 'a roof', 'shelter', 'anywhere'), ' ', gap(3), any('tonight', 'today', 'now', 'to sleep', 'to stay')),
    re('emergency ', any('accommodation', 'housing', 'shelter', 'bed', 'hostel')),
    re(any('on the street', 'on the streets'), ' ', gap(1), NOW),
  ]),
  ...rules('suicide', 'unclear', [
    re(any('really', 'so', 'i am', 'been', 'honestly'), ' struggling', '(?! (?:to|with) (?:pay|find|understand|use|get|log|fill|work|open|read|carry|lift|walk|reach|see|hear|afford|keep up|the|my bill|the bill|payments|the form|the website))'),
    re('struggling ', any('so much', 'a lot', 'mentally', 'with everything', 'with life', 'badly', 'really bad', 'to cope', 'tbh', 'at the moment', 'right now', 'lately', 'since')),
    re(any('cant', 'cannot', 'can not', 'not', 'struggling to', 'unable to', 'barely'), ' ', any('cope', 'coping')),
    re(any('falling apart', 'breaking down', 'breaking point', 'end of my tether', 'wits end', 'rock bottom', 'dark place', 'dark thoughts', 'bad place', 'bad thoughts', 'intrusive thoughts', 'so low', 'really low', 'very low', 'feeling low', 'feel low', 'depressed', 'depression', 'hopeless', 'worthless', 'no hope', 'no way out', 'cant see a way', 'so alone', 'all alone', 'completely alone', 'totally alone', 'so lonely', 'really lonely', 'no one to talk to', 'nobody to talk to', 'no one cares', 'nobody cares', 'nobody loves me', 'no one loves me', 'too much for me', 'all too much', 'everything is too much', 'its too much', 'cant take much more', 'cant take it', 'cant take this', 'had enough of everything', 'had enough of life', 'had enough of it all', 'sick of life', 'sick of living', 'sick of everything', 'tired of living', 'tired of life', 'tired of everything', 'tired of it all', 'give up on', 'giving up on', 'given up on', 'cant stop crying', 'crying all', 'crying every', 'panic attacks?', 'breakdown', 'havent eaten', 'not eaten', 'not eating', 'cant sleep', 'not slept', 'a burden', 'such a failure', 'hate myself', 'hate my life', 'no future', 'whats the point', 'what is the point', 'no point', 'numb', 'empty inside', 'overwhelmed', 'on the edge', 'at the end of my', 'out of my depth', 'going under', 'drowning', 'cant go on', 'nothing left', 'losing my mind', 'lost everything', 'disappear', 'vanish', 'i am not ok', 'i am not okay', 'i am not alright', 'cant do this anymore', 'cant do it anymore', 'alone since', 'on my own since')),
  ]),
  ...rules('child', 'unclear', [
    re(any('worried', 'concerned', 'worry', 'worrying'), ' ', any('about', 'for'), ' ', gap(3), CHILD),
    re(CHILD, ' ', gap(5), any('screaming', 'crying', 'scared', 'left on', 'alone', 'hungry', 'dirty', 'shouted at', 'screamed at')),
  ]),
];

/** English idioms and accidents that sound like risk and are not; removed before the rules run. */
export const ENGLISH_NOT_RISK: RegExp[] = [
  /\b(?:is|are|was|were|s|re|keeps|keep|its|it is|this is|that is)\s(?:\S+ ){0,2}(?:killing|murdering|doing) (?:me|us|my head in)\b/g,
  /\bkill(?:ing|ed|s)? (?:time|it|the engine|the lights|the weeds|weeds|slugs|rats|mice|wasps|ants|flies|germs|bacteria|moss|the mood|the vibe|two birds|the smell)\b/g,
  /\b(?:could|would|i d|id) (?:kill|murder) (?:for )?(?:a|an|some|for)\b/g,
  /\bdying (?:for|to|of) (?:a|an|know|see|go|hear|get|try|laughter|boredom|embarrassment|thirst|hunger|the loo|a wee)\b/g,
  /\b(?:nearly |almost |literally )?(?:died|die|dying|dead) (?:laughing|of embarrassment|of shame|of laughter|of boredom|of shock|from embarrassment)\b/g,
  /\bbored to death\b/g,
  /\bdead (?:tired|good|easy|serious|slow|busy|nice|funny|heavy|on time|end|battery|phone|bin|quiet|cheap|chuffed)\b/g,
  /\b(?:phone|battery|laptop|car battery|plant|plants|grass|lawn) (?:is |was )?(?:dying|dead|died)\b/g,
  /\bdeath (?:trap|metal|stare|wish for)\b/g,
  /\bsmell\w* like death\b/g,
  /\b(?:shoot|shooting|shot) myself in the foot\b/g,
  /\b(?:kill|killing|killed) myself (?:laughing|trying|to get|to pay|working|at work|over|for)\b/g,
  /\bcut (?:myself|me) (?:a|some) (?:slack|break|piece)\b/g,
  /\b(?:hit|hits|hitting|slapped|slap|slaps|whacked|stung|hammered|clobbered) (?:me|us) (?:with|for)\b/g,
  /\b(?:wife|husband|mum|mam|dad|partner|boss|missus|wife|girlfriend|boyfriend|nan|gran) (?:will|is going to|going to|would|gonna|is gonna|will literally|is literally going to) (?:kill|murder) (?:me|us)\b/g,
  /\boverdos\w* (?:on|of) (?:sugar|chocolate|caffeine|coffee|tv|netflix|sun|vitamin|christmas|festive|cheese|crisps|sweets|carbs)\b/g,
  /\bin danger of\b/g,
  /\b(?:safe|unsafe) (?:walking|to walk|driving|to drive|cycling|to cycle|crossing|to cross|using|to use|parking|to park)\b/g,
  /\b(?:hurt|cut|burnt|burned|injured|grazed|bruised|scratched|sprained|twisted|bashed|banged) (?:myself|my \S+) (?:\S+ ){0,4}?(?:on (?:the|a|some|broken|that|my)|tripping|tripped|fell|falling|slipped|slipping|pothole|pavement|by accident|accidentally|lifting|moving the|opening the|trying to open|doing the|in the garden)\b/g,
  /\bbanging my head (?:against|on) (?:a|the) (?:brick )?wall\b/g,
  /\bpulling my hair out\b/g,
  /\bthe (?:bin|bins|lid|car|engine|heating|boiler) (?:is |are )?(?:dead|dying)\b/g,
  /\bsuicide (?:squad|prevention|awareness|training)\b/g,
];
