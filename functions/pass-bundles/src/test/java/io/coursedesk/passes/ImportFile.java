package io.coursedesk.passes;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An import .xlsx as a person would make it: a header row, then cells of text, numbers and dates. */
public final class ImportFile {
    /** The Dutch headers, in the column order the rows below use. */
    public static final List<String> DUTCH_HEADERS = List.of("Kwalificatienr.", "Naam", "Geboortedatum",
            "Organisatie-id", "Extern nummer", "Kwalificatie", "Code", "Soort", "Examentype", "Examennummer",
            "Examendatum", "Verloopdatum");

    private final List<String> headers;
    private final List<List<Object>> rows = new ArrayList<>();

    public ImportFile(List<String> headers) {
        this.headers = headers;
    }

    public static ImportFile dutch() {
        return new ImportFile(DUTCH_HEADERS);
    }

    /** Values in header order: String, Number, LocalDate (a date cell) or null (an empty cell). */
    public ImportFile row(Object... values) {
        rows.add(Arrays.asList(values));
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kwalificaties");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
