package io.coursedesk.passes.api;

import io.coursedesk.passes.holders.ImportResult;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The problem+json body of a refused import: RFC 9457 members plus the accepted and the rejected rows. */
@Introspected
public record ImportProblem(String type, String title, int status, String detail, String instance,
                            List<ImportResult.Accepted> accepted, List<ImportResult.Rejected> rejected) {
}
