import Foundation

/// Bar charts as inline SVG, made at build time: no script, readable in print, and named for
/// screen readers (`role="img"` with a title that states every value; the same numbers stand
/// in a table beside each chart). Colours have at least 4.5:1 contrast on white; the two
/// years also differ by pattern (solid and hatched), not only by colour.
enum CampaignChart {
    struct Bar {
        var label: String
        var value: Double
        /// Shown after the number (`%`, `件`).
        var unit: String
        /// Hatched bars (last year) against solid ones (this year).
        var hatched: Bool
    }

    /// Horizontal bars scaled to the largest value; `id` keeps the SVG's ids unique on a page.
    static func bars(_ bars: [Bar], id: String, title: String) -> String {
        let width = 480.0, labelWidth = 110.0, valueWidth = 80.0, rowHeight = 34.0, barHeight = 22.0
        let maximum = max(bars.map(\.value).max() ?? 0, 1)
        let height = rowHeight * Double(bars.count) + 8
        let summary = bars.map { "\($0.label) \(number($0.value))\($0.unit)" }.joined(separator: "，")
        var svg = """
            <svg class="campaign-chart" viewBox="0 0 \(Int(width)) \(Int(height))" width="100%" role="img" aria-labelledby="\(id)-title" xmlns="http://www.w3.org/2000/svg">
            <title id="\(id)-title">\(escape(title))：\(escape(summary))</title>
            <defs><pattern id="\(id)-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#5b6470"/></pattern></defs>

            """
        for (index, bar) in bars.enumerated() {
            let y = 4 + rowHeight * Double(index)
            let length = max((width - labelWidth - valueWidth) * bar.value / maximum, bar.value > 0 ? 2 : 0)
            let fill = bar.hatched ? "url(#\(id)-hatch)" : "#a4161a"
            svg += """
                <text x="0" y="\(fmt(y + barHeight * 0.72))" font-size="15" fill="#1f2328">\(escape(bar.label))</text>
                <rect x="\(fmt(labelWidth))" y="\(fmt(y))" width="\(fmt(length))" height="\(fmt(barHeight))" fill="\(fill)" stroke="#1f2328" stroke-width="1"/>
                <text x="\(fmt(labelWidth + length + 6))" y="\(fmt(y + barHeight * 0.72))" font-size="15" fill="#1f2328">\(number(bar.value))\(escape(bar.unit))</text>

                """
        }
        return svg + "</svg>"
    }

    /// `12.5`, `12` (no trailing `.0`).
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
