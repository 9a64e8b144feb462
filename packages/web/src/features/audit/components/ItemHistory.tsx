/** Every recorded change of the item (being built). */
export function ItemHistory(_props: { itemId: number }) {
  return null;
}
