/** Lower case without accents, to compare what was typed with names: `Organización` → `organizacion`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
