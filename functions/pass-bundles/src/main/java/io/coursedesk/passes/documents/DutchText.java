package io.coursedesk.passes.documents;

import io.coursedesk.shared.time.Zones;

import java.time.LocalDate;
import java.util.List;

/** Dates as the certificates and lists print them. */
final class DutchText {

    private DutchText() {
    }

    /** {@code 07-06-2019}; empty for an unknown date. */
    static String date(LocalDate date) {
        return date == null ? "" : Zones.DUTCH_DATE.format(date);
    }

    /** 07-06-2019, or 07-06-2019 en 08-06-2019, or 07-06-2019, 08-06-2019 en 09-06-2019. */
    static String dates(List<LocalDate> dates) {
        List<String> texts = dates.stream().map(DutchText::date).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " en " + texts.get(texts.size() - 1);
    }
}
