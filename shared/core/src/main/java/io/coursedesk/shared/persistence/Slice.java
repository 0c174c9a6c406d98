package io.coursedesk.shared.persistence;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as read: its items and where the next page starts.
 *
 * @param next the position of the last item shown when more follow; null on the last page
 * @param <T>  the items
 * @param <P>  how the list remembers a position (a {@link PagePosition} for lists read in key order)
 */
public record Slice<T, P>(List<T> items, P next) {

    public Slice {
        items = List.copyOf(items);
    }

    public <R> Slice<R, P> map(Function<? super T, ? extends R> mapper) {
        return new Slice<>(items.stream().<R>map(mapper).toList(), next);
    }
}
