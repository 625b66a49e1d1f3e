/** Lower-case ASCII words of a text, for readable ids: "10,000 soldiers" -> "10000-soldiers". No Node APIs, so the browser can use it too. */
export function slugWords(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d),(?=\d{3})/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
