package io.coursedesk.shared.persistence;

import io.micronaut.core.annotation.Introspected;

import java.util.Map;

/**
 * Where a page read by {@link TableReads#page} ended: the query of the list it ended in and the key of the last
 * item it showed, from which the next page's query starts (its {@code ExclusiveStartKey}).
 *
 * @param query the index of the query in the list's queries (a list can span several partitions)
 * @param after the key attributes of the last item shown; every key attribute of the table is a string
 */
@Introspected
public record PagePosition(int query, Map<String, String> after) {

    public PagePosition {
        after = Map.copyOf(after);
    }
}
