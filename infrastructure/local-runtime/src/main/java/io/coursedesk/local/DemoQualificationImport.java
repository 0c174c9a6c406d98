package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo world's qualification holders as the .xlsx a provider admin would import ({@code POST
 * /qualifications/imports}): the named holders first, then generated ones up to the count, each with every
 * qualification of the section, one row per holder and qualification. Expiry dates spread over the coming
 * years (some already past), so the list's filters and statuses have something to show.
 */
final class DemoQualificationImport {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("Kwalificatienr.", "Naam", "Geboortedatum",
            "Organisatie-id", "Extern nummer", "Kwalificatie", "Code", "Soort", "Examentype", "Examennummer",
            "Examendatum", "Verloopdatum");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Bram", "Chloë", "Daan", "Eline", "Fatma",
            "Gijs", "Hüseyin", "Inge", "Jürgen", "Kees", "Léa", "Mohammed", "Noëlle", "Oğuz", "Priya", "Ruud", "Søren");
    private static final List<String> LAST_NAMES = List.of("de Vries", "Jansen", "Bakker", "van Dijk", "Öztürk",
            "Kowalczyk", "El Idrissi", "Smit", "Meijer", "de Graaf", "Mulder", "Nguyễn", "van 't Hof", "Bosman");

    private DemoQualificationImport() {
    }

    /** @param section the provider's {@code qualificationHolders} section; {@code today} anchors the dates */
    static byte[] workbook(JsonNode section, String organisationId, LocalDate today) {
        List<String> names = new ArrayList<>();
        section.path("names").forEach(name -> names.add(name.asText()));
        int count = section.path("count").asInt(names.size());
        long firstNumber = section.path("firstNumber").asLong();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kwalificatiehouders");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            int rowNumber = 1;
            for (int i = 0; i < count; i++) {
                String name = i < names.size() ? names.get(i)
                        : FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + LAST_NAMES.get((i / 3) % LAST_NAMES.size());
                LocalDate birthDate = LocalDate.of(1960, 1, 1).plusDays(i * 97L % 15_000);
                // every seventh without a personnel number ("extern nummer" unknown to the provider)
                String personnelNumber = i % 7 == 3 ? null : String.format("HL-%04d", i + 1);
                int q = 0;
                for (JsonNode qualification : section.path("qualifications")) {
                    LocalDate expiry = today.plusDays((i * 37L + q * 180L) % 1100 - 60);
                    Row row = sheet.createRow(rowNumber++);
                    row.createCell(0).setCellValue(Long.toString(firstNumber + i));
                    row.createCell(1).setCellValue(name);
                    date(row, 2, birthDate, dateStyle);
                    row.createCell(3).setCellValue(organisationId);
                    if (personnelNumber != null) {
                        row.createCell(4).setCellValue(personnelNumber);
                    }
                    row.createCell(5).setCellValue(qualification.path("qualificationName").asText());
                    row.createCell(6).setCellValue(qualification.path("code").asText());
                    row.createCell(7).setCellValue(qualification.path("type").asText());
                    row.createCell(8).setCellValue(qualification.path("examType").asText());
                    row.createCell(9).setCellValue(qualification.path("examNumber").asText() + (i % 3 + 1));
                    date(row, 10, expiry.minusYears(2), dateStyle);
                    date(row, 11, expiry, dateStyle);
                    q++;
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo qualification import", e);
        }
    }

    private static void date(Row row, int column, LocalDate date, CellStyle style) {
        row.createCell(column).setCellValue(date);
        row.getCell(column).setCellStyle(style);
    }
}
