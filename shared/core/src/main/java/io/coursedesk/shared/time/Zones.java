package io.coursedesk.shared.time;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** UTC inside, Europe/Amsterdam for dates shown to people. */
public final class Zones {
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Dutch date notation as the manuals show it: 07-06-2019. */
    public static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Zones() {
    }
}
