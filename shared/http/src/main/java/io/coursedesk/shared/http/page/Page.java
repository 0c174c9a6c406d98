package io.coursedesk.shared.http.page;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * What every list answers: a page of its items and the cursor of the following page. Both are always in the
 * body, also where a function leaves out empty values ({@code "items": []}, {@code "next": null}).
 *
 * @param next the {@code cursor} that asks for the following page; null on the last page
 */
@Introspected
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Page<T>(List<T> items,
                      @Schema(nullable = true, description = "The cursor of the following page; null on the last page")
                      String next) {
}
