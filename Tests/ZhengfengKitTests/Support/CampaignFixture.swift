import Foundation
import ZIPFoundation
@testable import ZhengfengKit

/// Builds campaign input files as units really send them: GBK CSV with CRLF (Excel on
/// Chinese Windows), UTF-8 CSV with a BOM, and small .xlsx workbooks; and a fixture site
/// with a year of data (one unit misses July, one rectification is overdue on `TestSites.now`).
enum CampaignFixture {
    /// `text` in GB18030 (iconv), as Excel saves a CSV on Chinese Windows.
    static func gbk(_ text: String) -> Data {
        let converter = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(converter) }
        var input = Array(text.utf8CString.dropLast())
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var outputLeft = output.count
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outputLeft)
            }
        }
        return Data(output[0..<(output.count - outputLeft)].map { UInt8(bitPattern: $0) })
    }

    /// Rows joined with CRLF, as Excel and WPS write them.
    static func csv(_ rows: [String]) -> String { rows.joined(separator: "\r\n") + "\r\n" }

    /// A one-sheet .xlsx (deflated, as Excel writes it). Each cell is text (a shared string),
    /// or a number when it is `Double`-like and marked with a leading `#` (`#46143`).
    static func xlsx(_ rows: [[String]], sheet: String = "Sheet1") throws -> Data {
        var shared: [String] = []
        var sheetRows = ""
        for (r, row) in rows.enumerated() {
            sheetRows += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() where !value.isEmpty {
                let ref = XLSXTableReader.columnName(c + 1) + "\(r + 1)"
                if value.hasPrefix("#") {
                    sheetRows += "<c r=\"\(ref)\"><v>\(value.dropFirst())</v></c>"
                } else {
                    shared.append(value)
                    sheetRows += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
                }
            }
            sheetRows += "</row>"
        }
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"\(sheet)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheetRows)</sheetData></worksheet>"),
            ("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + shared.map { "<si><t>\(escape($0))</t></si>" }.joined() + "</sst>"),
        ]
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: Date(timeIntervalSince1970: 0), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data!
    }

    static let units = ["渭阳街道办事处", "人民街道办事处", "区教育局", "区纪委监委第一派驻纪检监察组"]
    static let reportHeader = "单位,月份,联系人,四进活动场次,参与人数,发放资料份数,工作落实情况,稿件标题,刊播媒体,刊播日期,链接"

    static let unitsYAML = """
        year: 2026
        units:
          - name: 渭阳街道办事处
            kind: 街办
            contact: 联系人甲
          - name: 人民街道办事处
            kind: 街办
            contact: 联系人乙
          - name: 区教育局
            kind: 部门
            contact: 联系人丙
          - name: 区纪委监委第一派驻纪检监察组
            kind: 派驻机构
            contact: 联系人丁

        """

    /// One report row: unit `u` in `month` has u+1 events, 40×(u+1) participants, 100×(u+1)
    /// materials and one article.
    static func reportRow(_ u: Int, month: Int) -> [String] {
        [units[u], String(format: "2026-%02d", month), "联系人", "\(u + 1)", "\(40 * (u + 1))", "\(100 * (u + 1))",
         "按计划开展", "\(units[u])\(month)月宣传稿", "秦都廉政网", String(format: "2026-%02d-%02d", month, 10 + u),
         "https://www.example.org/\(month)/\(u).html"]
    }

    /// A site with a year of campaign data: March GBK CSV, April .xlsx (month and date as day
    /// serials), May–November UTF-8 CSV with BOM (区教育局 missing in July), register totals for
    /// 2025 and 2026 (January–November), two visits (one overdue on 2026-06-01), a survey.
    static func site() throws -> URL {
        var files: [String: String] = [
            "content/site.yml": "title: 测试\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: 首页\n---\n\n正文。\n",
            "content/news/_index.md": "---\ntitle: 工作动态\n---\n",
            "content/news/first.md": "---\ntitle: 第一条\ndate: 2026-05-01\n---\n\n正文。\n",
            "content/data/units.yml": unitsYAML,
            "content/data/visits.yml": """
                visits:
                  - date: 2026-04-16
                    unit: 人民街道办事处
                    findings: 宣传栏未张贴展板。
                    suggestions: 张贴展板。
                    due: 2026-05-15
                    status: 已整改
                  - date: 2026-05-06
                    unit: 区教育局
                    findings: 干部不了解实名举报优先办理。
                    suggestions: 组织学习。
                    due: 2026-05-20
                    status: 整改中

                """,
            "content/data/survey.yml": """
                title: 知晓情况问卷
                questions:
                  - id: q1
                    text: 举报电话是？
                    options: ["12345", "12388"]
                    answer: B

                """,
            "content/data/survey-results/may.csv": csv(["对象,q1", "机关,B", "机关,B", "农村,A", "农村,B"]),
        ]
        var metrics = ["月份,信访举报总量,检举控告,实名,网络,业务范围外,重复,诬告陷害查处,澄清正名"]
        for month in 1...12 { metrics.append(String(format: "2025-%02d,100,50,15,30,30,10,1,0", month)) }
        for month in 1...11 { metrics.append(String(format: "2026-%02d,90,50,20,45,18,6,0,1", month)) }
        files["content/data/metrics.csv"] = csv(metrics)
        for month in 5...11 {
            let rows = (0..<4).filter { !(month == 7 && $0 == 2) }.map { reportRow($0, month: month).joined(separator: ",") }
            files[String(format: "content/data/reports/2026-%02d.csv", month)] = "\u{FEFF}" + csv([reportHeader] + rows)
        }
        let site = TestSites.make(files)
        let reports = site.appendingPathComponent("content/data/reports")
        try gbk(csv([reportHeader] + (0..<4).map { reportRow($0, month: 3).joined(separator: ",") }))
            .write(to: reports.appendingPathComponent("2026-03.csv"))
        // April from Excel: the month typed as a date (serial 46113 = 2026-04-01), numbers as numbers.
        let april = (0..<4).map { u -> [String] in
            var row = reportRow(u, month: 4)
            row[1] = "#46113"
            for i in 3...5 { row[i] = "#" + row[i] }
            row[9] = "#\(46113 + 9 + u)"
            return row
        }
        try xlsx([reportHeader.components(separatedBy: ",")] + april).write(to: reports.appendingPathComponent("2026-04.xlsx"))
        return site
    }
}
