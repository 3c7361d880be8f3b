/** A product as a search box offers it: reference and name, with its collection and category to tell two alike apart. */
export type ProductSuggestion = { id: string; name: string; reference: string; detail: string };

export function toProductSuggestion(row: { id: string; name: string; reference: string; collection: string | null; category: string | null }): ProductSuggestion {
  return { id: row.id, name: row.name, reference: row.reference, detail: [row.collection, row.category].filter(Boolean).join(' · ') };
}
