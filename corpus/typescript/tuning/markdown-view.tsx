import React, { useMemo } from 'react';
import { marked } from 'marked';

type Props = {
  source: string;
  title: string;
  footerHtml?: string;
};

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export default function MarkdownView({ source, title, footerHtml }: Props) {
  const html = useMemo(() => marked.parse(source) as string, [source]);
  const heading = `<h1>${escapeHtml(title)}</h1>`;

  return (
    <article className="markdown">
      <header
        // ok: injection.xss
        dangerouslySetInnerHTML={{ __html: heading }}
      />
      <section
        // expect: injection.xss
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {footerHtml && (
        <footer
          // expect: injection.xss
          dangerouslySetInnerHTML={{ __html: footerHtml }}
        />
      )}
    </article>
  );
}

export function InlineCode({ code }: { code: string }) {
  // ok: injection.xss
  return <code className="inline">{code}</code>;
}
