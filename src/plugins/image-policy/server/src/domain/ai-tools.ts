/** Text reduced to lower-case words separated by single spaces, so "DALL·E 3" and "dall-e" compare as words. */
const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** The first configured AI tool the text names as a whole word ("ChatGPT-4o" names ChatGPT; "Geminids" names none). */
export function namedAiTool(text: string | null | undefined, tools: readonly string[]): string | null {
  if (!text) return null;
  const haystack = words(text);
  return tools.find((tool) => words(tool).trim() !== '' && haystack.includes(words(tool))) ?? null;
}

/** Whether the text tells a reader the image is machine-made: one of the disclosure terms, as a whole word. */
export function disclosesAi(text: string | null | undefined, terms: readonly string[]): boolean {
  return namedAiTool(text, terms) !== null;
}

const PHOTOGRAPHER = /\b(photo|photos|photograph|photographs|photographer|photographed|foto|fotografija|photography)\b/i;

/** Whether a credit presents someone as the photographer ("Photo: Jane Doe", "Photographer Ana K."). */
export const creditsPhotographer = (credit: string): boolean => PHOTOGRAPHER.test(credit);
