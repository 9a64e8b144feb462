import { describe, expect, expectTypeOf, it } from 'vitest';
import type { FilterTemplateFields, ItemFilter } from './items.repository.js';
import { FILTER_TEMPLATE_FIELDS } from './items.repository.js';

describe('the item filter as a query template', () => {
  it('names every field of the filter, so a new field cannot be left out of the cached query shape', () => {
    // The table is checked as complete for ItemFilter (not a partial table that happens to fit)…
    expectTypeOf(FILTER_TEMPLATE_FIELDS).toEqualTypeOf<FilterTemplateFields>();
    // …and a filter with a field the table does not name is refused by the compiler.
    // @ts-expect-error -- `ownerId` has no entry: a template would cache one SQL shape for every owner
    const withNewField: FilterTemplateFields<ItemFilter & { ownerId?: number | undefined }> = FILTER_TEMPLATE_FIELDS;
    expect(Object.keys(withNewField)).not.toContain('ownerId');
  });
});
