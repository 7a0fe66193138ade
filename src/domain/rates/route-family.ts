/**
 * Model families, derived from a model's id and name (the rate sheet's generator uses this, so a new
 * model needs no list to be edited). The rules, in words:
 * - A Kimi model numbered `kimi-k<N>` is in family "K<N>": kimi-k2-0905-preview → "K2",
 *   kimi-k2.5-turbo → "K2.5", kimi-k3.1-pro → "K3.1".
 * - Any other Kimi model (its id starts with "kimi") is in "Kimi <the second word of its name>":
 *   "Kimi Linear 48B A3B Instruct" → "Kimi Linear", "Kimi Dev 72B" → "Kimi Dev", "Kimi Latest (alias)"
 *   → "Kimi Latest"; a name of one word gives "Kimi".
 * - Any other model is in the family of the first word of its name, up to a space or hyphen:
 *   "GPT-6.2 Astra" → "GPT", "Claude Sonnet 4" → "Claude", "Gemini 2.5 Pro" → "Gemini".
 * - A family's human name: "K<N>" reads "Kimi K<N>"; every other family is already a name.
 * Family ids are kept in links (the comparison filter `f`), so "K2.6" stays "K2.6".
 */

const NUMBERED_KIMI = /^kimi-k(\d+(?:\.\d+)?)(?![\d.])/i;

export function familyOf(modelId: string, modelName: string): string {
  const numbered = NUMBERED_KIMI.exec(modelId);
  if (numbered) return `K${numbered[1]}`;
  const words = modelName
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (/^kimi/i.test(modelId)) {
    const second = words[1]?.replace(/[^\p{L}\p{N}.]/gu, '');
    return second ? `Kimi ${second.charAt(0).toUpperCase()}${second.slice(1)}` : 'Kimi';
  }
  return words[0] ?? (modelId || 'Other');
}

export function familyName(family: string): string {
  return /^K\d/.test(family) ? `Kimi ${family}` : family;
}
