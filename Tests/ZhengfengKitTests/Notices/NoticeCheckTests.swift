import Foundation
import Testing
@testable import ZhengfengKit

/// Each rule of `NoticeCheck`, on a site, at the file and line of the value concerned.
@Suite struct NoticeCheckTests {
    let file = "content/notices/case.md"

    func findings(_ record: [(String, String)], date: String = "2026-09-15") throws -> [String] {
        try NoticePages.findings([file: NoticePages.page(record, date: date)])
    }

    func at(_ key: String, _ record: [(String, String)], _ code: String) -> String {
        "\(file):\(NoticePages.line(of: key, in: record)) \(code)"
    }

    @Test func wellFormedNoticesOfBothKindsPassEveryCheck() throws {
        #expect(try findings(NoticePages.clearing) == [])
        #expect(try findings(NoticePages.falseAccusation) == [])
        let spelled = NoticePages.with(NoticePages.falseAccusation, "party_penalty", "党内严重警告处分")
        #expect(try findings(NoticePages.with(spelled, "official_penalty", "政务记大过")) == [])
    }

    @Test func aPenaltyOutsideTheListsIsAnErrorAtItsLine() throws {
        var record = NoticePages.with(NoticePages.falseAccusation, "party_penalty", "记过")
        record = NoticePages.with(record, "official_penalty", "严重警告")
        #expect(try findings(record) == [at("party_penalty", record, "NOTICE_PENALTY"),
                                         at("official_penalty", record, "NOTICE_PENALTY")])
    }

    @Test func aFalseAccusationWithoutAnyHandlingIsAnError() throws {
        var record = NoticePages.with(NoticePages.falseAccusation, "party_penalty", nil)
        record = NoticePages.with(record, "official_penalty", nil)
        #expect(try findings(record) == ["\(file):4 NOTICE_HANDLING_MISSING"])
        let referred = NoticePages.with(record, "other_handling", "移送公安机关依法处理")
        #expect(try findings(referred) == [])
    }

    @Test func aClearingNoticeMustNameTheAllegation() throws {
        let record = NoticePages.with(NoticePages.clearing, "allegation", nil)
        #expect(try findings(record) == ["\(file):4 NOTICE_CLEARING_ALLEGATION"])
    }

    @Test func datesMustRunReportThenFindingThenNotice() throws {
        let early = NoticePages.with(NoticePages.clearing, "found", "2026-05")
        #expect(try findings(early) == [at("found", early, "NOTICE_DATES_ORDER")])
        #expect(try findings(NoticePages.clearing, date: "2026-07-01") == [at("found", NoticePages.clearing, "NOTICE_DATES_ORDER")])
        let noFinding = NoticePages.with(NoticePages.clearing, "found", nil)
        #expect(try findings(noFinding, date: "2026-05-20") == [at("reported", noFinding, "NOTICE_DATES_ORDER")])
        #expect(try findings(NoticePages.with(NoticePages.clearing, "found", "2026-06-30")) == [])
    }

    @Test func aNoticeWithoutADateIsAnError() throws {
        let text = NoticePages.page(NoticePages.clearing).replacingOccurrences(of: "date: 2026-09-15\n", with: "")
        let found = try NoticePages.findings([file: text])
        #expect(found == ["\(file):3 NOTICE_FIELD_MISSING"])
    }

    @Test func aFullNameNeedsRecordedConsent() throws {
        let full = NoticePages.with(NoticePages.clearing, "name", "刘建国")
        #expect(try findings(full) == [at("name", full, "NOTICE_FULL_NAME")])
        #expect(try findings(NoticePages.with(full, "name_consent", "2026-09-01 本人书面同意，存档号 2026-017")) == [])
        #expect(try findings(NoticePages.with(NoticePages.clearing, "name", "欧阳某")) == [])
        let bare = NoticePages.with(full, "name_consent", "true")
        #expect(try findings(bare) == [at("name_consent", bare, "NOTICE_FIELD_TYPE")])
    }

    @Test func aHomeAddressInTheRecordIsAnError() throws {
        let record = NoticePages.with(NoticePages.clearing, "unit", "秦都区某社区3号楼2单元")
        #expect(try findings(record) == [at("unit", record, "NOTICE_HOME_ADDRESS")])
        let lived = NoticePages.with(NoticePages.falseAccusation, "conduct", "家住某小区，捏造事实举报")
        #expect(try findings(lived) == [at("conduct", lived, "NOTICE_HOME_ADDRESS")])
    }

    @Test func thePrivacyCheckStillReadsTheRecord() throws {
        let record = NoticePages.with(NoticePages.falseAccusation, "conduct", "用手机 13812345678 多次匿名举报")
        let diagnostics = try NoticePages.check([file: NoticePages.page(record)])
        let mobile = diagnostics.filter { $0.code == "PRIVACY_MOBILE" }
        #expect(mobile.map(\.location.line) == [NoticePages.line(of: "conduct", in: record)])
        #expect(mobile.first?.location.file == file)
    }

    @Test func recordErrorsStopTheBuild() throws {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: [
            "content/notices/_index.md": "---\ntitle: 通报与澄清\n---\n\n正文。\n",
            file: NoticePages.page(NoticePages.with(NoticePages.falseAccusation, "party_penalty", "记过")),
        ])
        #expect(throws: DiagnosticsError.self) {
            try SiteBuilder(options: TestSites.options(site, output: site.appendingPathComponent("output"))).build()
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }
}
