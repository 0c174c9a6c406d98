package io.coursedesk.passes.api;

import io.coursedesk.passes.documents.DownloadAttendanceList;
import io.coursedesk.passes.documents.DownloadCertificate;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The attendance certificate of a student and the attendance list of a course, as PDF downloads. */
@Controller
@Tag(name = "Attendance certificates and lists")
public class AttendanceDocumentController {
    private final DownloadCertificate certificates;
    private final DownloadAttendanceList attendanceLists;

    public AttendanceDocumentController(DownloadCertificate certificates, DownloadAttendanceList attendanceLists) {
        this.certificates = certificates;
        this.attendanceLists = attendanceLists;
    }

    @Get(value = "/me/enrolments/{enrolmentId}/certificate", produces = MediaType.APPLICATION_PDF)
    @Secured("STUDENT")
    @Operation(summary = "Download my attendance certificate (PDF, Dutch)",
            description = "From 7 days after the course's last day (Europe/Amsterdam), forever after; only for a "
                    + "participant marked present on a course that was not cancelled. Without provider branding "
                    + "for a white-label course.")
    @ApiResponse(responseCode = "200", description = "The certificate, as an attachment")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's enrolments")
    @ApiResponse(responseCode = "409", description = "Too early (the detail says from which date), not marked "
            + "present, or the course was cancelled")
    public HttpResponse<byte[]> certificate(@Parameter(hidden = true) Caller caller, String enrolmentId) {
        return PdfResponses.attachment(certificates.forStudent(caller, enrolmentId));
    }

    @Get(value = "/courses/{courseId}/attendance-list", produces = MediaType.APPLICATION_PDF)
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Download a course's printable attendance list (PDF, Dutch)",
            description = "One row per confirmed participant (name, organisation, birth date) with a signature box "
                    + "per course day, or one per row when the days do not fit; no provider branding for a "
                    + "white-label course.")
    @ApiResponse(responseCode = "200", description = "The list, as an attachment")
    @ApiResponse(responseCode = "404", description = "No such course of the caller's provider")
    public HttpResponse<byte[]> attendanceList(@Parameter(hidden = true) Caller caller, String courseId) {
        return PdfResponses.attachment(attendanceLists.forCourse(caller, courseId));
    }
}
