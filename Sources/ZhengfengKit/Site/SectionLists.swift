import Foundation

/// One numbered list of pages: a section's list (its own pages and, rolled up, those of the
/// published folders below it) or one year of it (the by-year archive). Page 1 is at
/// `urlPath`, page N at `urlPath + "page/N/"`; there is never a `page/1/`.
public struct PublishedList: Sendable, Equatable {
    /// The section the list belongs to (`news`).
    public let sectionPath: String
    /// nil for the section's own list; the year for one year of its archive.
    public let year: Int?
    /// URL path of page 1: the section's page (`news/`) or the archive year's (`news/2026/`).
    public let urlPath: String
    /// Content paths of the listed pages, in display order.
    public let pages: [String]
    /// Pages on one list page (`per_page:` in site.yml).
    public let perPage: Int

    /// Number of list pages, at least 1 (an empty list still has its first page).
    public var pageCount: Int { max(1, (pages.count + perPage - 1) / perPage) }

    /// URL path of list page `number` (1-based).
    public func urlPath(ofPage number: Int) -> String { number <= 1 ? urlPath : urlPath + "page/\(number)/" }

    /// The content paths shown on list page `number` (1-based).
    public func pages(onPage number: Int) -> ArraySlice<String> {
        let start = min(pages.count, (number - 1) * perPage)
        return pages[start..<min(pages.count, start + perPage)]
    }
}

/// A web page zhengfeng writes for a list, with no Markdown file of its own: page 2 and after
/// of a section's list, and every page of an archive year.
public struct ListPage: Sendable, Equatable {
    public let list: PublishedList
    /// 1-based page number within `list`.
    public let number: Int

    public var urlPath: String { list.urlPath(ofPage: number) }
}

/// One year in a dated section's archive links: a generated archive page, or a folder of
/// the section named for the year (`news/2026/`), which is that year's page.
public struct ArchiveYear: Sendable, Equatable {
    public let year: Int
    public let urlPath: String
}

/// Works out every section's rolled-up list, archive years and the list pages to write, in
/// one pass over the sections (each page is sorted in once per enclosing folder; nothing
/// rescans the whole site per page).
enum SectionLists {
    struct Result {
        var listed: [String: [String]] = [:]
        var archives: [String: [PublishedList]] = [:]
        var archiveYears: [String: [ArchiveYear]] = [:]
        var listPages: [ListPage] = []
    }

    /// - Parameters:
    ///   - own: each section's own published pages in display order.
    ///   - isPublished: whether a section is published.
    static func build(content: SiteContent, pages: [String: RenderedPage], own: [String: [String]],
                      isPublished: (String) -> Bool) -> Result {
        var result = Result()
        let perPage = content.config.perPage
        // Deepest folders first, so a folder's list is ready when its parent rolls it up.
        let paths = content.sections.keys.filter { !$0.isEmpty }
            .sorted { depth($0) != depth($1) ? depth($0) > depth($1) : $0 < $1 }
        for path in paths {
            let section = content.sections[path]!
            let children = section.subsectionPaths.filter(isPublished)
            var listed = own[path] ?? []
            if children.contains(where: { !(result.listed[$0] ?? []).isEmpty }) {
                for child in children { listed += result.listed[child] ?? [] }
                listed = listed.map { PageOrder.Key(pages[$0]!.page) }.sorted(by: PageOrder.Key.precedes).map(\.path)
            }
            result.listed[path] = listed
        }
        let pageURLs = Set(pages.values.filter { $0.page.kind == .page }.map(\.page.urlPath))
        for path in paths.sorted() where isPublished(path) {
            guard let index = content.sections[path].map(\.indexPath), pages[index] != nil else { continue }
            let listed = result.listed[path] ?? []
            let urlPath = path + "/"
            let list = PublishedList(sectionPath: path, year: nil, urlPath: urlPath, pages: listed, perPage: perPage)
            for number in stride(from: 2, through: list.pageCount, by: 1) {
                result.listPages.append(ListPage(list: list, number: number))
            }
            guard isDated(path, listed: listed, pages: pages) else { continue }
            var byYear: [Int: [String]] = [:]
            for page in listed { byYear[pages[page]!.page.date!.components.year, default: []].append(page) }
            var years: [ArchiveYear] = []
            var archives: [PublishedList] = []
            for year in byYear.keys.sorted(by: >) {
                let yearURL = urlPath + "\(year)/"
                let folder = path + "/\(year)"
                if content.sections[folder] != nil, isPublished(folder) {
                    years.append(ArchiveYear(year: year, urlPath: folder + "/"))
                    continue
                }
                guard !pageURLs.contains(yearURL) else { continue }
                let archive = PublishedList(sectionPath: path, year: year, urlPath: yearURL, pages: byYear[year]!, perPage: perPage)
                years.append(ArchiveYear(year: year, urlPath: yearURL))
                archives.append(archive)
                for number in 1...archive.pageCount { result.listPages.append(ListPage(list: archive, number: number)) }
            }
            result.archiveYears[path] = years
            result.archives[path] = archives
        }
        result.listPages.sort { $0.urlPath < $1.urlPath }
        return result
    }

    /// A section has a by-year archive when every page it lists is dated (news, notices), and
    /// it is not itself inside a year folder (`news/2026/05` is already one year).
    static func isDated(_ path: String, listed: [String], pages: [String: RenderedPage]) -> Bool {
        !listed.isEmpty && !path.split(separator: "/").contains { FolderTitle.yearNumber($0) != nil }
            && listed.allSatisfy { pages[$0]?.page.date != nil }
    }

    private static func depth(_ path: String) -> Int { path.utf8.reduce(1) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 } }
}

extension PublishedSite {
    /// What lists the `edited` pages after an edit, with `before` the site before it: the
    /// published section pages of their sections and of every section above them (lists roll
    /// up), and those sections' list pages that show an edited page, or all of a list's pages
    /// when its order changed. `serve` writes these again.
    public func listOutputs(showing edited: [String], before: PublishedSite) -> (sectionPages: [String], listPages: [ListPage]) {
        var enclosing: Set<String> = []
        for path in edited {
            guard var section = source.pages[path]?.sectionPath else { continue }
            while enclosing.insert(section).inserted, !section.isEmpty {
                section = (section as NSString).deletingLastPathComponent
            }
        }
        let editedSet = Set(edited)
        let sectionPages = enclosing.compactMap { self.sections[$0]?.indexPath }.filter { pages[$0] != nil }.sorted()
        // Each list is compared with its old version once, not once per list page.
        var reordered: [String: Bool] = [:]
        let lists = listPages.filter { listPage in
            let list = listPage.list
            guard enclosing.contains(list.sectionPath) else { return false }
            let key = list.urlPath
            if reordered[key] == nil {
                let old = before.sections[list.sectionPath].flatMap { section in
                    list.year == nil ? section.list : section.archives.first { $0.year == list.year }
                }
                reordered[key] = old?.pages != list.pages
            }
            return reordered[key]! || list.pages(onPage: listPage.number).contains(where: editedSet.contains)
        }
        return (sectionPages, lists)
    }
}
