package io.coursedesk.passes.holders;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** What an import made of each row: all accepted (and written), or some rejected (and nothing written). */
@Introspected
public record ImportResult(List<Accepted> accepted, List<Rejected> rejected) {

    public boolean written() {
        return rejected.isEmpty();
    }

    @Introspected
    public record Accepted(int row, String qualificationNumber, String name, String code) {
    }

    /** @param reason every problem of the row, for the person who fixes the file */
    @Introspected
    public record Rejected(int row, String qualificationNumber, String reason) {
    }
}
