/**
 * The URL that downloads a query's document as a file, for a link in a page whose session is a
 * cookie (`<a href={downloadUrl(base, 'getDocument', { id: documentId })}>`):
 * `{baseUrl}/downloads/{name}?input=<JSON>`.
 */
export function downloadUrl(baseUrl: string | URL, name: string, input: Readonly<Record<string, unknown>> = {}): string {
  const base = String(baseUrl).replace(/\/+$/, '');
  return `${base}/downloads/${encodeURIComponent(name)}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
