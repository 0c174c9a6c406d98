package io.coursedesk.passes.documents;

import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * DejaVu Sans (Bitstream Vera licence: may be embedded) in every document this function writes, so any Latin,
 * Greek or Cyrillic name prints as written. The font files are read from the jar once and parsed once per thread;
 * each document embeds only a subset of glyphs: the one its texts need, or one prepared for a batch of documents.
 */
@Singleton
public class DocumentFonts {
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    private final byte[] regularBytes = read("DejaVuSans.ttf");
    private final byte[] boldBytes = read("DejaVuSans-Bold.ttf");
    // a parsed TrueTypeFont reads its tables lazily from one buffer, so threads must not share it
    private final ThreadLocal<TrueTypeFont> regular = ThreadLocal.withInitial(() -> parse(regularBytes));
    private final ThreadLocal<TrueTypeFont> bold = ThreadLocal.withInitial(() -> parse(boldBytes));

    /**
     * Adds both faces to the document, each with the glyphs of every character in {@code texts} and the few
     * that {@link PdfText} may add. A character outside the texts prints as nothing.
     */
    public Fonts embedIn(PDDocument document, Collection<String> texts) throws IOException {
        return embedIn(document, prepare(texts));
    }

    /** Both faces' subsets for these texts, made once for as many documents as need no other characters. */
    Prepared prepare(Collection<String> texts) throws IOException {
        Set<Integer> codePoints = codePoints(texts);
        return new Prepared(FontSubsets.prepare(regular.get(), codePoints), FontSubsets.prepare(bold.get(), codePoints));
    }

    Fonts embedIn(PDDocument document, Prepared prepared) throws IOException {
        return new Fonts(FontSubsets.embed(document, prepared.regular()), FontSubsets.embed(document, prepared.bold()));
    }

    private static Set<Integer> codePoints(Collection<String> texts) {
        Set<Integer> codePoints = new HashSet<>(PdfText.ADDED);
        texts.stream().filter(Objects::nonNull).forEach(text -> text.codePoints().forEach(codePoints::add));
        return codePoints;
    }

    public record Fonts(PDType0Font regular, PDType0Font bold) {
    }

    /** Subsets of both faces with the same characters. */
    record Prepared(FontSubsets.Subset regular, FontSubsets.Subset bold) {

        boolean covers(Collection<String> texts) {
            return regular.covers(codePoints(texts));
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(DEJAVU + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + DEJAVU + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
