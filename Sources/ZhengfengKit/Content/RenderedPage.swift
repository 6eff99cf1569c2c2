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
    /// Tables, notices and attachment problems found while rendering (see `DocumentCheck`).
    public let findings: [DocumentFinding]
    /// The page's 附件 list: its `attachments:` and its links to documents, in that order.
    public let attachments: [PageAttachment]
    /// The stage that rendered the page, to render it again on demand.
    let stage: MarkdownStage
    /// The HTML from the first rendering, if it fitted in the budget and was not taken.
    private let keptHTML: Mutex<String?>

    init(page: Page, headings: [Heading], summary: String, links: [(reference: LinkReference, target: LinkTarget)],
         findings: [DocumentFinding] = [], attachments: [PageAttachment] = [],
         stage: MarkdownStage, keptHTML: String?) {
        self.page = page
        self.findings = findings
        self.attachments = attachments
        self.headings = headings
        self.summary = summary
        self.links = links
        self.stage = stage
        self.keptHTML = Mutex(keptHTML)
    }

    /// Safe HTML with final URLs (kept, or rendered again on each call).
    public var html: String { keptHTML.withLock { $0 } ?? renderHTML() }

    /// `html`, no longer kept after this call (a later `html` renders the Markdown again).
    /// For a build's last big reader of every page, the search index: the pages' HTML is
    /// then freed page by page instead of staying in memory while the index is made.
    func takeHTML() -> String {
        keptHTML.withLock { kept -> String? in
            defer { kept = nil }
            return kept
        } ?? renderHTML()
    }

    private func renderHTML() -> String { stage.renderMarkdown(page, html: true, positions: false).html }
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
    /// content/ on disk, for image and attachment sizes (nil: none are read).
    let contentDirectory: URL?

    /// HTML kept in memory per build by default: all of it for ordinary sites (10,000 pages
    /// take about 40 MB), a bounded part for very large ones.
    static let defaultHTMLBudget = 64 << 20

    init(index: LinkIndex, urlPaths: [String: String], basePath: String, summaryLength: Int,
         htmlBudget: Int = MarkdownStage.defaultHTMLBudget, contentDirectory: URL? = nil) {
        self.contentDirectory = contentDirectory
        self.index = index
        self.urlPaths = urlPaths
        self.basePath = basePath
        self.summaryLength = summaryLength
        self.htmlBudget = ByteBudget(htmlBudget)
    }

    /// The stage for a loaded site: its pages (and those that failed to load, so links to
    /// them are not reported as broken too), files, base path and summary length.
    init(content: SiteContent, htmlBudget: Int = MarkdownStage.defaultHTMLBudget) {
        let address = SiteAddress(host: content.config.domain, basePath: content.config.basePath,
                                  pages: Dictionary(content.pages.map { ($0.value.urlPath, $0.key) }) { first, _ in first })
        self.init(index: LinkIndex(pagePaths: Set(content.pages.keys).union(content.unloadedPages),
                                   staticFiles: Set(content.staticFiles), site: address),
                  urlPaths: content.pages.mapValues(\.urlPath),
                  basePath: content.config.basePath,
                  summaryLength: content.config.summaryLength,
                  htmlBudget: htmlBudget, contentDirectory: content.contentDirectory)
    }

    /// Headings, links and summary of `page`, and its HTML while the budget lasts.
    public func render(_ page: Page) -> RenderedPage {
        let keep = htmlBudget.hasRoom
        let result = renderMarkdown(page, html: keep, positions: true)
        let output = result.output
        let summary = page.frontMatter.summary ?? Summary.make(from: output.firstParagraph, length: summaryLength)
        let kept = keep && htmlBudget.take(result.html.utf8.count) ? result.html : nil
        return RenderedPage(page: page, headings: output.headings, summary: summary, links: result.links,
                            findings: result.findings, attachments: result.attachments, stage: self, keptHTML: kept)
    }

    /// One rendering of a page: libcmark's output, the page HTML (the Markdown's, then the
    /// 附件 list), where each link resolved to, and what `DocumentCheck` reports.
    struct Rendering {
        var output: RenderedMarkdown
        var html: String
        var links: [(reference: LinkReference, target: LinkTarget)]
        var findings: [DocumentFinding]
        var attachments: [PageAttachment]
    }

    /// libcmark's output for the page, with links rewritten, tables and figures made, and
    /// the 附件 list added. Without `html` no HTML is rendered; without `positions` links
    /// carry no line and column.
    func renderMarkdown(_ page: Page, html: Bool, positions: Bool) -> Rendering {
        var links: [(reference: LinkReference, target: LinkTarget)] = []
        var findings: [DocumentFinding] = []
        let output = MarkdownRenderer.render(page.body, html: html, positions: positions, resolve: { reference in
            let target = index.resolve(reference.destination, from: page.contentPath)
            links.append((reference, target))
            return url(for: target)
        }, fencedBlock: { block in
            guard TableBlock.languages.contains(block.language) else { return nil }
            switch Result(catching: { () throws(TableProblem) in try TableBlock.parse(block) }) {
            case .success(let table):
                return TableHTML.render(table)
            case .failure(let problem):
                findings.append(.table(problem))
                return nil
            }
        }, imageSize: { reference in
            guard let contentDirectory,
                  case .file(let path) = index.resolve(reference.destination, from: page.contentPath) else { return nil }
            return ImageHeader.size(ofFile: contentDirectory.appendingPathComponent(path))
        })
        findings += output.notices.map(DocumentFinding.notice)
        let (attachments, missing) = attachments(of: page, links: links)
        findings += missing.map(DocumentFinding.attachmentMissing)
        var pageHTML = output.html
        if html {
            pageHTML += AttachmentHTML.render(attachments.map { ($0, url(for: .file($0.file)) ?? $0.file) })
        }
        return Rendering(output: output, html: pageHTML, links: links, findings: findings, attachments: attachments)
    }

    /// The page's 附件 list: its `attachments:` entries, then its links to documents (PDF,
    /// Word, Excel, OFD, ZIP) not listed already; and the entries whose file is missing.
    func attachments(of page: Page, links: [(reference: LinkReference, target: LinkTarget)])
        -> (attachments: [PageAttachment], missing: [AttachmentEntry]) {
        var list: [PageAttachment] = []
        var missing: [AttachmentEntry] = []
        func add(_ title: String, _ file: String) {
            guard !list.contains(where: { $0.file == file }) else { return }
            let kind = PageAttachment.kind(of: file) ?? ((file as NSString).pathExtension.uppercased())
            let bytes = contentDirectory.flatMap {
                (try? FileManager.default.attributesOfItem(atPath: $0.appendingPathComponent(file).path))?[.size] as? Int
            } ?? 0
            list.append(PageAttachment(title: title, file: file, kind: kind, bytes: bytes))
        }
        for entry in page.frontMatter.attachments {
            if case .file(let file) = index.resolve(entry.file, from: page.contentPath) {
                add(entry.title, file)
            } else {
                missing.append(entry)
            }
        }
        for (reference, target) in links where !reference.isImage {
            if case .file(let file) = target, PageAttachment.kind(of: file) != nil {
                add(reference.text.isEmpty ? (file as NSString).lastPathComponent : reference.text, file)
            }
        }
        return (list, missing)
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
        case .external, .missingPage, .missingFile, .outsideContent, .missingSitePath, .computerPath:
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
