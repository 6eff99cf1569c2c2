import Foundation
import Markdown

/// Where a link in a page points, once resolved against the site's pages.
public enum LinkTarget: Sendable, Equatable {
    /// Another page (by content path), with an optional `#fragment`.
    case page(String, fragment: String?)
    /// A file inside content/ (an image, a PDF).
    case file(String)
    /// A path on the site itself (`/assets/x.png`), kept relative to the base path.
    case sitePath(String)
    /// Something zhengfeng leaves alone: http(s), mailto, tel, a bare `#fragment`.
    case external
    /// A `.md` link whose file does not exist.
    case missingPage(String)
    /// A relative link to a file that does not exist.
    case missingFile(String)
    /// A relative link that climbs out of content/.
    case outsideContent
    /// A root-relative link (`/news/x/`) or a link to the site's own address that names no
    /// page, file or output of the site; the site path as written, without the base path.
    case missingSitePath(String)
    /// A path on the editor's computer (`C:\…`, `\\server\…`, `file://…`, `附件\表.pdf`).
    case computerPath
}

/// The site's own address, so that links written as full URLs to it (copied from the
/// browser's address bar) and root-relative links are checked like relative ones.
public struct SiteAddress: Sendable, Equatable {
    /// Host of `base_url`, compared without case.
    public var host: String
    /// Path of `base_url`, starting and ending in `/`.
    public var basePath: String
    /// URL folder (`channels/phone/`, the home page "") of every page → its content path.
    public var pages: [String: String]

    public init(host: String, basePath: String, pages: [String: String]) {
        self.host = host.lowercased()
        self.basePath = basePath
        self.pages = pages
    }
}

/// Resolves author link destinations against the site's pages and files.
public struct LinkIndex: Sendable {
    let pagePaths: Set<String>
    let staticFiles: Set<String>
    /// The site's address; without it root-relative links are not checked.
    let site: SiteAddress?

    public init(pagePaths: Set<String>, staticFiles: Set<String>, site: SiteAddress? = nil) {
        self.pagePaths = pagePaths
        self.staticFiles = staticFiles
        self.site = site
    }

    /// Top-level files and folders zhengfeng writes itself (not from content/): site paths
    /// under them are left as they are.
    static let generatedTopLevel: Set<String> = [
        "assets", "print", "search", "site-index", "campaign", "inspection",
        "index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt",
    ]

    /// Resolves `destination` written in the page at `contentPath`.
    public func resolve(_ destination: String, from contentPath: String) -> LinkTarget {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        if Self.isComputerPath(trimmed) { return .computerPath }
        if let ownPath = ownSitePath(trimmed) { return resolveSitePath(ownPath, from: contentPath) }
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("//") { return .external }
        if let colon = trimmed.firstIndex(of: ":"),
           trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }),
           trimmed[..<colon].first?.isLetter == true {
            return .external
        }
        var path = trimmed
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...]).removingPercentEncoding ?? String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        path = path.removingPercentEncoding ?? path
        if path.hasPrefix("/") { return sitePath(String(path.dropFirst()), fragment: fragment) }
        return contentTarget(path, fragment: fragment, from: contentPath)
    }

    /// A path relative to the page at `contentPath` (or to content/ when that is "").
    private func contentTarget(_ path: String, fragment: String?, from contentPath: String) -> LinkTarget {
        let directory = (contentPath as NSString).deletingLastPathComponent
        guard let normalized = Self.normalize(directory.isEmpty ? path : directory + "/" + path) else {
            return .outsideContent
        }
        let name = (normalized as NSString).lastPathComponent
        if ContentFileName.isPage(name) {
            // A section's own page is keyed `…/_index.md`, however its extension is written.
            let key = ContentFileName.isIndex(name) ? (normalized as NSString).deletingLastPathComponent
                .appending(normalized.contains("/") ? "/_index.md" : "_index.md") : normalized
            return pagePaths.contains(key) ? .page(key, fragment: fragment) : .missingPage(normalized)
        }
        if pagePaths.contains(normalized + "/_index.md") { return .page(normalized + "/_index.md", fragment: fragment) }
        if normalized.isEmpty, pagePaths.contains("_index.md") { return .page("_index.md", fragment: fragment) }
        return staticFiles.contains(normalized) ? .file(normalized) : .missingFile(normalized)
    }

    /// `C:\…`, `C:/…`, `\\server\…` (which Markdown reads as `\server\…`), `file:` URLs, and
    /// paths written with backslashes: places on the editor's computer, not on the site.
    static func isComputerPath(_ destination: String) -> Bool {
        let scalars = Array(destination.unicodeScalars.prefix(3))
        if scalars.count >= 2, scalars[1] == ":", scalars[0].isASCII, scalars[0].properties.isAlphabetic,
           scalars.count == 2 || scalars[2] == "\\" || scalars[2] == "/" {
            return true
        }
        if let first = scalars.first, first == "f" || first == "F", destination.prefix(5).lowercased() == "file:" { return true }
        let beforeQuery = destination.prefix { $0 != "?" && $0 != "#" }
        guard beforeQuery.contains("\\") else { return false }
        // A URL with a scheme (`https://…`) is someone else's business.
        return !(beforeQuery.range(of: "^[A-Za-z][A-Za-z0-9+.-]*://", options: .regularExpression) != nil)
    }

    /// The site path (after the base path, with `?query` and `#fragment`) of a full URL on
    /// the site's own host and base path; nil for anything else.
    private func ownSitePath(_ destination: String) -> String? {
        guard let site, !site.host.isEmpty, let first = destination.utf8.first,
              first == UInt8(ascii: "h") || first == UInt8(ascii: "H") || first == UInt8(ascii: "/") else { return nil }
        let lower = destination.prefix(8).lowercased()
        guard let schemeEnd = ["https://", "http://", "//"].first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = destination.dropFirst(schemeEnd.count)
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        guard rest[..<hostEnd].lowercased() == site.host else { return nil }
        var path = String(rest[hostEnd...])
        if path.isEmpty || path.first != "/" { path = "/" + path }
        let base = site.basePath
        if path + "/" == base { return "" }
        guard path.hasPrefix(base) else { return nil }
        return String(path.dropFirst(base.count))
    }

    /// A site path as written after the base path (with `?query` and `#fragment`), resolved.
    private func resolveSitePath(_ written: String, from contentPath: String) -> LinkTarget {
        var path = written
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...]).removingPercentEncoding ?? String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return sitePath(path.removingPercentEncoding ?? path, fragment: fragment)
    }

    /// What a path on the site (after the base path, no leading `/`) names: a page (by its
    /// URL or its Markdown file), a content file, something zhengfeng generates, or nothing.
    private func sitePath(_ path: String, fragment: String?) -> LinkTarget {
        guard let site else { return .sitePath(path) }
        // `/lianzheng/news/` copied from the address bar when the base path is /lianzheng/.
        let base = String(site.basePath.dropFirst())
        if !base.isEmpty, path.hasPrefix(base) {
            let inside = sitePath(String(path.dropFirst(base.count)), fragment: fragment)
            if case .missingSitePath = inside {} else { return inside }
        }
        guard let normalized = Self.normalize(path) else { return .missingSitePath(path) }
        let name = (normalized as NSString).lastPathComponent
        if ContentFileName.isPage(name) { return contentTarget(normalized, fragment: fragment, from: "") }
        var folder = normalized
        if name == "index.html" { folder = (normalized as NSString).deletingLastPathComponent }
        let key = ContentFileName.urlForm(folder.isEmpty ? "" : folder + "/")
        if let page = site.pages[key] { return .page(page, fragment: fragment) }
        if staticFiles.contains(normalized) { return .file(normalized) }
        if isGenerated(normalized) { return .sitePath(path) }
        return .missingSitePath(path)
    }

    /// Paths zhengfeng writes itself: its top-level files and folders, and a section's
    /// further list pages (`news/page/2/`) and yearly archives (`news/2026/`).
    private func isGenerated(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        guard let first = parts.first else { return true }
        if Self.generatedTopLevel.contains(first) { return true }
        for index in parts.indices.dropFirst() {
            let section = parts[..<index].joined(separator: "/") + "/"
            guard site?.pages[section] != nil else { continue }
            let next = parts[index]
            if next == "page" || (next.count == 4 && next.allSatisfy(\.isASCII) && next.allSatisfy(\.isNumber)) { return true }
        }
        return false
    }

    /// Folds `.` and `..`; nil when the path climbs above content/.
    static func normalize(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
