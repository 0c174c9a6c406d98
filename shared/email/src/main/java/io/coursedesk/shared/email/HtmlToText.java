package io.coursedesk.shared.email;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Set;

/**
 * The plain-text part of a mail, derived from its rendered HTML with a real parser (a provider's template is
 * untrusted input: a parser reads any markup in linear time, where regular expressions could be made to backtrack
 * for seconds per mail). Block elements become line breaks, links show their address, entities are decoded by the
 * parser, so escaped user text such as {@code &lt;b&gt;} reads as typed and is never mistaken for a tag.
 */
final class HtmlToText {
    private static final Set<String> INVISIBLE = Set.of("head", "style", "script", "title");
    private static final Set<String> OPENS_PARAGRAPH = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol");
    private static final Set<String> ENDS_LINE = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
            "ul", "ol");

    private HtmlToText() {
    }

    static String convert(String html, RenderBudget.Meter meter) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                meter.checkTime();
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (INVISIBLE.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("a") && element.hasAttr("href")) {
                        text.append(link(element));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        text.append("\n- ");
                    } else if (OPENS_PARAGRAPH.contains(tag)) {
                        text.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && ENDS_LINE.contains(element.normalName())) {
                    text.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, Jsoup.parse(html));
        return tidy(text.toString().replace('\u00a0', ' '));
    }

    /** {@code label (address)}, or just the address when the label is the address. */
    private static String link(Element anchor) {
        String href = anchor.attr("href").strip();
        String label = anchor.text().strip();
        return label.isEmpty() || label.equals(href) ? href : label + " (" + href + ")";
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
