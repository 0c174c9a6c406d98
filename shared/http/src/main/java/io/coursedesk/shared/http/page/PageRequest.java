package io.coursedesk.shared.http.page;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The {@code limit} and {@code cursor} query parameters of every list; a controller takes them as
 * {@code @Valid @RequestBean PageRequest page}.
 */
@Introspected
public record PageRequest(
        @Parameter(description = "How many items a page holds, 1 to " + PageRequest.MAX_LIMIT + "; "
                + PageRequest.DEFAULT_LIMIT + " when not given")
        @Nullable @QueryValue @Min(1) @Max(PageRequest.MAX_LIMIT) Integer limit,
        @Parameter(description = "The next of the previous page; it works only for the caller it was given to and "
                + "the same list and filters")
        @Nullable @QueryValue @Size(max = PageRequest.MAX_CURSOR_LENGTH) String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 250;
    static final int MAX_CURSOR_LENGTH = 2000;

    /** The first page of the given size (for code that lists, not for requests). */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    /** The page size asked for, or the default. */
    public int size() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /** The cursor, null when none (or an empty one) was given. */
    public String cursorOrNull() {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }
}
