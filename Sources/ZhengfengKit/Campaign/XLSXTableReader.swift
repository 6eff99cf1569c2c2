import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the first worksheet of an .xlsx workbook (Excel, WPS) as a `CampaignTable`: the
/// archive through ZIPFoundation, its XML parts through Foundation's `XMLParser`. Shared and
/// inline strings become text, numbers stay as written (`46143`; dates are day serials, which
/// `CampaignValues` turns into dates), booleans become 1 or 0. Cell positions are kept as the
/// row and column numbers and the sheet's cell reference (`Sheet1!C4`).
enum XLSXTableReader {
    static func read(_ data: Data, displayPath: String) throws -> CampaignTable {
        func broken(_ why: String) -> Diagnostic {
            .error("CAMPAIGN_XLSX_UNREADABLE",
                   "无法读取这个 Excel 文件（\(why)）。请确认它是 .xlsx 格式（不是 .xls 或改了扩展名的文件）：在 Excel 或 WPS 中打开，用“另存为 → Excel 工作簿（*.xlsx）”重新保存。",
                   at: SourceLocation(file: displayPath))
        }
        guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { throw broken("不是有效的压缩包") }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw broken("\(path) 已损坏")
            }
            return bytes
        }
        guard let workbook = try part("xl/workbook.xml") else { throw broken("缺少 xl/workbook.xml") }
        let sheets = XMLCollector.collect(workbook, elements: ["sheet"])
        guard let first = sheets.first else { throw broken("工作簿里没有工作表") }
        let sheetName = first.attributes["name"] ?? "Sheet1"
        var target = "xl/worksheets/sheet1.xml"
        if let id = first.attributes["r:id"], let rels = try part("xl/_rels/workbook.xml.rels"),
           let relation = XMLCollector.collect(rels, elements: ["Relationship"]).first(where: { $0.attributes["Id"] == id }),
           let path = relation.attributes["Target"] {
            target = path.hasPrefix("/") ? String(path.dropFirst()) : "xl/" + path
        }
        guard let sheet = try part(target) else { throw broken("缺少工作表 \(target)") }
        let shared = try part("xl/sharedStrings.xml").map(SharedStrings.parse) ?? []
        let cells = SheetCells.parse(sheet)

        var byRow: [Int: [(column: Int, text: String, reference: String)]] = [:]
        for cell in cells {
            guard let (row, column) = reference(cell.reference) else { continue }
            var text = cell.value
            switch cell.type {
            case "s": text = Int(cell.value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
            case "inlineStr": text = cell.inline
            case "b": text = cell.value == "1" ? "1" : "0"
            default: break
            }
            byRow[row, default: []].append((column, text, "\(sheetName)!\(cell.reference)"))
        }
        let rowNumbers = byRow.keys.sorted()
        guard let headerRow = rowNumbers.first else {
            return CampaignTable(file: displayPath, header: [], headerLocations: [], rows: [])
        }
        func cellsOf(_ row: Int) -> [CampaignTable.Cell] {
            let entries = byRow[row] ?? []
            let width = (entries.map(\.column).max() ?? 0)
            var result = (1...max(width, 1)).map {
                CampaignTable.Cell(text: "", location: SourceLocation(file: displayPath, line: row, column: $0),
                                   reference: "\(sheetName)!\(columnName($0))\(row)")
            }
            for entry in entries { result[entry.column - 1].text = entry.text }
            return width == 0 ? [] : result
        }
        let headerCells = cellsOf(headerRow)
        let rows = rowNumbers.dropFirst().compactMap { number -> CampaignTable.Row? in
            let cells = cellsOf(number)
            guard cells.contains(where: { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
            return CampaignTable.Row(cells: cells, location: SourceLocation(file: displayPath, line: number))
        }
        return CampaignTable(file: displayPath,
                             header: headerCells.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) },
                             headerLocations: headerCells.map(\.location), rows: rows)
    }

    /// `C4` → (row 4, column 3).
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var digits = ""
        for character in text.uppercased() {
            if let ascii = character.asciiValue, character.isLetter, digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
            } else if character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column)
    }

    /// 3 → `C`, 28 → `AB`.
    static func columnName(_ column: Int) -> String {
        var number = column
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}

/// Elements with their attributes, for the small workbook parts (workbook, relationships).
private final class XMLCollector: NSObject, XMLParserDelegate {
    struct Element { var attributes: [String: String] }
    private let names: Set<String>
    private var found: [Element] = []

    private init(names: Set<String>) { self.names = names }

    static func collect(_ data: Data, elements: Set<String>) -> [Element] {
        let collector = XMLCollector(names: elements)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        _ = parser.parse()
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if names.contains(name) { found.append(Element(attributes: attributes)) }
    }
}

/// The shared strings table: each `<si>`'s text runs joined (phonetic runs left out).
private final class SharedStrings: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ data: Data) -> [String] {
        let table = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = table
        _ = parser.parse()
        return table.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "si": current = ""
        case "t": inText = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText && !inPhonetic { current += string }
    }
}

/// The cells of a worksheet: reference, type attribute, `<v>` value and inline string text.
private final class SheetCells: NSObject, XMLParserDelegate {
    struct Cell { var reference: String; var type: String; var value = ""; var inline = "" }
    private var cells: [Cell] = []
    private var current: Cell?
    private var inValue = false
    private var inText = false

    static func parse(_ data: Data) -> [Cell] {
        let sheet = SheetCells()
        let parser = XMLParser(data: data)
        parser.delegate = sheet
        _ = parser.parse()
        return sheet.cells
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "c": current = Cell(reference: attributes["r"] ?? "", type: attributes["t"] ?? "n")
        case "v": inValue = true
        case "t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "c":
            if let current { cells.append(current) }
            current = nil
        case "v": inValue = false
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { current?.value += string }
        if inText { current?.inline += string }
    }
}
