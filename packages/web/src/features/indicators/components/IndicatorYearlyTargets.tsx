import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';

export interface IndicatorYearlyTargetsProps {
  yearRules: Rule[];
  decimalRules: Rule[];
}

/** 年度目标: one row per year (a year at most once), inside the indicator form. */
export function IndicatorYearlyTargets({ yearRules, decimalRules }: IndicatorYearlyTargetsProps) {
  const { t } = useTranslation();
  const onceRule =
    (index: number): Rule =>
    ({ getFieldValue }) => ({
      validator: (_, value: number | null) => {
        const rows = (getFieldValue('yearlyTargets') ?? []) as { year: number | null }[];
        const isRepeated = value != null && rows.some((row, other) => other !== index && row?.year === value);
        return isRepeated ? Promise.reject(new Error(t('indicatorAdmin.duplicateYear'))) : Promise.resolve();
      },
    });
  return (
    <Form.Item label={t('indicatorAdmin.yearlyTargets')}>
      <Form.List name="yearlyTargets">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <Space key={row.key} align="start" wrap>
                <Form.Item name={[row.name, 'year']} rules={[{ required: true, message: t('indicatorAdmin.yearRequired') }, ...yearRules, onceRule(index)]}>
                  <InputNumber<number>
                    precision={0}
                    controls={false}
                    placeholder={t('indicatorAdmin.year')}
                    aria-label={t('indicatorAdmin.year')}
                    style={{ width: 110 }}
                  />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'value']}
                  rules={[{ required: true, whitespace: true, message: t('indicatorAdmin.valueRequired') }, ...decimalRules]}
                >
                  <Input
                    inputMode="decimal"
                    maxLength={30}
                    placeholder={t('indicatorAdmin.value')}
                    aria-label={t('indicatorAdmin.value')}
                    style={{ width: 140 }}
                  />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('indicatorAdmin.removeYearlyTarget')} onClick={() => remove(row.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year: null, value: '' })}>
              {t('indicatorAdmin.addYearlyTarget')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
