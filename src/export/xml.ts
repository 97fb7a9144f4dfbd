/**
 * XML 1.0 text for the GraphML and GEXF writers.
 *
 * XML 1.0 cannot carry U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, lone
 * surrogates, U+FFFE or U+FFFF, not even as character references. Those are
 * deleted (never replaced), so the same graph always gives the same file and
 * every other character, `<`, `&`, quotes, newlines and all scripts included,
 * survives a round trip unchanged.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string without the characters XML 1.0 cannot hold. */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML, '');
}

/**
 * Escapes element text. `\r` becomes a character reference, otherwise
 * parsers would normalise `\r\n` to `\n`; `>` is escaped so `]]>` cannot occur.
 */
export function xmlText(value: string): string {
  return xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Escapes an attribute value (double-quoted). Tabs and line breaks become
 * character references, otherwise attribute-value normalisation turns them
 * into spaces.
 */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
