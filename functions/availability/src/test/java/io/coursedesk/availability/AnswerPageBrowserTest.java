package io.coursedesk.availability;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.browser.HeadlessChromium;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.AfterEach;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The emailed link in a real browser: Debian's headless Chromium, phone-sized, driven by Selenium through
 * Debian's chromedriver, against the function's real handler behind the test's HTTP gateway.
 */
class AnswerPageBrowserTest {
    private static final LocalDate DAY = LocalDate.now(Zones.AMSTERDAM).plusDays(14);

    private final FunctionUnderTest api = ProviderFixture.function();
    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed");
        chromium = HeadlessChromium.start(Path.of("target", "screenshots"));
        browser = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anInstructorOpensTheMailedLinkAndSaysTheyAreAvailable() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        Course course = provider.course("Basic Life Support", DAY);
        Instructor max = provider.instructor("Max Wilting", "Basic Life Support");
        assertThat(api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token).jsonBody(Map.of("instructorIds", List.of(max.id())))).status()).isEqualTo(201);
        String mailedLink = provider.events("InstructorInvited").get(0).path("availableUrl").asText();
        var items = provider.items();

        browser.get(mailedLink);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uitnodiging om les te geven");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Beste Max Wilting,", "Basic Life Support", "CIBOT", DAY.format(Zones.DUTCH_DATE));
        chromium.screenshot("answer-page.png");
        assertThat(provider.items()).isEqualTo(items);
        assertThat(status(provider, course)).isEqualTo("INVITED");

        WebElement available = browser.findElement(By.xpath("//button[normalize-space()='Ik ben beschikbaar']"));
        assertThat(available.getAttribute("type")).isEqualTo("submit");
        available.click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Bedankt voor je antwoord!"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(
                "Je hebt aangegeven aanwezig te kunnen zijn voor een cursus Basic Life Support te geven voor CIBOT op "
                        + DAY.format(Zones.DUTCH_DATE) + ".",
                "Je krijgt een definitief bericht wanneer CIBOT een instructeur gekozen heeft.");
        chromium.screenshot("thank-you-page.png");
        assertThat(status(provider, course)).isEqualTo("AVAILABLE");
        assertThat(provider.events("InstructorResponded")).singleElement()
                .satisfies(e -> assertThat(e.path("answer").asText()).isEqualTo("AVAILABLE"));

        // a re-invitation voids the mailed link: the browser shows a page, not an error
        assertThat(api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/" + max.id()
                + "/reinvite").bearer(provider.token)).status()).isEqualTo(200);
        browser.get(mailedLink);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Deze link is niet meer geldig");
        assertThat(browser.findElements(By.tagName("button"))).isEmpty();
        chromium.screenshot("link-no-longer-valid.png");
    }

    private String status(ProviderFixture provider, Course course) {
        return api.call(ApiGatewayEvents.get("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token)).items().get(0).path("status").asText();
    }

}
