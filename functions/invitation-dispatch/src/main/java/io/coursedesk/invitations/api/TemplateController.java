package io.coursedesk.invitations.api;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.invitations.templates.TemplateRequest;
import io.coursedesk.invitations.templates.TemplateView;
import io.coursedesk.invitations.templates.Templates;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.SortKey;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import jakarta.validation.Valid;

/** {@code /templates}: a provider admin's own mail templates. */
@ModuleRequired(Module.INVITATIONS)
@Controller("/templates")
@Secured("PROVIDER_ADMIN")
public class TemplateController {
    private final Templates templates;
    private final ListCursors cursors;

    public TemplateController(Templates templates, ListCursors cursors) {
        this.templates = templates;
        this.cursors = cursors;
    }

    @Post
    @Operation(summary = "Save a new template", description = "400 naming every unknown variable; the variables are "
            + "{{student.firstName}}, {{student.lastName}}, {{course.type}}, {{course.date}}, {{course.startTime}}, "
            + "{{course.location}}, {{certificate.expiryDate}}, {{studentList}}, {{provider.name}}.")
    @ApiResponse(responseCode = "201", description = "Saved")
    public HttpResponse<TemplateView> create(@Parameter(hidden = true) Caller caller, @Body TemplateRequest request) {
        EmailTemplate template = templates.create(caller, request);
        return HttpResponse.created(TemplateView.of(template), URI.create("/templates/" + template.id()));
    }

    @Get
    @Operation(summary = "The provider's templates by name; with courseType those for that type and for any type",
            description = "Paged: next is the cursor of the following page, for this caller and courseType only.")
    public Page<TemplateView> list(@Parameter(hidden = true) Caller caller, @Nullable @QueryValue String courseType,
                                   @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "templates", courseType), page, SortKey.class,
                (limit, after) -> templates.page(caller, courseType, limit, after).map(TemplateView::of));
    }

    @Get("/{templateId}")
    @Operation(summary = "One mail template")
    public TemplateView get(@Parameter(hidden = true) Caller caller, String templateId) {
        return TemplateView.of(templates.get(caller, templateId));
    }

    @Put("/{templateId}")
    @Operation(summary = "Replace a template", description = "Validated like a new one.")
    public TemplateView replace(@Parameter(hidden = true) Caller caller, String templateId, @Body TemplateRequest request) {
        return TemplateView.of(templates.replace(caller, templateId, request));
    }

    @Delete("/{templateId}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @Operation(summary = "Delete a mail template")
    public HttpResponse<Void> delete(@Parameter(hidden = true) Caller caller, String templateId) {
        templates.delete(caller, templateId);
        return HttpResponse.noContent();
    }
}
