/** What a caught value says: an Error's message, or the value as text (a thrown string). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
