package io.coursedesk.passes.exports;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.CourseWorld;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;
import io.coursedesk.shared.persistence.PaymentCodeItems;
import io.coursedesk.shared.time.Zones;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /exports/payment-codes.xlsx} through the real Lambda handler, the workbook opened with POI. */
class PaymentCodesExportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final Instant CREATED = Instant.parse("2026-04-22T08:49:00Z");
    private static final Instant USED = Instant.parse("2026-05-02T13:05:00Z");

    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final CourseWorld world = new CourseWorld(function.aws());
    private final String hoogland = world.organisation("Bouwbedrijf Hoogland");
    private final String maasdal = world.organisation("Maasdal BV");

    private void code(String code, String organisationId, String reference, PaymentCodeState state, Instant createdAt) {
        PaymentCode.Usage usage = state == PaymentCodeState.USED
                ? new PaymentCode.Usage("student-1", "Zoë van 't Hek", "course-1", "enrolment-1", USED) : null;
        PaymentCode item = new PaymentCode(code, world.tenantId, "batch-1", "Vakmanschap CO", organisationId,
                "Jongenburger, Stefan", reference, createdAt, state, usage,
                state == PaymentCodeState.DEACTIVATED ? USED : null);
        function.aws().dynamoDbClient().putItem(p -> p.tableName(function.aws().tableName())
                .item(PaymentCodeItems.toItem(item)));
    }

    private ApiGatewayResponse export(String token, Map<String, String> query) {
        ApiGatewayEvents.Request request = ApiGatewayEvents.get("/exports/payment-codes.xlsx").bearer(token);
        query.forEach(request::query);
        return function.call(request);
    }

    private static XSSFWorkbook workbook(ApiGatewayResponse response) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(response.bodyBytes()));
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> texts = new ArrayList<>();
        for (int row = 1; row <= sheet.getLastRowNum(); row++) {
            texts.add(sheet.getRow(row).getCell(column).getStringCellValue());
        }
        return texts;
    }

    @Test
    void theExportHoldsTheFilteredCodesAsTypedCells() throws IOException {
        code("EXZA-8F5E-XG5W-U22J", hoogland, HYPERLINK, PaymentCodeState.USED, CREATED);
        code("E2ZA-8HG6-PH5W-SUSJ", hoogland, null, PaymentCodeState.DEACTIVATED, CREATED.plusSeconds(60));
        code("D8ZA-8EFH-SP5W-U3TG", hoogland, "Voorjaar", PaymentCodeState.UNUSED, CREATED.plusSeconds(120));
        code("45ZA-8GU2-C25W-TG6Z", maasdal, "Voorjaar", PaymentCodeState.UNUSED, CREATED.plusSeconds(180));

        ApiGatewayResponse all = export(world.adminToken(), Map.of());

        assertThat(all.headers().get("Content-Disposition")).contains("Betaalcodes%20"
                + LocalDate.now(Zones.AMSTERDAM) + ".xlsx");
        try (XSSFWorkbook workbook = workbook(all)) {
            XSSFSheet sheet = workbook.getSheet("Betaalcodes");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactly("Betaalcode", "Profiel", "Organisatie", "Contactpersoon", "Referentie",
                    "Batch", "Aangemaakt", "Status", "Gebruikt", "Gebruikt door", "Gedeactiveerd");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K5");
            // newest first
            assertThat(column(sheet, 0)).containsExactly("45ZA-8GU2-C25W-TG6Z", "D8ZA-8EFH-SP5W-U3TG",
                    "E2ZA-8HG6-PH5W-SUSJ", "EXZA-8F5E-XG5W-U22J");
            assertThat(column(sheet, 2)).containsExactly("Maasdal BV", "Bouwbedrijf Hoogland", "Bouwbedrijf Hoogland",
                    "Bouwbedrijf Hoogland");
            assertThat(column(sheet, 7)).containsExactly("Ongebruikt", "Ongebruikt", "Gedeactiveerd", "Gebruikt");

            Row used = sheet.getRow(4);
            assertThat(used.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(used.getCell(4).getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(used.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(used.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
            assertDateTime(used.getCell(6), LocalDateTime.of(2026, 4, 22, 10, 49));
            assertDateTime(used.getCell(8), LocalDateTime.of(2026, 5, 2, 15, 5));
            assertThat(used.getCell(9).getStringCellValue()).isEqualTo("Zoë van 't Hek");
            assertThat(used.getCell(10)).isNull();
            Row deactivated = sheet.getRow(3);
            assertThat(deactivated.getCell(4)).isNull();
            assertThat(deactivated.getCell(8)).isNull();
            assertDateTime(deactivated.getCell(10), LocalDateTime.of(2026, 5, 2, 15, 5));
        }

        try (XSSFWorkbook workbook = workbook(export(world.adminToken(),
                Map.of("organisationId", hoogland, "keyword", "voorjaar")))) {
            assertThat(column(workbook.getSheetAt(0), 0)).containsExactly("D8ZA-8EFH-SP5W-U3TG");
        }
        try (XSSFWorkbook workbook = workbook(export(world.adminToken(),
                Map.of("state", "UNUSED", "createdFrom", "2026-04-22", "createdTo", "2026-04-22")))) {
            assertThat(column(workbook.getSheetAt(0), 0)).containsExactly("45ZA-8GU2-C25W-TG6Z", "D8ZA-8EFH-SP5W-U3TG");
        }
        try (XSSFWorkbook workbook = workbook(export(world.adminToken(), Map.of("createdFrom", "2026-04-23")))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void aContactExportsTheirOwnOrganisationsCodesOnly() throws IOException {
        code("EXZA-8F5E-XG5W-U22J", hoogland, null, PaymentCodeState.UNUSED, CREATED);
        code("45ZA-8GU2-C25W-TG6Z", maasdal, null, PaymentCodeState.UNUSED, CREATED);

        try (XSSFWorkbook workbook = workbook(export(world.contactToken("karin", hoogland), Map.of()))) {
            assertThat(column(workbook.getSheetAt(0), 0)).containsExactly("EXZA-8F5E-XG5W-U22J");
        }
        assertThat(export(world.contactToken("karin", hoogland), Map.of("organisationId", maasdal)).status())
                .isEqualTo(404);
        assertThat(export(world.studentToken("student-1"), Map.of()).status()).isEqualTo(403);
        ApiGatewayResponse invalid = export(world.adminToken(), Map.of("createdTo", "22-04-2026"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errors").get(0).path("field").asText()).isEqualTo("createdTo");
        CourseWorld otherProvider = new CourseWorld(function.aws());
        try (XSSFWorkbook workbook = workbook(export(otherProvider.adminToken(), Map.of()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    private static void assertDateTime(Cell cell, LocalDateTime at) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy hh:mm");
        assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(at);
    }
}
