package io.coursedesk.shared.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of a list that has to be read whole to be ordered or computed (a course's roster with its waiting list,
 * a search sorted by any column): sorted by each item's {@link SortKey}, the page holds the items after the
 * position a cursor remembers. Items added or removed between two pages shift nothing: every item keeps its place.
 * Lists read in key order page in DynamoDB instead ({@link TableReads#page}).
 */
public final class SortedPages {

    private SortedPages() {
    }

    public static <T> Slice<T, SortKey> page(List<T> items, Function<T, SortKey> position, Comparator<SortKey> order,
                                             SortKey after, int limit) {
        List<T> rest = items.stream()
                .filter(item -> after == null || order.compare(position.apply(item), after) > 0)
                .sorted(Comparator.comparing(position, order))
                .limit(limit + 1L)
                .toList();
        if (rest.size() <= limit) {
            return new Slice<>(rest, null);
        }
        List<T> page = rest.subList(0, limit);
        return new Slice<>(page, position.apply(page.get(limit - 1)));
    }
}
