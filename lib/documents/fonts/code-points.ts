/**
 * The characters our document fonts keep (see make-fonts.ts). Anything else is drawn as "?".
 * Changing this list means running make-fonts.ts again and committing the new .ttf files.
 */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export const CODE_POINTS: number[] = [
  ...range(0x20, 0x7e), // Basic Latin
  ...range(0xa0, 0xff), // Latin-1 Supplement (§, «», ×, ó, ü, …)
  ...range(0x100, 0x17f), // Latin Extended-A (ą ć ę ł ń ś ź ż and the rest of Central Europe)
  ...range(0x218, 0x21b), // Romanian ș ț
  ...range(0x2002, 0x200a), // typographic spaces
  ...range(0x2010, 0x2015), // hyphens and dashes (– —)
  ...range(0x2018, 0x201e), // quotes („ ” ‘ ’ ‚)
  0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2032, 0x2033, 0x2039, 0x203a, 0x202f, // † ‡ • … ‰ ′ ″ ‹ › NNBSP
  0x20ac, 0x2116, 0x2122, // € № ™
  ...range(0x2190, 0x2193), // arrows
  0x2212, 0x2260, 0x2264, 0x2265, // − ≠ ≤ ≥
  0x2713, 0x2717, // ✓ ✗
];

