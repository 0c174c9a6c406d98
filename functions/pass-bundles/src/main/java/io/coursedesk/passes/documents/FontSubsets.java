package io.coursedesk.passes.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;

/**
 * Embeds the glyphs of a known set of characters of a TrueType font as a Type 0 (Identity-H) font. PDFBox's own
 * {@code PDType0Font.load(..., embedSubset)} first writes and re-reads the widths of all 6,000 DejaVu glyphs and
 * subsets only on save, some milliseconds per document; a bundle of 500 passes cannot afford that. Here the
 * subset is made first, once for all documents that need the same characters, keeps its own {@code cmap}, and each
 * document embeds its compressed bytes as they are.
 */
final class FontSubsets {
    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap");
    private static final int SYMBOLIC = 4;
    private static final int BFCHAR_BLOCK = 100;

    private FontSubsets() {
    }

    /**
     * The subset of these characters, made once: its font program and character map already compressed, its
     * widths computed, so that every document embedding it only copies bytes (a bundle's passes share one).
     */
    static Subset prepare(TrueTypeFont font, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        subsetter.writeToStream(file);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        float scale = 1000f / font.getUnitsPerEm();
        int[] widths = new int[newToOld.size()];
        for (int newGlyph = 0; newGlyph < widths.length; newGlyph++) {
            widths[newGlyph] = Math.round(font.getAdvanceWidth(newToOld.get(newGlyph)) * scale);
        }
        BoundingBox box = font.getFontBBox();
        Metrics metrics = new Metrics(new PDRectangle(box.getLowerLeftX() * scale, box.getLowerLeftY() * scale,
                box.getWidth() * scale, box.getHeight() * scale), font.getPostScript().getItalicAngle(),
                font.getHorizontalHeader().getAscender() * scale, font.getHorizontalHeader().getDescender() * scale,
                font.getOS2Windows().getCapHeight() * scale, box.getWidth() * scale * 0.13f);
        byte[] program = file.toByteArray();
        return new Subset(tag(newToOld) + "+" + font.getName(), Set.copyOf(codePoints), deflate(program), program.length, widths,
                deflate(toUnicode(font, newToOld, codePoints).getBytes(StandardCharsets.US_ASCII)), metrics);
    }

    /** The subset as a Type 0 (Identity-H) font of this document. */
    static PDType0Font embed(PDDocument document, Subset subset) throws IOException {
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, subset.name());
        cidFont.setItem(COSName.CIDSYSTEMINFO, identitySystemInfo());
        cidFont.setItem(COSName.FONT_DESC, descriptor(document, subset).getCOSObject());
        cidFont.setItem(COSName.W, widths(subset.widths()));
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, subset.name());
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, deflated(document, subset.toUnicode()));
        return new PDType0Font(type0);
    }

    /**
     * A prepared subset: {@code program} and {@code toUnicode} are zlib-compressed (FlateDecode), {@code widths}
     * are in glyph order of the subset.
     */
    record Subset(String name, Set<Integer> codePoints, byte[] program, int programLength, int[] widths,
                  byte[] toUnicode, Metrics metrics) {

        boolean covers(Set<Integer> wanted) {
            return codePoints.containsAll(wanted);
        }
    }

    /** The font descriptor's measures, in thousandths of the text size. */
    record Metrics(PDRectangle boundingBox, float italicAngle, float ascent, float descent, float capHeight,
                   float stemV) {
    }

    private static PDFontDescriptor descriptor(PDDocument document, Subset subset) throws IOException {
        Metrics metrics = subset.metrics();
        PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        descriptor.setFontName(subset.name());
        descriptor.setFlags(SYMBOLIC);
        descriptor.setFontBoundingBox(metrics.boundingBox());
        descriptor.setItalicAngle(metrics.italicAngle());
        descriptor.setAscent(metrics.ascent());
        descriptor.setDescent(metrics.descent());
        descriptor.setCapHeight(metrics.capHeight());
        descriptor.setStemV(metrics.stemV());
        PDStream program = deflated(document, subset.program());
        program.getCOSObject().setInt(COSName.LENGTH1, subset.programLength());
        descriptor.setFontFile2(program);
        return descriptor;
    }

    /** A stream of this document holding bytes that are FlateDecode-compressed already. */
    private static PDStream deflated(PDDocument document, byte[] compressed) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream raw = stream.createRawOutputStream()) {
            raw.write(compressed);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return new PDStream(stream);
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static COSDictionary identitySystemInfo() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        return info;
    }

    /** {@code [0 [w0 w1 ...]]}: the subset's glyphs are numbered from 0 without gaps. */
    private static COSArray widths(int[] widths) {
        COSArray each = new COSArray();
        for (int width : widths) {
            each.add(COSInteger.get(width));
        }
        COSArray array = new COSArray();
        array.add(COSInteger.ZERO);
        array.add(each);
        return array;
    }

    /** What text extraction and copy-paste read: each new glyph id back to its character. */
    private static String toUnicode(TrueTypeFont font, Map<Integer, Integer> newToOld, Set<Integer> codePoints)
            throws IOException {
        Map<Integer, Integer> oldToNew = new HashMap<>();
        newToOld.forEach((newGlyph, oldGlyph) -> oldToNew.put(oldGlyph, newGlyph));
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Map<Integer, Integer> glyphToCodePoint = new TreeMap<>();
        for (int codePoint : codePoints) {
            Integer newGlyph = oldToNew.get(cmap.getGlyphId(codePoint));
            if (newGlyph != null && newGlyph != 0) {
                glyphToCodePoint.putIfAbsent(newGlyph, codePoint);
            }
        }
        StringBuilder cmapText = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = List.copyOf(glyphToCodePoint.entrySet());
        for (int start = 0; start < entries.size(); start += BFCHAR_BLOCK) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(start, Math.min(entries.size(), start + BFCHAR_BLOCK));
            cmapText.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : block) {
                cmapText.append(String.format("<%04X> <", entry.getKey()));
                for (char unit : Character.toChars(entry.getValue())) {
                    cmapText.append(String.format("%04X", (int) unit));
                }
                cmapText.append(">\n");
            }
            cmapText.append("endbfchar\n");
        }
        cmapText.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmapText.toString();
    }

    /** The six capital letters a subset's name starts with, so two different subsets never share a name. */
    private static String tag(Map<Integer, Integer> newToOld) {
        long hash = Integer.toUnsignedLong(newToOld.hashCode());
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.toString();
    }
}
