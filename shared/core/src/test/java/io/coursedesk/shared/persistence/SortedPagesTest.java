package io.coursedesk.shared.persistence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists paged in memory keep every item's place however the list changes between two pages. */
class SortedPagesTest {

    @Test
    void sortedPagesContinueAfterTheLastItemShownEvenWhenTheListChanged() {
        List<String> names = List.of("eva", "anna", "dirk", "bram", "cor");
        Slice<String, SortKey> first = SortedPages.page(names, name -> new SortKey(name, name), SortKey.ASCENDING, null, 2);
        List<String> changed = List.of("eva", "dirk", "bram", "cor", "aaron");
        Slice<String, SortKey> second = SortedPages.page(changed, name -> new SortKey(name, name), SortKey.ASCENDING,
                first.next(), 2);
        Slice<String, SortKey> last = SortedPages.page(changed, name -> new SortKey(name, name), SortKey.ASCENDING,
                second.next(), 2);

        assertThat(first.items()).containsExactly("anna", "bram");
        assertThat(second.items()).containsExactly("cor", "dirk");
        assertThat(last.items()).containsExactly("eva");
        assertThat(last.next()).isNull();
    }

    @Test
    void aDescendingOrderPagesFromTheEndWithNullsFirst() {
        List<SortKey> keys = List.of(new SortKey("b", "1"), new SortKey(null, "2"), new SortKey("a", "3"));
        Slice<SortKey, SortKey> first = SortedPages.page(keys, key -> key, SortKey.ASCENDING.reversed(), null, 2);
        Slice<SortKey, SortKey> rest = SortedPages.page(keys, key -> key, SortKey.ASCENDING.reversed(), first.next(), 2);

        assertThat(first.items()).extracting(SortKey::id).containsExactly("2", "1");
        assertThat(rest.items()).extracting(SortKey::id).containsExactly("3");
        assertThat(rest.next()).isNull();
    }
}
