import Foundation
import Markdown
import SwiftCSV

/// How a table column's cells are aligned.
public enum TableAlignment: String, Sendable, Equatable {
    case left, center, right
}

/// A table written as a fenced block (```` ```表格 ```` or ```` ```table ````) holding the
/// cells pasted from Excel or WPS (tab-separated) or CSV text. Typed, so that every output
/// (web page, print, WeChat) renders the same table.
public struct TableBlock: Sendable, Equatable {
    /// The `<caption>`: `标题="…"` (or `caption="…"`) on the fence line; "" for none.
    public var caption: String
    /// How many of the first rows are header rows (`表头=1`, the default; `表头=0` for none).
    public var headerRowCount: Int
    /// Whether each body row's first cell heads its row (`行标题=是`, the default).
    public var firstColumnIsHeader: Bool
    /// Every row, header rows first; all rows have the same number of cells.
    public var rows: [[String]]
    /// One alignment per column: numbers right, other text left, unless `对齐=` says otherwise.
    public var alignments: [TableAlignment]

    public var headerRows: ArraySlice<[String]> { rows.prefix(headerRowCount) }
    public var bodyRows: ArraySlice<[String]> { rows.dropFirst(headerRowCount) }

    /// The info-string words that make a fenced block a table.
    public static let languages: Set<String> = ["表格", "table"]
}

/// What is wrong with a table block, with the position in the Markdown body.
public struct TableProblem: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A row has another number of cells than the first row.
        case ragged(row: Int, cells: Int, expected: Int)
        /// No cell has text.
        case empty
        /// A `"` opens a cell and is never closed.
        case unclosedQuote
        /// A `"` in the middle of a cell not written as `""`.
        case strayQuote
        /// An option on the fence line zhengfeng does not know, or a bad value.
        case option(String)
    }

    public var kind: Kind
    /// 1-based line and column in the Markdown body.
    public var line: Int
    public var column: Int
}

extension TableBlock {
    /// Parses a fenced table block: the options on its fence line, then its cells with
    /// SwiftCSV (tab-separated when the first line has a tab, otherwise comma-separated).
    public static func parse(_ block: FencedBlock) throws(TableProblem) -> TableBlock {
        var options = try TableOptions.parse(block.info, line: block.line, column: block.column)
        let firstLine = block.literal.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let delimiter: CSVDelimiter = firstLine.contains("\t") ? .tab : .comma
        let contentLine = block.line + 1

        var rows: [(cells: [String], line: Int)] = []
        var nextLine = contentLine
        let raw: EnumeratedCSV
        do {
            // Only the first row is read here (as SwiftCSV's header); every row is read below.
            raw = try EnumeratedCSV(string: block.literal, delimiter: delimiter, loadColumns: false, rowLimit: 0)
        } catch {
            throw TableProblem(kind: .strayQuote, line: contentLine, column: 1)
        }
        do {
            try raw.enumerateAsArray(startAt: 0, rowLimit: nil) { row in
                let line = nextLine
                nextLine += 1 + row.reduce(0) { $0 + $1.count(where: { $0 == "\n" }) }
                let cells = row.map { $0.trimmingCharacters(in: .whitespaces) }
                if cells.allSatisfy(\.isEmpty) { return }
                rows.append((cells, line))
            }
        } catch {
            throw TableProblem(kind: .strayQuote, line: nextLine, column: 1)
        }
        // A well-formed cell holds its quotes in pairs (`"…"` and `""`); an odd count means
        // one was opened and never closed, and SwiftCSV took the rest of the block into it.
        if block.literal.count(where: { $0 == "\"" }) % 2 == 1 {
            let line = rows.last?.line ?? contentLine
            let text = block.literal.split(separator: "\n", omittingEmptySubsequences: false)
            let quote = line - contentLine < text.count ? text[line - contentLine].firstIndex(of: "\"") : nil
            let column = quote.map { text[line - contentLine].distance(from: text[line - contentLine].startIndex, to: $0) + 1 } ?? 1
            throw TableProblem(kind: .unclosedQuote, line: line, column: column)
        }
        guard let first = rows.first, rows.contains(where: { $0.cells.contains { !$0.isEmpty } }) else {
            throw TableProblem(kind: .empty, line: block.line, column: block.column)
        }
        for (index, row) in rows.enumerated() where row.cells.count != first.cells.count {
            throw TableProblem(kind: .ragged(row: index + 1, cells: row.cells.count, expected: first.cells.count),
                               line: row.line, column: 1)
        }
        options.headerRows = min(options.headerRows, rows.count)
        let cells = rows.map(\.cells)
        let alignments = try options.alignments(columns: first.cells.count, bodyRows: cells.dropFirst(options.headerRows),
                                                line: block.line, column: block.column)
        return TableBlock(caption: options.caption, headerRowCount: options.headerRows,
                          firstColumnIsHeader: options.rowHeaders, rows: cells, alignments: alignments)
    }

    /// True for a cell that reads as a number: digits with separators, a sign, a decimal
    /// point, a percent or per-mille sign (`1,234`, `-3.5`, `12%`).
    static func isNumeric(_ cell: String) -> Bool {
        var digits = 0
        for (offset, character) in cell.enumerated() {
            switch character {
            case "0"..."9": digits += 1
            case ",", ".", "%", "‰", " ": continue
            case "-", "+", "−":
                if offset > 0 { return false }
            default: return false
            }
        }
        return digits > 0
    }
}

/// The options written after `表格` on the fence line: `标题="…" 表头=1 对齐=左右右 行标题=否`.
/// English names work too: `caption`, `header`, `align`, `row-headers`.
struct TableOptions {
    var caption = ""
    var headerRows = 1
    var rowHeaders = true
    /// `对齐=` as written: one of 左/中/右 (or l/c/r) per column.
    var alignment: String?

    static func parse(_ info: String, line: Int, column: Int) throws(TableProblem) -> TableOptions {
        var options = TableOptions()
        var rest = Substring(info).drop { !$0.isWhitespace }
        func fail(_ message: String) -> TableProblem { TableProblem(kind: .option(message), line: line, column: column) }
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard !rest.isEmpty else { break }
            guard let equals = rest.firstIndex(where: { $0 == "=" || $0 == "＝" }) else {
                throw fail("“\(rest.prefix { !$0.isWhitespace })”后面缺少“=值”")
            }
            let name = String(rest[rest.startIndex..<equals]).trimmingCharacters(in: .whitespaces)
            var after = rest[rest.index(after: equals)...]
            var value: String
            if let open = after.first, open == "\"" || open == "“" {
                let close: Character = open == "\"" ? "\"" : "”"
                after = after.dropFirst()
                guard let end = after.firstIndex(of: close) else { throw fail("\(name) 的值缺少结尾的引号") }
                value = String(after[after.startIndex..<end])
                rest = after[after.index(after: end)...]
            } else {
                let end = after.firstIndex(where: \.isWhitespace) ?? after.endIndex
                value = String(after[after.startIndex..<end])
                rest = after[end...]
            }
            value = value.trimmingCharacters(in: .whitespaces)
            switch name {
            case "标题", "caption", "title":
                options.caption = value
            case "表头", "header", "headers":
                guard let count = Int(value), (0...5).contains(count) else { throw fail("表头 的值要写 0 到 5 的数字（表头占几行）") }
                options.headerRows = count
            case "行标题", "row-headers":
                switch value {
                case "是", "yes", "true": options.rowHeaders = true
                case "否", "no", "false": options.rowHeaders = false
                default: throw fail("行标题 的值只能是“是”或“否”")
                }
            case "对齐", "align":
                options.alignment = value
            default:
                throw fail("不认识“\(name)”，可用的是 标题、表头、行标题、对齐")
            }
        }
        return options
    }

    func alignments(columns: Int, bodyRows: ArraySlice<[String]>, line: Int, column: Int) throws(TableProblem) -> [TableAlignment] {
        guard let alignment else {
            return (0..<columns).map { index in
                let cells = bodyRows.map { $0[index] }.filter { !$0.isEmpty }
                return !cells.isEmpty && cells.allSatisfy(TableBlock.isNumeric) ? .right : .left
            }
        }
        let letters = Array(alignment)
        guard letters.count == columns else {
            throw TableProblem(kind: .option("对齐 要为每一列写一个字（左、中、右），这个表格有 \(columns) 列，写了 \(letters.count) 个"),
                               line: line, column: column)
        }
        return try letters.map { letter throws(TableProblem) in
            switch letter {
            case "左", "l", "L": return .left
            case "中", "c", "C": return .center
            case "右", "r", "R": return .right
            default: throw TableProblem(kind: .option("对齐 里的“\(letter)”不认识，只能写 左、中、右"), line: line, column: column)
            }
        }
    }
}
