package io.coursedesk.passes.verification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public page a pass's QR code opens, in Dutch, from {@code pages/verification.mustache} (values HTML-escaped
 * by Mustache). It shows only what the pass itself shows; nothing about a code that is not genuine.
 */
@Singleton
public class VerificationPage {
    private static final String TEMPLATE = "pages/verification.mustache";

    private final Template template = compile();
    private final Clock clock;

    public VerificationPage(Clock clock) {
        this.clock = clock;
    }

    public String render(PassCheck check) {
        if (check instanceof PassCheck.Genuine genuine) {
            return genuine.expired()
                    ? page("expired", "Deze pas is echt, maar verlopen", "Deze pas is uitgegeven door CourseDesk, "
                            + "maar de kwalificatie is verlopen op " + date(genuine.expiryDate()) + ".", facts(genuine))
                    : page("valid", "Deze pas is echt en geldig",
                            "Deze pas is uitgegeven door CourseDesk en de kwalificatie is geldig.", facts(genuine));
        }
        if (check instanceof PassCheck.Withdrawn) {
            return page("withdrawn", "Deze pas is ingetrokken",
                    "Deze pas is uitgegeven door CourseDesk, maar de kwalificatie bestaat niet meer.", List.of());
        }
        return page("invalid", "Deze pas is niet echt", "Deze code is niet door CourseDesk uitgegeven of is "
                + "gewijzigd. Scan de QR-code op de pas zelf nog eens; lukt het dan niet, vertrouw de pas dan niet.",
                List.of());
    }

    private String page(String state, String title, String explanation, List<Map<String, String>> facts) {
        return template.execute(Map.of("state", state, "title", title, "explanation", explanation,
                "facts", facts, "hasFacts", !facts.isEmpty(), "today", date(Qualification.today(clock))));
    }

    private static List<Map<String, String>> facts(PassCheck.Genuine genuine) {
        Qualification qualification = genuine.qualification();
        return List.of(
                Map.of("label", "Naam", "value", genuine.holderName()),
                Map.of("label", "Kwalificatie", "value", qualification.name() + " (" + qualification.code() + ")"),
                Map.of("label", "Vervaldatum", "value",
                        qualification.expiryDate() == null ? "onbeperkt" : date(qualification.expiryDate())));
    }

    private static String date(LocalDate date) {
        return Zones.DUTCH_DATE.format(date);
    }

    private static Template compile() {
        try (InputStream in = VerificationPage.class.getClassLoader().getResourceAsStream(TEMPLATE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
