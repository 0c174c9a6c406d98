package io.coursedesk.passes.documents;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.Set;

/** Writing one line of text that must stay inside a width: smaller type first, then an ellipsis. */
final class PdfText {
    private static final char MISSING = '?';
    private static final String ELLIPSIS = "…";
    /** The characters this class may write that were not in the text it was given. */
    static final Set<Integer> ADDED = Set.of((int) MISSING, (int) ELLIPSIS.charAt(0), (int) ' ');

    private PdfText() {
    }

    static void line(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(printable(font, text));
        content.endText();
    }

    /** Draws the text at {@code size}, or down to {@code minSize} to fit {@code width}, cut with "…" below that. */
    static void fitted(PDPageContentStream content, PDFont font, float size, float minSize, float x, float y,
                       float width, String text) throws IOException {
        String printable = printable(font, text);
        // a hair under the exact ratio, so rounding never makes the shrunk text a fraction too wide and cut
        float fittedSize = Math.max(minSize, Math.min(size, 0.995f * size * width / width(font, size, printable)));
        line(content, font, fittedSize, x, y, cut(font, fittedSize, width, printable));
    }

    static void centred(PDPageContentStream content, PDFont font, float size, float centreX, float y, String text)
            throws IOException {
        String printable = printable(font, text);
        line(content, font, size, centreX - width(font, size, printable) / 2, y, printable);
    }

    static void rightAligned(PDPageContentStream content, PDFont font, float size, float rightX, float y,
                             String text) throws IOException {
        String printable = printable(font, text);
        line(content, font, size, rightX - width(font, size, printable), y, printable);
    }

    static float width(PDFont font, float size, String text) throws IOException {
        return text.isEmpty() ? 0 : font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** The text cut to {@code width} with an ellipsis, or as it is when it fits. */
    static String cut(PDFont font, float size, float width, String text) throws IOException {
        if (width(font, size, text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(font, size, text.substring(0, end) + ELLIPSIS) > width) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Line breaks become spaces and a letter the font lacks a question mark, rather than failing the document. */
    static String printable(PDFont font, String text) {
        String flat = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ");
        try {
            font.encode(flat);
            return flat;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder out = new StringBuilder();
            flat.codePoints().forEach(c -> out.append(hasGlyph(font, c) ? Character.toString(c) : String.valueOf(MISSING)));
            return out.toString();
        }
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
