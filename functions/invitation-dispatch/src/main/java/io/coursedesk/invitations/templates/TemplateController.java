package io.coursedesk.invitations.templates;

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
import io.micronaut.security.annotation.Secured;

import java.net.URI;
import java.util.List;

/** {@code /templates}: a provider admin's own mail templates. */
@Controller("/templates")
@Secured("PROVIDER_ADMIN")
public class TemplateController {
    private final Templates templates;

    public TemplateController(Templates templates) {
        this.templates = templates;
    }

    @Post
    public HttpResponse<TemplateView> create(Caller caller, @Body TemplateRequest request) {
        EmailTemplate template = templates.create(caller, request);
        return HttpResponse.created(TemplateView.of(template), URI.create("/templates/" + template.id()));
    }

    @Get
    public List<TemplateView> list(Caller caller, @Nullable @QueryValue String courseType) {
        return templates.list(caller, courseType).stream().map(TemplateView::of).toList();
    }

    @Get("/{templateId}")
    public TemplateView get(Caller caller, String templateId) {
        return TemplateView.of(templates.get(caller, templateId));
    }

    @Put("/{templateId}")
    public TemplateView replace(Caller caller, String templateId, @Body TemplateRequest request) {
        return TemplateView.of(templates.replace(caller, templateId, request));
    }

    @Delete("/{templateId}")
    public HttpResponse<Void> delete(Caller caller, String templateId) {
        templates.delete(caller, templateId);
        return HttpResponse.noContent();
    }
}
