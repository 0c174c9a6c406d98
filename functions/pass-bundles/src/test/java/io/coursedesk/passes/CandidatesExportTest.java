package io.coursedesk.passes;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.ProgrammeStep;
import io.coursedesk.shared.domain.StepKind;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.time.Zones;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.coursedesk.passes.CourseResultsExportTest.assertDate;
import static io.coursedesk.passes.CourseResultsExportTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /exports/candidates.xlsx}: the candidate list as filtered, read back with POI. */
class CandidatesExportTest {
    private static final LocalDate TODAY = LocalDate.now(Zones.AMSTERDAM);
    private static final Instant LINKED = Instant.parse("2026-03-02T10:00:00Z");

    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final CourseWorld world = new CourseWorld(function.aws());
    private final String hoogland = world.organisation("Bouwbedrijf Hoogland");
    private final String maasdal = world.organisation("Maasdal BV");
    private final String programmeId = world.programme("Monteur", new ProgrammeStep(StepKind.COURSE, "BHV"),
            new ProgrammeStep(StepKind.EXAM, "VCA"));

    /** Aalders passed BHV and failed the VCA exam, Bos waits for their BHV result, Cox follows no programme. */
    private void candidates() {
        Course bhv = world.course("BHV", TODAY.minusDays(20));
        Course vca = world.course("VCA", TODAY.minusDays(10));
        Student aalders = world.student("Anna", "Aalders", null, null);
        Student bos = world.student("Bram", "Bos", null, hoogland);
        Student cox = world.student("Cees", "Cox", null, null);
        for (Student student : List.of(aalders, bos, cox)) {
            world.candidate(student, hoogland, LINKED);
        }
        world.enrol(bhv, aalders.id(), EnrolmentStatus.CONFIRMED, true);
        world.enrol(vca, aalders.id(), EnrolmentStatus.CONFIRMED, false);
        world.enrol(bhv, bos.id(), EnrolmentStatus.CONFIRMED, null);
        Student elsewhere = world.student("Dirk", "Dekker", null, null);
        world.candidate(elsewhere, maasdal, LINKED);
        world.enrol(bhv, elsewhere.id(), EnrolmentStatus.CONFIRMED, true);
    }

    private ApiGatewayResponse export(String token, Map<String, String> query) {
        ApiGatewayEvents.Request request = ApiGatewayEvents.get("/exports/candidates.xlsx").bearer(token);
        query.forEach(request::query);
        return function.call(request);
    }

    private static List<List<String>> rows(ApiGatewayResponse response) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bodyBytes()))) {
            List<List<String>> rows = new ArrayList<>();
            XSSFSheet sheet = workbook.getSheet("Kandidaten");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                List<String> cells = new ArrayList<>();
                Row row = sheet.getRow(i);
                cells.add(row.getCell(0).getStringCellValue());
                cells.add(row.getCell(8) == null ? "" : row.getCell(8).getStringCellValue());
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void aContactDownloadsTheirCandidatesWithEveryStepAsTypedCells() throws IOException {
        candidates();

        ApiGatewayResponse response = export(world.contactToken(hoogland), Map.of());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.headers().get("Content-Disposition"))
                .contains("filename*=UTF-8''Kandidaten%20Bouwbedrijf%20Hoogland%20" + TODAY + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bodyBytes()))) {
            XSSFSheet sheet = workbook.getSheet("Kandidaten");
            assertThat(texts(sheet.getRow(0))).containsExactly("Achternaam", "Voornaam", "E-mailadres",
                    "Gekoppeld op", "Opleidingstraject", "Stap", "Soort", "Cursus", "Status", "Datum resultaat");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J6");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);

            Row passed = sheet.getRow(1);
            assertThat(passed.getCell(0).getStringCellValue()).isEqualTo("Aalders");
            assertThat(passed.getCell(2).getStringCellValue()).isEqualTo("anna@example.nl");
            assertDate(passed.getCell(3), LocalDate.of(2026, 3, 2));
            assertThat(passed.getCell(4).getStringCellValue()).isEqualTo("Monteur");
            assertThat(passed.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(passed.getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(passed.getCell(6).getStringCellValue()).isEqualTo("Cursus");
            assertThat(passed.getCell(7).getStringCellValue()).isEqualTo("BHV");
            assertThat(passed.getCell(8).getStringCellValue()).isEqualTo("Behaald");
            assertDate(passed.getCell(9), TODAY.minusDays(20));

            Row failed = sheet.getRow(2);
            assertThat(failed.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(failed.getCell(6).getStringCellValue()).isEqualTo("Examen");
            assertThat(failed.getCell(8).getStringCellValue()).isEqualTo("Niet behaald, herkansing nodig");
            assertDate(failed.getCell(9), TODAY.minusDays(10));

            Row pending = sheet.getRow(3);
            assertThat(pending.getCell(0).getStringCellValue()).isEqualTo("Bos");
            assertThat(pending.getCell(8).getStringCellValue()).isEqualTo("Nog niet afgerond");
            assertThat(pending.getCell(9)).isNull();

            Row noProgramme = sheet.getRow(5);
            assertThat(noProgramme.getCell(0).getStringCellValue()).isEqualTo("Cox");
            assertThat(noProgramme.getCell(4)).isNull();
            assertThat(noProgramme.getCell(5)).isNull();
        }
    }

    @Test
    void theExportTakesTheListsFilters() throws IOException {
        candidates();
        String contact = world.contactToken(hoogland);

        assertThat(rows(export(contact, Map.of("stepState", "FAILED"))))
                .containsExactly(List.of("Aalders", "Behaald"), List.of("Aalders", "Niet behaald, herkansing nodig"));
        assertThat(rows(export(contact, Map.of("name", "BOS", "programmeId", programmeId))))
                .containsExactly(List.of("Bos", "Nog niet afgerond"), List.of("Bos", "Nog niet afgerond"));
        assertThat(rows(export(world.adminToken(), Map.of("organisationId", maasdal))))
                .containsExactly(List.of("Dekker", "Behaald"), List.of("Dekker", "Nog niet afgerond"));

        ApiGatewayResponse badState = export(contact, Map.of("stepState", "RED"));
        ApiGatewayResponse badProgramme = export(contact, Map.of("programmeId", "unknown"));
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().path("errors").get(0).path("field").asText()).isEqualTo("stepState");
        assertThat(badProgramme.status()).isEqualTo(400);
        assertThat(badProgramme.json().path("errors").get(0).path("field").asText()).isEqualTo("programmeId");
    }

    @Test
    void onlyTheOrganisationsContactOrItsProvidersAdminExportIt() {
        candidates();
        CourseWorld otherProvider = new CourseWorld(function.aws());

        assertThat(export(world.contactToken(maasdal), Map.of("organisationId", hoogland)).status()).isEqualTo(404);
        assertThat(export(otherProvider.adminToken(), Map.of("organisationId", hoogland)).status()).isEqualTo(404);
        assertThat(export(world.adminToken(), Map.of()).status()).isEqualTo(400);
        assertThat(export(world.studentToken("someone"), Map.of()).status()).isEqualTo(403);
    }
}
