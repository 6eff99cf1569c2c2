/// One print-ready HTML document in the output and the PDF made from it.
public struct PrintDocument: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case brochure, leaflet, board
        /// The A4 sheet of case notices (see `NoticePrint`).
        case notice
    }

    /// File name of the PDF without `.pdf`: `villages`, `leaflet`, `board-scope`.
    public var name: String
    public var kind: Kind
    /// PDF title metadata.
    public var title: String
    /// PDF author metadata.
    public var author: String
    /// Relative to the output root: `print/villages/index.html`.
    public var htmlPath: String
    /// Relative to the output root: `print/villages.pdf`.
    public var pdfPath: String
    /// The size of every PDF page, bleed included.
    public var mediaSize: PaperSize

    /// Brochures are saddle-stitched: their page count is padded to a multiple of 4.
    public var pageMultiple: Int { kind == .brochure ? 4 : 1 }

    /// The comment in a brochure's HTML where blank pages go, before the back cover.
    public static let padMarker = "<!-- zhengfeng:pad -->"
    /// One blank page (see `.pad-page` in print.css).
    public static let padPage = "<div class=\"pad-page\"></div>"
}

/// The print documents a site's settings ask for.
enum PrintDocuments {
    /// The brochure editions, the leaflet and the boards, in that order.
    static func all(config site: SiteConfig) -> [PrintDocument] {
        let config = site.print
        let author = config.commission(site: site)
        var documents = config.editions.map { edition in
            PrintDocument(name: edition.audience.rawValue, kind: .brochure,
                          title: "\(edition.title)（\(edition.name)）", author: author,
                          htmlPath: "print/\(edition.audience.rawValue)/index.html",
                          pdfPath: "print/\(edition.audience.rawValue).pdf", mediaSize: config.withBleed(config.pageSize))
        }
        documents.append(PrintDocument(name: "leaflet", kind: .leaflet, title: "\(site.title)宣传折页",
                                       author: author, htmlPath: "print/leaflet/index.html",
                                       pdfPath: "print/leaflet.pdf", mediaSize: config.withBleed(.a4Landscape)))
        for board in config.boards {
            documents.append(PrintDocument(name: "board-\(board.id)", kind: .board, title: board.title, author: author,
                                           htmlPath: "print/boards/\(board.id)/index.html",
                                           pdfPath: "print/board-\(board.id).pdf", mediaSize: config.withBleed(config.boardSize)))
        }
        return documents
    }
}

extension PrintConfig {
    /// The commission named on the documents: `print.commission`, else the site's sponsor.
    func commission(site: SiteConfig) -> String { commission ?? site.sponsor }

    /// Pages carry a bleed (for crop marks too).
    var hasBleed: Bool { bleed || cropMarks }

    /// `size` with the bleed added on every side when the documents have one.
    func withBleed(_ size: PaperSize) -> PaperSize {
        guard hasBleed else { return size }
        let extra = 2 * PrintConfig.bleedMillimetres
        return PaperSize(width: size.width + extra, height: size.height + extra)
    }
}
