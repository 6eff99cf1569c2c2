import Foundation
import Markdown

/// One page's text in a print document.
struct PrintItem {
    var contentPath: String
    var title: String
    var anchor: String
    /// The page's rendered HTML, or its summary as a paragraph when the block asks for summaries.
    var html: String
    /// The page is invented example text (`sample: true`): printed with a 示例 label.
    var sample = false
}

/// A brochure chapter: a section (its own page's text, then its pages) or a single page.
struct PrintChapter {
    var title: String
    var anchor: String
    /// The section page's text, shown under the chapter title.
    var intro: PrintItem?
    var items: [PrintItem]
    /// The “归不归纪委监委管？” flowchart instead of pages (the entry `scope-check`).
    var isScopeCheck = false
}

/// Picks the pages for print documents from the published site: only published pages with
/// `print` on, and for a brochure only those whose `audiences` include the edition.
struct PrintSelection {
    let site: PublishedSite

    /// Every problem in the print settings' page references (for `check` and before writing).
    /// It only looks the references up: no page is rendered here.
    func problems() -> [Diagnostic] {
        let print = site.config.print
        var diagnostics: [Diagnostic] = []
        for edition in print.editions {
            for entry in edition.contents where !brochureEntryExists(entry) {
                if let location = edition.location { diagnostics.append(missing(entry, at: location)) }
            }
        }
        for block in print.leafletPanels + print.boards {
            if block.kind == .scopeCheck, site.scopeCheck == nil, let location = block.location {
                diagnostics.append(missing(Self.scopeCheckEntry, at: location))
            }
            for path in block.pages where site.source.pages[path] == nil {
                if let location = block.location { diagnostics.append(missing(path, at: location)) }
            }
        }
        return diagnostics
    }

    /// The brochure entry (and board kind) that prints the “归不归纪委监委管？” flowchart.
    static let scopeCheckEntry = ScopeCheckContext.folder

    /// A brochure entry is a page (`scope/anonymous.md`), a section folder (`scope`) or
    /// `scope-check`, the self-check flowchart of data/scope-check.yml.
    func brochureEntryExists(_ entry: String) -> Bool {
        if entry == Self.scopeCheckEntry { return site.scopeCheck != nil }
        return entry.hasSuffix(".md") ? site.source.pages[entry] != nil : site.source.sections[entry] != nil
    }

    /// The chapters of `edition`, in the configured order; unknown entries are errors.
    func chapters(for edition: EditionConfig) -> ([PrintChapter], [Diagnostic]) {
        var chapters: [PrintChapter] = []
        var diagnostics: [Diagnostic] = []
        for entry in edition.contents {
            let number = chapters.count + 1
            guard brochureEntryExists(entry) else {
                if let location = edition.location { diagnostics.append(missing(entry, at: location)) }
                continue
            }
            if entry == Self.scopeCheckEntry, let tree = site.scopeCheck {
                chapters.append(PrintChapter(title: tree.title, anchor: "c\(number)", intro: nil, items: [], isScopeCheck: true))
                continue
            }
            if entry.hasSuffix(".md") {
                if let item = item(entry, for: edition.audience, anchor: "c\(number)") {
                    chapters.append(PrintChapter(title: item.title, anchor: item.anchor, intro: nil, items: [item]))
                }
                continue
            }
            let section = site.sections[entry]!
            let intro = item(section.indexPath, for: edition.audience, anchor: "c\(number)")
            let pagePaths = section.pages
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
            guard site.source.pages[path] != nil else {
                if let location = block.location { diagnostics.append(missing(path, at: location)) }
                continue
            }
            if let item = item(path, for: nil, anchor: "\(block.id)-\(index + 1)", summaryOnly: block.summaryOnly) {
                items.append(item)
            }
        }
        return (items, diagnostics)
    }

    /// A published, printable page for `audience` (any audience when nil); with `summaryOnly`
    /// its summary as a paragraph instead of its rendered text.
    func item(_ path: String, for audience: Audience?, anchor: String, summaryOnly: Bool = false) -> PrintItem? {
        guard let rendered = site.pages[path], rendered.page.frontMatter.print else { return nil }
        if let audience, !rendered.page.frontMatter.audiences.contains(audience) { return nil }
        let html = summaryOnly ? "<p>" + HTMLEscaping.text(rendered.summary) + "</p>"
            : Self.prefixingIDs(absoluteLinks(rendered.html), with: anchor)
        return PrintItem(contentPath: path, title: rendered.page.title, anchor: anchor, html: html,
                         sample: rendered.page.frontMatter.sample)
    }

    /// A print document joins many pages, whose heading ids may repeat (two pages with a
    /// “几点提醒” section): each id, and each `#` link to it, gets the item's anchor in front.
    static func prefixingIDs(_ html: String, with anchor: String) -> String {
        var result = html
        for attribute in [" id=\"", " href=\"#"] {
            result = result.replacingOccurrences(of: attribute, with: attribute + anchor + "-")
        }
        return result
    }

    /// On paper and in a PDF, site links must be full addresses of the website.
    func absoluteLinks(_ html: String) -> String { site.config.urls.absolutized(html) }

    func missing(_ entry: String, at location: SourceLocation) -> Diagnostic {
        .error("PRINT_CONTENT_MISSING",
               entry == Self.scopeCheckEntry
                ? "印刷品要收录“归不归纪委监委管？”流程图（scope-check），但没有 content/data/scope-check.yml（或者它有错误，见上面的提示）。请先写好这个文件，或者删去这一项。"
                : "印刷品要收录的“\(entry)”不存在。栏目请写 content 下的文件夹名（如 scope），单页请写文件路径（如 about/plan.md）。",
               at: location)
    }
}
