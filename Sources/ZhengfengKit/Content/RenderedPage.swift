import Foundation
import Synchronization
import Markdown

/// A page after Markdown rendering: what lists, checks and the table of contents need
/// (headings, summary, links), and its HTML while the build's HTML budget lasts. Beyond the
/// budget the HTML is not kept (a site of 100,000 pages would hold gigabytes); `html` then
/// renders the page's Markdown again, which the writer does once per page, just before
/// writing it.
///
/// A class, not a struct: the site model hands the same page to many lists and contexts, and
/// copying a struct of this size costs a retain and release per field every time.
public final class RenderedPage: Sendable {
    public let page: Page
    public let headings: [Heading]
    public let summary: String
    /// Links as written, with where they resolved to (for checks).
    public let links: [(reference: LinkReference, target: LinkTarget)]
    /// The stage that rendered the page, to render it again on demand.
    let stage: MarkdownStage
    /// The HTML from the first rendering, if it fitted in the budget.
    let keptHTML: String?

    init(page: Page, headings: [Heading], summary: String, links: [(reference: LinkReference, target: LinkTarget)],
         stage: MarkdownStage, keptHTML: String?) {
        self.page = page
        self.headings = headings
        self.summary = summary
        self.links = links
        self.stage = stage
        self.keptHTML = keptHTML
    }

    /// Safe HTML with final URLs (kept, or rendered again on each call).
    public var html: String { keptHTML ?? stage.renderMarkdown(page, html: true, positions: false).output.html }
}

/// Renders one page's Markdown: rewrites links to final URLs and makes the summary.
public struct MarkdownStage: Sendable {
    public let index: LinkIndex
    /// URL folder (`channels/phone/`) of every page, by content path.
    public let urlPaths: [String: String]
    public let basePath: String
    public let summaryLength: Int
    /// How much rendered HTML the pages of this stage may keep in memory, in total.
    let htmlBudget: ByteBudget

    /// HTML kept in memory per build by default: all of it for ordinary sites (10,000 pages
    /// take about 40 MB), a bounded part for very large ones.
    static let defaultHTMLBudget = 192 << 20

    init(index: LinkIndex, urlPaths: [String: String], basePath: String, summaryLength: Int,
         htmlBudget: Int = MarkdownStage.defaultHTMLBudget) {
        self.index = index
        self.urlPaths = urlPaths
        self.basePath = basePath
        self.summaryLength = summaryLength
        self.htmlBudget = ByteBudget(htmlBudget)
    }

    /// The stage for a loaded site: its pages (and those that failed to load, so links to
    /// them are not reported as broken too), files, base path and summary length.
    init(content: SiteContent, htmlBudget: Int = MarkdownStage.defaultHTMLBudget) {
        self.init(index: LinkIndex(pagePaths: Set(content.pages.keys).union(content.unloadedPages),
                                   staticFiles: Set(content.staticFiles)),
                  urlPaths: content.pages.mapValues(\.urlPath),
                  basePath: content.config.basePath,
                  summaryLength: content.config.summaryLength,
                  htmlBudget: htmlBudget)
    }

    /// Headings, links and summary of `page`, and its HTML while the budget lasts.
    public func render(_ page: Page) -> RenderedPage {
        let keep = htmlBudget.hasRoom
        let (output, links) = renderMarkdown(page, html: keep, positions: true)
        let summary = page.frontMatter.summary ?? Summary.make(from: output.firstParagraph, length: summaryLength)
        let kept = keep && htmlBudget.take(output.html.utf8.count) ? output.html : nil
        return RenderedPage(page: page, headings: output.headings, summary: summary, links: links, stage: self,
                            keptHTML: kept)
    }

    /// libcmark's output for the page, with links rewritten, and where each link resolved to.
    /// Without `html` no HTML is rendered; without `positions` links carry no line and column.
    func renderMarkdown(_ page: Page, html: Bool, positions: Bool) -> (output: RenderedMarkdown, links: [(reference: LinkReference, target: LinkTarget)]) {
        var links: [(reference: LinkReference, target: LinkTarget)] = []
        let output = MarkdownRenderer.render(page.body, html: html, positions: positions) { reference in
            let target = index.resolve(reference.destination, from: page.contentPath)
            links.append((reference, target))
            return url(for: target)
        }
        return (output, links)
    }

    /// The final URL for a resolved link, or nil to keep what the author wrote.
    func url(for target: LinkTarget) -> String? {
        switch target {
        case let .page(path, fragment):
            guard let urlPath = urlPaths[path] else { return nil }
            // libcmark percent-encodes the href when it renders, fragment included.
            let anchor = fragment.map { "#" + $0 } ?? ""
            return basePath + Self.pathEscape(urlPath) + anchor
        case let .file(path):
            return basePath + Self.pathEscape(path)
        case let .sitePath(path):
            return basePath + Self.pathEscape(path)
        case .external, .missingPage, .missingFile, .outsideContent:
            return nil
        }
    }

    /// Percent-encodes what `CharacterSet.urlPathAllowed` does not allow; a path made only of
    /// allowed ASCII (the usual case) is returned as it is without asking Foundation.
    static func pathEscape(_ path: String) -> String {
        if path.utf8.allSatisfy(isPathAllowed) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// ASCII bytes in `CharacterSet.urlPathAllowed`: letters, digits and `-._~!$&'()*+,=@/` (not `:` or `;`).
    private static func isPathAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,=@/".utf8.contains(byte)
        }
    }
}

/// Automatic summaries: the first paragraph cut to a number of characters, spaces not counted.
public enum Summary {
    public static func make(from text: String, length: Int) -> String {
        let collapsed = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        var count = 0
        var result = ""
        for character in collapsed {
            if !character.isWhitespace {
                if count == length { return result.trimmingCharacters(in: .whitespaces) + "…" }
                count += 1
            }
            result.append(character)
        }
        return result
    }
}

/// A number of bytes shared by threads: each `take` succeeds while the total stays within it.
final class ByteBudget: Sendable {
    private let remaining: Mutex<Int>

    init(_ bytes: Int) {
        remaining = Mutex(bytes)
    }

    var hasRoom: Bool { remaining.withLock { $0 > 0 } }

    func take(_ bytes: Int) -> Bool {
        remaining.withLock { remaining in
            guard bytes <= remaining else { return false }
            remaining -= bytes
            return true
        }
    }
}
