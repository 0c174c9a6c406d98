package io.coursedesk.passes.holders;

import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the first sheet of an import .xlsx (Apache POI) into rows of text, by the header row's columns. */
final class QualificationSheet {
    static final int MAX_ROWS = 5000;

    private QualificationSheet() {
    }

    /** The filled rows below the header; a file that is no .xlsx, lacks a column or is too long is a 400. */
    static List<SheetRow> read(byte[] file) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0);
            if (sheet == null || sheet.getRow(sheet.getFirstRowNum()) == null) {
                throw ProblemException.invalid("body", "has no header row");
            }
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<Integer, ImportColumn> columns = columns(header);
            if (sheet.getLastRowNum() - header.getRowNum() > MAX_ROWS) {
                throw ProblemException.invalid("body", "has more than " + MAX_ROWS + " rows");
            }
            DataFormatter formatter = new DataFormatter();
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<ImportColumn, String> values = row == null ? Map.of() : values(row, columns, formatter);
                if (!values.isEmpty()) {
                    rows.add(new SheetRow(r + 1, values));
                }
            }
            return rows;
        } catch (ProblemException refused) {
            throw refused;
        } catch (IOException | RuntimeException notXlsx) {
            // POI's ways of saying so: not a zip, not OOXML, a zip bomb, a broken part
            throw ProblemException.invalid("body", "is not an .xlsx file");
        }
    }

    private static Map<Integer, ImportColumn> columns(Row header) {
        DataFormatter formatter = new DataFormatter();
        Map<Integer, ImportColumn> columns = new HashMap<>();
        for (Cell cell : header) {
            ImportColumn.ofHeader(formatter.formatCellValue(cell)).ifPresent(column -> columns.put(cell.getColumnIndex(), column));
        }
        InvalidFields invalid = new InvalidFields();
        for (ImportColumn column : ImportColumn.values()) {
            invalid.check(!column.required() || columns.containsValue(column), "body",
                    "misses the column " + column.fieldName() + " (" + column.dutchHeader() + ")");
        }
        invalid.throwIfAny();
        return columns;
    }

    private static Map<ImportColumn, String> values(Row row, Map<Integer, ImportColumn> columns, DataFormatter formatter) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        columns.forEach((index, column) -> {
            Cell cell = row.getCell(index);
            String text = cell == null ? "" : text(cell, formatter).strip();
            if (!text.isEmpty()) {
                values.put(column, text);
            }
        });
        return values;
    }

    /** A date cell as yyyy-MM-dd whatever its display format; anything else as Excel shows it. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
