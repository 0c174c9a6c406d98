package io.coursedesk.shared.persistence;

import io.micronaut.core.annotation.Introspected;

import java.util.Comparator;

/**
 * Where an item stands in a list sorted in memory ({@link SortedPages}): the value it is sorted by and its id,
 * which breaks ties, so every item has its own place.
 *
 * @param key the sorted value (null sorts last ascending, first descending)
 */
@Introspected
public record SortKey(String key, String id) {

    /** By key, nulls last, then by id. */
    public static final Comparator<SortKey> ASCENDING = Comparator
            .comparing(SortKey::key, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(SortKey::id);
}
