/// One print-ready HTML document in the output and the PDF made from it.
public struct PrintDocument: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case brochure, leaflet, board
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
