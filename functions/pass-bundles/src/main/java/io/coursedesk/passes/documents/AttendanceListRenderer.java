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

/**
 * The printable attendance list ("Presentielijst"): A4 landscape, the course on top, one row per participant with
 * a signature box per course day (one box per row when the course has more days than fit), the header row
 * repeated on every page. A white-label course's list carries no provider name.
 */
@Singleton
public class AttendanceListRenderer {
    private static final float MM = 72 / 25.4f;
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 15 * MM;
    private static final float TABLE_TOP = PAGE.getHeight() - MARGIN - 27 * MM;
    private static final float HEADER_HEIGHT = 9 * MM;
    private static final float ROW_HEIGHT = 13 * MM;
    private static final float FOOTER = MARGIN + 6 * MM;
    private static final int ROWS_PER_PAGE = (int) ((TABLE_TOP - HEADER_HEIGHT - FOOTER) / ROW_HEIGHT);
    private static final float[] FIXED_WIDTHS = {10 * MM, 66 * MM, 50 * MM, 30 * MM};
    private static final List<String> FIXED_HEADERS = List.of("Nr.", "Naam", "Organisatie", "Geboortedatum");
    /** Narrower than this a signature does not fit: then one box for all days. */
    private static final float MIN_SIGNATURE_WIDTH = 28 * MM;
    private static final String TITLE = "Presentielijst";
    private static final String NOBODY = "Er zijn geen bevestigde deelnemers.";

    private final DocumentFonts fonts;

    public AttendanceListRenderer(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(AttendanceList list) throws IOException {
        List<String> headers = headers(list);
        float[] widths = widths(headers.size());
        int pages = Math.max(1, (list.participants().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        try (PDDocument document = new PDDocument()) {
            DocumentFonts.Fonts embedded = fonts.embedIn(document, texts(list, headers));
            document.getDocumentInformation().setTitle(TITLE + " " + list.courseType());
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawCourse(content, embedded, list);
                    drawHeaderRow(content, embedded, headers, widths);
                    int first = (number - 1) * ROWS_PER_PAGE;
                    List<AttendanceList.Participant> rows = list.participants()
                            .subList(first, Math.min(list.participants().size(), first + ROWS_PER_PAGE));
                    for (int i = 0; i < rows.size(); i++) {
                        drawRow(content, embedded, first + i + 1, rows.get(i), widths,
                                TABLE_TOP - HEADER_HEIGHT - i * ROW_HEIGHT);
                    }
                    if (list.participants().isEmpty()) {
                        PdfText.line(content, embedded.regular(), 10, MARGIN, TABLE_TOP - HEADER_HEIGHT - 8 * MM, NOBODY);
                    }
                    PdfText.rightAligned(content, embedded.regular(), 8, PAGE.getWidth() - MARGIN, MARGIN,
                            "Pagina " + number + " van " + pages);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    /** The fixed columns, then a signature column per day, or one when the days do not fit. */
    private static List<String> headers(AttendanceList list) {
        List<String> headers = new ArrayList<>(FIXED_HEADERS);
        float free = PAGE.getWidth() - 2 * MARGIN - sum(FIXED_WIDTHS);
        if (list.dates().size() > 1 && free / list.dates().size() >= MIN_SIGNATURE_WIDTH) {
            list.dates().forEach(date -> headers.add("Handtekening " + DutchText.date(date)));
        } else {
            headers.add("Handtekening");
        }
        return headers;
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        System.arraycopy(FIXED_WIDTHS, 0, widths, 0, FIXED_WIDTHS.length);
        float signature = (PAGE.getWidth() - 2 * MARGIN - sum(FIXED_WIDTHS)) / (columns - FIXED_WIDTHS.length);
        for (int i = FIXED_WIDTHS.length; i < columns; i++) {
            widths[i] = signature;
        }
        return widths;
    }

    private static List<String> texts(AttendanceList list, List<String> headers) {
        List<String> texts = new ArrayList<>(headers);
        texts.addAll(List.of(TITLE, list.courseType(), courseLine(list), NOBODY, "Pagina van 0123456789"));
        if (list.providerName() != null) {
            texts.add(list.providerName());
        }
        list.participants().forEach(p -> texts.addAll(List.of(p.name(), text(p.organisation()),
                DutchText.date(p.birthDate()))));
        return texts;
    }

    private static void drawCourse(PDPageContentStream content, DocumentFonts.Fonts fonts, AttendanceList list)
            throws IOException {
        float top = PAGE.getHeight() - MARGIN;
        content.setNonStrokingColor(0f, 0f, 0f);
        PdfText.line(content, fonts.bold(), 18, MARGIN, top - 16, TITLE);
        if (list.providerName() != null) {
            PdfText.rightAligned(content, fonts.bold(), 11, PAGE.getWidth() - MARGIN, top - 14,
                    PdfText.cut(fonts.bold(), 11, 100 * MM, list.providerName()));
        }
        PdfText.fitted(content, fonts.bold(), 13, 9, MARGIN, top - 36, PAGE.getWidth() - 2 * MARGIN, list.courseType());
        PdfText.fitted(content, fonts.regular(), 10, 8, MARGIN, top - 52, PAGE.getWidth() - 2 * MARGIN,
                courseLine(list));
    }

    private static String courseLine(AttendanceList list) {
        String dates = (list.dates().size() == 1 ? "Datum: " : "Data: ") + DutchText.dates(list.dates());
        return list.location() == null || list.location().isBlank() ? dates : dates + "    Locatie: " + list.location();
    }

    private static void drawHeaderRow(PDPageContentStream content, DocumentFonts.Fonts fonts, List<String> headers,
                                      float[] widths) throws IOException {
        float bottom = TABLE_TOP - HEADER_HEIGHT;
        content.setNonStrokingColor(0.9f, 0.91f, 0.93f);
        content.addRect(MARGIN, bottom, sum(widths), HEADER_HEIGHT);
        content.fill();
        cells(content, widths, bottom, HEADER_HEIGHT);
        content.setNonStrokingColor(0f, 0f, 0f);
        float x = MARGIN;
        for (int i = 0; i < headers.size(); i++) {
            PdfText.fitted(content, fonts.bold(), 9, 6, x + 2 * MM, bottom + 3.2f * MM, widths[i] - 4 * MM,
                    headers.get(i));
            x += widths[i];
        }
    }

    private static void drawRow(PDPageContentStream content, DocumentFonts.Fonts fonts, int number,
                                AttendanceList.Participant participant, float[] widths, float top) throws IOException {
        float bottom = top - ROW_HEIGHT;
        cells(content, widths, bottom, ROW_HEIGHT);
        content.setNonStrokingColor(0f, 0f, 0f);
        String[] values = {Integer.toString(number), participant.name(), text(participant.organisation()),
                DutchText.date(participant.birthDate())};
        float x = MARGIN;
        float baseline = bottom + ROW_HEIGHT / 2 - 3.5f;
        for (int i = 0; i < values.length; i++) {
            PdfText.fitted(content, i == 1 ? fonts.bold() : fonts.regular(), 10, 8.5f, x + 2 * MM, baseline,
                    widths[i] - 4 * MM, values[i]);
            x += widths[i];
        }
    }

    private static void cells(PDPageContentStream content, float[] widths, float bottom, float height)
            throws IOException {
        content.setStrokingColor(0.35f, 0.35f, 0.38f);
        content.setLineWidth(0.6f);
        float x = MARGIN;
        for (float width : widths) {
            content.addRect(x, bottom, width, height);
            x += width;
        }
        content.stroke();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
