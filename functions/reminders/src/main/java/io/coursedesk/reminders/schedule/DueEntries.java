package io.coursedesk.reminders.schedule;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The entries of a due-date partition of GSI2 ({@code <date>#<t>#<id>}) due up to a day, of every provider. */
public final class DueEntries {

    private DueEntries() {
    }

    public static List<Item> through(TableReads reads, String partition, LocalDate today) {
        return reads.query(q -> q.indexName(Table.GSI2)
                .keyConditionExpression("#pk = :due AND #sk <= :through")
                .expressionAttributeNames(Map.of("#pk", Table.GSI2_PK, "#sk", Table.GSI2_SK))
                .expressionAttributeValues(Map.of(":due", Item.s(partition), ":through", Item.s(today + "#\uffff"))));
    }
}
