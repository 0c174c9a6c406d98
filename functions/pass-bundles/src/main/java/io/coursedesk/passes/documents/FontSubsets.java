package io.coursedesk.passes.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Embeds the glyphs of a known set of characters of a TrueType font as a Type 0 (Identity-H) font. PDFBox's own
 * {@code PDType0Font.load(..., embedSubset)} first writes and re-reads the widths of all 6,000 DejaVu glyphs and
 * subsets only on save, some milliseconds per document; a bundle of 500 passes cannot afford that. Here the
 * subset is made first, keeps its own {@code cmap}, and PDFBox reads it back as an embedded font.
 */
final class FontSubsets {
    private static final List<String> TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap");
    private static final int SYMBOLIC = 4;
    private static final int BFCHAR_BLOCK = 100;

    private FontSubsets() {
    }

    static PDType0Font embed(PDDocument document, TrueTypeFont font, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        subsetter.writeToStream(file);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        float scale = 1000f / font.getUnitsPerEm();
        String name = tag(newToOld) + "+" + font.getName();

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, identitySystemInfo());
        cidFont.setItem(COSName.FONT_DESC, descriptor(document, font, name, scale, file.toByteArray()).getCOSObject());
        cidFont.setItem(COSName.W, widths(font, newToOld, scale));
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode(document, font, newToOld, codePoints));
        return new PDType0Font(type0);
    }

    private static PDFontDescriptor descriptor(PDDocument document, TrueTypeFont font, String name, float scale,
                                               byte[] file) throws IOException {
        PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        descriptor.setFontName(name);
        descriptor.setFlags(SYMBOLIC);
        BoundingBox box = font.getFontBBox();
        descriptor.setFontBoundingBox(new PDRectangle(box.getLowerLeftX() * scale, box.getLowerLeftY() * scale,
                box.getWidth() * scale, box.getHeight() * scale));
        descriptor.setItalicAngle(font.getPostScript().getItalicAngle());
        descriptor.setAscent(font.getHorizontalHeader().getAscender() * scale);
        descriptor.setDescent(font.getHorizontalHeader().getDescender() * scale);
        descriptor.setCapHeight(font.getOS2Windows().getCapHeight() * scale);
        descriptor.setStemV(box.getWidth() * scale * 0.13f);
        descriptor.setFontFile2(new PDStream(document, new ByteArrayInputStream(file), COSName.FLATE_DECODE));
        return descriptor;
    }

    private static COSDictionary identitySystemInfo() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        return info;
    }

    /** {@code [0 [w0 w1 ...]]}: the subset's glyphs are numbered from 0 without gaps. */
    private static COSArray widths(TrueTypeFont font, Map<Integer, Integer> newToOld, float scale)
            throws IOException {
        COSArray each = new COSArray();
        for (int newGlyph = 0; newGlyph < newToOld.size(); newGlyph++) {
            each.add(COSInteger.get(Math.round(font.getAdvanceWidth(newToOld.get(newGlyph)) * scale)));
        }
        COSArray widths = new COSArray();
        widths.add(COSInteger.ZERO);
        widths.add(each);
        return widths;
    }

    /** What text extraction and copy-paste read: each new glyph id back to its character. */
    private static PDStream toUnicode(PDDocument document, TrueTypeFont font, Map<Integer, Integer> newToOld,
                                      Set<Integer> codePoints) throws IOException {
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
        return new PDStream(document, new ByteArrayInputStream(cmapText.toString().getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
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
