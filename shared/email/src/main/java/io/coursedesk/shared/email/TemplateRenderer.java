package io.coursedesk.shared.email;

import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/** Renders a template into a subject, an HTML body and the plain text of that body. */
@Singleton
public class TemplateRenderer {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern HTML_DOCUMENT = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);

    public RenderedEmail render(MessageTemplate template, TemplateModel model) {
        String subject = MustacheTemplates.COMPILER.compile(template.subject()).execute(model.plain());
        String body = MustacheTemplates.COMPILER.compile(template.htmlBody()).execute(model.html());
        String html = HTML_DOCUMENT.matcher(body).find() ? body : document(body);
        // a subject is one header line: a line break in it would end the header
        return new RenderedEmail(LINE_BREAKS.matcher(subject).replaceAll(" ").strip(), html, HtmlToText.convert(html));
    }

    private static String document(String body) {
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"></head>\n<body>\n"
                + body + "\n</body></html>\n";
    }
}
