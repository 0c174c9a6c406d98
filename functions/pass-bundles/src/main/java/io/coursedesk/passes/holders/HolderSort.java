package io.coursedesk.passes.holders;

import io.coursedesk.shared.persistence.SortKey;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** The order of a holder list: one field, {@code -} before it for descending; ties go by holder id. */
public record HolderSort(Field field, boolean descending) {

    public static final HolderSort DEFAULT = new HolderSort(Field.QUALIFICATION_NUMBER, false);

    /** The sortable fields, each with its name in the rows and the {@code sort} parameter. */
    public enum Field {
        // numbers of different length sort by value: left-padded to the longest allowed
        QUALIFICATION_NUMBER("qualificationNumber",
                row -> "0".repeat(20 - row.qualificationNumber().length()) + row.qualificationNumber()),
        NAME("name", row -> HolderFilter.folded(row.name())),
        BIRTH_DATE("birthDate", row -> row.birthDate() == null ? null : row.birthDate().toString()),
        EXPIRY_DATE("expiryDate", row -> row.expiryDate() == null ? null : row.expiryDate().toString()),
        // valid before expired
        STATUS("status", row -> row.status() == null ? null : Integer.toString(row.status().ordinal())),
        PERSONNEL_NUMBER("personnelNumber", HolderRow::personnelNumber);

        private final String apiName;
        private final Function<HolderRow, String> key;

        Field(String apiName, Function<HolderRow, String> key) {
            this.apiName = apiName;
            this.key = key;
        }

        public String apiName() {
            return apiName;
        }
    }

    /** {@code name}, {@code -expiryDate}, ...; empty for an unknown field. */
    public static Optional<HolderSort> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(DEFAULT);
        }
        boolean descending = text.startsWith("-");
        String name = descending ? text.substring(1) : text;
        return Arrays.stream(Field.values()).filter(f -> f.apiName.equals(name)).findFirst()
                .map(f -> new HolderSort(f, descending));
    }

    /** The value a row is sorted by (null: sorts last ascending, first descending). */
    public String key(HolderRow row) {
        return field.key.apply(row);
    }

    /** The order of rows by their (key, holder id) positions. */
    public Comparator<SortKey> order() {
        return descending ? SortKey.ASCENDING.reversed() : SortKey.ASCENDING;
    }

    public SortKey position(HolderRow row) {
        return new SortKey(key(row), row.holderId());
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field.apiName;
    }
}
