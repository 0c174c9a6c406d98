package io.coursedesk.harness;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads a whole list page by page, as a client does: the first page, then each {@code next} until it is null. */
public final class ListPages {
    /** More pages than any test list has: a cursor that never ends the list fails instead of looping. */
    private static final int MAX_PAGES = 1_000;

    private ListPages() {
    }

    /**
     * Every item of the list, in the order of its pages; each page must be a 200 page of at most {@code limit}
     * items, and only the last one may have fewer.
     *
     * @param page the response to one page request, given the cursor (null for the first page)
     */
    public static List<JsonNode> all(int limit, Function<String, ApiGatewayResponse> page) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            ApiGatewayResponse response = page.apply(cursor);
            if (response.status() != 200) {
                throw new AssertionError("a page answered " + response);
            }
            JsonNode pageItems = response.items();
            cursor = response.next();
            if (pageItems.size() > limit || (cursor != null && pageItems.size() != limit)) {
                throw new AssertionError("a page of " + pageItems.size() + " items with limit " + limit
                        + (cursor == null ? " (the last)" : " (not the last)"));
            }
            pageItems.forEach(items::add);
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError("the list did not end after " + MAX_PAGES + " pages");
    }

    /** The path with {@code limit} and, unless null, {@code cursor} added to its query. */
    public static String page(String path, int limit, String cursor) {
        return path + (path.contains("?") ? "&" : "?") + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
    }

    /**
     * Checks a refused page request: a 400 problem naming only this parameter ({@code cursor} for a cursor that is
     * not the caller's for this list, {@code limit} out of bounds).
     */
    public static void assertRefused(ApiGatewayResponse response, String parameter) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
        if (response.status() != 400 || !response.contentType().startsWith("application/problem+json")
                || !fields.equals(List.of(parameter))) {
            throw new AssertionError("expected a 400 problem naming " + parameter + ", got " + response);
        }
    }
}
