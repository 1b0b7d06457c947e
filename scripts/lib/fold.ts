/**
 * Folds text to the forms the extraction rules are written in, one character for one (so every
 * offset still points into the original): full-width digits and signs to ASCII (５．５％ → 5.5%)
 * and Traditional characters to Simplified (過去一年工作回顧 → 过去一年工作回顾, 萬人 → 万人).
 * The text itself is never changed; only what the rules look at.
 */

const FULL_WIDTH: Record<string, string> = { '．': '.', '％': '%', '－': '-', '～': '~', '＋': '+' };

/** Traditional → Simplified, as pairs (過过 顧顾 …), for the characters the rules, units and indicator names use. */
const PAIRS = '過过顧顾預预萬万億亿標标總总長长區区務务點点個个項项條条處处臺台輛辆場场間间戶户噸吨畝亩裡里們们於于與与發发產产業业經经濟济設设劃划實实現现進进穩稳鎮镇鄉乡縣县圍围營营銷销費费價价額额財财稅税資资貿贸門门開开關关際际級级規规創创術术學学歷历東东車车電电網网態态環环綠绿擴扩築筑層层優优傳传統统兩两組组織织廣广華华會会議议協协鐵铁軌轨橋桥機机農农糧粮積积質质達达約约內内將将續续應应維维護护醫医療疗養养險险勞劳動动職职員员對对準准舉举辦办幣币專专數数據据雲云檔档碼码來来勢势報报綱纲';
const TO_SIMPLIFIED = new Map(Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS[2 * i]!, PAIRS[2 * i + 1]!]));


/** @example foldForms('增長５．５％') // => '增长5.5%' */
export function foldForms(text: string): string {
  return text.replace(/[０-９．％－～＋]|[\u3400-\u9fff]/g, (ch) =>
    FULL_WIDTH[ch] ?? (ch >= '０' && ch <= '９' ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : TO_SIMPLIFIED.get(ch) ?? ch));
}
