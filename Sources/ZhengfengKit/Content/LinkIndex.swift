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
}

/// Resolves author link destinations against the site's pages and files.
public struct LinkIndex: Sendable {
    let pagePaths: Set<String>
    let staticFiles: Set<String>

    public init(pagePaths: Set<String>, staticFiles: Set<String>) {
        self.pagePaths = pagePaths
        self.staticFiles = staticFiles
    }

    /// Resolves `destination` written in the page at `contentPath`.
    public func resolve(_ destination: String, from contentPath: String) -> LinkTarget {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
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
        if path.hasPrefix("/") { return .sitePath(String(path.dropFirst())) }
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
