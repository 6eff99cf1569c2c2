import Foundation

/// The line shown for each finished PDF: `print/villages.pdf（及印刷版）  44 页，21.4 秒`,
/// or `… 44 页，未改动（用缓存）`.
public enum PDFProgressLine {
    public static func text(_ result: PDFResult) -> String {
        let name = result.path + (result.pressPath.isEmpty ? "" : "（及印刷版 \(result.pressPath)）")
        if result.cached { return name + "  \(result.pages) 页，未改动（用缓存）" }
        return name + String(format: "  %d 页，%.1f 秒", result.pages, result.seconds)
    }

    /// On a terminal, writes each PDF to standard error as soon as it is done (the build
    /// otherwise shows nothing while WeasyPrint runs); in a CI log (not a terminal) nil: the
    /// summary after the build lists them once.
    public static func reporter() -> (@Sendable (PDFResult) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { result in FileHandle.standardError.write(Data(("  完成 " + text(result) + "\n").utf8)) }
    }
}
