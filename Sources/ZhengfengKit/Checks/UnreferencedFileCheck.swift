import Foundation

/// Names every file in content/ that no page refers to: such a file is not published
/// (`Publication`), and it may well be something that should not be there at all.
public enum UnreferencedFileCheck {
    public static func run(content: SiteContent, publication: Publication) -> [Diagnostic] {
        publication.unreferencedFiles
            .filter { !Publication.isInInternalFolder($0, content: content) }
            .map { file in
                .warning("FILE_UNREFERENCED",
                         "没有任何页面链接或引用这个文件，它不会发布到网站上。如果要发布，请在页面中加链接，例如 [下载](\((file as NSString).lastPathComponent))；如果不该放在这里（草稿、表格、证件照片等），请把它移出 content 文件夹。",
                         at: SourceLocation(file: "content/" + file))
            }
    }
}
