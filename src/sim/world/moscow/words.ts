/**
 * The generic words signs may carry (no brand names: src/content/README.md). The view draws them all
 * once into one shared atlas, so a level's signs cost one texture and one draw call.
 */
export const SIGN_WORDS = [
  "МЕТРО",
  "АПТЕКА",
  "ПРОДУКТЫ",
  "ГОСТИНИЦА",
  "ОФИС",
  "КАФЕ",
  "ХЛЕБ",
  "ЦВЕТЫ",
  "ПЕЧАТЬ",
  "ОБУВЬ",
  "РЕМОНТ",
  "ГАСТРОНОМ",
  "ПЕРЕХОД",
  "ОСТАНОВКА",
  "ЛАБОРАТОРИЯ",
  "ВЫХОД",
  "ЛИФТ",
] as const;

export type SignWord = (typeof SIGN_WORDS)[number];

/** Words a shop front picks from. */
export const SHOP_WORDS: readonly SignWord[] = ["АПТЕКА", "ПРОДУКТЫ", "КАФЕ", "ХЛЕБ", "ЦВЕТЫ", "ОБУВЬ", "РЕМОНТ", "ГАСТРОНОМ", "ОФИС", "ГОСТИНИЦА"];

/** Width of a sign for a word at a given letter height, metres (about 0.7 em per letter plus margins). */
export function signWidthM(word: string, heightM: number): number {
  return heightM * (0.7 * word.length + 0.8);
}
