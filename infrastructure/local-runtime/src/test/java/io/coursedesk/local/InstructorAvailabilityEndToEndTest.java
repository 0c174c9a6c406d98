package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.browser.HeadlessChromium;
import io.coursedesk.harness.ses.StoredEmail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Instructor availability as the provider and the instructors live it in the local run, through the real jars
 * of the enrolment, availability and invitation dispatch functions: the admin invites two instructors, the mails
 * are read in the mail viewer, one instructor answers in a real browser, the admin confirms them as lead and
 * sends the rejections, and the other instructor's link then shows it is no longer valid.
 */
class InstructorAvailabilityEndToEndTest {

    private static final String ADMIN = "planner@veiligwerken.example";
    private static final String PROVIDER = "Veilig Werken Opleidingen";
    private static final String PROVIDER_NOTIFICATIONS = "planning@veiligwerken.example";
    private static final String SEEDED_BHV_LEAD = "jan.devries@veiligwerken.example";
    private static final String NOOR = "noor.bakker@example.nl";
    private static final String RUBEN = "ruben.dewit@example.nl";
    /** The day the demo world's BHV course with Jan as its lead takes place. */
    private static final LocalDate DAY = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(14);
    private static final String DATE = DAY.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(10);

    private static LocalRuntime runtime;
    private static LocalApi api;
    private HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed");
        runtime = LocalRuntime.start(0, FreePort.find());
        api = new LocalApi(runtime.apiUrl());
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            // nothing still on its way to a function that is about to close
            runtime.aws().awaitEventsSettled(Duration.ofSeconds(30));
            runtime.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.start(Path.of("target", "screenshots"));
    }

    @AfterEach
    void stopBrowser() {
        chromium.close();
    }

    @Test
    void theInstructorWhoSaysAvailableInTheBrowserBecomesLeadAndTheOthersLinkNoLongerWorks() {
        WebDriver browser = chromium.driver();
        String admin = api.token(ADMIN);
        String noor = instructor(admin, "Noor Bakker", NOOR);
        String ruben = instructor(admin, "Ruben de Wit", RUBEN);
        LocalApi.Reply created = api.post("/courses", admin, Map.of("type", "BHV", "kind", "CERTIFIED",
                "days", List.of(Map.of("date", DAY.toString(), "startTime", "09:00", "endTime", "16:30")),
                "certificateValidityMonths", 12, "maxParticipants", 10, "location", "Opleidingscentrum Utrecht, Lokaal 3"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String course = "/courses/" + created.json().get("courseId").asText();
        assertThat(api.get(course, admin).json().path("leadInstructorId").isNull()).isTrue();

        // both are qualified and free; Jan leads another BHV course that day, so he is listed busy
        JsonNode candidates = api.get(course + "/instructor-candidates", admin).json().get("items");
        assertThat(withField(candidates, "instructorId", noor).path("busy").asBoolean()).isFalse();
        assertThat(withField(candidates, "instructorId", ruben).path("busy").asBoolean()).isFalse();
        assertThat(elements(candidates).filter(c -> SEEDED_BHV_LEAD.equals(c.path("email").asText())))
                .isNotEmpty().allSatisfy(jan -> assertThat(jan.path("busy").asBoolean()).isTrue());

        LocalApi.Reply invited = api.post(course + "/instructor-invitations", admin, Map.of("instructorIds", List.of(noor, ruben)));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String invitationSubject = "Uitnodiging om een BHV cursus te geven op " + DATE;
        StoredEmail toNoor = mail(NOOR, invitationSubject);
        StoredEmail toRuben = mail(RUBEN, invitationSubject);

        MailViewerPage viewer = MailViewerPage.open(browser, runtime.mailViewerUrl());
        String noorsLink = viewer.link(toNoor.messageId(), "Ik ben beschikbaar");
        chromium.screenshot("instructor-invitation-in-mail-viewer.png");
        String rubensLink = viewer.link(toRuben.messageId(), "Ik ben beschikbaar");

        // opening the link (as a mail scanner would) records nothing
        browser.get(noorsLink);
        assertThat(heading(browser)).isEqualTo("Uitnodiging om les te geven");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Beste Noor Bakker,", "BHV", PROVIDER, DATE);
        chromium.screenshot("instructor-answer-page.png");
        assertThat(status(course, admin, noor)).isEqualTo("INVITED");

        WebElement available = browser.findElement(By.xpath("//button[normalize-space()='Ik ben beschikbaar']"));
        available.click();
        new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Bedankt voor je antwoord!"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Je hebt aangegeven aanwezig te kunnen zijn "
                + "voor een cursus BHV te geven voor " + PROVIDER + " op " + DATE + ".");
        chromium.screenshot("instructor-thank-you-page.png");
        assertThat(status(course, admin, noor)).isEqualTo("AVAILABLE");
        assertThat(mail(PROVIDER_NOTIFICATIONS, "Instructeur Noor Bakker is beschikbaar voor BHV op " + DATE).html())
                .contains("Noor Bakker");

        LocalApi.Reply confirmed = api.post(course + "/instructor-invitations/" + noor + "/confirm", admin, Map.of("role", "LEAD"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED_LEAD");
        assertThat(api.get(course, admin).json().path("leadInstructorId").asText()).isEqualTo(noor);
        assertThat(mail(NOOR, "Bevestiging: je geeft de BHV cursus op " + DATE).html()).contains("hoofdinstructeur");

        LocalApi.Reply rejections = api.post(course + "/instructor-invitations/send-rejections", admin, null);
        assertThat(rejections.status()).as(rejections.body()).isEqualTo(200);
        assertThat(status(course, admin, ruben)).isEqualTo("REJECTED");
        assertThat(mail(RUBEN, "De BHV cursus op " + DATE + " is voorzien").html()).contains("Beste Ruben de Wit,");

        browser.get(rubensLink);
        assertThat(heading(browser)).isEqualTo("Deze link is niet meer geldig");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Er is al een instructeur voor deze cursus gekozen.");
        assertThat(browser.findElements(By.tagName("button"))).isEmpty();
        chromium.screenshot("instructor-link-no-longer-valid.png");
        assertThat(status(course, admin, ruben)).isEqualTo("REJECTED");
        // the chosen instructor got no rejection
        assertThat(runtime.ses().storedEmails()).filteredOn(email -> sentTo(email, NOOR)).extracting(StoredEmail::subject)
                .containsExactlyInAnyOrder(invitationSubject, "Bevestiging: je geeft de BHV cursus op " + DATE);
    }

    private static String instructor(String admin, String name, String email) {
        LocalApi.Reply created = api.post("/instructors", admin, Map.of("name", name, "email", email,
                "courseTypes", List.of("BHV")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("instructorId").asText();
    }

    private static String status(String course, String admin, String instructorId) {
        return withField(api.get(course + "/instructor-invitations", admin).json().get("items"), "instructorId", instructorId)
                .path("status").asText();
    }

    private static StoredEmail mail(String recipient, String subject) {
        return runtime.ses().awaitEmail(email -> sentTo(email, recipient) && subject.equals(email.subject()), MAIL_WAIT);
    }

    /** Recipients may come back with their names ("Noor Bakker <noor.bakker@example.nl>"). */
    private static boolean sentTo(StoredEmail email, String address) {
        return email.recipients().stream().anyMatch(recipient -> recipient.contains(address));
    }

    private static String heading(WebDriver browser) {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static JsonNode withField(JsonNode list, String field, String value) {
        return elements(list).filter(element -> value.equals(element.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
    }

    private static Stream<JsonNode> elements(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false);
    }
}
