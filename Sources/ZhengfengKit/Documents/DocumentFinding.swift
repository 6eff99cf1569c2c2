import Markdown

/// Something `MarkdownStage` found while rendering a page that `DocumentCheck` reports: a
/// table block it could not read, Markdown that does not mean what it seems (pipe tables,
/// footnotes, indented prose), or an attachment whose file is missing.
public enum DocumentFinding: Sendable, Equatable {
    case table(TableProblem)
    case notice(MarkdownNotice)
    case attachmentMissing(AttachmentEntry)
}
