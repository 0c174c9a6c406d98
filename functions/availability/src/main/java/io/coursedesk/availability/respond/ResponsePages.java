package io.coursedesk.availability.respond;

import io.coursedesk.availability.invitations.Answer;
import io.coursedesk.availability.invitations.InstructorInvitation;
import io.coursedesk.availability.invitations.InvitationStatus;
import io.coursedesk.availability.respond.LinkState.Closed;
import io.coursedesk.availability.respond.LinkState.Open;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The instructor's pages, in Dutch: small enough for a phone, readable without JavaScript, with real form
 * buttons and high-contrast colours. Every value from the table is escaped. Links and the form point at the
 * token relative to the page ({@code /respond/<token>}), so the pages work under any base path.
 */
@Singleton
public class ResponsePages {
    private static final String STYLE = """
            body{margin:0;background:#f3f4f6;color:#1b1b1b;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
            main{max-width:36rem;margin:0 auto;padding:1.5rem 1.25rem 2rem;background:#fff;min-height:100vh;box-sizing:border-box}
            h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}
            dt{font-weight:700}dd{margin:0}
            fieldset{border:0;padding:0;margin:1.5rem 0 0}
            legend{font-weight:700;font-size:1.25rem;margin-bottom:.5rem;padding:0}
            button{display:block;width:100%;min-height:3rem;margin:.75rem 0;padding:.75rem 1rem;font:inherit;font-weight:700;border-radius:.5rem;border:2px solid #0b5394;cursor:pointer}
            .primary{background:#0b5394;color:#fff}
            .secondary{background:#fff;color:#0b5394}
            button:focus-visible,a:focus-visible{outline:3px solid #b45f06;outline-offset:3px}
            a{color:#0b5394}
            .notice{background:#e8f1fb;border-left:4px solid #0b5394;padding:.75rem 1rem}
            .error{background:#fdecea;border-left:4px solid #b3261e;color:#4a0f0b;padding:.75rem 1rem}
            footer{margin-top:2.5rem;color:#4b5563;font-size:.875rem}
            """;

    /** The invitation with both answers as buttons; {@code preselected} (from the mail's button) comes first. */
    public String question(String token, Open open, Answer preselected, boolean answerMissing) {
        InstructorInvitation invitation = open.invitation();
        Course course = open.course();
        String provider = providerName(open.providerName());
        StringBuilder body = new StringBuilder();
        body.append("<h1>Uitnodiging om les te geven</h1>\n")
                .append("<p>Beste ").append(Html.escape(invitation.instructorName())).append(",</p>\n")
                .append("<p>Je bent uitgenodigd om een <strong>").append(Html.escape(course.type()))
                .append("</strong> cursus te geven voor <strong>").append(Html.escape(provider)).append("</strong>.</p>\n")
                .append("<dl>\n<dt>Cursus</dt><dd>").append(Html.escape(course.type())).append("</dd>\n");
        for (CourseDay day : course.details().days()) {
            body.append("<dt>Datum</dt><dd>").append(day.date().format(Zones.DUTCH_DATE)).append(", ")
                    .append(day.startTime().format(Zones.TIME)).append(" tot ")
                    .append(day.endTime().format(Zones.TIME)).append(" uur</dd>\n");
        }
        String location = course.details().location();
        body.append("<dt>Locatie</dt><dd>").append(location == null || location.isBlank() ? "nog niet bekend"
                : Html.escape(location)).append("</dd>\n</dl>\n");
        if (invitation.status() != InvitationStatus.INVITED) {
            body.append("<p class=\"notice\">Je hebt al geantwoord: <strong>")
                    .append(invitation.status() == InvitationStatus.AVAILABLE ? "beschikbaar" : "niet beschikbaar")
                    .append("</strong>. Je kunt je antwoord wijzigen zolang ").append(Html.escape(provider))
                    .append(" nog geen instructeur gekozen heeft.</p>\n");
        }
        if (answerMissing) {
            body.append("<p class=\"error\" role=\"alert\">We hebben geen antwoord ontvangen. "
                    + "Kies hieronder of je beschikbaar bent.</p>\n");
        }
        body.append("<form method=\"post\" action=\"").append(Html.escape(token)).append("\">\n<fieldset>\n")
                .append("<legend>Kun je deze cursus geven?</legend>\n");
        if (preselected != null) {
            body.append("<p>Bevestig je antwoord met de knop hieronder.</p>\n");
        }
        Answer first = preselected == null ? Answer.AVAILABLE : preselected;
        body.append(button(first, true, preselected != null))
                .append(button(first == Answer.AVAILABLE ? Answer.UNAVAILABLE : Answer.AVAILABLE, preselected == null, false))
                .append("</fieldset>\n</form>\n");
        return page("Uitnodiging " + course.type(), body.toString());
    }

    /** The thank-you page after an answer was recorded. */
    public String thanks(String token, Open open) {
        String provider = providerName(open.providerName());
        String type = Html.escape(open.course().type());
        String dates = dates(open.course().details().days());
        StringBuilder body = new StringBuilder("<h1>Bedankt voor je antwoord!</h1>\n");
        if (open.invitation().status() == InvitationStatus.AVAILABLE) {
            body.append("<p>Je hebt aangegeven aanwezig te kunnen zijn voor een cursus <strong>").append(type)
                    .append("</strong> te geven voor <strong>").append(Html.escape(provider)).append("</strong> op <strong>")
                    .append(dates).append("</strong>.</p>\n")
                    .append("<p>Je krijgt een definitief bericht wanneer ").append(Html.escape(provider))
                    .append(" een instructeur gekozen heeft.</p>\n");
        } else {
            body.append("<p>Je hebt aangegeven <strong>niet</strong> beschikbaar te zijn voor de cursus <strong>")
                    .append(type).append("</strong> voor <strong>").append(Html.escape(provider)).append("</strong> op <strong>")
                    .append(dates).append("</strong>.</p>\n");
        }
        body.append("<p>Vergist? Je kunt <a href=\"").append(Html.escape(token))
                .append("\">je antwoord wijzigen</a> zolang ").append(Html.escape(provider))
                .append(" nog geen instructeur gekozen heeft.</p>\n");
        return page("Bedankt voor je antwoord", body.toString());
    }

    /** Why the link no longer counts, without revealing anything a tampered link could not know. */
    public String closed(Closed closed) {
        String provider = Html.escape(providerName(closed.providerName()));
        String title = closed.reason() == LinkState.Reason.NOT_VALID ? "Deze link is niet geldig" : "Deze link is niet meer geldig";
        String explanation = switch (closed.reason()) {
            case NOT_VALID -> "Controleer of je de volledige link uit de e-mail hebt gebruikt. Werkt het dan nog niet, "
                    + "neem dan contact op met de opleider die je heeft uitgenodigd.";
            case SUPERSEDED -> "Je hebt een nieuwere uitnodiging voor deze cursus gekregen. "
                    + "Gebruik de link uit de meest recente e-mail.";
            case CONFIRMED -> "Je bent al bevestigd als instructeur voor deze cursus. Kun je toch niet? "
                    + "Neem dan contact op met " + provider + ".";
            case DECIDED -> "Er is al een instructeur voor deze cursus gekozen. Bedankt voor je reactie.";
            case CANCELLED -> "Deze cursus is geannuleerd. Je hoeft niets meer te doen.";
            case PAST -> "Deze cursus is al begonnen. Je hoeft niets meer te doen.";
        };
        return page(title, "<h1>" + title + "</h1>\n<p>" + explanation + "</p>\n");
    }

    public String failure() {
        return page("Er ging iets mis", "<h1>Er ging iets mis</h1>\n"
                + "<p>Je antwoord is niet verwerkt. Probeer het over een paar minuten opnieuw.</p>\n");
    }

    private static String button(Answer answer, boolean primary, boolean autofocus) {
        return "<button type=\"submit\" name=\"answer\" value=\"" + answer.name() + "\" class=\""
                + (primary ? "primary" : "secondary") + "\"" + (autofocus ? " autofocus" : "") + ">"
                + (answer == Answer.AVAILABLE ? "Ik ben beschikbaar" : "Ik ben niet beschikbaar") + "</button>\n";
    }

    /** 07-06-2019, or 07-06-2019 en 08-06-2019, or 07-06-2019, 08-06-2019 en 09-06-2019. */
    private static String dates(List<CourseDay> days) {
        List<String> dates = days.stream().map(day -> day.date().format(Zones.DUTCH_DATE)).toList();
        if (dates.size() == 1) {
            return dates.get(0);
        }
        return String.join(", ", dates.subList(0, dates.size() - 1)) + " en " + dates.get(dates.size() - 1);
    }

    private static String providerName(String name) {
        return name == null || name.isBlank() ? "de opleider" : name;
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + body + "<footer>Dit is een pagina van CourseDesk, het cursusbeheer van je opleider.</footer>\n"
                + "</main>\n</body>\n</html>\n";
    }
}
