package io.coursedesk.shared.http.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.signing.SigningKey;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.tenancy.Role;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cursor codec every list shares: positions round-trip in their scope and nowhere else. */
class ListCursorsTest {
    private static final String SECRET = "a-list-cursor-key-of-at-least-32-bytes!";
    private static final Caller ANNA = caller("tenant-a", "anna");
    private static final PagePosition POSITION = new PagePosition(3, Map.of("PK", "T#tenant-a#COURSE#c1", "SK", "COURSE"));

    private final ListCursors cursors = new ListCursors(new SigningKey(SECRET), new ObjectMapper());

    @Test
    void aCursorContinuesWhereItsPageEndedAndTheLastPageHasNone() {
        CursorScope scope = CursorScope.of(ANNA, "courses", "filter");
        String next = firstPage(scope, POSITION).next();

        AtomicReference<PagePosition> started = new AtomicReference<>();
        Page<String> second = cursors.page(scope, new PageRequest(10, next), PagePosition.class, (limit, after) -> {
            started.set(after);
            return new Slice<>(List.of("c2"), null);
        });

        assertThat(started.get()).isEqualTo(POSITION);
        assertThat(second.items()).containsExactly("c2");
        assertThat(second.next()).isNull();
        assertThat(next).doesNotContain("tenant-a", "courses");
    }

    @Test
    void anotherCallerTenantListOrFilterOrAnAlteredCursorIsRefusedNamingTheCursor() {
        CursorScope scope = CursorScope.of(ANNA, "courses", "filter");
        String next = firstPage(scope, POSITION).next();
        String[] parts = next.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0])).replace("\"query\":3", "\"query\":4");
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[1];
        String otherKey = new ListCursors(new SigningKey(SECRET + "-other"), new ObjectMapper())
                .page(scope, new PageRequest(1, null), PagePosition.class, (limit, after) -> new Slice<>(List.of("x"), POSITION))
                .next();

        List<Runnable> refused = new ArrayList<>(List.of(
                () -> continueWith(CursorScope.of(caller("tenant-a", "bert"), "courses", "filter"), next),
                () -> continueWith(CursorScope.of(caller("tenant-b", "anna"), "courses", "filter"), next),
                () -> continueWith(CursorScope.of(ANNA, "students", "filter"), next),
                () -> continueWith(CursorScope.of(ANNA, "courses", "other filter"), next),
                () -> continueWith(CursorScope.ofPublic("tenant-a", "courses", "filter"), next),
                () -> continueWith(scope, altered),
                () -> continueWith(scope, otherKey),
                () -> continueWith(scope, "not-a-cursor"),
                () -> continueWith(scope, next + "." + parts[1])));
        for (Runnable request : refused) {
            assertThatThrownBy(request::run).isInstanceOfSatisfying(ProblemException.class, problem -> {
                assertThat(problem.status().getCode()).isEqualTo(400);
                assertThat(problem.errors()).extracting(e -> e.field()).containsExactly("cursor");
            });
        }
        continueWith(scope, next);
    }

    @Test
    void theLimitDefaultsToFiftyAndAnEmptyCursorIsTheFirstPage() {
        AtomicReference<Integer> limit = new AtomicReference<>();
        AtomicReference<PagePosition> started = new AtomicReference<>(POSITION);
        cursors.page(CursorScope.of(ANNA, "courses"), new PageRequest(null, ""), PagePosition.class, (size, after) -> {
            limit.set(size);
            started.set(after);
            return new Slice<>(List.of(), null);
        });
        assertThat(limit.get()).isEqualTo(PageRequest.DEFAULT_LIMIT);
        assertThat(started.get()).isNull();
    }

    private Page<String> firstPage(CursorScope scope, PagePosition end) {
        return cursors.page(scope, new PageRequest(1, null), PagePosition.class,
                (limit, after) -> new Slice<>(List.of("c1"), end));
    }

    private void continueWith(CursorScope scope, String cursor) {
        cursors.page(scope, new PageRequest(1, cursor), PagePosition.class, (limit, after) -> new Slice<>(List.of(), null));
    }

    private static Caller caller(String tenantId, String userId) {
        return new Caller(tenantId, userId, userId + "@example.nl", userId, Role.PROVIDER_ADMIN, null, null);
    }
}
