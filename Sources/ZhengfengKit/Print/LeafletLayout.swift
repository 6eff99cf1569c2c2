/// The tri-fold leaflet as a roll fold on A4 landscape: two sides of three panels. The panel
/// that folds in is 3 mm narrower than the others, so that it lies flat inside the fold:
/// outside (side 1) 97 | 100 | 100 mm — the flap, the back, the front cover; inside (side 2)
/// 100 | 100 | 97 mm — the flap's other face is on the right. Folding: the flap (inside
/// right) folds in first, then the cover panel over it. `page.css` takes the widths and the
/// fold positions from here, and the preflight measures each panel with the same numbers.
enum LeafletLayout {
    static let sheet = PaperSize.a4Landscape
    /// The flap that folds in.
    static let flapWidth = 97.0
    static let panelWidth = 100.0
    /// Inner padding of a panel (text starts this far from the panel's edges).
    static let padding = 9.0

    /// Panel widths in millimetres of side 1 (outside) and side 2 (inside), left to right.
    static let widths: [[Double]] = [[flapWidth, panelWidth, panelWidth], [panelWidth, panelWidth, flapWidth]]

    /// Where the folds are on each side, in millimetres from the left edge.
    static func folds(side: Int) -> [Double] {
        var position = 0.0
        return widths[side].dropLast().map { width in
            position += width
            return position
        }
    }

    /// The panels' left and right edges on each side, in millimetres.
    static func panels(side: Int) -> [(left: Double, right: Double)] {
        var left = 0.0
        return widths[side].map { width in
            defer { left += width }
            return (left, left + width)
        }
    }

    /// The leaflet's part of its `page.css`: the panel widths, where the fold marks sit and
    /// the cover colour running into the bleed behind the cover panel (`cover` is the cover's
    /// position, 0–5, if the leaflet has one). Print only: on screen the panels run down the page.
    static func css(cover: Int?) -> String {
        var rules: [String] = []
        if let cover {
            let side = cover / 3, edges = panels(side: side)[cover % 3]
            let left = edges.left == 0 ? -PrintConfig.bleedMillimetres : edges.left
            let right = edges.right == sheet.width ? edges.right + PrintConfig.bleedMillimetres : edges.right
            rules.append(".side-\(side + 1) > .cover-bleed { left: \(PaperSize.format(left))mm; width: \(PaperSize.format(right - left))mm; }")
        }
        for side in widths.indices {
            for (index, width) in widths[side].enumerated() {
                rules.append(".side-\(side + 1) > .panel:nth-of-type(\(index + 1)) { width: \(PaperSize.format(width))mm; }")
            }
            for (index, fold) in folds(side: side).enumerated() {
                rules.append(".side-\(side + 1) > .fold-mark-\(index + 1) { left: \(PaperSize.format(fold))mm; }")
            }
        }
        return "@media print {\n" + rules.joined(separator: "\n") + "\n}"
    }
}
