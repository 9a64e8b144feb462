import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ChoosableColumn {
  key: string;
  title: string;
  /** Columns that make no sense hidden (the task itself) cannot be unticked. */
  isFixed?: boolean;
}

export interface ColumnChooserProps {
  columns: ChoosableColumn[];
  visible: string[];
  onChange: (visible: string[]) => void;
  onReset: () => void;
}

/** Lets the user pick which ledger columns to show, like hiding columns in Excel. */
export function ColumnChooser({ columns, visible, onChange, onReset }: ColumnChooserProps) {
  const { t } = useTranslation();
  const content = (
    <div className="column-chooser">
      <Checkbox.Group
        aria-label={t('table.columns')}
        value={visible}
        onChange={(values) => onChange(columns.filter((column) => column.isFixed || values.includes(column.key)).map((column) => column.key))}
      >
        <Space orientation="vertical" size={6}>
          {columns.map((column) => (
            <Checkbox key={column.key} value={column.key} disabled={column.isFixed}>
              {column.title}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
      <Button type="link" size="small" onClick={onReset} className="column-chooser__reset">
        {t('table.resetColumns')}
      </Button>
    </div>
  );
  return (
    <Popover content={content} title={t('table.columns')} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined aria-hidden="true" />}>{t('table.columns')}</Button>
    </Popover>
  );
}
