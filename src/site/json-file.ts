/** A JSON file for people to read and reuse: indented by one space, ending with a line feed. */
export function jsonFile(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
