/** Small text helpers for the account pages. */

/**
 * A browser's user-agent string as a person would say it: "Chrome on Windows",
 * "Safari on iPhone". The full string is shown next to it, so a guess that is
 * wrong hides nothing.
 */
export function describeUserAgent(ua: string): string {
  const s = ua.trim();
  if (s === '') return 'Unknown browser';
  const browser = /Edg\//.test(s)
    ? 'Edge'
    : /Firefox\//.test(s)
      ? 'Firefox'
      : /(Chrome|CriOS)\//.test(s)
        ? 'Chrome'
        : /Safari\//.test(s) && /Version\//.test(s)
          ? 'Safari'
          : /^curl\//.test(s)
            ? 'curl'
            : null;
  const system = /iPhone/.test(s)
    ? 'iPhone'
    : /iPad/.test(s)
      ? 'iPad'
      : /Android/.test(s)
        ? 'Android'
        : /Windows/.test(s)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(s)
            ? 'Mac'
            : /Linux/.test(s)
              ? 'Linux'
              : null;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? (system ? `A browser on ${system}` : 'Another browser or app');
}

/** The non-empty entries of a list the API may send as null. */
export function listOf(values: ReadonlyArray<string> | null | undefined): string[] {
  return (values ?? []).map((v) => v.trim()).filter((v) => v !== '');
}

/** A postal address from its parts, one line each, empty parts left out. */
export function addressLines(parts: Array<string | null | undefined>): string[] {
  return parts.map((p) => (p ?? '').trim()).filter((p) => p !== '');
}
