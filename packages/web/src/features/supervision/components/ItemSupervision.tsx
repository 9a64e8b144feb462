import type { Item } from '../../items/api/items.api';

/** The item's supervision orders, extension requests, instructions and acknowledgements (being built). */
export function ItemSupervision(_props: { item: Item }) {
  return null;
}
