import { InputNumber } from 'antd';
import type { InputNumberProps } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';

/**
 * A percentage field. It does not clamp what is typed (140 silently becoming 100 hides a typing
 * error); `percentRules` says why a value outside 0–100 is refused.
 */
export function PercentInput(props: InputNumberProps<number>) {
  return <InputNumber<number> precision={2} step={5} suffix="%" style={{ width: 180 }} {...props} />;
}

export function percentRules(t: TFunction): Rule[] {
  return [{ type: 'number', min: 0, max: 100, message: t('form.percentRange') }];
}
