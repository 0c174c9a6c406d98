package io.coursedesk.passes.exports;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The one writer of every Excel export: a streaming workbook (SXSSF) of one sheet that keeps only the last
 * {@value #ROWS_IN_MEMORY} rows in memory and flushes the rest to a temporary file, so the heap does not grow with
 * the export. Every sheet has a bold header row that stays in view, an auto-filter over all rows and fixed column
 * widths; cells are typed by their column ({@link ColumnKind}). No text can run in a spreadsheet: cells are
 * strings, never formulas, and a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is stored quote-prefixed as well, so that editing it in Excel or LibreOffice keeps it text.
 * {@link #close()} removes the temporary files, finished or not.
 */
public final class XlsxSheet implements AutoCloseable {
    static final int ROWS_IN_MEMORY = 100;
    /** Excel's own code for day-month-year; Dutch Excel shows it as {@code dd-mm-jjjj}. */
    static final String DATE_FORMAT = "dd-mm-yyyy";
    /** With the time of day, 24 hours; Dutch Excel shows it as {@code dd-mm-jjjj uu:mm}. */
    static final String DATE_TIME_FORMAT = "dd-mm-yyyy hh:mm";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY) {
        // the fastest deflate: sheet XML is repetitive and shrinks well even so (0.3 s instead of 0.8 s for
        // the 100,000 rows of bench/export.sh)
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    private final SXSSFSheet sheet;
    private final List<XlsxColumn> columns;
    private final CellStyle textStyle;
    private final CellStyle quotedTextStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle numberStyle;
    private int nextRow;

    private XlsxSheet(String sheetName, List<XlsxColumn> columns) {
        this.columns = List.copyOf(columns);
        this.sheet = workbook.createSheet(sheetName);
        textStyle = workbook.createCellStyle();
        quotedTextStyle = workbook.createCellStyle();
        quotedTextStyle.setQuotePrefixed(true);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
        numberStyle = workbook.createCellStyle();
        writeHeader();
    }

    /** A new workbook with one sheet of these columns, its header row written. */
    public static XlsxSheet open(String sheetName, List<XlsxColumn> columns) {
        return new XlsxSheet(sheetName, columns);
    }

    /** One row; a value per column, in column order, null for an empty cell. */
    public void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                write(row.createCell(i), columns.get(i).kind(), values[i]);
            }
        }
    }

    /** Data rows written so far. */
    public int rowCount() {
        return nextRow - 1;
    }

    /** Writes the finished workbook into a new temporary file; the caller deletes it. */
    public Path finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        try {
            Path file = Files.createTempFile("export-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeHeader() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void write(Cell cell, ColumnKind kind, Object value) {
        switch (kind) {
            case TEXT -> text(cell, value.toString());
            case YES_NO -> text(cell, (Boolean) value ? "Ja" : "Nee");
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(dateStyle);
            }
            case DATE_TIME -> {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(dateTimeStyle);
            }
            case NUMBER -> {
                cell.setCellValue(((Number) value).doubleValue());
                // a cell without a style makes POI look for its column's style as it writes the cell
                cell.setCellStyle(numberStyle);
            }
        }
    }

    private void text(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? quotedTextStyle : textStyle);
    }
}
