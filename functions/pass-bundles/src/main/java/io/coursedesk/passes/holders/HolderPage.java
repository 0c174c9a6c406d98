package io.coursedesk.passes.holders;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** A page of the holder list; {@code next} is the cursor of the following page, null on the last. */
@Introspected
public record HolderPage(List<HolderRow> items, String next) {
}
