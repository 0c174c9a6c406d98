package io.coursedesk.enrolment;

import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PageQuery;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one pager every list read in key order uses ({@link TableReads#page}), against DynamoDB Local: pages that
 * continue without overlap or gap across the queries of a list, filters that still fill each page, and reads that
 * grow with the page, not with the partition.
 */
class TablePagesTest {
    private final LocalAws aws = LocalAws.get();
    /** Counts the items DynamoDB read for the queries, through the SDK's own interceptor hook. */
    private final AtomicInteger scanned = new AtomicInteger();
    private final DynamoDbClient counting = LocalCredentials.localClient(DynamoDbClient.builder(), aws.dynamoDbEndpoint())
            .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                @Override
                public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                    if (context.response() instanceof QueryResponse query) {
                        scanned.addAndGet(query.scannedCount());
                    }
                }
            })).build();
    private final TableReads reads = new TableReads(counting, new Table(aws.tableName()));

    @Test
    void pagesContinueAcrossTheQueriesOfAListAndTheFilterStillFillsThem() {
        String first = partition(7);
        String second = partition(6);
        List<PageQuery> queries = List.of(PageQuery.partition(first, "ROW#"), PageQuery.partition(second, "ROW#"));
        List<String> even = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        PagePosition position = null;
        do {
            Slice<String, PagePosition> page = reads.page(queries, item -> item.string("PK") + "|" + item.string("SK"),
                    row -> Integer.parseInt(row.substring(row.length() - 2)) % 2 == 0, 3, position);
            even.addAll(page.items());
            sizes.add(page.items().size());
            position = page.next();
        } while (position != null);

        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(even).hasSize(7).doesNotHaveDuplicates();
        assertThat(even.subList(0, 4)).allMatch(row -> row.startsWith(first));
        assertThat(even.subList(4, 7)).allMatch(row -> row.startsWith(second));
    }

    @Test
    void aFullLastPageHasNoNextAndAPageReadsOnlyWhatItShows() {
        String rows = partition(500);
        PageQuery query = PageQuery.partition(rows, "ROW#");

        scanned.set(0);
        Slice<Item, PagePosition> first = reads.page(query, Function.identity(), 5, null);
        int firstPageReads = scanned.get();
        Slice<Item, PagePosition> second = reads.page(query, Function.identity(), 5, first.next());
        Slice<Item, PagePosition> all = reads.page(query, Function.identity(), 250, null);
        Slice<Item, PagePosition> rest = reads.page(query, Function.identity(), 250, all.next());

        assertThat(first.items()).extracting(item -> item.string("SK")).containsExactly(
                "ROW#000", "ROW#001", "ROW#002", "ROW#003", "ROW#004");
        assertThat(firstPageReads).as("items read for a page of 5 out of 500").isLessThanOrEqualTo(6);
        assertThat(second.items().get(0).string("SK")).isEqualTo("ROW#005");
        assertThat(rest.items()).hasSize(250);
        assertThat(rest.next()).as("the list ends with a full page").isNull();
    }

    /** A partition of its own with {@code count} rows {@code ROW#000}...; returns its key. */
    private String partition(int count) {
        String pk = "TEST#" + Ids.newId();
        for (int i = 0; i < count; i++) {
            String sk = String.format("ROW#%03d", i);
            aws.dynamoDbClient().putItem(b -> b.tableName(aws.tableName())
                    .item(Item.create().with(Table.PK, pk).with(Table.SK, sk).attributes()));
        }
        return pk;
    }
}
