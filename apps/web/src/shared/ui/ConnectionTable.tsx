import { Table } from 'antd';
import type { ColumnsType, TableProps } from 'antd/es/table';
import { LoadMore } from './LoadMore';

/** The part of a Relay connection a list page reads. */
export interface ConnectionLike<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

interface Props<Node> {
  connection: ConnectionLike<Node> | undefined;
  columns: ColumnsType<Node>;
  /** True while the first page or a further page is loading. */
  loading: boolean;
  /** Asks for the page after `after` (e.g. `fetchMore({ variables: { after } })`). */
  onLoadMore: (after: string) => void;
  rowKey?: string;
  scrollX?: number;
  testId?: string;
  /** Checkboxes for bulk actions on the rows. */
  rowSelection?: TableProps<Node>['rowSelection'];
}

/** A list page's table over a connection: its rows, "N / total loaded" and a load-more button. */
export function ConnectionTable<Node extends object>({ connection, columns, loading, onLoadMore, rowKey = 'id', scrollX, testId, rowSelection }: Props<Node>) {
  const endCursor = connection?.pageInfo.endCursor;
  return (
    <>
      <Table<Node>
        rowKey={rowKey}
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        loading={loading && !connection}
        pagination={false}
        scroll={scrollX ? { x: scrollX } : undefined}
        rowSelection={rowSelection}
        data-testid={testId}
      />
      {connection && (
        <LoadMore
          loaded={connection.edges.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage && !!endCursor}
          loading={loading}
          onLoadMore={() => endCursor && onLoadMore(endCursor)}
        />
      )}
    </>
  );
}
