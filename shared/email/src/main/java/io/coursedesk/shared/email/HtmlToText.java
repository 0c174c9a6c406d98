package io.coursedesk.shared.email;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text part of a mail, derived from its rendered HTML: block elements become line breaks, links
 * show their address, tags go, entities are decoded last (so escaped user text such as {@code &lt;b&gt;}
 * reads as typed and is never mistaken for a tag).
 */
final class HtmlToText {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern INVISIBLE = Pattern.compile("<(head|style|script|title)\\b.*?</\\1\\s*>", FLAGS);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINK = Pattern.compile(
            "<a\\b[^>]*?\\bhref\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>", FLAGS);
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>|</(p|div|h[1-6]|tr|table|ul|ol)\\s*>", FLAGS);
    private static final Pattern LIST_ITEM = Pattern.compile("<li\\b[^>]*>", FLAGS);
    private static final Pattern PARAGRAPH = Pattern.compile("<(p|h[1-6]|table|ul|ol)\\b[^>]*>", FLAGS);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", FLAGS);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-f]+|[a-z]+);", Pattern.CASE_INSENSITIVE);

    private HtmlToText() {
    }

    static String convert(String html) {
        String text = INVISIBLE.matcher(html).replaceAll("");
        text = WHITESPACE.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(HtmlToText::link);
        text = PARAGRAPH.matcher(text).replaceAll("\n");
        text = LIST_ITEM.matcher(text).replaceAll("\n- ");
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = ENTITY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(decode(match.group(1))));
        return tidy(text);
    }

    /** {@code label (address)}, or just the address when the label is the address. */
    private static String link(MatchResult match) {
        String href = match.group(2).trim();
        String label = TAG.matcher(match.group(3)).replaceAll("").trim();
        String text = label.isEmpty() || label.equals(href) ? href : label + " (" + href + ")";
        return Matcher.quoteReplacement(text);
    }

    private static String decode(String entity) {
        if (entity.startsWith("#")) {
            boolean hex = entity.length() > 1 && Character.toLowerCase(entity.charAt(1)) == 'x';
            try {
                return new String(Character.toChars(Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10)));
            } catch (IllegalArgumentException notACodePoint) {
                return "&" + entity + ";";
            }
        }
        return switch (entity.toLowerCase()) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "euro" -> "\u20ac";
            default -> "&" + entity + ";";
        };
    }

    /** Trims every line and keeps at most one empty line between paragraphs. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int emptyLines = 0;
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                emptyLines++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(emptyLines > 0 ? "\n\n" : "\n");
            }
            out.append(trimmed);
            emptyLines = 0;
        }
        return out.append('\n').toString();
    }
}
