import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Code, Nodes } from 'mdast'

export interface FencedBlock {
  /** the info string's first word (`python` in ```python title="x"), or undefined */
  info: string | undefined
  code: string
  /** 1-based line in the markdown document of the block's first code line */
  firstLine: number
}

/** The fenced code blocks of a markdown document (an LLM answer, a README), in order. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'code') {
      const code = node as Code
      const start = code.position?.start.line ?? 1
      // A fenced block's code starts on the line after the fence; an indented block has no fence.
      const fenced = markdown.split('\n', start)[start - 1]?.trimStart().match(/^(`{3,}|~{3,})/) !== null
      blocks.push({ info: code.lang ?? undefined, code: code.value, firstLine: fenced ? start + 1 : start })
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(fromMarkdown(markdown))
  return blocks
}
