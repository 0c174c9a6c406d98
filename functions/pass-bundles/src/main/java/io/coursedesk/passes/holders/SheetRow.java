package io.coursedesk.passes.holders;

import java.util.Map;

/**
 * One row of an import file as text: dates from date cells as yyyy-MM-dd, numbers as shown, blanks left out.
 *
 * @param number the row number as the spreadsheet shows it (the header is row 1)
 */
public record SheetRow(int number, Map<ImportColumn, String> values) {

    public SheetRow {
        values = Map.copyOf(values);
    }

    public String get(ImportColumn column) {
        return values.get(column);
    }
}
