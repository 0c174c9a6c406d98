package io.coursedesk.passes.documents;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.Map;

/** A QR code as filled vector rectangles: sharp at any print resolution and a few hundred bytes per pass. */
final class QrCodeDrawing {

    private QrCodeDrawing() {
    }

    /**
     * Draws the code for {@code text} as a black square of {@code size} points with its lower left corner at
     * (x, y). The caller keeps a white margin of a few modules around it, which scanners need.
     */
    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        ByteMatrix matrix = encode(text);
        float module = size / matrix.getWidth();
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float top = y + size - row * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (matrix.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row) == 1) {
                    column++;
                }
                // one rectangle per run of dark modules keeps the content stream short
                content.addRect(x + start * module, top - module, (column - start) * module, module);
            }
        }
        content.fill();
    }

    private static ByteMatrix encode(String text) {
        try {
            // any of the eight masks scans; choosing the "best" one costs a third of a pass's rendering time
            return Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.QR_MASK_PATTERN, 0)).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }
}
