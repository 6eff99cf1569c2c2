import Foundation

/// How links inside pages are written (`links:` in site.yml, `--links` on the command line).
public enum LinkMode: String, Sendable, CaseIterable {
    /// Root-relative under the base path: `/lianzheng/scope/`. The default.
    case root
    /// Full addresses: `https://www.example.gov.cn/lianzheng/scope/`.
    case absolute
    /// Relative to the page itself, folder links ending in `index.html`: `../scope/index.html`.
    /// The same output opens from file://, a USB stick, an intranet share or any sub-path.
    case relative
}

/// Builds every URL of the published site, the one place that knows the base URL.
///
/// Pages are rendered with root-relative links (`basePath + path`), which is what templates
/// and rendered Markdown produce; `finish(_:at:)` then rewrites them once per written file
/// for the `absolute` and `relative` modes. Canonical URLs (canonical link, sitemap, feed,
/// QR codes, print) are always absolute.
public struct SiteURLs: Sendable {
    /// Absolute base URL, ending in `/`.
    public let baseURL: String
    /// Path part of the base URL, ending in `/`.
    public let basePath: String
    public let mode: LinkMode

    public init(baseURL: String, basePath: String, mode: LinkMode) {
        self.baseURL = baseURL
        self.basePath = basePath
        self.mode = mode
    }

    /// The absolute address of a site path such as `channels/phone/` (already escaped).
    public func canonical(_ escapedPath: String) -> String { baseURL + escapedPath }

    /// The root-relative link to a site path (already escaped), as pages are rendered.
    public func link(_ escapedPath: String) -> String { basePath + escapedPath }

    /// `html` as written at `outputPath` (e.g. `news/a/index.html`, not yet escaped) in this
    /// build's link mode.
    public func finish(_ html: String, at outputPath: String) -> String {
        switch mode {
        case .root: return html
        case .absolute: return absolutized(html)
        case .relative:
            let folders = MarkdownStage.pathEscape(outputPath).split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
            return LinkScan(html: html, basePath: basePath).replacingEachLink { Self.relative($0, fromFolders: folders) }
        }
    }

    /// `html` with site links made absolute, whatever the mode: for paper, PDFs and exports
    /// that leave the website.
    public func absolutized(_ html: String) -> String {
        LinkScan(html: html, basePath: basePath).replacingEachLink { baseURL + $0 }
    }

    /// The path `target` (site-relative, e.g. `scope/` or `assets/css/site.css#x`) seen from
    /// a page inside `folders` (e.g. `["news", "a"]`); folder targets end in `index.html`.
    static func relative(_ target: String, fromFolders folders: [String]) -> String {
        var path = Substring(target)
        var suffix = Substring("")
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = path[cut...]
            path = path[..<cut]
        }
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        if segments.isEmpty { segments = ["index.html"] }
        var common = 0
        while common < folders.count, common < segments.count - 1, folders[common] == segments[common] { common += 1 }
        let ups = String(repeating: "../", count: folders.count - common)
        return ups + segments[common...].joined(separator: "/") + suffix
    }
}

/// One pass over an HTML text that finds site links: values of `href`, `src`, `action` and
/// `poster` attributes that start with the base path (and not `//`).
private struct LinkScan {
    let html: String
    let basePath: String

    private static let attributes: [[UInt8]] = ["href=\"", "src=\"", "action=\"", "poster=\""].map { Array($0.utf8) }

    /// The text with each site link's path (after the base path) replaced by `transform(path)`.
    func replacingEachLink(_ transform: (String) -> String) -> String {
        let bytes = Array(html.utf8)
        let base = Array(basePath.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var i = 0
        var copied = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "="), i > 0 else { i += 1; continue }
            var matched: [UInt8]?
            for attribute in Self.attributes {
                let start = i - (attribute.count - 2)
                guard start >= 1, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") else { continue }
                if bytes[start..<(i + 2)].elementsEqual(attribute), bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\n") {
                    matched = attribute
                    break
                }
            }
            guard matched != nil else { i += 1; continue }
            let valueStart = i + 2
            guard let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let value = bytes[valueStart..<valueEnd]
            if value.starts(with: base), !(value.dropFirst(base.count).first == UInt8(ascii: "/")) {
                let path = String(decoding: value.dropFirst(base.count), as: UTF8.self)
                out.append(contentsOf: bytes[copied..<valueStart])
                out.append(contentsOf: transform(path).utf8)
                copied = valueEnd
            }
            i = valueEnd + 1
        }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
