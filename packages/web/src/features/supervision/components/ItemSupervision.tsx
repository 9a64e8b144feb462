import { useTranslation } from 'react-i18next';
import '../supervision.css';
import { SectionCard } from '../../../ui/SectionCard';
import type { Item } from '@plantrack/contract/items/items.contract';
import { ItemExtensions } from './ItemExtensions';
import { ItemInstructions } from './ItemInstructions';
import { ItemOrders } from './ItemOrders';

/** 督查督办 on the item page: its supervision orders, extension requests and leaders' instructions. */
export function ItemSupervision({ item }: { item: Item }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="supervision" title={t('supervision.item.title')}>
      <ItemInstructions itemId={item.id} />
      <ItemOrders itemId={item.id} />
      <ItemExtensions item={item} />
    </SectionCard>
  );
}
