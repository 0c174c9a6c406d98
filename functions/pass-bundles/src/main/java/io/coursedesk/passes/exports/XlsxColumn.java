package io.coursedesk.passes.exports;

/**
 * One column of an export.
 *
 * @param width in characters of the default font
 */
public record XlsxColumn(String header, ColumnKind kind, int width) {
}
