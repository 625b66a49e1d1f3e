/** Fetching pages of the site the e2e set-up serves. */
import { expect } from 'vitest';

/** A fetch of a path of the served site that expects it to answer 200. */
export function pageFetcher(baseUrl: string): (path: string) => Promise<Response> {
  return async (path) => {
    const response = await fetch(new URL(path, baseUrl));
    expect(response.status, path).toBe(200);
    return response;
  };
}
