package io.coursedesk.invitations.notes;

import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.events.CreditNoteIssued;
import io.coursedesk.shared.events.NoteIssued;
import jakarta.inject.Singleton;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The PDF copy of a debit or credit note, rendered from its event alone (no clock, no reads; the document id derived
 * from the event's), so a retried mail attaches the same bytes. DejaVu Sans, embedded as a subset, prints any name as
 * written. A credit note names the debit note it credits.
 */
@Singleton
public class NotePdf {
    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final float MARGIN = 56;

    private final byte[] font = read();

    public byte[] render(NoteIssued note) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            fixDocumentId(document, note);
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = line(content, regular, 20, y, title(note) + " " + note.noteNumber());
                y = line(content, regular, 11, y - 6, note.providerName());
                y -= 18;
                for (String row : rows(note)) {
                    y = line(content, regular, 11, y, row);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(title(note) + " " + note.noteNumber() + " could not be rendered", e);
        }
    }

    /** {@code Debetnota} or {@code Creditnota}: the note's title, also in its file name and mail. */
    public static String title(NoteIssued note) {
        return switch (note.kind()) {
            case DEBIT_NOTE -> "Debetnota";
            case CREDIT_NOTE -> "Creditnota";
        };
    }

    /** The attachment's name, {@code debetnota-2026-000123.pdf}. */
    public static String fileName(NoteIssued note) {
        return title(note).toLowerCase(Locale.ROOT) + "-" + note.noteNumber() + ".pdf";
    }

    /** The text of the note, line by line. */
    static List<String> rows(NoteIssued note) {
        List<String> rows = new ArrayList<>();
        rows.add("Nummer: " + note.noteNumber());
        rows.add("Datum: " + DutchFormat.date(note.issuedOn()));
        rows.add("Aan: " + note.payerName() + " <" + note.payerEmail() + ">");
        if (note instanceof CreditNoteIssued credit) {
            rows.add("Betreft: debetnota " + credit.debitNoteNumber() + " van "
                    + DutchFormat.date(credit.debitNoteIssuedOn()));
        }
        rows.add("");
        rows.add("Cursus: " + note.courseType() + ", " + DutchFormat.date(note.courseFirstDay()));
        rows.add("Deelnemer: " + note.participantName());
        if (note instanceof CreditNoteIssued credit) {
            rows.add("Gecrediteerd bedrag: " + euros(note.amountCents()));
            rows.add("");
            rows.add("De inschrijving is geannuleerd. Het bedrag van debetnota " + credit.debitNoteNumber());
            rows.add("wordt hiermee gecrediteerd.");
        } else {
            rows.add("Bedrag: " + euros(note.amountCents()));
        }
        return rows;
    }

    /** Euro cents as Dutch money text, e.g. {@code € 1.234,50}. */
    public static String euros(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(DUTCH);
        return format.format(BigDecimal.valueOf(cents, 2)).replace('\u00a0', ' ');
    }

    /** The trailer's /ID from the note's event id, where PDFBox would take one from the clock. */
    private static void fixDocumentId(PDDocument document, NoteIssued note) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(note.eventId().getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(digest, 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static float line(PDPageContentStream content, PDType0Font font, float size, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(text);
        content.endText();
        return y - size * 1.5f;
    }

    private static byte[] read() {
        try (InputStream in = NotePdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
