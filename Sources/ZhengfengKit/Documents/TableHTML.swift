import Markdown

/// A `TableBlock` as web HTML: a real `<table>` with `<caption>` and `<th scope>`, inside a
/// labelled region that scrolls sideways by itself (with the keyboard too) on a narrow
/// screen, so the page never does. Print CSS repeats the header rows and keeps rows whole.
public enum TableHTML {
    public static func render(_ table: TableBlock) -> String {
        let label = table.caption.isEmpty ? "表格" : "表格：" + table.caption
        var html = "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(HTMLEscaping.attribute(label))\" tabindex=\"0\">\n"
        html += "<table class=\"data-table\">\n"
        if !table.caption.isEmpty {
            html += "<caption>\(HTMLEscaping.text(table.caption))</caption>\n"
        }
        if !table.headerRows.isEmpty {
            html += "<thead>\n"
            for row in table.headerRows {
                html += "<tr>"
                for (index, cell) in row.enumerated() {
                    html += "<th scope=\"col\"\(alignClass(table, index))>\(HTMLEscaping.text(cell))</th>"
                }
                html += "</tr>\n"
            }
            html += "</thead>\n"
        }
        html += "<tbody>\n"
        for row in table.bodyRows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 && table.firstColumnIsHeader {
                    html += "<th scope=\"row\"\(alignClass(table, index))>\(HTMLEscaping.text(cell))</th>"
                } else {
                    html += "<td\(alignClass(table, index))>\(HTMLEscaping.text(cell))</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        return html
    }

    private static func alignClass(_ table: TableBlock, _ column: Int) -> String {
        switch table.alignments[column] {
        case .left: return ""
        case .center: return " class=\"align-center\""
        case .right: return " class=\"align-right\""
        }
    }
}
