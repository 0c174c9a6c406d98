package io.coursedesk.passes.holders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as people type them here: yyyy-MM-dd or the Dutch dd-MM-yyyy; strict, so 31-02-1980 is no date. */
final class DateTexts {
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

    private DateTexts() {
    }

    static Optional<LocalDate> parse(String text) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // the next format may fit
            }
        }
        return Optional.empty();
    }
}
