package io.coursedesk.passes.documents;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The attendance certificate ("Bewijs van deelname") as one A4 page, centred lines inside a double frame. */
@Singleton
public class CertificateRenderer {
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MM = 72 / 25.4f;
    private static final float CENTRE = A4.getWidth() / 2;
    private static final float TEXT_WIDTH = A4.getWidth() - 60 * MM;
    private static final float[] ACCENT = {0.12f, 0.23f, 0.37f};
    private static final String TITLE = "Bewijs van deelname";

    private final DocumentFonts fonts;

    public CertificateRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(AttendanceCertificate certificate) throws IOException {
        List<Line> lines = lines(certificate);
        try (PDDocument document = new PDDocument()) {
            List<String> texts = new ArrayList<>(lines.stream().map(Line::text).toList());
            texts.add(TITLE);
            DocumentFonts.Fonts embedded = fonts.embedIn(document, texts);
            PDPage page = new PDPage(A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(TITLE + " " + certificate.courseType() + " – "
                    + certificate.studentName());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawFrame(content);
                content.setNonStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
                PdfText.centred(content, embedded.bold(), 30, CENTRE, A4.getHeight() - 75 * MM, TITLE);
                content.setNonStrokingColor(0f, 0f, 0f);
                float y = A4.getHeight() - 100 * MM;
                for (Line line : lines) {
                    y -= line.spaceBefore();
                    if (line.centred()) {
                        PdfText.fitted(content, line.bold() ? embedded.bold() : embedded.regular(), line.size(),
                                line.size() * 0.6f, centredX(embedded, line), y, TEXT_WIDTH, line.text());
                    } else {
                        PdfText.line(content, embedded.regular(), line.size(), 35 * MM, line.y(), line.text());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** A line of the certificate: centred in the flow, or (the footer) at a fixed height on the left. */
    private record Line(String text, float size, boolean bold, float spaceBefore, boolean centred, float y) {
        static Line centred(String text, float size, boolean bold, float spaceBefore) {
            return new Line(text, size, bold, spaceBefore, true, 0);
        }

        static Line footer(String text, float y) {
            return new Line(text, 10, false, 0, false, y);
        }
    }

    private static List<Line> lines(AttendanceCertificate certificate) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.centred(certificate.providerName() == null ? "Hierbij wordt verklaard dat"
                : certificate.providerName() + " verklaart dat", 13, false, 0));
        lines.add(Line.centred(certificate.studentName(), 24, true, 38));
        if (certificate.birthDate() != null) {
            lines.add(Line.centred("geboren op " + DutchText.date(certificate.birthDate()), 12, false, 27));
        }
        lines.add(Line.centred("aanwezig is geweest bij de cursus", 13, false, 40));
        lines.add(Line.centred(certificate.courseType(), 20, true, 34));
        lines.add(Line.centred((certificate.dates().size() == 1 ? "op " : "op de dagen ")
                + DutchText.dates(certificate.dates()), 13, false, 30));
        if (certificate.location() != null && !certificate.location().isBlank()) {
            lines.add(Line.centred("te " + certificate.location(), 13, false, 20));
        }
        lines.add(Line.footer("Uitgegeven op " + DutchText.date(certificate.issuedOn()), 45 * MM));
        if (certificate.providerName() != null) {
            lines.add(Line.footer("Uitgegeven door " + certificate.providerName(), 45 * MM + 15));
        }
        return lines;
    }

    private static float centredX(DocumentFonts.Fonts fonts, Line line) throws IOException {
        float width = PdfText.width(line.bold() ? fonts.bold() : fonts.regular(), line.size(),
                PdfText.printable(line.bold() ? fonts.bold() : fonts.regular(), line.text()));
        return CENTRE - Math.min(width, TEXT_WIDTH) / 2;
    }

    private static void drawFrame(PDPageContentStream content) throws IOException {
        content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        content.setLineWidth(2.5f);
        content.addRect(15 * MM, 15 * MM, A4.getWidth() - 30 * MM, A4.getHeight() - 30 * MM);
        content.stroke();
        content.setLineWidth(0.75f);
        content.addRect(19 * MM, 19 * MM, A4.getWidth() - 38 * MM, A4.getHeight() - 38 * MM);
        content.stroke();
    }
}
