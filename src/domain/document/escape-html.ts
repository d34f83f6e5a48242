/**
 * The one HTML escape. Every piece of text that goes into an exported page (user text, labels,
 * numbers) passes through it, in element content and in attribute values alike.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? '');
}
