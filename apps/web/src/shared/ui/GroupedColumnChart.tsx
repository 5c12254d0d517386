import { Column } from '@ant-design/plots';
import { Empty } from 'antd';

export interface GroupedColumnRow {
  /** The category on the x axis, already translated. */
  key: string;
  /** The bar within the group (the colour), already translated. */
  measure: string;
  /** Yuan as a number, for the axis only. */
  yuan: number;
}

/** Side-by-side bars of money per category (programme and portfolio breakdowns); empty data shows `emptyText`. */
export function GroupedColumnChart({ data, emptyText, yTitle = false, height = 220 }: { data: readonly GroupedColumnRow[]; emptyText: string; yTitle?: string | false; height?: number }) {
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Column
      data={[...data]}
      xField="key"
      yField="yuan"
      colorField="measure"
      group
      height={height}
      autoFit
      axis={{ y: { title: yTitle }, x: { title: false, labelAutoRotate: true } }}
    />
  );
}
