import Foundation
import Markdown

/// One page's text in a print document.
struct PrintItem {
    var contentPath: String
    var title: String
    var anchor: String
    /// The page's rendered HTML, or its summary as a paragraph when the block asks for summaries.
    var html: String
}

/// A brochure chapter: a section (its own page's text, then its pages) or a single page.
struct PrintChapter {
    var title: String
    var anchor: String
    /// The section page's text, shown under the chapter title.
    var intro: PrintItem?
    var items: [PrintItem]
}

/// Picks the pages for print documents from the published site: only published pages with
/// `print` on, and for a brochure only those whose `audiences` include the edition.
struct PrintSelection {
    let site: SiteModel

    /// Every problem in the print settings' page references (for `check` and before writing).
    func problems() -> [Diagnostic] {
        let print = site.config.print
        return print.editions.flatMap { chapters(for: $0).1 }
            + (print.leafletPanels + print.boards).flatMap { items(for: $0).1 }
    }

    /// The chapters of `edition`, in the configured order; unknown entries are errors.
    func chapters(for edition: EditionConfig) -> ([PrintChapter], [Diagnostic]) {
        var chapters: [PrintChapter] = []
        var diagnostics: [Diagnostic] = []
        for entry in edition.contents {
            let number = chapters.count + 1
            if entry.hasSuffix(".md") {
                guard site.content.pages[entry] != nil else {
                    if let location = edition.location { diagnostics.append(missing(entry, at: location)) }
                    continue
                }
                if let item = item(entry, for: edition.audience, anchor: "c\(number)") {
                    chapters.append(PrintChapter(title: item.title, anchor: item.anchor, intro: nil, items: [item]))
                }
                continue
            }
            guard let section = site.content.sections[entry] else {
                if let location = edition.location { diagnostics.append(missing(entry, at: location)) }
                continue
            }
            let intro = item(section.indexPath, for: edition.audience, anchor: "c\(number)")
            let pagePaths = site.sectionPages[entry] ?? []
            let items = pagePaths.enumerated().compactMap { index, path in
                item(path, for: edition.audience, anchor: "c\(number)-\(index + 1)")
            }
            guard intro != nil || !items.isEmpty else { continue }
            chapters.append(PrintChapter(title: site.sectionTitle(entry), anchor: "c\(number)",
                                         intro: intro.map { var copy = $0; copy.title = ""; return copy }, items: items))
        }
        return (chapters, diagnostics)
    }

    /// The items of a leaflet panel or board; audiences do not apply (these go everywhere).
    func items(for block: PrintBlock) -> ([PrintItem], [Diagnostic]) {
        var items: [PrintItem] = []
        var diagnostics: [Diagnostic] = []
        for (index, path) in block.pages.enumerated() {
            guard site.content.pages[path] != nil else {
                if let location = block.location { diagnostics.append(missing(path, at: location)) }
                continue
            }
            guard var item = item(path, for: nil, anchor: "\(block.id)-\(index + 1)") else { continue }
            if block.summaryOnly, let rendered = site.pages[path] {
                item.html = "<p>" + HTMLEscaping.text(rendered.summary) + "</p>"
            }
            items.append(item)
        }
        return (items, diagnostics)
    }

    /// A published, printable page for `audience` (any audience when nil).
    func item(_ path: String, for audience: Audience?, anchor: String) -> PrintItem? {
        guard let rendered = site.pages[path], rendered.page.frontMatter.print else { return nil }
        if let audience, !rendered.page.frontMatter.audiences.contains(audience) { return nil }
        return PrintItem(contentPath: path, title: rendered.page.title, anchor: anchor, html: absoluteLinks(rendered.html))
    }

    /// Site links in rendered Markdown start with the base path (`/scope/`); on paper and in a
    /// PDF they must be full addresses of the website (`https://…/scope/`).
    func absoluteLinks(_ html: String) -> String {
        let basePath = site.config.basePath
        let pattern = "href=\"" + NSRegularExpression.escapedPattern(for: basePath) + "(?!/)"
        let replacement = "href=\"" + NSRegularExpression.escapedTemplate(for: site.config.baseURL)
        return html.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
    }

    func missing(_ entry: String, at location: SourceLocation) -> Diagnostic {
        .error("PRINT_CONTENT_MISSING",
               "印刷品要收录的“\(entry)”不存在。栏目请写 content 下的文件夹名（如 scope），单页请写文件路径（如 about/plan.md）。",
               at: location)
    }
}
