import Foundation
import SwiftCSV

/// Reads a CSV file as Excel or WPS saves it: UTF-8 with or without BOM, GB18030/GBK (the
/// default of Chinese Windows, so no warning), CRLF or LF. Text decoding is `SourceText`'s;
/// the CSV grammar is SwiftCSV's.
enum CSVTableReader {
    static func read(_ data: Data, displayPath: String) throws -> (table: CampaignTable, warnings: [Diagnostic]) {
        let decoded: SourceText.Decoded
        do {
            decoded = try SourceText.decode(data, displayPath: displayPath)
        } catch let diagnostic as Diagnostic where diagnostic.code == "FILE_ENCODING" || diagnostic.code == "FILE_BINARY" {
            throw Diagnostic.error("CAMPAIGN_ENCODING",
                                   "无法读取这个表格文件：它既不是 UTF-8 也不是 GBK/GB18030 编码的 CSV（可能是改了扩展名的其他文件）。请在 Excel 或 WPS 中打开原表，用“另存为 → CSV（逗号分隔）”或“CSV UTF-8”重新保存。",
                                   at: diagnostic.location)
        }
        // GBK is what Excel on Chinese Windows writes: expected, not worth a warning.
        let warnings = decoded.warnings.filter { $0.code != "FILE_ENCODING_GBK" }
        let parsed: EnumeratedCSV
        do {
            parsed = try EnumeratedCSV(string: decoded.text, delimiter: .comma, loadColumns: false)
        } catch {
            throw Diagnostic.error("CAMPAIGN_CSV_SYNTAX",
                                   "表格文件的格式有误（\(error)），常见原因是某个单元格的引号没有成对。请在 Excel 或 WPS 中打开后重新“另存为 CSV”。",
                                   at: SourceLocation(file: displayPath))
        }
        var line = 1 + lineBreaks(in: parsed.header)
        let header = parsed.header.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let headerLocations = header.indices.map { SourceLocation(file: displayPath, line: 1, column: $0 + 1) }
        var rows: [CampaignTable.Row] = []
        for fields in parsed.rows {
            line += 1
            let start = line
            let cells = fields.enumerated().map { index, text in
                CampaignTable.Cell(text: text, location: SourceLocation(file: displayPath, line: start, column: index + 1))
            }
            line += lineBreaks(in: fields)
            // Rows Excel writes for cleared cells (only commas) are not data.
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            rows.append(CampaignTable.Row(cells: cells, location: SourceLocation(file: displayPath, line: start)))
        }
        return (CampaignTable(file: displayPath, header: header, headerLocations: headerLocations, rows: rows), warnings)
    }

    /// Line breaks inside quoted cells: they move later rows down in the file.
    private static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } }
    }
}
