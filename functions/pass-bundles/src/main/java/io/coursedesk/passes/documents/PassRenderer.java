package io.coursedesk.passes.documents;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One digital pass as a one-page PDF the size of a bank card (85.6 x 54 mm, ISO/IEC 7810 ID-1): prints at
 * actual size on any printer and shows whole on a phone. Provider band on top, the holder's name, the
 * qualification's facts with Dutch labels, and a QR code that opens the pass's verification page.
 */
@Singleton
public class PassRenderer {
    private static final float MM = 72 / 25.4f;
    private static final PDRectangle CARD = new PDRectangle(85.6f * MM, 54f * MM);
    private static final float MARGIN = 3.2f * MM;
    private static final float BAND_HEIGHT = 8.5f * MM;
    private static final float QR_SIZE = 25f * MM;
    private static final float QR_GAP = 2.5f * MM;
    private static final float ROW_HEIGHT = 8f * MM;
    private static final float LABEL_SIZE = 5.5f;
    private static final float VALUE_SIZE = 7.5f;
    private static final float[] BAND_COLOUR = {0.12f, 0.23f, 0.37f};
    private static final float[] LABEL_COLOUR = {0.38f, 0.40f, 0.45f};
    private static final String NONE = "–";
    private static final String CAPTION = "Scan om de pas te controleren";
    private static final float NAME_BASELINE = CARD.getHeight() - BAND_HEIGHT - 2 * MM - 9f;
    private static final float ROWS_TOP = NAME_BASELINE - 3.5f;

    private final DocumentFonts fonts;

    public PassRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** Writes the pass's PDF to {@code out}, which stays open (a ZIP entry, say). */
    public void write(PassContent pass, OutputStream out) throws IOException {
        batch(List.of(pass)).write(pass, out);
    }

    /**
     * A writer for these passes whose PDFs all embed one font subset with every character of all of them: subsetting
     * is most of a pass's cost, so a bundle pays it once. Each pass carries a few glyphs it does not use.
     */
    public Batch batch(Collection<PassContent> passes) throws IOException {
        List<String> texts = new ArrayList<>();
        passes.forEach(pass -> texts.addAll(texts(pass, facts(pass))));
        return new Batch(fonts.prepare(texts));
    }

    /** Writes passes with a prepared subset; a pass with characters outside it gets a subset of its own. */
    public final class Batch {
        private final DocumentFonts.Prepared prepared;

        private Batch(DocumentFonts.Prepared prepared) {
            this.prepared = prepared;
        }

        /** Writes the pass's PDF to {@code out}, which stays open (a ZIP entry, say). */
        public void write(PassContent pass, OutputStream out) throws IOException {
            List<Fact> facts = facts(pass);
            List<String> texts = texts(pass, facts);
            render(pass, facts, prepared.covers(texts) ? prepared : fonts.prepare(texts), out);
        }
    }

    private void render(PassContent pass, List<Fact> facts, DocumentFonts.Prepared subsets, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts.Fonts embedded = fonts.embedIn(document, subsets);
            PDPage page = new PDPage(CARD);
            document.addPage(page);
            describe(document, pass);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawBand(content, embedded, pass);
                drawFacts(content, embedded, pass.holderName(), facts);
                drawQrCode(content, embedded.regular(), pass.verificationUrl());
            }
            // object streams would save a few hundred bytes for twice the time per pass; page and font streams
            // are compressed either way
            document.save(new KeepOpen(out), CompressParameters.NO_COMPRESSION);
        }
    }

    /** A labelled value; a wide one takes both columns. */
    private record Fact(String label, String value, boolean wide) {
    }

    private static List<Fact> facts(PassContent pass) {
        return List.of(
                new Fact("Kwalificatie", pass.qualificationName() + " (" + pass.code() + ")", true),
                new Fact("Kwalificatienr.", pass.qualificationNumber(), false),
                new Fact("Type", pass.typeName(), false),
                new Fact("Examendatum", DutchText.date(pass.examDate()), false),
                new Fact("Vervaldatum", pass.expiryDate() == null ? "onbeperkt" : DutchText.date(pass.expiryDate()), false),
                new Fact("Extern nummer", orNone(pass.personnelNumber()), false),
                new Fact("Kenmerk", orNone(pass.reference()), false));
    }

    /** Every text on the card: the fonts carry exactly these glyphs. */
    private static List<String> texts(PassContent pass, List<Fact> facts) {
        List<String> texts = new ArrayList<>(List.of(pass.providerName(), pass.holderName(), typeWord(pass), CAPTION));
        facts.forEach(fact -> texts.addAll(List.of(fact.label(), fact.value())));
        return texts;
    }

    private static void describe(PDDocument document, PassContent pass) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(pass.typeName() + " " + pass.qualificationName() + " – " + pass.holderName());
        information.setAuthor(pass.providerName());
    }

    private static void drawBand(PDPageContentStream content, DocumentFonts.Fonts fonts, PassContent pass)
            throws IOException {
        float bandBottom = CARD.getHeight() - BAND_HEIGHT;
        content.setNonStrokingColor(BAND_COLOUR[0], BAND_COLOUR[1], BAND_COLOUR[2]);
        content.addRect(0, bandBottom, CARD.getWidth(), BAND_HEIGHT);
        content.fill();
        content.setNonStrokingColor(1f, 1f, 1f);
        String type = typeWord(pass);
        float typeWidth = PdfText.width(fonts.bold(), 7f, type);
        float baseline = bandBottom + BAND_HEIGHT / 2 - 3f;
        PdfText.rightAligned(content, fonts.bold(), 7f, CARD.getWidth() - MARGIN, baseline, type);
        PdfText.fitted(content, fonts.bold(), 9.5f, 6.5f, MARGIN, baseline,
                CARD.getWidth() - 2 * MARGIN - typeWidth - 3 * MM, pass.providerName());
    }

    private static void drawFacts(PDPageContentStream content, DocumentFonts.Fonts fonts, String holderName,
                                  List<Fact> facts) throws IOException {
        content.setNonStrokingColor(0f, 0f, 0f);
        PdfText.fitted(content, fonts.bold(), 11f, 7f, MARGIN, NAME_BASELINE, CARD.getWidth() - 2 * MARGIN,
                holderName);
        float columnsWidth = CARD.getWidth() - 2 * MARGIN - QR_SIZE - QR_GAP;
        float top = ROWS_TOP;
        int column = 0;
        for (Fact fact : facts) {
            float width = fact.wide() ? columnsWidth : columnsWidth / 2;
            cell(content, fonts, MARGIN + column * columnsWidth / 2, top, width, fact.label(), fact.value());
            column = fact.wide() ? 2 : column + 1;
            if (column == 2) {
                column = 0;
                top -= ROW_HEIGHT;
            }
        }
    }

    /** A small grey label with its value under it, both kept inside the cell's width. */
    private static void cell(PDPageContentStream content, DocumentFonts.Fonts fonts, float x, float top, float width,
                             String label, String value) throws IOException {
        float inner = width - 1.5f * MM;
        content.setNonStrokingColor(LABEL_COLOUR[0], LABEL_COLOUR[1], LABEL_COLOUR[2]);
        PdfText.fitted(content, fonts.regular(), LABEL_SIZE, LABEL_SIZE, x, top - LABEL_SIZE, inner, label);
        content.setNonStrokingColor(0f, 0f, 0f);
        PdfText.fitted(content, fonts.bold(), VALUE_SIZE, 5.5f, x, top - LABEL_SIZE - VALUE_SIZE - 1.5f, inner, value);
    }

    /** Right of the facts, its top level with theirs, the caption under it. */
    private static void drawQrCode(PDPageContentStream content, PDFont font, String url) throws IOException {
        float x = CARD.getWidth() - MARGIN - QR_SIZE;
        float y = ROWS_TOP - QR_SIZE;
        QrCodeDrawing.draw(content, url, x, y, QR_SIZE);
        content.setNonStrokingColor(LABEL_COLOUR[0], LABEL_COLOUR[1], LABEL_COLOUR[2]);
        PdfText.centred(content, font, 4.5f, x + QR_SIZE / 2, y - 6.5f, CAPTION);
    }

    private static String typeWord(PassContent pass) {
        return pass.typeName().toUpperCase(Locale.ROOT);
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    /** PDFBox closes the stream it saved to; a bundle keeps writing to its ZIP after each pass. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
