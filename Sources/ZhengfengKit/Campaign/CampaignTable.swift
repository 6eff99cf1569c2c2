import Foundation

/// A table as an editor's spreadsheet holds it: a header row of column names and data rows
/// of text cells, each cell knowing where it came from (CSV line and column, or the .xlsx
/// sheet and cell reference). Loaders for CSV and .xlsx both produce it; the campaign loader
/// reads typed values from it and reports bad cells at their position.
struct CampaignTable: Sendable {
    /// A cell's text and its position.
    struct Cell: Sendable {
        var text: String
        var location: SourceLocation
        /// Where in the workbook, for .xlsx cells (`Sheet1!C4`); nil for CSV.
        var reference: String?

        /// “第 3 行第 2 列” for CSV, “工作表 Sheet1 的 C4 单元格” for .xlsx: the position in words.
        var place: String {
            reference.map { "单元格 \($0)" } ?? "第 \(location.line) 行第 \(location.column) 列"
        }
    }

    /// A data row: its cells by column position (missing cells are empty).
    struct Row: Sendable {
        var cells: [Cell]
        /// Where the row starts (first cell).
        var location: SourceLocation
    }

    /// Content path of the file (`content/data/reports/2026-05.csv`).
    var file: String
    /// Column names, trimmed.
    var header: [String]
    var headerLocations: [SourceLocation]
    var rows: [Row]

    /// Position of the column named `name` (trimmed, exact), or nil.
    func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The trimmed cell at `column` of `row`, or an empty cell at the row's position.
    func cell(_ row: Row, _ column: Int) -> Cell {
        if column < row.cells.count {
            var cell = row.cells[column]
            cell.text = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return cell
        }
        return Cell(text: "", location: SourceLocation(file: file, line: row.location.line, column: column + 1))
    }
}

/// Reads a campaign table from a file by its extension: `.csv` (`CSVTableReader`) or `.xlsx`
/// (`XLSXTableReader`).
enum CampaignTableReader {
    static let extensions: Set<String> = ["csv", "xlsx"]

    static func read(_ url: URL, displayPath: String) throws -> (table: CampaignTable, warnings: [Diagnostic]) {
        let data: Data
        do {
            data = try FileBytes.read(url.path, maximumSize: SourceText.maximumSize)
        } catch {
            throw Diagnostic.error("CAMPAIGN_FILE_UNREADABLE",
                                   "无法读取这个数据文件（\(SourceText.reason(error))）。请检查文件是否存在、是否超过 5 MB、是否有读取权限。",
                                   at: SourceLocation(file: displayPath))
        }
        if url.pathExtension.lowercased() == "xlsx" {
            return (try XLSXTableReader.read(data, displayPath: displayPath), [])
        }
        return try CSVTableReader.read(data, displayPath: displayPath)
    }
}
