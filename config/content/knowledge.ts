/**
 * Knowledge articles the bot answers from, each with its source page. Short answers in plain
 * English with Welsh beside them (Welsh needs review, see index.ts). Fictional council domain.
 */
import type { KnowledgeArticle } from '../../dialogs/types';

const SITE = 'https://www.example-council.gov.uk';
const INTRANET = 'https://intranet.example-council.gov.uk';

/** Public and staff articles. */
export const knowledgeArticles: KnowledgeArticle[] = [
  {
    id: 'bin-day', audience: 'public',
    title: { en: 'Your bin collection day', cy: 'Eich diwrnod casglu biniau' },
    answer: { en: 'Your bin day depends on your street. Enter your postcode on our bin calendar to see your next collection days. Put your bins out by 7am.', cy: "Mae eich diwrnod bin yn dibynnu ar eich stryd. Rhowch eich cod post ar ein calendr biniau i weld eich diwrnodau casglu nesaf. Rhowch eich biniau allan erbyn 7am." },
    url: { en: `${SITE}/bins/collection-day`, cy: `${SITE}/cy/biniau/diwrnod-casglu` },
    keywords: { en: ['bin day', 'collection day', 'when', 'bins', 'calendar', 'collected', 'next collection', 'schedule'], cy: ['diwrnod bin', 'diwrnod casglu', 'pryd', 'biniau', 'calendr', 'casglu'] },
  },
  {
    id: 'what-goes-in-which-bin', audience: 'public',
    title: { en: 'What goes in which bin', cy: "Beth sy'n mynd ym mha fin" },
    answer: { en: 'Black bin: general rubbish. Blue bin: paper, card, cans, plastic bottles and glass. Brown caddy: food waste. Green bin: grass and garden cuttings.', cy: 'Bin du: sbwriel cyffredinol. Bin glas: papur, cardfwrdd, caniau, poteli plastig a gwydr. Cadi brown: gwastraff bwyd. Bin gwyrdd: glaswellt a thoriadau gardd.' },
    url: { en: `${SITE}/bins/what-goes-in-which-bin`, cy: `${SITE}/cy/biniau/beth-sy-n-mynd-ym-mha-fin` },
    keywords: { en: ['which bin', 'what goes', 'recycle', 'recycling', 'plastic', 'glass', 'paper', 'cardboard', 'food', 'put in'], cy: ['pa fin', 'ailgylchu', 'plastig', 'gwydr', 'papur', 'cardfwrdd', 'bwyd'] },
  },
  {
    id: 'council-tax-discounts', audience: 'public',
    title: { en: 'Council tax discounts', cy: 'Gostyngiadau treth gyngor' },
    answer: { en: 'If you are the only adult living in your home, you can get 25% off your council tax (single person discount). Students and some carers may also pay less. Apply online.', cy: "Os mai chi yw'r unig oedolyn sy'n byw yn eich cartref, gallwch gael 25% oddi ar eich treth gyngor (gostyngiad person sengl). Efallai y bydd myfyrwyr a rhai gofalwyr yn talu llai hefyd. Gwnewch gais ar-lein." },
    url: { en: `${SITE}/council-tax/discounts`, cy: `${SITE}/cy/treth-gyngor/gostyngiadau` },
    keywords: { en: ['discount', 'single person', 'live alone', 'reduction', 'student', 'exemption', '25%', 'less', 'cheaper'], cy: ['gostyngiad', 'person sengl', 'byw ar ben fy hun', 'myfyriwr', 'eithriad', 'llai'] },
  },
  {
    id: 'pay-council-tax', audience: 'public',
    title: { en: 'How to pay council tax', cy: 'Sut i dalu treth y cyngor' },
    answer: { en: 'The easiest way is Direct Debit. You can also pay online by card, by phone, or at a PayPoint shop. Have your 8-number account reference ready.', cy: "Y ffordd hawsaf yw Debyd Uniongyrchol. Gallwch hefyd dalu ar-lein â cherdyn, dros y ffôn, neu mewn siop PayPoint. Cadwch eich cyfeirnod cyfrif 8 rhif wrth law." },
    url: { en: `${SITE}/council-tax/pay`, cy: `${SITE}/cy/treth-gyngor/talu` },
    keywords: { en: ['pay', 'payment', 'direct debit', 'card', 'paypoint', 'how to pay', 'instalments', 'bill'], cy: ['talu', 'taliad', 'debyd uniongyrchol', 'cerdyn', 'bil', 'rhandaliadau'] },
  },
  {
    id: 'blue-badge', audience: 'public',
    title: { en: 'Blue Badge: who can get one and renewing', cy: 'Bathodyn Glas: pwy sy’n gallu cael un ac adnewyddu' },
    answer: { en: 'You may get a Blue Badge if you find walking very hard, are registered blind, or get certain benefits. Badges last up to 3 years. Renew up to 12 weeks before yours runs out.', cy: "Efallai y gallwch gael Bathodyn Glas os yw cerdded yn anodd iawn i chi, os ydych chi wedi'ch cofrestru'n ddall, neu os ydych chi'n cael rhai budd-daliadau. Mae bathodynnau'n para hyd at 3 blynedd. Adnewyddwch hyd at 12 wythnos cyn i'ch un chi ddod i ben." },
    url: { en: `${SITE}/parking/blue-badge`, cy: `${SITE}/cy/parcio/bathodyn-glas` },
    keywords: { en: ['blue badge', 'disabled parking', 'eligible', 'eligibility', 'renew', 'renewal', 'apply', 'expire'], cy: ['bathodyn glas', 'parcio anabl', 'cymwys', 'adnewyddu', 'gwneud cais', 'dod i ben'] },
  },
  {
    id: 'report-pothole', audience: 'public',
    title: { en: 'Report a pothole', cy: 'Rhoi gwybod am dwll yn y ffordd' },
    answer: { en: 'Report a pothole on our website. Tell us where it is and drop a pin on the map. A photo helps. We fix dangerous potholes within 24 hours.', cy: "Rhowch wybod am dwll yn y ffordd ar ein gwefan. Dywedwch wrthym ble mae e a rhowch bin ar y map. Mae llun yn helpu. Rydyn ni'n trwsio tyllau peryglus o fewn 24 awr." },
    url: { en: `${SITE}/roads/report-a-pothole`, cy: `${SITE}/cy/ffyrdd/rhoi-gwybod-am-dwll` },
    keywords: { en: ['pothole', 'hole in road', 'road damage', 'pavement', 'road', 'report'], cy: ['twll', 'twll yn y ffordd', 'ffordd', 'palmant', 'difrod'] },
  },
  {
    id: 'library-opening', audience: 'public',
    title: { en: 'Library opening times', cy: 'Oriau agor llyfrgelloedd' },
    answer: { en: 'Most libraries are open Monday to Friday 9am to 6pm, and Saturday 9am to 1pm. They are closed on Sundays and bank holidays. Check your local library page for changes.', cy: "Mae'r rhan fwyaf o lyfrgelloedd ar agor o ddydd Llun i ddydd Gwener 9am tan 6pm, a dydd Sadwrn 9am tan 1pm. Maen nhw ar gau ar ddydd Sul a gwyliau banc. Gwiriwch dudalen eich llyfrgell leol am newidiadau." },
    url: { en: `${SITE}/libraries/opening-times`, cy: `${SITE}/cy/llyfrgelloedd/oriau-agor` },
    keywords: { en: ['library', 'libraries', 'opening times', 'open', 'hours', 'books', 'closed'], cy: ['llyfrgell', 'llyfrgelloedd', 'oriau agor', 'ar agor', 'llyfrau', 'ar gau'] },
  },
  {
    id: 'recycling-centre', audience: 'public',
    title: { en: 'Household waste recycling centres (the tip)', cy: 'Canolfannau ailgylchu gwastraff cartref (y domen)' },
    answer: { en: 'Our recycling centres take large items, wood, metal, electricals and garden waste. They are open every day 8am to 6pm. Book a slot online if you bring a van.', cy: "Mae ein canolfannau ailgylchu yn derbyn eitemau mawr, pren, metel, nwyddau trydanol a gwastraff gardd. Maen nhw ar agor bob dydd 8am tan 6pm. Archebwch slot ar-lein os ydych chi'n dod â fan." },
    url: { en: `${SITE}/bins/recycling-centres`, cy: `${SITE}/cy/biniau/canolfannau-ailgylchu` },
    keywords: { en: ['tip', 'dump', 'recycling centre', 'household waste', 'large items', 'furniture', 'van', 'electricals'], cy: ['tomen', 'domen', 'canolfan ailgylchu', 'gwastraff cartref', 'eitemau mawr', 'dodrefn', 'fan'] },
  },
  {
    id: 'staff-annual-leave', audience: 'staff',
    title: { en: 'Annual leave policy', cy: 'Polisi gwyliau blynyddol' },
    answer: { en: 'Full-time staff get 27 days of annual leave plus bank holidays, rising to 32 days after 5 years. Book leave in the HR system and ask your manager to approve it.', cy: "Mae staff llawn amser yn cael 27 diwrnod o wyliau blynyddol a gwyliau banc, gan godi i 32 diwrnod ar ôl 5 mlynedd. Archebwch wyliau yn y system AD a gofynnwch i'ch rheolwr ei gymeradwyo." },
    url: { en: `${INTRANET}/hr/annual-leave`, cy: `${INTRANET}/cy/ad/gwyliau-blynyddol` },
    keywords: { en: ['annual leave', 'holiday', 'holidays', 'days off', 'leave', 'book leave', 'entitlement'], cy: ['gwyliau blynyddol', 'gwyliau', 'diwrnodau i ffwrdd', 'hawl'] },
  },
  {
    id: 'staff-expenses', audience: 'staff',
    title: { en: 'Claiming expenses', cy: 'Hawlio treuliau' },
    answer: { en: 'Claim expenses in the HR system within 3 months. Add a photo of each receipt. Mileage is paid at 45p a mile for the first 10,000 miles.', cy: "Hawliwch dreuliau yn y system AD o fewn 3 mis. Ychwanegwch lun o bob derbynneb. Telir milltiroedd ar 45c y filltir am y 10,000 milltir cyntaf." },
    url: { en: `${INTRANET}/finance/expenses`, cy: `${INTRANET}/cy/cyllid/treuliau` },
    keywords: { en: ['expenses', 'expense claim', 'mileage', 'receipt', 'claim', 'travel'], cy: ['treuliau', 'hawlio', 'milltiroedd', 'derbynneb', 'teithio'] },
  },
  {
    id: 'staff-password-reset', audience: 'staff',
    title: { en: 'Reset your IT password', cy: 'Ailosod eich cyfrinair TG' },
    answer: { en: 'Reset your password at the self-service portal using your phone for the code. If you are locked out, call the IT service desk on extension 4000.', cy: "Ailosodwch eich cyfrinair ar y porth hunanwasanaeth gan ddefnyddio eich ffôn am y cod. Os ydych chi wedi cael eich cloi allan, ffoniwch ddesg gwasanaeth TG ar estyniad 4000." },
    url: { en: `${INTRANET}/it/password-reset`, cy: `${INTRANET}/cy/tg/ailosod-cyfrinair` },
    keywords: { en: ['password', 'reset password', 'locked out', 'login', 'it', 'account locked', 'forgot password'], cy: ['cyfrinair', 'ailosod', 'wedi cloi allan', 'mewngofnodi', 'tg'] },
  },
];
