package io.coursedesk.passes.holders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.passes.ImportFile;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.passes.CourseWorld;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class QualificationImportTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FunctionUnderTest function = PassBundlesFunction.api();

    @Test
    void importsHoldersWithTheirQualificationsAndShowsThemInTheList() {
        CourseWorld provider = new CourseWorld(function.aws());
        String hoogland = provider.organisation("Bouwbedrijf Hoogland");
        ApiGatewayResponse response = importFile(provider.adminToken(), ImportFile.dutch()
                .row(99600953, "Dhr. TEST de Tester", LocalDate.of(1980, 5, 17), hoogland, "P-17", "Diploma Eerste Hulp",
                        "DEH", "Diploma", "Eerste Hulp", "EX-1", LocalDate.of(2025, 3, 1), LocalDate.of(2040, 3, 1))
                .row("99600953", "Dhr. TEST de Tester", "17-05-1980", hoogland, "P-17", "Eerste Hulp aan Kinderen",
                        "EHK", "CERTIFICATE", "Kinder-EHBO", "K-1", "2018-03-02", "01-03-2020")
                .row("99600954", "Łukasz Żółć", "1990-01-02", null, null, "Diploma Eerste Hulp", "DEH", "diploma",
                        null, null, "2024-01-01", null)
                .bytes());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("rejected")).isEmpty();
        assertThat(response.json().path("accepted")).extracting(a -> a.path("row").asInt()).containsExactly(2, 3, 4);
        assertThat(response.json().path("accepted").get(0).path("qualificationNumber").asText()).isEqualTo("99600953");

        JsonNode list = function.call(ApiGatewayEvents.get("/qualification-holders").bearer(provider.adminToken())).json();
        assertThat(list.path("items")).extracting(i -> i.path("name").asText())
                .containsExactly("Dhr. TEST de Tester", "Łukasz Żółć");
        JsonNode tester = list.path("items").get(0);
        assertThat(tester.path("personnelNumber").asText()).isEqualTo("P-17");
        assertThat(tester.path("expiryDate").asText()).isEqualTo("2040-03-01");
        assertThat(list.path("items").get(1).path("expiryDate").isNull()).isTrue();
        assertThat(list.path("items").get(1).path("status").asText()).isEqualTo("VALID");

        JsonNode details = function.call(ApiGatewayEvents.get("/qualification-holders/" + tester.path("holderId").asText())
                .bearer(provider.contactToken("contact-hoogland", hoogland))).json();
        assertThat(details.path("birthDate").asText()).isEqualTo("1980-05-17");
        assertThat(details.path("qualifications")).extracting(q -> q.path("code").asText() + " " + q.path("type").asText()
                        + " " + q.path("examDate").asText() + " " + q.path("status").asText())
                .containsExactly("EHK CERTIFICATE 2018-03-02 EXPIRED", "DEH DIPLOMA 2025-03-01 VALID");
    }

    @Test
    void aFileWithOneBadRowIsRefusedRowByRowAndWritesNothing() {
        CourseWorld provider = new CourseWorld(function.aws());
        String hoogland = provider.organisation("Bouwbedrijf Hoogland");
        List<?> before = provider.items();
        ApiGatewayResponse response = importFile(provider.adminToken(), ImportFile.dutch()
                .row("99600953", "Dhr. TEST de Tester", "17-05-1980", hoogland, null, "Diploma Eerste Hulp", "DEH",
                        "DIPLOMA", null, null, "01-03-2025", "01-03-2027")
                .row("99600954", "Zoë van 't Hek", "31-02-1990", "elders", "P-1", "Diploma Eerste Hulp", "DEH",
                        "Brevet", null, null, "01-03-2025", "01-03-2024")
                .row("99600953", "Dhr. TEST de Tester", "17-05-1980", hoogland, null, "Diploma Eerste Hulp", "DEH",
                        "DIPLOMA", null, null, "01-03-2025", "01-03-2027")
                .row(null, "Şükrü Öztürk", "01-01-1970", null, null, "Diploma Eerste Hulp", "DEH", "DIPLOMA", null,
                        null, null, null)
                .row("99600955", "Ander", "01-01-1970", null, null, "Diploma Eerste Hulp", "DEH", "DIPLOMA", null,
                        null, "2025-01-01", null)
                .bytes());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.path("accepted")).extracting(a -> a.path("row").asInt()).containsExactly(2, 6);
        assertThat(body.path("rejected")).extracting(r -> r.path("row").asInt()).containsExactly(3, 4, 5);
        String zoe = body.path("rejected").get(0).path("reason").asText();
        assertThat(zoe).contains("birthDate 31-02-1990 is not a date", "organisationId elders",
                "type Brevet", "expiryDate is before examDate");
        assertThat(body.path("rejected").get(1).path("reason").asText()).contains("also in row 2");
        assertThat(body.path("rejected").get(2).path("reason").asText())
                .contains("qualificationNumber is required", "examDate is required");
        assertThat(provider.items()).isEqualTo(before);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedFileUpdatesTheSameHolders() {
        CourseWorld provider = new CourseWorld(function.aws());
        String hoogland = provider.organisation("Bouwbedrijf Hoogland");
        ImportFile file = ImportFile.dutch();
        for (int i = 0; i < 60; i++) {
            file.row(String.valueOf(5000 + i), "Medewerker " + i, "01-01-1980", hoogland, "P-" + i,
                    "Diploma Eerste Hulp", "DEH", "DIPLOMA", "Eerste Hulp", "EX-" + i, "01-03-2025", "01-03-2027");
            file.row(String.valueOf(5000 + i), "Medewerker " + i, "01-01-1980", hoogland, "P-" + i,
                    "Eerste Hulp aan Kinderen", "EHK", "CERTIFICATE", "Kinder-EHBO", "K-" + i, "01-03-2025", "01-03-2026");
        }
        assertThat(importFile(provider.adminToken(), file.bytes()).status()).isEqualTo(200);
        List<?> afterFirst = provider.items();
        // 60 holders: holder item, membership copy and number item each
        assertThat(afterFirst).hasSize(1 + 60 * 3);

        ApiGatewayResponse again = importFile(provider.adminToken(), file.bytes());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("accepted")).hasSize(120);
        assertThat(provider.items()).isEqualTo(afterFirst);

        String holderId = holderIdOf(provider, "5007");
        ApiGatewayResponse renewed = importFile(provider.adminToken(), ImportFile.dutch()
                .row("5007", "Medewerker 7", "01-01-1980", hoogland, null, "Diploma Eerste Hulp", "DEH", "DIPLOMA",
                        "Eerste Hulp", "EX-7b", "01-03-2026", "01-03-2028").bytes());
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(provider.items()).hasSize(afterFirst.size());
        assertThat(holderIdOf(provider, "5007")).isEqualTo(holderId);
        JsonNode details = function.call(ApiGatewayEvents.get("/qualification-holders/" + holderId)
                .bearer(provider.adminToken())).json();
        assertThat(details.path("qualifications")).extracting(q -> q.path("code").asText() + " " + q.path("expiryDate").asText())
                .containsExactly("EHK 2026-03-01", "DEH 2028-03-01");
        assertThat(details.path("memberships").get(0).path("personnelNumber").asText()).isEqualTo("P-7");
    }

    @Test
    void refusesWhatIsNoImportAndCallersOtherThanTheAdmin() {
        CourseWorld provider = new CourseWorld(function.aws());
        byte[] file = ImportFile.dutch().row("1", "Naam", "01-01-1980", null, null, "Kwalificatie", "DEH", "DIPLOMA",
                null, null, "01-01-2020", null).bytes();
        assertField(importFile(provider.adminToken(), "geen spreadsheet".getBytes(StandardCharsets.UTF_8)), 400, "body");
        assertField(importFile(provider.adminToken(), new ImportFile(List.of("Naam", "Code")).row("Naam", "DEH").bytes()),
                400, "body");
        assertField(importFile(provider.adminToken(), ImportFile.dutch().bytes()), 400, "body");
        assertField(importFile(provider.adminToken(), new byte[ImportQualifications.MAX_BYTES + 1]), 413, "body");
        assertThat(importFile(provider.contactToken("contact", "organisation-1"), file).status()).isEqualTo(403);
        assertThat(importFile(provider.studentToken("student-1"), file).status()).isEqualTo(403);
        assertThat(provider.items()).isEmpty();
    }

    private ApiGatewayResponse importFile(String token, byte[] file) {
        return function.call(ApiGatewayEvents.post("/qualifications/imports").bearer(token).body(file, XLSX));
    }

    private String holderIdOf(CourseWorld provider, String qualificationNumber) {
        JsonNode page = function.call(ApiGatewayEvents.get("/qualification-holders").query("q", qualificationNumber)
                .bearer(provider.adminToken())).json();
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .filter(i -> i.path("qualificationNumber").asText().equals(qualificationNumber))
                .map(i -> i.path("holderId").asText()).findFirst().orElseThrow();
    }

    private static void assertField(ApiGatewayResponse response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("errors")).as(response.body()).extracting(e -> e.path("field").asText())
                .contains(field);
    }
}
