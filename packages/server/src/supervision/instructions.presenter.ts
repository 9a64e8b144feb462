import type { InstructionRow } from './instructions.repository.js';

export function presentInstruction(row: InstructionRow) {
  return {
    id: row.id,
    itemId: row.itemId,
    text: row.text,
    author: { id: row.authorId, displayName: row.authorDisplayName, name: row.authorPersonName, title: row.authorTitle },
    at: row.at,
  };
}
