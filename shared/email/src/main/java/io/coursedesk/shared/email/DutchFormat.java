package io.coursedesk.shared.email;

import io.coursedesk.shared.time.Zones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** How dates and times appear in a mail: Dutch notation, Amsterdam time. */
public final class DutchFormat {

    private DutchFormat() {
    }

    /** {@code 07-06-2019}; empty for an unknown date. */
    public static String date(LocalDate date) {
        return date == null ? "" : Zones.DUTCH_DATE.format(date);
    }

    /** The Amsterdam calendar date of an instant, as {@code 07-06-2019}. */
    public static String date(Instant instant) {
        return instant == null ? "" : Zones.DUTCH_DATE.format(instant.atZone(Zones.AMSTERDAM));
    }

    /** {@code 09:30}; empty for an unknown time. */
    public static String time(LocalTime time) {
        return time == null ? "" : Zones.TIME.format(time);
    }
}
