package io.coursedesk.shared.email;

import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/** Renders a template into a subject, an HTML body and the plain text of that body. */
@Singleton
public class TemplateRenderer {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern HTML_DOCUMENT = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);

    /** Renders one mail within {@link RenderBudget#PER_MAIL}. */
    public RenderedEmail render(MessageTemplate template, TemplateModel model) {
        return render(template, model, RenderBudget.PER_MAIL);
    }

    /** @throws TemplateRenderException when the budget runs out */
    public RenderedEmail render(MessageTemplate template, TemplateModel model, RenderBudget budget) {
        RenderBudget.Meter meter = budget.start();
        String subject = execute(template.subject(), model.plain(), meter);
        String body = execute(template.htmlBody(), model.html(), meter);
        String html = HTML_DOCUMENT.matcher(body).find() ? body : document(body);
        // a subject is one header line: a line break in it would end the header
        return new RenderedEmail(LINE_BREAKS.matcher(subject).replaceAll(" ").strip(), html,
                HtmlToText.convert(html, meter));
    }

    private static String execute(String template, Object context, RenderBudget.Meter meter) {
        StringBuilder out = new StringBuilder();
        MustacheTemplates.COMPILER.compile(template).execute(context, meter.writer(out));
        return out.toString();
    }

    private static String document(String body) {
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"></head>\n<body>\n"
                + body + "\n</body></html>\n";
    }
}
