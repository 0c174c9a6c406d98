package io.coursedesk.shared.email;

import com.samskivert.mustache.Mustache;

/**
 * The one Mustache set-up used to validate and to render, so what passed validation renders the same way.
 * Escaping is off here because {@link TemplateModel} escapes the values themselves; a variable without a
 * value renders as nothing, and an empty value counts as false in a section.
 */
final class MustacheTemplates {
    static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true);

    private MustacheTemplates() {
    }
}
