/** C#-only constants shared by several rules. */

/** Calls that HTML-encode (or serialize to JSON) a value. */
export const CS_HTML_SANITIZERS =
  /(?:^|\.)(?:HtmlEncode|Encode|HtmlAttributeEncode|JavaScriptStringEncode|Sanitize|SanitizeHtml|Serialize|SerializeObject|EscapeDataString|UrlEncode|Escape)$/
