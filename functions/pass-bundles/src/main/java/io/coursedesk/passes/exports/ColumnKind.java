package io.coursedesk.passes.exports;

/** How a column's values are stored in the sheet. */
public enum ColumnKind {
    /** A string cell; one starting with a formula character is stored quote-prefixed. */
    TEXT,
    /** A numeric cell with the Dutch date format {@code dd-mm-jjjj} (a {@link java.time.LocalDate}). */
    DATE,
    /** A numeric cell with the Dutch date and time format {@code dd-mm-jjjj uu:mm} (a {@link java.time.LocalDateTime}). */
    DATE_TIME,
    /** A numeric cell (any {@link Number}). */
    NUMBER,
    /** A {@link Boolean} as the text {@code Ja} or {@code Nee}. */
    YES_NO
}
