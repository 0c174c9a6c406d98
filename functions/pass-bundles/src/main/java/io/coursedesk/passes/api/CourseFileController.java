package io.coursedesk.passes.api;

import io.coursedesk.passes.files.CourseFileRequest;
import io.coursedesk.passes.files.CourseFiles;
import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;


/** A course's documents and material: uploaded by the provider, downloaded by admins and, where marked, participants. */
@Controller("/courses/{courseId}/files")
@Tag(name = "Course files")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class CourseFileController {
    private final CourseFiles files;
    private final ListCursors cursors;

    public CourseFileController(CourseFiles files, ListCursors cursors) {
        this.files = files;
        this.cursors = cursors;
    }

    @Post
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Announce a course file and get its upload URL",
            description = "Answers a presigned PUT valid for 15 minutes, signed for exactly the announced content type and size (at most 20 MB; PDF, images, Office documents): send it with uploadHeaders.")
    public HttpResponse<CourseFileView> add(@Parameter(hidden = true) Caller caller, String courseId,
                                            @Valid @Body CourseFileRequest request) {
        return HttpResponse.created(CourseFileView.of(files.add(caller, courseId, request)));
    }

    @Get
    @Operation(summary = "A course's files with download URLs",
            description = "Admins see every file; a confirmed participant only those visible to participants; anyone else gets 404. Download URLs are made per request and valid for 5 minutes. Paged: next is the cursor of the following page, for this caller and course only.")
    public Page<CourseFileView> list(@Parameter(hidden = true) Caller caller, String courseId,
                                     @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "course-files", courseId), page, PagePosition.class,
                (limit, after) -> files.page(caller, courseId, limit, after).map(CourseFileView::of));
    }

    @Delete("/{fileId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Remove a course file")
    public HttpResponse<Void> delete(@Parameter(hidden = true) Caller caller, String courseId, String fileId) {
        files.delete(caller, courseId, fileId);
        return HttpResponse.noContent();
    }
}
