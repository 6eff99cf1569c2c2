import Markdown

/// Keeps `visibility: internal` content out of the public build. Internal pages are already
/// left out by `PageSelection` (and a whole internal section by `VisibilityInheritance`);
/// this check covers what surrounds them: menu and home-page settings that name an
/// internal section, and files (images, PDFs) that only internal pages use (withheld by
/// `Publication`).
public enum InternalContentCheck {
    public static func run(content: SiteContent, publication: Publication) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let config = content.config
        let listed = config.nav.map { ("nav", $0) } + config.features.map { ("features", $0) }
            + [("latest_section", config.latestSection)]
        for (key, folder) in listed where Publication.isInternalSection(folder, content: content) {
            diagnostics.append(.warning("INTERNAL_SECTION_LISTED",
                                        "site.yml 的 \(key) 列出了内部栏目“\(folder)”（visibility: internal），它不会出现在公开网站上。请从 \(key) 中删除。",
                                        at: SiteCheck.location(ofKey: key, in: content)))
        }
        for file in publication.withheldFiles {
            diagnostics.append(Diagnostic(.note, "INTERNAL_FILE_WITHHELD",
                                          "这个文件只供内部页面使用（或在内部栏目里），不会复制到公开网站。",
                                          at: SourceLocation(file: "content/" + file)))
        }
        return diagnostics
    }

}
