package io.coursedesk.shared.email;

/** A template that could not be rendered within its {@link RenderBudget}; retrying it renders no better. */
public class TemplateRenderException extends RuntimeException {
    public TemplateRenderException(String message) {
        super(message);
    }
}
