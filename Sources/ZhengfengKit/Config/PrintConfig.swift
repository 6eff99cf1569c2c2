import Foundation

/// A paper size in millimetres.
public struct PaperSize: Sendable, Equatable {
    public var width: Double
    public var height: Double

    public static let a4 = PaperSize(width: 210, height: 297)
    public static let a5 = PaperSize(width: 148, height: 210)
    public static let a4Landscape = PaperSize(width: 297, height: 210)

    /// For CSS `@page { size: … }`: `148mm 210mm`.
    public var css: String { "\(Self.format(width))mm \(Self.format(height))mm" }

    /// In PDF points (1/72 inch), as pdfinfo reports them.
    public var points: (width: Double, height: Double) { (width / 25.4 * 72, height / 25.4 * 72) }

    /// Parses `A5`, `A4`, `A4 landscape` or `148mm 210mm` (also `600 mm × 900 mm`).
    public init?(parsing text: String) {
        let words = text.lowercased().replacingOccurrences(of: "×", with: " ").replacingOccurrences(of: "x", with: " ")
            .replacingOccurrences(of: "mm", with: " ").split(separator: " ").map(String.init)
        switch words {
        case ["a4"]: self = .a4
        case ["a5"]: self = .a5
        case ["a4", "landscape"]: self = .a4Landscape
        case ["a5", "landscape"]: self = PaperSize(width: 210, height: 148)
        default:
            guard words.count == 2, let width = Double(words[0]), let height = Double(words[1]),
                  width >= 50, height >= 50, width <= 5000, height <= 5000 else { return nil }
            self.init(width: width, height: height)
        }
    }

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// One brochure edition (四进): which pages it carries, in what order, and how it reads.
public struct EditionConfig: Sendable {
    public var audience: Audience
    /// `进机关`
    public var name: String
    /// The brochure title on the cover.
    public var title: String
    /// The audience-specific foreword, plain text; blank lines separate paragraphs.
    public var foreword: String
    /// Section folders (`scope`: its section page, then its pages) or single pages
    /// (`about/plan.md`), in print order.
    public var contents: [String]
    /// Body text size relative to the base size (`PrintConfig.baseTextPoints`).
    public var textScale: Double
    /// The smallest body text the preflight accepts on any page, in points (`min_body_pt`):
    /// 12 for villages (elderly readers), 9 for the others.
    public var minimumBodyPoints = 9.0
    /// Where `contents` is set in site.yml, for diagnostics; nil for the shipped default,
    /// whose sections a site may not have (they are then left out without an error).
    public var location: SourceLocation?

    /// Body text size in points.
    public var bodyPoints: Double { (PrintConfig.baseTextPoints * textScale * 10).rounded() / 10 }
}

/// A group of pages for a leaflet panel or a display board.
public struct PrintBlock: Sendable {
    public enum Kind: String, Sendable {
        /// The text of the listed pages.
        case pages
        /// The reporting channels with QR codes.
        case channels
        /// The leaflet's front: title, commission, hotline, website code.
        case cover
        /// The “归不归纪委监委管？” flowchart of data/scope-check.yml (for a display board).
        case scopeCheck = "scope-check"
    }

    public var id: String
    public var title: String
    public var kind: Kind
    /// Content paths (`scope/_index.md`).
    public var pages: [String]
    /// `true`: print each page's summary instead of its full text (for narrow panels).
    public var summaryOnly: Bool
    /// Where the block is set in site.yml; nil for the shipped defaults (missing pages are skipped).
    public var location: SourceLocation?
    /// The block's text size relative to the document's (`text_scale`), to fill a panel or a
    /// board without a hole.
    public var textScale = 1.0
}

/// The `print:` key of site.yml, typed, with the shipped defaults for anything not set.
public struct PrintConfig: Sendable {
    /// Body text size of a brochure at text scale 1.
    public static let baseTextPoints = 10.5
    /// Bleed added around every page when `bleed` is on.
    public static let bleedMillimetres = 3.0

    public var pageSize: PaperSize = .a5
    /// 3 mm bleed around every page, for artwork that runs to the trimmed edge.
    public var bleed = false
    /// Crop marks in the bleed area (implies room for them).
    public var cropMarks = false
    /// The issuing body printed on covers; default the site's sponsor.
    public var commission: String?
    public var editions: [EditionConfig] = PrintDefaults.editions
    /// The six leaflet panels in print order: outside left, middle, right; inside left, middle, right.
    public var leafletPanels: [PrintBlock] = PrintDefaults.leafletPanels
    public var boardSize = PaperSize(width: 600, height: 900)
    public var boards: [PrintBlock] = PrintDefaults.boards
    /// The smallest body text of the leaflet, in points (`leaflet: min_body_pt`).
    public var leafletMinimumBodyPoints = 10.0
    /// The smallest body text of the boards, read from two metres (`boards: min_body_pt`).
    public var boardMinimumBodyPoints = 28.0

    public init() {}

    public func edition(_ audience: Audience) -> EditionConfig? { editions.first { $0.audience == audience } }
}
