package io.coursedesk.shared.email;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateValidatorTest {
    private final TemplateValidator validator = new TemplateValidator(new TemplateRenderer());

    @Test
    void acceptsEveryDocumentedVariable() {
        String all = String.join(" ", TemplateVariables.ALLOWED.stream().map(v -> "{{" + v + "}}").toList());

        assertThat(validator.validate(new MessageTemplate("{{course.type}} {{course.date}}", "<p>" + all + "</p>")))
                .isEmpty();
    }

    @Test
    void namesEachUnknownVariable() {
        List<TemplateProblem> problems = validator.validate(new MessageTemplate("Hoi {{student.firstname}}",
                "<p>{{student.age}} {{#course.price}}x{{/course.price}} {{>footer}} {{course.type}}</p>"));

        assertThat(problems).extracting(TemplateProblem::field).containsExactly("subject", "body");
        assertThat(problems.get(0).detail()).startsWith("uses unknown variable(s) {{student.firstname}};")
                .contains("{{student.firstName}}");
        assertThat(problems.get(1).detail())
                .startsWith("uses unknown variable(s) {{student.age}}, {{#course.price}}, {{>footer}};");
    }

    @Test
    void refusesMissingPartsAndBrokenSyntax() {
        List<TemplateProblem> problems = validator.validate(new MessageTemplate(" ", "<p>{{#course.type}}open</p>"));

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).isEqualTo(new TemplateProblem("subject", "is required"));
        assertThat(problems.get(1).field()).isEqualTo("body");
        assertThat(problems.get(1).detail()).startsWith("is not a valid template:");
    }

    @Test
    void theDefaultCourseInvitationIsAValidProviderTemplate() {
        assertThat(validator.validate(SystemEmail.COURSE_INVITATION.template())).isEmpty();
    }

    @Test
    void refusesATemplateThatRendersBeyondItsBudgetWithTheLongestValues() {
        // within the body's 50,000 characters, yet 3,000 copies of a full course's names: gigabytes per mail
        String body = "<p>{{studentList}}</p>".repeat(2_000);

        List<TemplateProblem> problems = validator.validate(new MessageTemplate("Deelnemers", body));

        assertThat(problems).extracting(TemplateProblem::field).containsExactly("body");
        assertThat(problems.get(0).detail()).isEqualTo("renders to more than 2000000 characters with the longest "
                + "values a mail can carry");
        assertThat(validator.validate(new MessageTemplate("Deelnemers", "<p>{{studentList}}</p>".repeat(2)))).isEmpty();
    }
}
