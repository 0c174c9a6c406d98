package io.coursedesk.passes;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.passes.exports.OrganisationResults;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.time.Zones;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /exports/course-results.xlsx} through the real Lambda handler, the workbook opened with POI. */
class CourseResultsExportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    private static final LocalDate TODAY = LocalDate.now(Zones.AMSTERDAM);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The same function with every export too large for a response, so each goes through S3. */
    private static FunctionUnderTest throughS3;

    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final CourseWorld world = new CourseWorld(function.aws());
    private final String hoogland = world.organisation("Bouwbedrijf Hoogland");
    private final String maasdal = world.organisation("Maasdal BV");
    private final Course bhv = world.course(false, CourseStatus.OPEN, TODAY.minusDays(40), TODAY.minusDays(39));
    private final Course ehbo = world.course(false, CourseStatus.OPEN, TODAY.minusDays(10));

    @AfterAll
    static void stopTheS3Function() throws Exception {
        if (throughS3 != null) {
            throughS3.close();
        }
    }

    @Test
    void aContactGetsEveryRecordedResultOfTheirStudentsAsTypedCells() throws IOException {
        Student zoe = student("Zoë", "van 't Hek", LocalDate.of(1990, 5, 17), hoogland);
        Student hacker = student("Kees", HYPERLINK, null, hoogland);
        Enrolment passed = world.enrol(bhv, zoe.id(), EnrolmentStatus.CONFIRMED, true);
        world.certificate(passed, "BHV", LocalDate.of(2027, 3, 1));
        world.enrol(ehbo, zoe.id(), EnrolmentStatus.CONFIRMED, false);
        world.enrol(bhv, hacker.id(), EnrolmentStatus.CONFIRMED, true);
        // not results: no result recorded yet, a cancelled place, another organisation's student, a student without
        // any enrolment
        world.enrol(world.course(false), zoe.id(), EnrolmentStatus.CONFIRMED, null);
        world.enrol(world.course(false, CourseStatus.OPEN, TODAY.minusDays(5)), hacker.id(), EnrolmentStatus.CANCELLED, true);
        world.enrol(bhv, student("Joris", "Hendriks", null, maasdal).id(), EnrolmentStatus.CONFIRMED, true);
        student("Anna", "de Vries", null, hoogland);

        ApiGatewayResponse response = export(world.contactToken(hoogland), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        assertThat(response.headers().get("Content-Disposition"))
                .contains("filename*=UTF-8''Cursusresultaten%20Bouwbedrijf%20Hoogland%20" + TODAY + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bodyBytes()))) {
            XSSFSheet sheet = workbook.getSheet("Cursusresultaten");
            assertThat(texts(sheet.getRow(0))).containsExactly("Achternaam", "Voornaam", "E-mailadres",
                    "Geboortedatum", "Cursus", "Soort", "Eerste dag", "Laatste dag", "Dagen", "Locatie", "Aanwezig",
                    "Geslaagd", "Certificaat geldig tot");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M4");
            assertThat(sheet.getColumnWidth(2)).isEqualTo(30 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);

            // by name: "=hyperlink..." sorts before "van 't hek"; Zoë's results by course date
            Row kees = sheet.getRow(1);
            Cell name = kees.getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(kees.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(kees.getCell(3)).isNull();
            assertThat(kees.getCell(12)).isNull();

            Row zoeBhv = sheet.getRow(2);
            assertThat(zoeBhv.getCell(0).getStringCellValue()).isEqualTo("van 't Hek");
            assertThat(zoeBhv.getCell(1).getStringCellValue()).isEqualTo("Zoë");
            assertDate(zoeBhv.getCell(3), LocalDate.of(1990, 5, 17));
            assertThat(zoeBhv.getCell(4).getStringCellValue()).isEqualTo("BHV");
            assertThat(zoeBhv.getCell(5).getStringCellValue()).isEqualTo("Gecertificeerd");
            assertDate(zoeBhv.getCell(6), TODAY.minusDays(40));
            assertDate(zoeBhv.getCell(7), TODAY.minusDays(39));
            assertThat(zoeBhv.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(zoeBhv.getCell(8).getNumericCellValue()).isEqualTo(2.0);
            assertThat(zoeBhv.getCell(9).getStringCellValue()).isEqualTo("Utrecht");
            assertThat(zoeBhv.getCell(10).getStringCellValue()).isEqualTo("Ja");
            assertThat(zoeBhv.getCell(11).getStringCellValue()).isEqualTo("Ja");
            assertDate(zoeBhv.getCell(12), LocalDate.of(2027, 3, 1));

            Row zoeEhbo = sheet.getRow(3);
            assertDate(zoeEhbo.getCell(6), TODAY.minusDays(10));
            assertThat(zoeEhbo.getCell(10).getStringCellValue()).isEqualTo("Nee");
            assertThat(zoeEhbo.getCell(11).getStringCellValue()).isEqualTo("Nee");
            assertThat(zoeEhbo.getCell(12)).isNull();
        }
    }

    @Test
    void manyStudentsComeInNameOrderAcrossTheChunksTheListIsReadIn() throws IOException {
        // more than two chunks, created in an order that is not the names' (the chunks are read at once)
        int count = 2 * OrganisationResults.STUDENTS_PER_CHUNK + 50;
        List<String> lastNames = IntStream.range(0, count).mapToObj(i -> String.format("Achternaam %04d", i))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(lastNames, new Random(7));
        lastNames.parallelStream().forEach(lastName -> world.enrol(bhv,
                student("Piet", lastName, null, hoogland).id(), EnrolmentStatus.CONFIRMED, true));
        // an entry of a student the organisation no longer lists (here relinked by their item alone) is no row
        Student left = student("Lou", "Achternaam 0100b", null, hoogland);
        world.enrol(ehbo, left.id(), EnrolmentStatus.CONFIRMED, true);
        world.relink(left, maasdal);

        ApiGatewayResponse response = export(world.contactToken(hoogland), null);

        assertThat(response.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.bodyBytes()))) {
            XSSFSheet sheet = workbook.getSheet("Cursusresultaten");
            List<String> shown = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                shown.add(sheet.getRow(row).getCell(0).getStringCellValue());
            }
            assertThat(shown).containsExactlyElementsOf(lastNames.stream().sorted().toList());
        }
    }

    @Test
    void anAdminNamesTheOrganisationAndOnlyTheirOwnProvidersOnes() throws IOException {
        world.enrol(bhv, student("Joris", "Hendriks", null, maasdal).id(), EnrolmentStatus.CONFIRMED, true);

        ApiGatewayResponse maasdalResults = export(world.adminToken(), maasdal);
        assertThat(maasdalResults.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(maasdalResults.bodyBytes()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Hendriks");
        }

        ApiGatewayResponse unnamed = export(world.adminToken(), null);
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().path("errors").get(0).path("field").asText()).isEqualTo("organisationId");

        CourseWorld otherProvider = new CourseWorld(function.aws());
        ApiGatewayResponse foreign = export(otherProvider.adminToken(), maasdal);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).isEqualTo("application/problem+json");
        assertThat(foreign.body()).doesNotContain("Hendriks");
    }

    @Test
    void aContactOfAnotherOrganisationFindsNothingAndAStudentMayNotExport() {
        String student = student("Zoë", "van 't Hek", null, hoogland).id();
        world.enrol(bhv, student, EnrolmentStatus.CONFIRMED, true);

        assertThat(export(world.contactToken(maasdal), hoogland).status()).isEqualTo(404);
        assertThat(export(world.contactToken(hoogland), "no-such-organisation").status()).isEqualTo(404);
        ApiGatewayResponse asStudent = export(world.studentToken(student), hoogland);
        assertThat(asStudent.status()).isEqualTo(403);
        assertThat(asStudent.body()).doesNotContain("van 't Hek");
    }

    @Test
    void anExportTooLargeForAResponseIsFetchedFromS3ThroughAShortLivedLink() throws Exception {
        Student zoe = student("Zoë", "van 't Hek", null, hoogland);
        world.enrol(bhv, zoe.id(), EnrolmentStatus.CONFIRMED, true);

        ApiGatewayResponse response = throughS3().call(ApiGatewayEvents.get("/exports/course-results.xlsx")
                .bearer(world.contactToken(hoogland)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode link = response.json();
        assertThat(Instant.parse(link.path("expiresAt").asText())).isBetween(Instant.now().plusSeconds(200),
                Instant.now().plusSeconds(301));
        assertThat(link.path("fileName").asText()).isEqualTo("Cursusresultaten Bouwbedrijf Hoogland " + TODAY + ".xlsx");
        URI url = URI.create(link.path("downloadUrl").asText());
        assertThat(url.getPath()).contains("/exports/" + world.tenantId + "/");
        assertThat(url.getQuery()).contains("X-Amz-Expires=300");

        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''Cursusresultaten%20Bouwbedrijf%20Hoogland");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Zoë");
        }
        assertThat(function.bean(S3Client.class).listObjectsV2(l -> l.bucket(LocalAws.BUCKET_NAME)
                .prefix("exports/" + world.tenantId + "/")).contents()).hasSize(1);
    }

    private static synchronized FunctionUnderTest throughS3() {
        if (throughS3 == null) {
            PassBundlesFunction.api();
            System.setProperty("coursedesk.exports.inline-limit", "0");
            try {
                throughS3 = FunctionUnderTest.http("PassBundlesApiFunction", new APIGatewayV2HTTPEventFunction());
            } finally {
                System.clearProperty("coursedesk.exports.inline-limit");
            }
        }
        return throughS3;
    }

    private ApiGatewayResponse export(String token, String organisationId) {
        ApiGatewayEvents.Request request = ApiGatewayEvents.get("/exports/course-results.xlsx").bearer(token);
        return function.call(organisationId == null ? request : request.query("organisationId", organisationId));
    }

    private Student student(String firstName, String lastName, LocalDate birthDate, String organisationId) {
        return world.student(firstName, lastName, birthDate, organisationId);
    }

    static void assertDate(Cell cell, LocalDate date) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(date);
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
