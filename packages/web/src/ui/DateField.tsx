import { DatePicker } from 'antd';
import type { DatePickerProps } from 'antd';
import dayjs from 'dayjs';

const DATE_FORMAT = 'YYYY-MM-DD';

export interface DateFieldProps extends Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'format' | 'picker' | 'multiple'> {
  /** A calendar date as the API writes it (`2023-07-07`); empty or null: none. */
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/**
 * Ant Design's date picker over the API's `YYYY-MM-DD` text, so a form holds and sends the same
 * string the server validates. The calendar speaks the user's language (App.tsx sets Ant Design's and
 * dayjs's locale); the field shows and accepts typed dates as YYYY-MM-DD, as Chinese forms write them.
 */
export function DateField({ value, onChange, style, ...props }: DateFieldProps) {
  // The API's dates are ISO calendar dates, which dayjs reads as that day in the user's time zone.
  const date = value ? dayjs(value) : null;
  return (
    <DatePicker
      format={DATE_FORMAT}
      style={{ width: '100%', ...style }}
      {...props}
      value={date?.isValid() ? date : null}
      onChange={(next) => onChange?.(next ? next.format(DATE_FORMAT) : null)}
    />
  );
}
