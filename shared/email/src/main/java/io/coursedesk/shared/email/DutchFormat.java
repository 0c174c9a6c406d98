package io.coursedesk.shared.email;

import io.coursedesk.shared.time.Zones;

import java.time.LocalDate;
import java.time.LocalTime;

/** How dates and times appear in a mail: Dutch notation; course dates and times are Amsterdam wall-clock already. */
public final class DutchFormat {

    private DutchFormat() {
    }

    /** {@code 07-06-2019}; empty for an unknown date. */
    public static String date(LocalDate date) {
        return date == null ? "" : Zones.DUTCH_DATE.format(date);
    }

    /** {@code 09:30}; empty for an unknown time. */
    public static String time(LocalTime time) {
        return time == null ? "" : Zones.TIME.format(time);
    }
}
