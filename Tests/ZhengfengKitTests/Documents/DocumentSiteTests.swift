import Foundation
import Testing
@testable import ZhengfengKit

/// A notice as editors really publish it — a table pasted from Excel, a captioned photo with
/// a Chinese file name containing a space, a front-matter attachment and a linked form —
/// built end to end in a temporary site. The page's article body is compared with the
/// golden file Fixtures/documents-expected.html (UPDATE_GOLDEN=1 rewrites it).
@Suite struct DocumentSiteTests {
    static let notice = """
        ---
        title: 关于公布2026年信访举报受理情况的通知
        date: 2026-03-02
        attachments:
          - title: 信访举报登记表
            file: 附件/登记表.pdf
          - 受理流程.zip
        ---

        现将一季度受理情况公布如下。

        ```表格 标题="2026年一季度受理情况" 对齐=左右右
        月份\t来信\t来访
        一月\t12\t3
        二月\t1,204\t5
        ```

        ![区纪委监委信访接待室](接待 室.png "信访接待室设在区行政中心一楼")

        请填写[实名举报表](实名举报表.docx)后寄送。

        """

    static func site(extra: [String: String] = [:]) throws -> URL {
        var files = [
            "content/site.yml": "title: 测试\nbase_url: https://example.org/\n",
            "content/_index.md": "---\ntitle: 首页\n---\n\n首页。\n",
            "content/notices/_index.md": "---\ntitle: 通知公告\n---\n",
            "content/notices/report.md": notice.replacingOccurrences(of: "(接待 室.png", with: "(<接待 室.png>"),
            "content/notices/附件/登记表.pdf": "%PDF-1.4\n" + String(repeating: "x", count: 241_000),
            "content/notices/受理流程.zip": "PK",
            "content/notices/实名举报表.docx": String(repeating: "d", count: 2048),
            "content/notices/旧表.xls": "stray",
        ]
        files.merge(extra) { $1 }
        let root = TestSites.minimal([:])
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try ImageHeaderTests.png(width: 800, height: 600).write(to: root.appendingPathComponent("content/notices/接待 室.png"))
        return root
    }

    @Test func noticeWithTableFigureAndAttachmentsMatchesGoldenHTML() throws {
        let site = try Self.site()
        let report = try SiteBuilder(options: TestSites.options(site)).build()
        let page = TestSites.text(site.appendingPathComponent("output"), "notices/report/index.html")
        let start = try #require(page.range(of: "<div class=\"prose\">"))
        let end = try #require(page.range(of: "</div>\n  </article>", range: start.upperBound..<page.endIndex))
        let prose = String(page[start.lowerBound..<end.upperBound])
        let golden = TestSites.fixtures.appendingPathComponent("documents-expected.html")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(prose.utf8).write(to: golden) }
        #expect(prose == TestSites.text(TestSites.fixtures, "documents-expected.html"))
        // The only file no page refers to is the stray spreadsheet.
        let ignored: Set = ["PLACEHOLDERS_REMAIN", "CHANNELS_FILE_MISSING", "SECTION_EMPTY"]
        #expect(report.warnings.filter { !ignored.contains($0.code) }.map(\.code) == ["FILE_UNREFERENCED"])
        #expect(report.warnings.first { $0.code == "FILE_UNREFERENCED" }?.location.file == "content/notices/旧表.xls")
    }

    @Test func attachmentsAndTheFigureArePublishedUnderThePageAndStrayFilesAreNot() throws {
        let site = try Self.site()
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let output = site.appendingPathComponent("output/notices")
        for file in ["附件/登记表.pdf", "受理流程.zip", "实名举报表.docx", "接待 室.png"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path), "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("旧表.xls").path))
    }

    @Test func missingAttachmentRaggedTableAndLargeImageAreReportedAtTheirLines() throws {
        let broken = Self.notice
            .replacingOccurrences(of: "二月\t1,204\t5", with: "二月\t1,204")
            .replacingOccurrences(of: "- 受理流程.zip", with: "- 没有这个文件.zip")
            .replacingOccurrences(of: "(接待 室.png", with: "(<大图.png>")
        let site = try Self.site(extra: ["content/notices/report.md": broken])
        var big = ImageHeaderTests.png(width: 4000, height: 3000)
        big.append(Data(count: 1_100_000))
        try big.write(to: site.appendingPathComponent("content/notices/大图.png"))
        let codes: Set = ["ATTACHMENT_MISSING", "TABLE_RAGGED", "IMAGE_TOO_LARGE"]
        let found = TestSupport.check(site).filter { codes.contains($0.code) }
        #expect(found.map { "\($0.location.line):\($0.location.column) \($0.code)" } == [
            "7:5 ATTACHMENT_MISSING", "15:1 TABLE_RAGGED", "18:16 IMAGE_TOO_LARGE",
        ])
        try #require(found.count == 3)
        #expect(found[1].message.contains("第 3 行有 2 格"))
        #expect(found[2].message.contains("1.1 MB"))
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(options: TestSites.options(site)).build() }
    }
}
