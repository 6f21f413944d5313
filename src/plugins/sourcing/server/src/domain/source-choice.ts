/** An existing Source as the editor's pickers show it: by title and host, with its address (GET /sourcing/sources). */
export interface SourceChoice {
  documentId: string;
  title: string | null;
  host: string;
  url: string;
  publisher: string | null;
}
