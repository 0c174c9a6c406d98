package io.coursedesk.shared.email;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a provider's template before it is saved: both parts present, valid Mustache, and only the
 * variables of {@link TemplateVariables}. A typo such as {@code {{student.firstname}}} would otherwise
 * render as nothing in every mail, unnoticed.
 */
@Singleton
public class TemplateValidator {
    private final TemplateRenderer renderer;

    public static final int MAX_SUBJECT_LENGTH = 250;
    /** Small enough that a body in any script fits in one event (256 KB) with room to spare. */
    public static final int MAX_BODY_LENGTH = 50_000;
    private static final String ALLOWED = TemplateVariables.ALLOWED.stream()
            .map(name -> "{{" + name + "}}").collect(Collectors.joining(", "));

    public TemplateValidator(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** Every problem of the template, or none when it may be saved: it has rendered once within its budget. */
    public List<TemplateProblem> validate(MessageTemplate template) {
        List<TemplateProblem> problems = new ArrayList<>();
        check("subject", template.subject(), MAX_SUBJECT_LENGTH, problems);
        check("body", template.htmlBody(), MAX_BODY_LENGTH, problems);
        if (problems.isEmpty()) {
            try {
                renderer.render(template, TemplateModel.longest(), RenderBudget.PER_MAIL);
            } catch (TemplateRenderException e) {
                problems.add(new TemplateProblem("body", e.getMessage() + " with the longest values a mail can carry"));
            }
        }
        return problems;
    }

    private static void check(String field, String source, int maxLength, List<TemplateProblem> problems) {
        if (source == null || source.isBlank()) {
            problems.add(new TemplateProblem(field, "is required"));
            return;
        }
        if (source.length() > maxLength) {
            problems.add(new TemplateProblem(field, "is longer than " + maxLength + " characters"));
            return;
        }
        Template template;
        try {
            template = MustacheTemplates.COMPILER.compile(source);
        } catch (MustacheException e) {
            problems.add(new TemplateProblem(field, "is not a valid template: " + e.getMessage()));
            return;
        }
        Set<String> unknown = unknownTags(template);
        if (!unknown.isEmpty()) {
            problems.add(new TemplateProblem(field, "uses unknown variable(s) " + String.join(", ", unknown)
                    + "; the variables are " + ALLOWED));
        }
    }

    private static Set<String> unknownTags(Template template) {
        Set<String> unknown = new LinkedHashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                note("{{" + name + "}}", name);
            }

            @Override
            public boolean visitInclude(String name) {
                unknown.add("{{>" + name + "}}");
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                note("{{#" + name + "}}", name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                note("{{^" + name + "}}", name);
                return true;
            }

            private void note(String tag, String name) {
                if (!TemplateVariables.ALLOWED.contains(name)) {
                    unknown.add(tag);
                }
            }
        });
        return unknown;
    }
}
