package io.coursedesk.passes.holders;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a holder list is narrowed to. The qualification criteria (exam type, exam number, expiry range) hold for
 * one and the same qualification; {@code q} finds a holder by part of the qualification number or the name
 * (ignoring case and accents) or by the exact birth date (dd-MM-yyyy or yyyy-MM-dd).
 *
 * @param organisationId the organisation whose holders are listed; null: all of the provider
 */
public record HolderFilter(String organisationId, String examType, String examNumber, LocalDate expiresFrom,
                           LocalDate expiresTo, String q) {
    private static final Map<Integer, String> LETTERS_WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Ø', "O"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"), Map.entry((int) 'ı', "i"), Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'Æ', "AE"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'œ', "oe"));

    public boolean hasQualificationCriteria() {
        return examType != null || examNumber != null || expiresFrom != null || expiresTo != null;
    }

    /** Whether the qualification meets the qualification criteria (every one does without any). */
    public boolean isAbout(Qualification qualification) {
        return (examType == null || examType.equalsIgnoreCase(qualification.examType()))
                && (examNumber == null || examNumber.equalsIgnoreCase(qualification.examNumber()))
                && (expiresFrom == null || (qualification.expiryDate() != null
                    && !qualification.expiryDate().isBefore(expiresFrom)))
                && (expiresTo == null || (qualification.expiryDate() != null
                    && !qualification.expiryDate().isAfter(expiresTo)));
    }

    public boolean matches(HolderWithQualifications holder) {
        return (!hasQualificationCriteria() || holder.qualifications().stream().anyMatch(this::isAbout))
                && matchesText(holder.holder());
    }

    private boolean matchesText(QualificationHolder holder) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String text = q.strip();
        Optional<LocalDate> date = DateTexts.parse(text);
        if (date.isPresent()) {
            return date.get().equals(holder.birthDate());
        }
        return holder.qualificationNumber().contains(text) || folded(holder.name()).contains(folded(text));
    }

    /**
     * Lower case without accents, so "zoe" finds "Zoë", "OZTURK" "Öztürk" and "lukasz" "Łukasz" (letters such as
     * Ł and ø have no accent Unicode can take off, so they are mapped), and names sort as people expect.
     */
    public static String folded(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder folded = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> folded.append(LETTERS_WITHOUT_DECOMPOSITION.getOrDefault(c,
                Character.toString(c))));
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
