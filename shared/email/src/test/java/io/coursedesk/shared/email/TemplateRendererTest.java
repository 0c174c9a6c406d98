package io.coursedesk.shared.email;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TemplateRendererTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    private static TemplateModel model() {
        return new TemplateModel()
                .student("<script>alert(1)</script>", "O'Brien & Zn")
                .course("BHV", LocalDate.of(2019, 9, 8), LocalTime.of(9, 30), "Utrecht")
                .certificateExpiryDate(LocalDate.of(2021, 9, 8))
                .providerName("CIBOT");
    }

    @Test
    void escapesUserTextInTheHtmlAndKeepsItReadableInTheText() {
        MessageTemplate template = new MessageTemplate("Welkom {{student.firstName}}",
                "<p>Beste {{student.firstName}} {{{student.lastName}}},</p><p>{{course.type}} op {{course.date}} om {{course.startTime}}</p>");

        RenderedEmail email = renderer.render(template, model());

        assertThat(email.html()).contains("Beste &lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien &amp; Zn,")
                .doesNotContain("<script>");
        assertThat(email.text()).contains("Beste <script>alert(1)</script> O'Brien & Zn,")
                .contains("BHV op 08-09-2019 om 09:30")
                .doesNotContain("<p>");
        assertThat(email.subject()).isEqualTo("Welkom <script>alert(1)</script>");
    }

    @Test
    void keepsTheSubjectOnOneLine() {
        RenderedEmail email = renderer.render(new MessageTemplate("A {{student.lastName}}", "<p>x</p>"),
                new TemplateModel().student("x", "B\r\nBcc: someone@example.org"));

        assertThat(email.subject()).isEqualTo("A B Bcc: someone@example.org");
    }

    @Test
    void rendersTheStudentListAsAnEscapedListInHtmlAndLinesInText() {
        RenderedEmail email = renderer.render(new MessageTemplate("{{course.type}}", "<p>Deelnemers:</p>{{studentList}}"),
                model().studentList(List.of("Anna de Vries", "<b>Bram</b>")));

        assertThat(email.html()).contains("<ul><li>Anna de Vries</li><li>&lt;b&gt;Bram&lt;/b&gt;</li></ul>");
        assertThat(email.text()).contains("Deelnemers:\n\n- Anna de Vries\n- <b>Bram</b>");
    }

    @Test
    void rendersAMissingValueAsNothing() {
        RenderedEmail email = renderer.render(new MessageTemplate("Verloopt {{certificate.expiryDate}}", "<p>[{{course.location}}]</p>"),
                new TemplateModel());

        assertThat(email.subject()).isEqualTo("Verloopt");
        assertThat(email.text()).isEqualTo("[]\n");
    }

    @Test
    void aTemplateOfUnclosedLinksRendersItsTextAtOnce() {
        // hundreds of unclosed anchors made the former regular expressions backtrack for seconds per mail
        String body = "<p>Beste {{student.lastName}}</p>" + "<a href='x".repeat(5_000);

        RenderedEmail email = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> renderer.render(new MessageTemplate("Welkom", body), model()));

        assertThat(email.text()).startsWith("Beste O'Brien & Zn\n");
    }

    @Test
    void decodesEntitiesAndSkipsWhatIsNotShown() {
        RenderedEmail email = renderer.render(new MessageTemplate("x", "<html><head><title>T</title><style>p{}</style>"
                + "</head><body><p>Prijs&nbsp;&euro;&#160;95 &amp; meer<br>regel</p><ul><li>een</li><li>twee</li></ul>"
                + "<script>alert(1)</script><a href=\"https://example.org\">https://example.org</a></body></html>"),
                model());

        assertThat(email.text()).isEqualTo("Prijs \u20ac 95 & meer\nregel\n\n- een\n- twee\nhttps://example.org\n");
    }

    @Test
    void showsLinkAddressesInTheText() {
        RenderedEmail email = renderer.render(SystemEmail.INSTRUCTOR_INVITATION.template(), model()
                .set("instructor.name", "Max Wilting")
                .set("links.available", "https://example.org/a?id=5&k=1")
                .set("links.unavailable", "https://example.org/u?id=5&k=1")
                .set("links.respond", "https://example.org/antwoord?id=5&k=1"));

        assertThat(email.html()).contains("href=\"https://example.org/a?id&#x3D;5&amp;k&#x3D;1\"");
        assertThat(email.text())
                .contains("Beste Max Wilting,")
                .contains("Je bent uitgenodigd om een BHV cursus te geven voor CIBOT. De cursus vindt plaats op 08-09-2019.")
                .contains("Ik ben beschikbaar (https://example.org/a?id=5&k=1)")
                .contains("Ik ben niet beschikbaar (https://example.org/u?id=5&k=1)")
                .contains("Of ga naar deze link https://example.org/antwoord?id=5&k=1.");
    }

    /** The customer reminder lists certificates of any course type; invitations to become a student name none. */
    private static final Set<SystemEmail> NOT_ABOUT_ONE_COURSE = Set.of(SystemEmail.CUSTOMER_REMINDER,
            SystemEmail.STUDENT_INVITATION, SystemEmail.STUDENT_INVITATION_REVOKED);

    @Test
    void everySystemEmailRendersASubjectAndBothBodies() {
        for (SystemEmail system : SystemEmail.values()) {
            RenderedEmail email = renderer.render(system.template(),
                    model().studentList(List.of("Piet Jansen: BHV, verloopt op 01-02-2027")));
            assertThat(email.subject()).as(system.name()).isNotBlank();
            assertThat(email.html()).as(system.name()).startsWith("<!DOCTYPE html>");
            assertThat(email.text()).as(system.name()).doesNotContain("<p>", "{{");
            if (!NOT_ABOUT_ONE_COURSE.contains(system)) {
                assertThat(email.subject()).as(system.name()).contains("BHV");
                assertThat(email.html()).as(system.name()).contains("BHV");
                assertThat(email.text()).as(system.name()).contains("BHV");
            }
        }
    }

    @Test
    void stopsARenderingThatRunsOutOfTimeOrSize() {
        MessageTemplate template = new MessageTemplate("Hoi", "<p>{{course.location}}</p>".repeat(100));
        TemplateModel model = new TemplateModel().course("EHBO", null, null, "x".repeat(1_000));

        assertThatThrownBy(() -> renderer.render(template, model, new RenderBudget(Duration.ofSeconds(5), 50_000)))
                .isInstanceOf(TemplateRenderException.class).hasMessage("renders to more than 50000 characters");
        assertThatThrownBy(() -> renderer.render(template, model, new RenderBudget(Duration.ZERO, 10_000_000)))
                .isInstanceOf(TemplateRenderException.class).hasMessage("takes longer than 0 ms to render");
        assertThat(renderer.render(template, model, new RenderBudget(Duration.ofSeconds(5), 200_000)).text())
                .contains("x".repeat(1_000));
    }
}
