/** A numbered citation as the completion list offers it. */
export interface CitationOption {
  /** What is written: "[3]". */
  label: string;
  /** The source it stands for (title and host), or why there is none. */
  detail: string;
}

/** A citation's source as the sourcing report gives it. */
export interface CitedSource {
  url: string;
  title?: string | null;
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

/** How a citation's source reads in the list: its title and host, never a bare address. */
export function sourceLabel(source: CitedSource | null | undefined): string {
  if (!source) return 'waiting for a source';
  const host = hostOf(source.url);
  return source.title ? `${source.title} (${host})` : host;
}

/**
 * The citations an editor may type after "[": every number on the form's citation list or already cited in the text,
 * in order, each with its source, then the next free number for a new source.
 */
export function citationOptions(listed: readonly number[], cited: readonly number[], sources: ReadonlyMap<number, CitedSource | null>): CitationOption[] {
  const numbers = [...new Set([...listed, ...cited].filter((number) => Number.isInteger(number) && number > 0))].sort((a, b) => a - b);
  const next = (numbers.at(-1) ?? 0) + 1;
  return [
    ...numbers.map((number) => ({ label: `[${number}]`, detail: sourceLabel(sources.get(number)) })),
    { label: `[${next}]`, detail: 'next number: a new citation' },
  ];
}
