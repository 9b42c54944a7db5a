/**
 * Welsh idioms, hyperbole and accidents that sound like risk and are not ("mae'r ciw 'ma'n fy
 * lladd i", a wrist broken in a fall). They are removed before any rule or model reads a message.
 */

/** Welsh idioms and accidents that sound like risk and are not; removed before the rules run. */
export const WELSH_NOT_RISK: RegExp[] = [
  /\b(?:yn|n) (?:fy )?(?:lladd|ladd|nladd) i\b(?=.*\b(?:drewdod|arogl|gwres|sŵn|swn|aros|ciw|ffurflen|gwaith|cefn|traed|pen))/g,
  /\b(?:bu )?bron i mi (?:farw|marw) (?:chwerthin|o gywilydd|o embaras)\b/g,
  /\b(?:marw|farw|wedi marw) (?:o flinder|o chwerthin|o gywilydd|o syched|o eisiau bwyd|isio gwybod|eisiau gwybod|eisiau mynd|isio mynd)\b/g,
  /\b(?:marw|farw) (?:isio|eisiau|moyn) (?:gwybod|gweld|mynd|cael)\b/g,
  /\b(?:ffon|batri|ffôn) (?:wedi |yn )?(?:marw|farw)\b/g,
  /\b(?:g|)orddos o (?:siwgr|siocled|gaffein|caffein|goffi|coffi|felysion|losin|deledu)\b/g,
  /\b(?:pobl|bobl|dyn|ddyn|dynes|menyw|nifer y bobl) n?dd?igartref\b/g,
  /\bbu bron i (?:fi|mi) (?:ladd|lladd|farw) (?:fy hun )?(?:ar|wrth|yn|gan)\b/g,
  /\bbron a (?:lladd|ladd) (?:fi|fy)\b/g,
  /\b(?:uned|ward|tim|gwasanaeth|llyfr|traethawd|ymchwil|unit|team|book|essay|research|nurse|nyrs)\b (?:\S+ ){0,2}?(?:hunan ?niweid\w*|hunanladdiad|self harm\w*|suicide)\b/g,
  /\b(?:prosiect|elusen|gwasanaeth|hostel|gwirfoddol\w*|banc bwyd) (?:\S+ ){0,2}?n?dd?igartref\b/g,
  /\bhunanladdiad (?:gwleidyddol|masnachol)\b/g,
  /\bbyw ar (?:ben|mhen|fy mhen|ei ben|ei phen) (?:fy|ei) hun(?:an)?\b/g,
  // "byw drws nesa i'r tip", "byw mewn fflat": where someone lives, not whether they want to.
  /\b[bf]yw(?= (?:drws nesa|ger|wrth ymyl|yn ymyl|mewn|yng|ym|dros y ffordd|uwchben|o dan|efo|gyda|hefo)\b)/g,
  // Fed up with a service: "ar ben fy nhennyn efo'r biniau", "ges i ffit pan welais i'r bil", "yn fy lladd i" of a game.
  /\bbagiau (?:du|bin|duon|sbwriel|ailgylchu)\b/g,
  /\bar ben fy nhennyn (?:efo|gyda|hefo) (?:r|y|yr|chi|hyn|nhw)\b/g,
  /\b(?:ges i|gesi|cael|ca i|gath o|gafodd hi|gafodd o|mi ges i) (?:y )?ffit (?:pan|wrth|o weld|biws)\b/g,
  /\b(?:gem|gêm|game) (?:\S+ ){0,4}?(?:yn|n) fy (?:lladd|ladd) i\b/g,
  /\bbygwth (?:mynd a fi i r llys|mynd a ni i r llys|cyfraith|twrnai|cyfreithiwr)\b/g,
  // An accident named first ("damwain yn y gwaith, torri fy ngarddwrn").
  /(?<=\b(?:damwain|syrthio|cwympo|llithro|baglu|syrthiais|cwympais|llithrais)\b.{0,60})\b(?:torrais|torri|dorri|nhorri|brifo|frifo|anafu|llosgi|losgi) (?:fy|y) \S+/g,
  /\b(?:nhraed|traed|nghefn|cefn|mhen|nghoesau|coesau|nannedd|ngwddf|mhengliniau|drewdod|arogl|gwres|swn|ciw|ffurflen|gwaith|biniau)\b (?:\S+ ){0,3}?(?:yn|n) fy (?:lladd|ladd) i\b/g,
  /\b(?:yn|n) lladd y (?:llyfrgelloedd|gwasanaeth|stryd|dre|dref|busnesau)\b/g,
  // "Tan" is "until" before a time or an end, and "tân" (fire) once its accent is folded: "ar agor tan 9", "tan ddydd Llun".
  /\btan (?=\d|(?:hanner|chwarter|ddiwedd|diwedd|bod|fod|nes|yfory|fory|ddydd|dydd|nos|heno|y bore|yr hwyr|amser|mis|wythnos|y flwyddyn|ganol|canol|tua|ar ol|wedi|un|dau|tri|pedwar|pump|chwech|saith|wyth|naw|deg|hanner dydd|canol dydd|hwyr|yn hwyr)\b)/g,
  // Fire safety words name a drill or an object, not a fire: "ymarfer tân", "larwm tân", "drws tân".
  /\b(?:ymarfer|dril|larwm|larymau|drws|drysau|diffoddwr|diffoddwyr|gwasanaeth|brigad|frigad|gorsaf|allanfa|blanced|asesiad risg) tan\b/g,
  // Harm said not to have happened, or only feared: "neb wedi brifo", "gallai rhywun gael ei frifo".
  /\b(?:neb|dim un|does neb|sneb) (?:wedi |di |yn )?(?:ei |eu )?(?:brifo|frifo|anafu|nanafu|lladd|ladd)\b/g,
  /\b(?:gallai|allai|galle|alle|gallen|allen|gall|all) (?:\S+ ){0,2}(?:gael|cael) (?:ei |eu )?(?:brifo|frifo|anafu|lladd|ladd)\b/g,
  // Too much of a pastime, not of a drug: "gorddosio ar Netflix", "gorddos o siocled".
  /\b(?:g|)orddos\w* (?:ar|o) (?!(?:fy |ei |eu |y |yr )?(?:tabledi|dabledi|nhabledi|pils|paracetamol|moddion|foddion|meddyginiaeth|feddyginiaeth|cyffuriau|gyffuriau|inswlin|insulin|heroin|alcohol|methadon|methadone|co codamol|codeine|tramadol|sertraline|diazepam|tablets|pills))\S+/g,
  // Children shrieking at play: "sgrechian chwarae", "sgrechian yn chwarae".
  /\b(?:sgrechian|gweiddi|bloeddio) (?:yn |a |wrth )?chwarae\b/g,
  /\b(?:torrais|torri|dorri|nhorri|brifo|frifo|mrifo|anafu|llosgi|losgi) (?:fy|y) (?:\S+ ){0,1}(?:\S+ ){0,4}?(?:ar y|ar yr|ar gaead|wrth gario|wrth godi|wrth symud|wrth agor|yn ddamweiniol|trwy ddamwain|baglu|syrthio|cwympo|llithro|ar y palmant|ar y bin)\b/g,
];
