package io.coursedesk.invitations.templates;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.email.MessageTemplate;
import io.coursedesk.shared.email.TemplateValidator;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.SortKey;
import io.coursedesk.shared.persistence.SortedPages;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A provider admin's templates: every one is validated before it is saved, and only the caller's own are found. */
@Singleton
public class Templates {
    static final int MAX_NAME_LENGTH = 100;

    private final TemplateRepository repository;
    private final TemplateValidator validator;
    private final Clock clock;

    public Templates(TemplateRepository repository, TemplateValidator validator, Clock clock) {
        this.repository = repository;
        this.validator = validator;
        this.clock = clock;
    }

    public EmailTemplate create(Caller caller, TemplateRequest request) {
        validate(request);
        Instant now = clock.instant();
        EmailTemplate template = new EmailTemplate(Ids.newId(), caller.tenantId(), request.name().strip(),
                request.subject(), request.body(), courseType(request), Boolean.TRUE.equals(request.bulk()), now, now);
        repository.save(template);
        return template;
    }

    public EmailTemplate replace(Caller caller, String templateId, TemplateRequest request) {
        EmailTemplate existing = get(caller, templateId);
        validate(request);
        EmailTemplate template = new EmailTemplate(existing.id(), existing.tenantId(), request.name().strip(),
                request.subject(), request.body(), courseType(request), Boolean.TRUE.equals(request.bulk()),
                existing.createdAt(), clock.instant());
        repository.save(template);
        return template;
    }

    public EmailTemplate get(Caller caller, String templateId) {
        return repository.find(caller.tenantId(), templateId).orElseThrow(() -> ProblemException.notFound("Template"));
    }

    /**
     * A page of the provider's templates by name (a provider has a few dozen, read whole and paged in memory);
     * with a course type, those for that type and those for any type.
     */
    public Slice<EmailTemplate, SortKey> page(Caller caller, String courseType, int limit, SortKey after) {
        return SortedPages.page(list(caller.tenantId(), courseType),
                t -> new SortKey(t.name().toLowerCase(Locale.ROOT), t.id()), SortKey.ASCENDING, after, limit);
    }

    private List<EmailTemplate> list(String tenantId, String courseType) {
        List<EmailTemplate> all = repository.list(tenantId);
        if (courseType == null || courseType.isBlank()) {
            return all;
        }
        String wanted = courseType.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(t -> t.courseType() == null || t.courseType().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }

    public void delete(Caller caller, String templateId) {
        if (!repository.delete(caller.tenantId(), templateId)) {
            throw ProblemException.notFound("Template");
        }
    }

    private void validate(TemplateRequest request) {
        InvalidFields invalid = new InvalidFields();
        if (invalid.required(request.name(), "name")) {
            invalid.check(request.name().strip().length() <= MAX_NAME_LENGTH, "name",
                    "is longer than " + MAX_NAME_LENGTH + " characters");
        }
        invalid.check(request.courseType() == null || request.courseType().length() <= MAX_NAME_LENGTH, "courseType",
                "is longer than " + MAX_NAME_LENGTH + " characters");
        validator.validate(new MessageTemplate(request.subject(), request.body()))
                .forEach(problem -> invalid.add(problem.field(), problem.detail()));
        invalid.throwIfAny();
    }

    private static String courseType(TemplateRequest request) {
        return request.courseType() == null || request.courseType().isBlank() ? null : request.courseType().strip();
    }
}
