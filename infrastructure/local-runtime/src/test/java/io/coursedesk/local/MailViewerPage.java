package io.coursedesk.local;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;

/**
 * The SES emulator's mail viewer (aws-ses-v2-local's page at its root) in a browser, read as a person reads it:
 * a mail's HTML view opened with its toggle button and scrolled to, a link in it found by its text.
 */
final class MailViewerPage {

    /** The viewer fetches new mail from its store every second. */
    private static final Duration SHOWS_MAIL_WITHIN = Duration.ofSeconds(10);

    private final WebDriver browser;

    private MailViewerPage(WebDriver browser) {
        this.browser = browser;
    }

    static MailViewerPage open(WebDriver browser, URI viewer) {
        browser.get(viewer.toString());
        return new MailViewerPage(browser);
    }

    /** Opens the HTML view of the stored mail {@code messageId} and returns where its link {@code linkText} points. */
    String link(String messageId, String linkText) {
        By htmlView = By.id(messageId + "-html-iframe");
        WebDriverWait wait = new WebDriverWait(browser, SHOWS_MAIL_WITHIN);
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(htmlView));
        WebElement toggle = frame.findElement(By.xpath(
                "ancestor::div[@class='email-inner']//button[normalize-space()='Toggle HTML view']"));
        // a mail slides in from zero height (a one-second animation): its buttons cannot be clicked at first
        wait.ignoring(ElementNotInteractableException.class).until(page -> {
            toggle.click();
            return true;
        });
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", frame);
        browser.switchTo().frame(frame);
        try {
            return browser.findElement(By.linkText(linkText)).getDomProperty("href");
        } finally {
            browser.switchTo().defaultContent();
        }
    }
}
