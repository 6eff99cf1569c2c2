/// Time and emptiness: expired pages (they drop off the site), pages dated in the future
/// (published later), and sections that have no pages or nothing published now.
public enum LifecycleCheck {
    public static func run(content: SiteContent, published: Set<String>, now: PageDate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in content.pages.keys.sorted() {
            let page = content.pages[path]!
            let matter = page.frontMatter
            if let expires = matter.expires, expires.endOfDay.timestamp < now.timestamp {
                diagnostics.append(.warning("PAGE_EXPIRED",
                                            "页面已于 \(expires.chinese)过期，不再发布，会从网站上撤下。如果还要发布，请修改或删除 expires。",
                                            at: matter.valueLocations["expires"] ?? SourceLocation(file: page.sourcePath)))
            }
            if let date = matter.date, date.timestamp > now.timestamp, !matter.draft {
                diagnostics.append(Diagnostic(.note, "PAGE_FUTURE",
                                              "发布日期 \(date.minute) 还没到，这个页面现在不发布；到期后重新生成网站时才会出现。",
                                              at: matter.valueLocations["date"] ?? SourceLocation(file: page.sourcePath)))
            }
        }
        for folder in content.sections.keys.sorted() where !folder.isEmpty {
            let section = content.sections[folder]!
            let page = content.pages[section.indexPath]
            let index = page.flatMap { $0.isGenerated ? nil : $0 }
            if section.pagePaths.isEmpty && section.subsectionPaths.isEmpty {
                if let index {
                    diagnostics.append(.warning("SECTION_EMPTY",
                                                "栏目“\(folder)”里还没有页面，只有栏目首页。请添加页面，或删除这个文件夹。",
                                                at: SourceLocation(file: index.sourcePath)))
                } else if page != nil {
                    diagnostics.append(.warning("SECTION_EMPTY",
                                                "文件夹“\(folder)”里没有 Markdown 页面，网站上会出现一个空栏目“\(folder)”。请添加页面，或把其中的文件移到使用它们的页面所在的文件夹。",
                                                at: SourceLocation(file: "content/\(folder)")))
                }
                continue
            }
            if index?.isPublic ?? true, !hasPublished(folder, content: content, published: published) {
                diagnostics.append(.warning("SECTION_NOTHING_PUBLISHED",
                                            "栏目“\(folder)”的页面都不在本次发布范围内（草稿、未到日期、已过期或内部页面），栏目将不出现在网站上。",
                                            at: SourceLocation(file: index?.sourcePath ?? "content/\(folder)")))
            }
        }
        return diagnostics
    }

    static func hasPublished(_ folder: String, content: SiteContent, published: Set<String>) -> Bool {
        guard let section = content.sections[folder] else { return false }
        return section.pagePaths.contains(where: published.contains)
            || section.subsectionPaths.contains { hasPublished($0, content: content, published: published) }
    }
}
