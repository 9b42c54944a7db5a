/**
 * Welsh signs that are asked about ("are you safe?") rather than handed off: low mood, not
 * coping, loneliness, and worry about a child. Kept apart from the clear rules because they
 * grow by everyday vocabulary, where a false alarm costs a question, not a handoff.
 */
import { any, gap, re, rules, type RiskRule } from './rule';
import { CANT, CHILD, COPE } from './welsh-rules';

/** Welsh rules that only ask. */
export const WELSH_UNCLEAR_RULES: RiskRule[] = [
  ...rules('suicide', 'unclear', [
    re(CANT, ' ', gap(1), COPE),
    re(any('isel iawn', 'isel ofnadwy', 'mor isel', 'yn isel', 'n isel', 'isel uffernol', 'rili isel', 'rili low', 'mor low', 'teimlo n low', 'teimlo yn low', 'unig iawn', 'mor unig', 'yn unig', 'dim gobaith', 'teimlo yn anobeithiol', 'dwi yn anobeithiol', 'ar ben fy nhennyn', 'methu cysgu', 'heb fwyta', 'ddim wedi bwyta', 'crio drwy r amser', 'crio trwy r amser', 'crio bob', 'llefain', 'gormod i mi', 'popeth yn ormod', 'yn ormod', 'llond bol ar bopeth', 'llond bol ar fywyd', 'wedi blino ar bopeth', 'wedi blino ar fywyd', 'dim pwynt', 'diwerth', 'ddiwerth', 'wag tu mewn', 'yn suddo', 'teimlo ar goll', 'dwi ar goll', 'mor ar goll', 'ar y dibyn', 'ddim yn iawn', 'yn cael trafferth', 'stryglo', 'struggling', 'depressed', 'iselder', 'pryder', 'panic', 'dim egni', 'dim byd ar ol', 'neb i siarad', 'neb yn poeni', 'neb yn malio', 'neb yn becso', 'casau fy hun', 'dwi n fethiant', 'ddim yn cysgu', 'troi a throi', 'neb wedi siarad', 'dim ond y teledu', 'heb agor ei llenni', 'heb agor y llenni', 'boddi mewn dyled\\w*', 'teimlo yn wag', 'teimlo yn drist', 'trist iawn', 'ddim yn hapus', 'stopio ateb', 'heb adael y ty', 'blino yn lan', 'ddim di bod yn fi fy hun', 'yfed mwy', 'unig ers', 'struggle', 'struggle o', 'drech na fi', 'drech na mi', 'anxiety', 'gorbryder', 'methu meddwl', 'ffaelu meddwl', 'dim yn ymdopi', 'ddim yn ymdopi')),
    // Not being all right, said the way people say it: "sai'n ok", "popeth yn pentyrru", "panicio bob tro", "prin yn siarad efo neb".
    re(any('ddim yn ok', 'ddim yn okay', 'ddim yn ocei', 'dim yn ok'), '(?! (?:efo|gyda|hefo) (?:y|r|hyn|hynny))'),
    re(any('popeth', 'bopeth', 'bob dim', 'pob dim', 'pethau', 'petha', 'y cwbl'), ' ', gap(1), any('pentyrru', 'bentyrru', 'mynd yn drech', 'ormod')),
    re(any('panicio', 'banicio', 'pyliau o banig', 'pwl o banig'), ' ', gap(1), any('bob', 'drwy r', 'trwy r', 'eto', 'gwaethygu')),
    re(any('siarad', 'gweld'), ' ', any('efo', 'gyda', 'hefo', 'a'), ' neb ', any('ers', 'o un', 'o wythnos', 'am ddyddiau', 'am wythnosau')),
  ]),
  ...rules('child', 'unclear', [
    re(any('poeni', 'pryderu', 'pryder', 'becso', 'gofidio'), ' ', gap(4), CHILD),
  ]),
];
