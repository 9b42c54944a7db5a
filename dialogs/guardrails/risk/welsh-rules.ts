/**
 * Safeguarding rules for Welsh, one list per kind of risk. Welsh changes the first letter of
 * a word after some words (lladd → ladd → nladd, brifo → frifo → mrifo, taro → daro → nharo),
 * so each verb is written with its mutated forms; accents are already folded away
 * (ŵ → w) because texts often leave them out.
 */
import { any, gap, re, rules, type RiskRule } from './rule';

const SELF = any('fy hun', 'fy hunan', 'y hun', 'hun', 'hunan', 'fy hunain', 'ei hun', 'ei hunan', 'eu hunain');
const KILL = any('lladd', 'ladd', 'nladd', 'lad', 'llad');
const DIE = any('marw', 'farw', 'diflannu', 'ddiflannu');
const LIVE = any('byw', 'fyw', 'bod yma', 'bod yn fyw', 'fod yn fyw', 'fod yma', 'deffro', 'bod o gwmpas', 'mynd ymlaen', 'cario mlaen', 'cario ymlaen');
const WANT = any('isio', 'eisiau', 'moyn', 'ishe', 'isie', 'am');
const NOT = any('ddim', 'dim', 'nid', 'byth', 'na', 'nad', 'nad yw e', 'nad yw o', 'nad ydw i', 'nad yw hi');
const MORE = any('rhagor', 'mwy', 'bellach', 'mwyach', 'dim mwy', 'anymore', 'o gwbl', 'dim rhagor', 'ddim mwy');
const COPE = any('ymdopi', 'dopio', 'cope', 'copio', 'cario mlaen', 'cario ymlaen', 'mynd ymlaen', 'dal ati', 'mynd mlaen', 'byw fel hyn', 'diodde', 'dioddef', 'neud hyn', 'gwneud hyn', 'handlo');
const CANT = any('ddim yn', 'methu', 'alla i ddim', 'fedra i ddim', 'dwi ddim yn gallu', 'ni allaf', 'allai ddim', 'alla i', 'fedra i', 'fedrai ddim', 'allaf ddim', 'dydw i ddim yn gallu', 'sai n gallu', 'sai yn gallu', 'smo fi n gallu', 'smo fi yn gallu', 'ffili', 'ffaelu');
const PILLS = any('tabledi', 'dabledi', 'nhabledi', 'pils', 'pilsen', 'paracetamol', 'meddyginiaeth', 'feddyginiaeth', 'moddion', 'foddion', 'tablets', 'pills', 'cyffuriau', 'gyffuriau', 'tramadol', 'codeine', 'morffin', 'morphine', 'insulin', 'inswlin', 'sertraline', 'diazepam', 'co codamol', 'ibuprofen');
const SWALLOW = any('cymryd', 'cymeryd', 'gymryd', 'gymeryd', 'cymrud', 'llyncu', 'lyncu', 'wedi cymryd', 'cymerais', 'cymres', 'llyncais', 'cymrais', 'chwistrellu', 'injectio');
const LOTS = any('pob', 'i gyd', 'gyd', 'llwyth', 'lot', 'gormod', 'y pecyn', 'y bocs', 'bocs cyfan', 'bocs cyfa', 'bocs', 'pecyn', 'paced', 'pecyn cyfan', 'potel', '\\d{2,}', 'ugain', 'deg ar hugain', 'hanner cant', 'mwy na', 'llond llaw', 'y cwbl', 'y cyfan', 'pob un', 'paced cyfan', 'yr holl', 'holl', 'gweddill');
const HURT_ME = any('nharo', 'nghuro', 'mwrw', 'mrifo', 'nghicio', 'nhagu', 'ngham ?drin', 'ngham drin', 'mygwth', 'nhreisio', 'rheoli', 'ngwthio', 'nychryn', 'mhwnio', 'nhaflu', 'nyrnu', 'nal i lawr', 'slapio', 'nghnocio', 'nghamdrin', 'nghloi', 'nilyn');
const PARTNER = any('ngwr', 'gwr', 'mhartner', 'partner', 'nghariad', 'cariad', 'wraig', 'ngwraig', 'ex', 'cyn', 'fo', 'o', 'e', 'fe', 'ef', 'hi', 'ohono', 'ohoni', 'nhad', 'tad', 'mrawd', 'boyfriend', 'husband', 'dyn', 'gŵr');
const CHILD = any('plentyn', 'blentyn', 'mhlentyn', 'plant', 'blant', 'mhlant', 'babi', 'fabi', 'mabi', 'mab', 'fab', 'merch', 'ferch', 'wyr', 'wyres', 'nith', 'nai', 'hogyn', 'hogan', 'bachgen', 'fachgen', 'crwt', 'croten', 'rhai bach', 'arddegau', '\\d{1,2} oed', 'kids', 'babanod', 'plantos', 'bach drws nesa', 'brawd bach', 'mrawd bach', 'frawd bach', 'chwaer fach', 'hogyn bach', 'hogan fach', 'crwt bach', 'ddau fach', 'plentyn lleiaf', 'teulu ifanc', 'deulu ifanc', 'hogan', 'hogyn', 'disgybl', 'ddisgybl', 'son', 'daughter', 'nai', 'frodyr bach', 'merch ysgol',
  '(?:un|dwy|dau|tair|tri|pedair|pedwar|pump|chwech|saith|wyth|naw|deg|un ar ddeg|deuddeg|tair ar ddeg|pedair ar ddeg) oed', 'tua \\d{1,2}');
const CHILD_HARM = any(
  'taro', 'daro', 'nharo', 'curo', 'guro', 'cam ?drin', 'gam ?drin', 'camdrin', 'gamdrin', 'esgeuluso', 'hesgeuluso', 'cleisiau', 'gleisiau', 'clais', 'glais',
  'llwglyd', 'heb fwyd', 'dim bwyd', 'ar ei ben ei hun', 'ar ei phen ei hun', 'ar eu pen eu hunain', 'ar ben eu hunain', 'eu hunain', 'gadael nhw',
  'perygl', 'ofn', 'treisio', 'meithrin perthynas', 'groomio', 'grooming', 'cyffuriau', 'wedi ei gloi', 'cloi', 'brifo', 'frifo', 'mrifo', 'cicio',
  'gicio', 'slapio', 'ysgwyd', 'neb yn gofalu', 'dim gofal', 'gadael ar', 'budr', 'dim gwres', 'neglect\\w*', 'abus\\w*', 'hit\\w*', 'hurt\\w*',
  'ar (?:ei |eu )?(?:ben|phen|pen) (?:ei|eu) hun\\w*', 'dim oedolyn', 'heb oedolyn', 'neb yn edrych ar ei', 'gyfrinach', 'cyfrinach', 'anrhegion',
  'texto', 'negeseuon', 'negesu', 'dyn hyn', 'dynion hyn', 'ddynion hyn', 'ddim wedi bwyta', 'heb fwyta', 'belt', 'gwregys', 'waldio', 'hysgwyd', 'ysgwyd',
  'cyffwrdd', 'chyffwrdd', 'gyffwrdd', 'lluniau', 'lunia', 'peidio deud wrth neb', 'peidio dweud wrth neb', 'dim cotiau', 'dim sgidiau', 'crwydro', 'chwilio drwy r bins',
  'llwgu', 'dillad budur', 'marciau', 'cewyn', 'gewyn', 'crio am oriau', 'llefen', 'off their heads', 'gaeth i', 'gloi', 'sied', 'ar goll', 'werthu', 'gwerthu',
  'cario pacedi', 'weed', 'drugs', 'bygwth mynd a', 'colli tymer', 'colli ei dymer', 'wads o arian', 'ffon arall', 'ail ffon', 'clec', 'oedolyn yn gweiddi',
  'llosgiadau', 'cyhuddo', 'neb yn ateb y drws', 'wastad yn crio', 'dod mewn i w stafell', 'stafell hi', 'cysgu trwy r dydd', 'babysit\\w*', 'dyn \\d{2} oed',
  'am fwyd', 'chwilota', 'cleisiau siap bysedd', 'bysedd',
);

/** Welsh rules, most urgent kinds first. */
export const WELSH_RULES: RiskRule[] = [
  ...rules('danger', 'clear', [
    [re(SWALLOW), re(PILLS), re(LOTS)],
    re(any('gorddos\\w*', 'orddos\\w*', 'overdose\\w*')),
    re(any('neidio', 'naid', 'taflu fy hun', 'thaflu fy hun', 'camu', 'gamu', 'cerdded', 'gerdded'), ' ', gap(1), any('oddi ar', 'o ben', 'o flaen', 'i mewn i', 'dros', 'i r', 'i yr', 'off')),
    [re(any('bont', 'pont', 'to', 'dibyn', 'clogwyn', 'rheilffordd', 'trac', 'traciau', 'ymyl')), re(any('neidio', 'sefyll', 'naid', 'camu'))],
    re(any('mewn perygl', 'peryg bywyd')),
    re(any('dwi', 'rydw i', 'dw i', 'ydw i', 'rwy', 'rwyf', 'ni', 'dan ni', 'dydw i', 'dydyn ni'), ' ', gap(1), any('ddim', 'dim'), ' yn ', any('ddiogel', 'saff'), '(?! (?:adre|adref|gartref|yn y ty|yn fy nghartref|efo fo|gyda fe|gyda fo))'),
    [re(any('gwaedu', 'waedu')), re(any('lot', 'llawer', 'yn ddrwg', 'ddim yn stopio', 'stopio', 'ymhobman', 'ofnadwy', 'gormod'))],
    re(any('anymwybodol', 'ddim yn anadlu', 'wedi stopio anadlu', 'methu deffro (?:hi|fo|e|o|nhw|mam|dad)', 'ffit', 'wedi llewygu', 'llewygu')),
    re(any('ffoniwch', 'angen', 'galw', 'ffonio'), ' ', any('ambiwlans', 'r ambiwlans', 'yr ambiwlans', '999')),
    [re(any('cyllell', 'gyllell', 'gwn', 'arf')), re(any('fe', 'fo', 'e', 'o', 'hi', 'efo', 'gyda', 'gydag', 'ganddo', 'gydag e'))],
    re(any('arogl', 'ogla', 'gwynt'), ' ', gap(1), 'nwy'),
    re(any('nwy yn gollwng', 'gollwng nwy')),
    re('mynd i ', any('neidio', 'naid', 'gamu', 'daflu fy hun')),
    re('ymosod ar ', any('mam', 'fi', 'hi', 'ei', 'y plant', 'rhywun', 'dad', 'fy')),
    re(any('cloi ei hun', 'cloi ei hunan', 'cloi fy hun', 'wedi cloi ei hun'), ' ', gap(6), any('rasal', 'rasel', 'cyllell', 'tabledi', 'ddim yn ateb', 'gwaed', 'waed', 'rhaff')),
    re(any('gwaed', 'waed'), ' ', gap(1), any('dan y drws', 'o dan y drws', 'yn dod dan')),
    re(any('yfed', 'llyncu', 'lyncu', 'wedi yfed', 'newydd yfed'), ' ', gap(1), any('bleach', 'cannydd', 'gwenwyn', 'antifreeze')),
    re(any('dwi', 'rwy', 'rydw i', 'dw i', 'ydw i', 'mae o', 'mae e', 'mae hi', 'mae dyn', 'mae rhywun', 'sefyll', 'eistedd'), ' ', gap(2), any('ar', 'ar ben', 'ar ymyl', 'ar yr ochr anghywir i', 'ar dop', 'ar dop y', 'ar ben y'), ' ', gap(1), any('to', 'do', 'bont', 'pont', 'dibyn', 'clogwyn', 'cledrau', 'rheilffordd', 'trac', 'traciau', 'multi storey', 'ymyl', 'canllaw', 'rheiliau')),
    re(any('ewyn', 'crynu i gyd', 'cael ffit', 'ffitio')),
    re(any('rhaff', 'raff'), ' ', gap(2), any('yn barod', 'i fyny', 'wedi ei chlymu', 'rownd fy ngwddf', 'yn y garej')),
    re(any('injan', 'car', 'injian'), ' ', gap(1), any('yn rhedeg', 'ymlaen'), ' ', gap(5), any('peipen', 'piben', 'pibell', 'garej', 'ffenest')),
    re(any('peipen', 'piben', 'pibell'), ' ', any('drwy', 'trwy', 'i mewn i'), ' ', gap(1), any('ffenest', 'ffenestr', 'car')),
    [re(any('afon', 'mor', 'llyn', 'camlas', 'dwr', 'rhaeadr')), re(any('disgyn', 'syrthio', 'cwympo', 'nofio', 'boddi', 'cario', 'cerrynt', 'dan y dwr', 'methu nofio'))],
    [re(any('tan', 'mwg', 'fflamau', 'ar dan')), re(any('sownd', 'methu dod allan', 'dal yn y', 'dal i mewn', 'tu mewn', 'lan llofft', 'llofft', 'methu cerdded', 'plant yno', 'plant', 'uwchben'))],
    [re(any('mewn i r afon', 'i r afon', 'i mewn i r dwr', 'i r mor', 'into the river', 'in the river')), re(any('car', 'inside', 'tu mewn', 'someone', 'rhywun', 'sownd'))],
    [re(any('cwympo', 'gwympo', 'disgyn', 'syrthio', 'llewygu')), re(any('gwaed', 'waed', 'dim ateb', 'ddim yn ateb', 'ddim yn symud', 'methu codi', 'anymwybodol'))],
    re(any('ddim yn', 'dim yn', 'ddim', 'na'), ' ', any('symud', 'ymateb', 'anadlu', 'deffro', 'siarad na symud')),
    re(any('gwaed', 'waed'), ' ', any('ym mhobman', 'ymhobman', 'dros bob man', 'dros y lle', 'yn pistyllio')),
    re('ar dan ', gap(6), any('mam', 'dad', 'plant', 'lan llofft', 'i fyny grisiau', 'tu mewn', 'yn sownd', 'methu dod allan', 'dal yn y', 'dal lan')),
  ]),
  ...rules('suicide', 'clear', [
    re(KILL, ' ', gap(1), SELF),
    re(any('hunanladd\\w*', 'hunan laddiad', 'hunanleiddiol')),
    re(WANT, ' ', gap(1), DIE),
    re(NOT, ' ', gap(1), WANT, ' ', LIVE),
    re(any('gwell', 'well'), ' ', gap(3), any('hebdda', 'hebddo', 'hebdda i', 'heb fi', 'hebof', 'hebdda fi', 'hebddaf')),
    re(any('dim', 'does dim', 'sdim', 'nag oes', 'sa dim', 'does na ddim', 'sdim unrhyw'), ' ', gap(1), any('pwynt', 'rheswm', 'diben'), ' ', any('byw', 'mewn byw', 'i fyw', 'bellach', 'rhagor', 'mwyach', 'mewn dim', 'i ddim', 'mynd ymlaen', 'cario mlaen', 'cario ymlaen', 'bod yma', 'i mi', 'i fi', 'yn fy mywyd', 'mewn bywyd', 'deffro', 'codi yn y bore')),
    re(any('diweddu', 'gorffen', 'dod a', 'rhoi diwedd ar', 'rhoi terfyn ar', 'cymryd', 'cymeryd', 'orffen', 'ddiweddu', 'rhoi pen ar', 'gorffen y cyfan'), ' ', gap(1), any('mywyd', 'bywyd', 'fywyd', 'y cyfan', 'popeth', 'bopeth', 'y cwbl', 'pethau', 'hyn i gyd')),
    re(CANT, ' ', gap(1), COPE, ' ', gap(1), MORE),
    re(any('ffarwel', 'hwyl fawr'), ' ', any('bawb', 'i bawb', 'am byth', 'bawb i gyd')),
    re(any('cysgu', 'mynd i gysgu'), ' a ', any('pheidio', 'byth', 'ddim'), ' ', any('deffro', 'dihuno')),
    re(any('byth', 'peidio'), ' ', any('deffro', 'dihuno'), ' eto'),
    re('neb ', gap(2), any('sylwi', 'poeni', 'gweld fy eisiau', 'gweld eisiau fi', 'hidio', 'malio', 'becso', 'colli fi'), ' ', gap(3), any('mynd', 'wedi mynd', 'marw', 'diflannu', 'os', 'tasen i', 'taswn i', 'petawn i', 'pe bawn i')),
    re(any('baich', 'fwrdwn'), ' ', gap(2), any('bawb', 'pawb', 'y teulu', 'nheulu')),
    re(any('meddwl', 'meddyliau'), ' ', any('am', 'o'), ' ', any('ladd', 'lladd', 'farw', 'marw', 'hunanladdiad', 'orffen', 'ddiweddu', 'neidio')),
    re(any('fydda i', 'fyddai', 'bydda i', 'fydda', 'fydd dim'), ' ', any('ddim', 'dim'), ' ', any('o gwmpas', 'yma', 'yn fyw', 'ma'), ' ', gap(4), any('hirach', 'yn hir', 'fory', 'yfory', 'rhagor', 'wythnos nesa', 'wthnos nesa', 'lot hirach', 'llawer hirach', 'yn hirach', 'mwyach', 'ar ol', 'penwythnos')),
    re(any('na fyddaf', 'ni fyddaf', 'fyddaf i ddim'), ' ', any('yma', 'o gwmpas', 'yn fyw')),
    re(any('fydd dim', 'ni fydd', 'fydd na ddim'), ' ', gap(1), any('angen', 'ei angen', 'o i angen', 'o ei angen', 'hassle', 'trafferth'), ' ', gap(3), any('arna i', 'ar fy ol', 'ar ol', 'i neb')),
    re(any('adael', 'gadael'), ' am byth'),
    re(any('dim', 'ddim', 'does gen i ddim', 'sgen i ddim'), ' rheswm i ', any('godi', 'fyw', 'fod', 'ddeffro', 'gario mlaen')),
    re('faint o ', any('tabledi', 'dabledi', 'paracetamol', 'pils', 'moddion'), ' ', gap(4), any('beidio deffro', 'farw', 'ladd', 'lladd', 'peidio deffro')),
    [re(any('bont', 'pont', 'clogwyn', 'dibyn', 'to')), re(any('sbio dros', 'edrych dros', 'how high', 'pa mor uchel', 'dros yr ochr', 'dros ochr'))],
    re(any('prynu', 'brynu', 'bought'), ' ', any('rhaff', 'raff', 'a rope', 'rope')),
    re(any('roi', 'rhoi'), ' ', any('r', 'yr'), ' gorau ', any('iddi', 'i fyw', 'i bopeth'), ' ', gap(2), any('gyfan gwbl', 'am byth', 'amser i fi')),
    re(any('mynd', 'diflannu', 'wedi mynd'), ' am byth'),
    re(any('hapusach', 'gwell', 'well', 'haws', 'well off'), ' ', gap(4), any('taswn i', 'taswn', 'pe bawn i', 'petawn i', 'tasen i', 'swn i', 'heb fi', 'hebdda')),
    re(any('dod a', 'ddod a', 'rhoi'), ' ', gap(2), any('cwbl', 'cyfan', 'popeth', 'bopeth', 'mywyd', 'bywyd', 'fywyd', 'hyn i gyd', 'pethau'), ' i ben'),
    re(any('llond bol', 'wedi blino', 'di blino', 'blino'), ' ', any('ar', 'bod yn', 'o'), ' ', any('fyw', 'byw', 'fywyd', 'bywyd', 'bod yn fyw', 'fod yn fyw')),
    re(any('cymryd', 'gymryd', 'cymeryd', 'gymeryd'), ' ', gap(1), any('mywyd', 'fywyd', 'bywyd'), ' ', gap(1), any('fy hun', 'hun', 'fy hunan')),
    re(any('cysgu', 'gysgu', 'mynd i gysgu'), ' a ', any('pheidio', 'peidio', 'byth', 'ddim'), ' ', any('deffro', 'dihuno')),
    re(any('sgwennu', 'ysgrifennu', 'sgrifennu', 'gadael'), ' ', gap(1), any('llythyr', 'llythyrau', 'nodyn', 'nodiadau'), ' ', any('i', 'at', 'ar gyfer'), ' ', gap(1), any('mam', 'dad', 'y plant', 'fy', 'pawb', 'teulu')),
    re('pwynt ', any('mewn', 'i', 'yn'), ' ', any('dim byd', 'byw', 'fyw', 'unrhyw beth', 'dim')),
    re(any('taswn i', 'tasa fi', 'taswn', 'pe bawn i', 'petawn i', 'tasen i', 'swn i', 'se fi'), ' ', gap(1), any('ddim', 'dim'), ' ', any('o gwmpas', 'yma', 'yn fyw', 'ma')),
    re(any('pwrpas', 'pwynt', 'rheswm'), ' ', any('i mi', 'i fi'), ' ', any('aros', 'fyw', 'byw', 'barhau')),
    re(any('gweddio', 'gweddio', 'gobeithio'), ' ', any('na', 'nad', 'na fydda i', 'na wna i'), ' ', gap(2), any('deffro', 'dihuno')),
    re(any('ffyrdd', 'ffordd'), ' o ', any('orffen', 'ladd', 'farw', 'ddiweddu', 'gorffen')),
    re(any('hel', 'casglu', 'cadw', 'cuddio', 'safio'), ' ', gap(1), any('tabledi', 'dabledi', 'pils', 'moddion', 'foddion', 'tablets')),
    re(any('gorffen', 'orffen', 'wedi gorffen', 'di gorffen'), ' ', any('efo', 'gyda', 'hefo'), ' ', gap(1), any('bywyd', 'byd', 'fywyd')),
    re(any('bennu', 'gorffen', 'orffen', 'diweddu', 'ddiweddu', 'dibennu'), ' ', any('popeth', 'bopeth', 'y cyfan', 'y cwbl', 'pethau', 'petha', 'y cwbwl', 'hyn i gyd')),
    re(any('fydda i', 'fyddai', 'bydda i'), ' ', any('ddim', 'dim'), ' ', any('eu hangen', 'ei angen', 'ei hangen', 'angen', 'eisiau'), ' ', gap(2), any('ar ol', 'wedyn', 'lle dwi n mynd', 'rhagor', 'mwyach')),
    re('neb ', gap(3), any('ngholli', 'fy ngholli', 'sylwi', 'gweld eisiau')),

  ]),
  ...rules('self-harm', 'clear', [
    re(any('torri', 'dorri', 'nhorri', 'niweidio', 'niwedio', 'anafu', 'brifo', 'frifo', 'mrifo', 'llosgi', 'losgi', 'crafu', 'grafu', 'cosbi', 'gosbi', 'taro', 'daro', 'cnoi', 'gnoi', 'chnoi', 'pinsio', 'binsio', 'dyrnu', 'curo', 'guro', 'hitio', 'brathu', 'frathu', 'cut\\w*', 'hurt\\w*', 'harm\\w*'), ' ', gap(2), SELF),
    [re(any('taro', 'daro', 'dyrnu', 'bang\\w*', 'hit\\w*', 'punch\\w*', 'smash\\w*', 'bwrw', 'fwrw')), re(any('fy mhen', 'y wal', 'r wal', 'my head', 'the wall', 'fy nwrn', 'fy nyrnau')), re(any('cleisiau', 'gleisiau', 'gwaedu', 'waedu', 'bruis\\w*', 'bleed\\w*', 'ar bwrpas', 'on purpose', 'nes', 'until'))],
    re(any('hunan ?niwed\\w*', 'hunan ?niweid\\w*', 'hunan ?anafu', 'self ?harm\\w*')),
    re(any('torri', 'dorri', 'cutio', 'cuttio'), ' eto ', any('neithiwr', 'heno', 'dyfnach', 'ddoe', 'bore ma')),
    re(any('toriadau', 'creithiau', 'greithiau', 'briwiau', 'llosgiadau', 'burns', 'cuts'), ' ', any('ar fy', 'ar ei', 'ar'), ' ', any('nwylo', 'nwylo i', 'mreichiau', 'nghoesau', 'nghoes', 'mraich', 'nghroen', 'nghluniau', 'freichiau', 'dwylo')),
    re(any('nes bod', 'nes', 'tan bod', 'tan'), ' ', gap(4), any('gwaedu', 'waedu', 'marciau', 'cleisiau', 'gleisiau', 'swigod', 'cracio', 'chwyddo', 'goch')),
    [re(any('cutting', 'cuttio', 'cutio', 'torri fy hun')), re(any('dal i', 'still', 'teenager', 'eto', 'ers'))],
    [re(any('cuddio', 'guddio', 'menig', 'llewys hir')), re(any('toriadau', 'creithiau', 'greithiau', 'briwiau', 'mreichiau', 'cleisiau'))],
    re(any('torri', 'dorri', 'llosgi', 'losgi', 'crafu', 'cut\\w*'), ' ', any('fy', 'y', 'ei', 'eu'), ' ', any('mreichiau', 'mraich', 'nghoesau', 'nghoes', 'arddyrnau', 'ngarddwrn', 'nghroen', 'nghluniau', 'breichiau', 'braich', 'choesau', 'arddwrn', 'chroen', 'freichiau', 'fraich', 'goesau')),
    re(any('ysfa', 'awydd', 'isio', 'eisiau', 'ishe', 'moyn', 'angen', 'urge', 'urges'), ' ', gap(1), any('dorri', 'frifo', 'niweidio', 'losgi', 'nhorri', 'cutio', 'gutio', 'torri', 'niweidio fy')),
    [re(any('creithiau', 'greithiau', 'briwiau', 'friwiau')), re(any('cuddio', 'guddio', 'llewys', 'newydd', 'ffres', 'torri', 'dorri', 'agor eto', 'pigo', 'septic', 'esbonio', 'nghluniau', 'mreichiau', 'nghoesau'))],
    re(any('dechrau', 'dechra', 'ail ddechrau', 'ailddechrau'), ' ', any('torri', 'dorri', 'niweidio', 'llosgi', 'losgi', 'brifo', 'frifo'), ' ', any('eto', 'fy hun')),
    re(any('taro', 'hitio', 'dyrnu', 'bwrw', 'fwrw', 'bangio'), ' fy mhen ', any('yn erbyn', 'ar'), ' ', any('y wal', 'r wal', 'yr wal', 'y llawr', 'y drws')),
    [re(any('siswrn', 'llafn', 'lafn', 'rasel', 'cyllell', 'gyllell')), re(any('ofn be', 'ofn beth', 'heno', 'fy hun', 'fy nghoesau', 'fy mreichiau'))],
    [re(any('creithiau', 'greithiau', 'toriadau', 'doriadau', 'cuts', 'scars')), re(any('breichiau', 'mreichiau', 'braich', 'mraich', 'coesau', 'nghoesau', 'arddwrn', 'arddyrnau', 'arms', 'legs'))],
    [re(any('llafn', 'lafn', 'rasel', 'raser', 'blade', 'blades', 'razor')), re(any('fy', 'braich', 'mraich', 'eto', 'hun', 'croen'))],
  ]),
  ...rules('child', 'clear', [
    re(CHILD, ' ', gap(16), CHILD_HARM),
    [re(CHILD), re(any('lunia ohoni', 'lluniau ohoni', 'lunia ohono', 'lluniau ohono', 'gofyn am lunia', 'gofyn am luniau', 'cadw fo n gyfrinach', 'peidio deud wrth neb', 'cael ei gloi', 'dod mewn i w stafell', 'llosgiadau bach', 'cleisiau siap'))],
    re(CHILD_HARM, ' ', gap(4), CHILD),
    re(any('cam ?drin', 'camdriniaeth', 'esgeulustod'), ' ', any('plant', 'plentyn', 'blant', 'blentyn')),
  ]),
  ...rules('abuse', 'clear', [
    re(any('fy', 'yn fy', 'n fy', 'fy i'), ' ', HURT_ME),
    re(any('cam ?drin', 'camdrin', 'camdriniaeth', 'gam ?drin', 'trais', 'drais'), ' ', gap(1), any('domestig', 'yn y cartref', 'rhywiol', 'fi', 'fy', 'arna i', 'gan', 'gartref')),
    re(any('camdriniaeth', 'cam ?drin domestig', 'trais domestig', 'treisio', 'nhreisio', 'treisiwyd')),
    [re(any('ofn', 'ofnus', 'ofni', 'scared', 'dychryn')), re(any('ngwr', 'mhartner', 'nghariad', 'ngwraig', 'ohono', 'ohoni', 'mynd adre', 'mynd adref', 'mynd adra', 'mynd nol', 'mynd yn ol', 'mynd gartref', 'yn y ty efo', 'yn y ty gyda', 'pan mae o', 'pan mae e', 'pan fydd e', 'pan fydd o', 'beth wnaiff', 'be neith'))],
    re(any('bygwth', 'mygwth', 'fygwth', 'bygythiad'), ' ', gap(2), any('lladd', 'ladd', 'nladd', 'mrifo', 'brifo', 'frifo', 'nharo', 'taro', 'cymryd y plant', 'mynd a r plant', 'llosgi')),
    re(any('ddim', 'dim'), ' yn ', any('ddiogel', 'saff'), ' ', any('adre', 'adref', 'gartref', 'yn y ty', 'yn fy nghartref', 'efo fo', 'gyda fe', 'gyda fo', 'efo e')),
    re(any('ddim', 'byth'), ' yn ', any('gadael', 'adael'), ' i ', any('mi', 'fi')),
    re(any('o', 'fe', 'e', 'hi', 'ngwr', 'gwr', 'partner', 'mhartner', 'cariad', 'nghariad'), ' ', any('wedi', 'di'), ' ', any('torri', 'dorri'), ' ', gap(1), any('asennau', 'asen', 'nhrwyn', 'trwyn', 'mraich', 'braich', 'ngen', 'nannedd', 'dannedd', 'bys', 'mys')),
    re(any('cael', 'gael'), ' ', any('ei', 'eu', 'fy'), ' ', any('curo', 'churo', 'guro', 'nghuro', 'taro', 'tharo', 'nharo', 'cham ?drin', 'cham drin', 'bwrw', 'fwrw', 'mwrw', 'cicio', 'chicio', 'nghicio', 'threisio', 'nhreisio', 'bygwth', 'fygwth', 'mygwth')),
    re(any('ofn', 'ofnus'), ' ', gap(1), any('am fy mywyd', 'am fy mywyd i', 'am ei bywyd', 'am ei fywyd')),
    re(any('taro', 'daro', 'curo', 'guro', 'cloi', 'gloi', 'cicio', 'gicio', 'tagu', 'dagu', 'bwrw', 'fwrw', 'slapio', 'gwthio', 'wthio', 'gwthiodd', 'wthiodd', 'tarodd', 'darodd', 'bygwth', 'fygwth', 'treisio', 'dreisio', 'rheoli', 'reoli', 'dyrnu', 'taflu pethau', 'taflu petha', 'brifo', 'frifo', 'dilyn', 'ymosod', 'ladd', 'lladd', 'checkio ffon', 'sbio ar ffon'), ' ', any('fi', 'ata i', 'ataf i', 'arna i', 'arnaf')),
    re(any('ladd', 'lladd', 'nladd', 'frifo', 'brifo', 'daro', 'taro'), ' fi ', any('os', 'pan')),
    re(any('cymryd', 'gymryd', 'dwyn', 'ddwyn'), ' ', any('fy', 'ei'), ' ', any('mhensiwn', 'phensiwn', 'mhres', 'phres', 'arian', 'harian', 'cherdyn', 'nghardyn', 'nghyflog', 'chyflog', 'budd daliadau')),
    re(any('o', 'fe', 'e', 'hi'), ' ', gap(1), any('torri', 'dorri'), ' ', any('fy', 'y'), ' ', any('nhrwyn', 'asennau', 'mraich', 'ngen', 'nannedd')),
    re(any('torri', 'dorri', 'anwybyddu'), ' ', gap(1), any('injunction', 'gwaharddeb', 'restraining order', 'non molestation')),
    re(any('methu', 'ddim yn cael', 'dim hawl i'), ' ', any('prynu', 'gwario', 'cael', 'mynd allan', 'gweld'), ' ', gap(3), 'heb ', any('ofyn', 'ganiatad', 'ei ganiatad')),
    re(any('cymryd', 'gymryd', 'mynd a', 'cadw'), ' ', gap(1), any('fy ffon', 'ffon fi', 'fy nghardyn', 'ngherdyn', 'fy ngherdyn', 'fy mhasbort', 'mhasbort', 'fy allweddi')),
    re(any('ex', 'cyn', 'o', 'fe', 'e'), ' ', gap(3), any('sefyll tu allan', 'tu allan i r ty bob', 'tu allan i yr ty bob', 'dilyn fi', 'yn fy nilyn')),
    re(any('ei drais', 'oherwydd ei drais', 'drais domestig', 'drais yn y cartref')),
    [re(any('goriad', 'allwedd', 'a key')), re(any('ex', 'cyn', 'i mewn tra', 'been coming in', 'coming in'))],
    re(any('dyna be', 'dyna beth'), ' ', any('dwi', 'rydw i', 'dw i'), ' ', any('fod i', 'i fod i', 'yn gorfod'), ' ', any('ddeud', 'ddweud', 'dweud', 'deud')),
    re(any('penderfynu', 'deud wrtha i', 'dweud wrtha i'), ' ', any('be', 'beth', 'lle', 'pwy'), ' ', gap(2), any('fwyta', 'bwyta', 'gwisgo', 'wisgo', 'cael mynd', 'cael gweld', 'gweld')),
    re(any('ngorfodi', 'gorfodi fi', 'orfodi fi'), ''),
    re('er i ', any('fi', 'mi'), ' ', any('ddeud', 'ddweud'), ' na'),
    re(any('gorchymyn llys', 'gorchymyn atal', 'non molestation')),
    re(any('angen', 'ffeindio', 'cael', 'chwilio am', 'dod o hyd i'), ' ', any('lloches', 'refuge')),
    re(any('gofalwr', 'ofalwr', 'gofalydd', 'mab', 'wyr', 'o', 'hi', 'e', 'fe'), ' ', gap(2), any('cymryd', 'gymryd', 'dwyn', 'ddwyn'), ' ', any('ei', 'fy'), ' ', any('phres', 'pres', 'harian', 'arian', 'mhres', 'mhensiwn', 'phensiwn', 'chardyn', 'cherdyn')),
    re(any('rheoli', 'reoli'), ' ', gap(1), any('arian', 'mhres', 'pres', 'ffon', 'popeth', 'bopeth', 'bywyd', 'mywyd', 'cerdyn')),
    [re(any('llygad ddu', 'cleisiau', 'gleisiau', 'clais')), re(PARTNER)],
  ]),
  ...rules('homeless', 'clear', [
    re(any('n?dd?igartref', 'homeless'), '(?! (?:pobl|dyn|ddyn|dynes|menyw|people|man|person))'),
    re(any('unman', 'nunlle', 'nunlla', 'unlle', 'nulle', 'le', 'lle', 'rhywle', 'gwely', 'lloches'), ' ', gap(2), any('i gysgu', 'i aros', 'i fynd', 'i fyw', 'heno', 'diogel heno')),
    re(any('cysgu', 'cysgais', 'cysges', 'gysgu'), ' ', any('yn y', 'mewn', 'tu ol i', 'o dan', 'ar y llawr', 'ym', 'ar fainc', 'yn yr'), ' ', gap(1), any('stairwell', 'grisiau', 'car', 'parc', 'drws', 'pabell', 'sied', 'orsaf', 'ty bws', 'coed', 'mhortsh', 'portsh', 'fainc', 'eglwys')),
    re(any('byw yn unlle', 'byw yn unman', 'dim cyfeiriad', 'heb gyfeiriad', 'adfeddiannu', 'cloeon newydd', 'dim to uwch')),
    re(any('aros', 'gysgu', 'cysgu'), ' heno', '(?! (?:gyda|efo|yn nhy|yn ty) (?:mam|nain|ffrind))'),
    re('rhaid i ', any('fi', 'mi', 'ni'), ' ', any('adael', 'gadael', 'fynd', 'symud allan'), ' ', gap(3), any('heddiw', 'heno', 'rwan', 'nawr', 'erbyn', 'bore ma')),
    [re(any('ar y stryd', 'ar y strydoedd', 'ar stryd')), re(any('heno', 'nawr', 'rwan', 'eto', 'gyda r plant', 'efo r plant', 'gyda fy mhlant', 'mewn ychydig oriau', 'fory', 'yfory', 'fydda i'))],
    re(any('cysgu', 'gysgu', 'aros', 'treulio r noson', 'byw'), ' ', any('allan', 'ar y stryd', 'ar y strydoedd', 'yn y car', 'mewn car', 'yn y parc', 'mewn drws', 'ar fainc', 'mewn pabell', 'yn y fan', 'yn yr orsaf', 'rough', 'tu allan', 'yn y ty bws')),
    re(any('ngicio', 'nghicio', 'nhroi', 'nhaflu', 'nhowlu'), ' allan'),
    re(any('cicio', 'gicio', 'taflu', 'thaflu', 'daflu', 'nhaflu', 'hel', 'troi', 'throi', 'hela'), ' ', gap(1), any('fi', 'ni', 'fi a r plant', 'ni a r plant', 'fy', 'n'), ' ', gap(1), 'allan'),
    re(any('wedi fy nhaflu', 'wedi n taflu', 'wedi fy nghicio', 'wedi fy hel', 'wedi fy nhroi', 'wedi n cicio', 'wedi n troi'), ' allan'),
    re(any('newid y cloeon', 'newid y clo', 'newid y cloion')),
    re(any('troi allan', 'throi allan', 'eviction', 'evicted', 'beilïaid', 'beiliaid'), ' ', gap(4), any('heddiw', 'heno', 'bore ma', 'nawr', 'rwan', 'rŵan')),
    re(any('angen', 'chwilio am'), ' ', any('lle', 'rhywle', 'gwely', 'llety', 'to'), ' ', gap(2), any('heno', 'nawr', 'rwan', 'i aros', 'i gysgu')),
    re(any('llety brys', 'lloches brys', 'llety argyfwng')),
  ]),
  ...rules('suicide', 'unclear', [
    re(CANT, ' ', gap(1), COPE),
    re(any('isel iawn', 'isel ofnadwy', 'mor isel', 'yn isel', 'n isel', 'isel uffernol', 'rili isel', 'rili low', 'mor low', 'teimlo n low', 'teimlo yn low', 'unig iawn', 'mor unig', 'yn unig', 'dim gobaith', 'teimlo yn anobeithiol', 'dwi yn anobeithiol', 'ar ben fy nhennyn', 'methu cysgu', 'heb fwyta', 'ddim wedi bwyta', 'crio drwy r amser', 'crio trwy r amser', 'crio bob', 'llefain', 'gormod i mi', 'popeth yn ormod', 'yn ormod', 'llond bol ar bopeth', 'llond bol ar fywyd', 'wedi blino ar bopeth', 'wedi blino ar fywyd', 'dim pwynt', 'diwerth', 'ddiwerth', 'gwag', 'wag tu mewn', 'yn suddo', 'ar goll', 'ar y dibyn', 'ddim yn iawn', 'yn cael trafferth', 'stryglo', 'struggling', 'depressed', 'iselder', 'pryder', 'panic', 'dim egni', 'dim byd ar ol', 'neb i siarad', 'neb yn poeni', 'neb yn malio', 'neb yn becso', 'casau fy hun', 'dwi n fethiant', 'ddim yn cysgu', 'troi a throi', 'neb wedi siarad', 'dim ond y teledu', 'heb agor ei llenni', 'heb agor y llenni', 'boddi mewn dyled\\w*', 'teimlo yn wag', 'teimlo yn drist', 'trist iawn', 'ddim yn hapus', 'stopio ateb', 'heb adael y ty', 'blino yn lan', 'ddim di bod yn fi fy hun', 'yfed mwy', 'unig ers', 'struggle', 'struggle o', 'drech na fi', 'drech na mi', 'anxiety', 'gorbryder', 'methu meddwl', 'ffaelu meddwl', 'dim yn ymdopi', 'ddim yn ymdopi')),
  ]),
  ...rules('child', 'unclear', [
    re(any('poeni', 'pryderu', 'pryder', 'becso', 'gofidio'), ' ', gap(4), CHILD),
  ]),
];

/** Welsh idioms and accidents that sound like risk and are not; removed before the rules run. */
export const WELSH_NOT_RISK: RegExp[] = [
  /\b(?:yn|n) (?:fy )?(?:lladd|ladd|nladd) i\b(?=.*\b(?:drewdod|arogl|gwres|sŵn|swn|aros|ciw|ffurflen|gwaith|cefn|traed|pen))/g,
  /\b(?:bu )?bron i mi (?:farw|marw) (?:chwerthin|o gywilydd|o embaras)\b/g,
  /\b(?:marw|farw|wedi marw) (?:o flinder|o chwerthin|o gywilydd|o syched|o eisiau bwyd|isio gwybod|eisiau gwybod|eisiau mynd|isio mynd)\b/g,
  /\b(?:marw|farw) (?:isio|eisiau|moyn) (?:gwybod|gweld|mynd|cael)\b/g,
  /\b(?:ffon|batri|ffôn) (?:wedi |yn )?(?:marw|farw)\b/g,
  /\b(?:g|)orddos o (?:siwgr|siocled|gaffein|caffein|goffi|coffi|felysion|losin|deledu)\b/g,
  /\b(?:pobl|bobl|dyn|ddyn|dynes|menyw|nifer y bobl) n?dd?igartref\b/g,
  /\bbyw ar (?:ben|mhen|fy mhen|ei ben|ei phen) (?:fy|ei) hun(?:an)?\b/g,
  /\b(?:nhraed|traed|nghefn|cefn|mhen|nghoesau|coesau|nannedd|ngwddf|mhengliniau|drewdod|arogl|gwres|swn|ciw|ffurflen|gwaith|biniau)\b (?:\S+ ){0,3}?(?:yn|n) fy (?:lladd|ladd) i\b/g,
  /\b(?:yn|n) lladd y (?:llyfrgelloedd|gwasanaeth|stryd|dre|dref|busnesau)\b/g,
  /\b(?:torrais|torri|dorri|nhorri|brifo|frifo|mrifo|anafu|llosgi|losgi) (?:fy|y) (?:\S+ ){0,1}(?:\S+ ){0,4}?(?:ar y|ar yr|ar gaead|wrth gario|wrth godi|wrth symud|wrth agor|yn ddamweiniol|trwy ddamwain|baglu|syrthio|cwympo|llithro|ar y palmant|ar y bin)\b/g,
];
