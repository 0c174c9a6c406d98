package io.coursedesk.shared.email;

import java.io.Writer;
import java.time.Duration;

/**
 * What one rendering may cost: a time and a size. A provider's template is untrusted input, and the dispatch function
 * renders every tenant's mails one after another, so no template may hold up the mails behind it. Templates are
 * rendered once when they are saved, with the longest values a mail can carry, so a bad one is refused there; at
 * sending the budget is the backstop. Rendering is linear in its output, so the size bounds the time; the time
 * limit is generous because a cold JVM renders a large mail ten times slower than a warm one.
 */
public record RenderBudget(Duration time, int maxChars) {
    /** Two million characters hold a course's thousand names several times over, and stay far below SES's 40 MB. */
    public static final RenderBudget PER_MAIL = new RenderBudget(Duration.ofSeconds(10), 2_000_000);

    Meter start() {
        return new Meter(System.nanoTime() + time.toNanos());
    }

    /** One rendering's spending; throws {@link TemplateRenderException} once the budget is gone. */
    final class Meter {
        private final long deadline;
        private long chars;

        private Meter(long deadline) {
            this.deadline = deadline;
        }

        void checkTime() {
            if (System.nanoTime() - deadline > 0) {
                throw new TemplateRenderException("takes longer than " + time.toMillis() + " ms to render");
            }
        }

        /** A writer that counts what a template writes against the size and the time. */
        Writer writer(StringBuilder into) {
            return new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) {
                    chars += length;
                    if (chars > maxChars) {
                        throw new TemplateRenderException("renders to more than " + maxChars + " characters");
                    }
                    checkTime();
                    into.append(buffer, offset, length);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
