package io.coursedesk.invitations.debit;

import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.events.DebitNoteIssued;
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
 * The PDF copy of a debit note, rendered from the event alone (no clock, no reads; the document id derived from
 * the event's), so a retried mail attaches the same bytes. DejaVu Sans, embedded as a subset, prints any name as written.
 */
@Singleton
public class DebitNotePdf {
    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final float MARGIN = 56;

    private final byte[] font = read();

    public byte[] render(DebitNoteIssued note) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            fixDocumentId(document, note);
            PDType0Font regular = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = line(content, regular, 20, y, "Debetnota " + note.debitNoteNumber());
                y = line(content, regular, 11, y - 6, note.providerName());
                y -= 18;
                for (String row : rows(note)) {
                    y = line(content, regular, 11, y, row);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the debit note " + note.debitNoteNumber() + " could not be rendered", e);
        }
    }

    /** The text of the note, line by line. */
    static List<String> rows(DebitNoteIssued note) {
        List<String> rows = new ArrayList<>();
        rows.add("Nummer: " + note.debitNoteNumber());
        rows.add("Datum: " + DutchFormat.date(note.issuedOn()));
        rows.add("Aan: " + note.payerName() + " <" + note.payerEmail() + ">");
        rows.add("");
        rows.add("Cursus: " + note.courseType() + ", " + DutchFormat.date(note.courseFirstDay()));
        rows.add("Deelnemer: " + note.participantName());
        rows.add("Bedrag: " + euros(note.amountCents()));
        return rows;
    }

    /** Euro cents as Dutch money text, e.g. {@code € 1.234,50}. */
    public static String euros(long cents) {
        NumberFormat format = NumberFormat.getCurrencyInstance(DUTCH);
        return format.format(BigDecimal.valueOf(cents, 2)).replace('\u00a0', ' ');
    }

    /** The trailer's /ID from the note's event id, where PDFBox would take one from the clock. */
    private static void fixDocumentId(PDDocument document, DebitNoteIssued note) {
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
        try (InputStream in = DebitNotePdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONT + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
