/**
 * English idioms, hyperbole and accidents that sound like risk and are not ("this queue is
 * killing me", "cut my hand on the bin lid"). They are removed before any rule or model reads a
 * message, so they raise nothing; a real signal elsewhere in the message still does.
 */

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
  /\b(?:hit|hits|hitting|slapped|slap|slaps|whacked|stung|hammered|clobbered) (?:me|us) (?:with|for)\b(?! (?:a |his |her |the |their |my )?(?:belt|fists?|stick|slipper|shoe|bat|cable|wire|hands?|spoon|hairbrush|lead|chair|bottle|plate|phone|remote)\b)/g,
  /\b(?:wife|husband|mum|mam|dad|partner|boss|missus|wife|girlfriend|boyfriend|nan|gran) (?:will|is going to|going to|would|gonna|is gonna|will literally|is literally going to) (?:kill|murder) (?:me|us)\b/g,
  /\boverdos\w* (?:on|of) (?!(?:my |his |her |the |some |all )?(?:pills|tablets|paracetamol|meds|medication|insulin|heroin|drugs|painkillers|sleeping))\S+/g,
  /\bin danger of\b/g,
  /\b(?:safe|unsafe) (?:walking|to walk|driving|to drive|cycling|to cycle|crossing|to cross|using|to use|parking|to park)\b/g,
  /\b(?:hurt|cut|burnt|burned|injured|grazed|bruised|scratched|sprained|twisted|bashed|banged) (?:myself|my \S+) (?:\S+ ){0,4}?(?:on (?:the|a|some|broken|that|my)|tripping|tripped|fell|falling|slipped|slipping|pothole|pavement|by accident|accidentally|lifting|moving the|opening the|trying to open|doing the|in the garden)\b/g,
  /\b(?:like )?bang\w* (?:my|your|our) heads? (?:against|on) (?:a|the) brick wall\b/g,
  /\bdeath ?trap\b/g,
  /\b(?:shoot|kill|murder|strangle) (?:me|you|us) if (?:i|you|we) (?:forget|forgot|miss|missed|leave|left|put) (?:the |my |your |our )?(?:recycling|bins?|milk|keys|birthday|washing|food waste)\b/g,
  /\bthe (?:bin|bins|lid|car|engine|heating|boiler) (?:is |are )?(?:dead|dying)\b/g,
  /\bsuicide (?:squad|prevention|awareness|training)\b/g,
  /\b(?:self harm|suicide|domestic abuse|domestic violence|knife crime|mental health|child protection|safeguarding|homelessness) (?:awareness|prevention|training|talk|leaflets?|course|policy|officer|team|charity|services?|support group|week|day|campaign|posters?)\b/g,
  /\bhomeless (?:hostel|shelter|charity|people|man|men|woman|women|person|project|centre|service|outreach|hostels)\b/g,
  /\bi (?:could|would|will|am going to|want to|wanna|am gonna) (?:strangle|kill|murder|throttle|batter|punch|kick) (?!myself|me\b)/g,
  /\bstabbing pains?\b/g,
  /\b(?:attacked|bitten|chased|scratched) by (?:the |a |some )?(?:seagulls?|gulls?|foxes|fox|rats?|dogs?|cats?|birds|magpies|crows|squirrels)\b/g,
  /\b(?:stab\w*|cut|spiked|pricked|jabbed) (?:my|his|her) (?:finger|hand|thumb|foot|toe)\b/g,
  /\bchew (?:my|his|her) own (?:arm|leg|hand) off\b/g,
  /\b(?:jump|jumping|hop|hopping) (?:in|on|into) (?:the|a|my) (?:car|van|bus|train|taxi|bike|shower)\b/g,
  /\bbleeding (?:me|us|people|everyone) dry\b/g,
  /\b(?:halen|salt|siwgr|sugar|caffeine|caffein|chilli|garlic|cheese|gardbord|cardboard) (?:\S+ ){0,6}?(?:proper |an |a )?overdose\b/g,
  /\b(?:proper |an |a )?overdose o (?:siwgr|gardbord|halen|siocled|goffi)\b/g,
  /\b(?:political|social|career|commercial) suicide\b/g,
  /\bhomeless for (?:a|the|two|2) (?:week|fortnight|few days|couple of \S+|month|weekend)\b/g,
  /\bthrow\w* (?:myself|ourselves) into (?!the (?:sea|river|canal|water|traffic|road))/g,
  /\b(?:fumes|smoke|smell|dust|pollen|stench|bonfire|exhaust) (?:\S+ ){0,6}?chok\w*/g,
  /\bend(?:ing)? (?:it|things) with (?:my|the|him|her|them|\S+ (?:supplier|provider|company|contract))\b/g,
  // Fed up with a service, not with life: "at the end of my rope with this bin saga", "doing my head in".
  /\b(?:at )?the end of (?:my|our) (?:rope|tether) (?:with|over|about) (?:this|these|that|the|you|your|all)\b/g,
  /\b(?:doing|does|did|do) (?:my|our) heads? in\b/g,
  // Things and animals, not people: a tree leaning over, a cat hit by a car, a banner hung on railings, pests killed.
  /\b(?:tree|trees|branch|branches|fence|wall|post|pole|sign|hedge|lamppost|lamp post|scaffolding) (?:is |are |was |thats )?(?:leaning|hanging) over\b/g,
  /\b(?:cat|cats|dog|dogs|fox|foxes|badger|deer|hedgehog|pet|bird|animal) (?:was |got |has been |been |had been )?(?:hit|knocked down|run over)\b/g,
  /\bhang(?:ing)? (?:up )?(?:a |an |the |some |my |our |new |old )?(?:banners?|bunting|pictures?|shelf|shelves|ones|washing|lights|curtains|signs?|flags?|baskets?|decorations|posters?|mirror|tv|clothes)\b/g,
  /\b(?:kill|killing|killed|get rid of) (?:them|it|those|these|the \S+) (?:myself|ourselves)\b/g,
  /\b(?:phone|phones|battery|laptop|tablet|ipad)s? (?:is |was |about to |going to |gonna |will |keeps )?(?:die|dying|dead|died)\b/g,
  /\b(?:kicked|thrown|chucked|banned) out of (?:the |a )?(?:pub|quiz|club|game|bar|shop|gym|group|team|class|chat|match|cinema|pool|library)\b/g,
  /\bkick\w* (?:a |the )?(?:ball|football)\b/g,
  // Rubbish and bus stops, not somewhere to sleep; news of a crime, not the writer's own danger.
  /\b(?:bin|black|rubbish|refuse|recycling) bags?\b/g,
  /\bbus (?:stop )?shelters?\b/g,
  /\b(?:heard|read|saw|seen|watched|watching|reading) (?:on |in |about )?(?:the |a |that )?(?:news|radio|paper|papers|telly|tv|documentary|local news|facebook)(?: about| that| on)? (?:\S+ ){0,6}/g,
  /\bknife crime\b/g,
  /\b(?:pest|birth|remote|traffic|parking|building|quality|passport|border) control\b/g,
  // Needles on their way to a sharps bin are someone's medicine.
  /\b(?:insulin |diabetic )?(?:needles|syringes|lancets)\b(?=(?: \S+){0,8} sharps\b)/g,
  /\bthreaten\w* (?:to take (?:me|us|him|her) to court|legal action|to sue|to report (?:me|us))\b/g,
  // Harm said not to have happened, or only feared of a hazard: "no one was hurt", "kids could get hurt on that glass".
  /\b(?:no one|nobody|no body|none of (?:us|them)) (?:was |were |got |has been |is |have been )?(?:hurt|injured|harmed|killed)\b/g,
  /\b(?:could|might|may|can) (?:easily )?(?:get|be|end up) (?:hurt|injured|killed|harmed)\b/g,
  // Plants choke paths and drains, not people: "the hedge is strangling the footpath".
  /\b(?:hedges?|ivy|weeds|brambles|trees?|roots|bushes|overgrown|overgrowth|knotweed|vegetation|undergrowth) (?:\S+ ){0,8}?(?:strangling|choking|smothering|strangled|choked)\b/g,
  // A chore threatened in jest: "he'll kill me if it's still on the drive", "she'll murder me if that's not gone".
  /\b(?:kill|murder|strangle|shoot) (?:me|us) if (?:it|its|it is|that|thats|that is|this|the (?:car|bin|bins|van|skip|rubbish|mess|stuff|lawn|grass|washing|tip))\b/g,
  // Noisy play, not distress: "screaming their heads off on the trampoline".
  /\b(?:screaming|shouting|yelling|crying|singing|laughing) (?:their|his|her|my|our) (?:heads?|lungs|eyes) (?:off|out)\b/g,
  // Fire safety words name an object or a drill, not a fire: "fire alarm test", "fire door".
  /\bfire (?:drill|alarm|alarms|door|doors|exit|exits|extinguishers?|safety|brigade|service|station|escape|risk assessment|blanket|practice|evacuation)\b/g,

];
