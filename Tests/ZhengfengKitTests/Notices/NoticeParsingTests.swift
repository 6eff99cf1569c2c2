import Foundation
import Testing
@testable import ZhengfengKit

/// The `notice:` record is read from front matter into a typed `CaseNotice`.
@Suite struct NoticeParsingTests {
    func parse(_ text: String) throws -> (FrontMatter?, [Diagnostic]) {
        let split = try FrontMatterSplit.split(text, file: "content/notices/a.md")
        return FrontMatterParser.parse(split, file: "content/notices/a.md")
    }

    @Test func aFalseAccusationRecordIsReadIntoTypedFields() throws {
        let (matter, diagnostics) = try parse(NoticePages.page(NoticePages.falseAccusation))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let notice = try #require(matter?.notice)
        #expect(notice.kind == .falseAccusation)
        #expect(notice.unit == "秦都区某街道办事处" && notice.position == "工作人员" && notice.name == "张某")
        #expect(notice.reported == NoticeDate(year: 2026, month: 3, day: nil))
        #expect(notice.found == NoticeDate(year: 2026, month: 7, day: 10))
        #expect(notice.partyPenalty == "严重警告" && notice.officialPenalty == "记大过")
        #expect(notice.scope == .public)
        #expect(matter?.visibility == .public)
        #expect(notice.location("name") == SourceLocation(file: "content/notices/a.md", line: 8, column: 9))
        #expect(notice.location("notice").line == 4)
    }

    @Test func kindAndScopeAreAcceptedInChineseAndEnglish() throws {
        var record = NoticePages.with(NoticePages.clearing, "kind", "clearing")
        record = NoticePages.with(record, "scope", "limited")
        let (matter, diagnostics) = try parse(NoticePages.page(record))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(matter?.notice?.kind == .clearing)
        #expect(matter?.notice?.scope == .limited)
    }

    @Test func aLimitedScopeMakesThePageInternal() throws {
        let record = NoticePages.with(NoticePages.clearing, "scope", "一定范围")
        let (matter, _) = try parse(NoticePages.page(NoticePages.with(record, "audience", "该街道干部职工")))
        #expect(matter?.visibility == .internal)
        #expect(matter?.notice?.audience == "该街道干部职工")
        #expect(matter?.publicationUnsettled == false)
    }

    @Test func aLimitedScopeWithVisibilityPublicIsAConflictAndNeverPublished() throws {
        let record = NoticePages.with(NoticePages.clearing, "scope", "一定范围")
        let (matter, diagnostics) = try parse(NoticePages.page(record, extra: "visibility: public\n"))
        #expect(diagnostics.map(\.code) == ["NOTICE_SCOPE_CONFLICT"])
        #expect(matter?.visibility == .internal)
        #expect(matter?.publicationUnsettled == true)
    }

    @Test func anUnknownScopeIsAnErrorAtItsLineAndThePageIsNeverPublished() throws {
        let record = NoticePages.with(NoticePages.clearing, "scope", "街道内")
        let (matter, diagnostics) = try parse(NoticePages.page(record))
        #expect(diagnostics.map(\.code) == ["NOTICE_SCOPE"])
        #expect(diagnostics.first?.location.line == NoticePages.line(of: "scope", in: record))
        #expect(matter?.notice == nil)
        #expect(matter?.publicationUnsettled == true)
    }

    @Test func unknownKeysMissingFieldsBadDatesAndKindsAreReportedAtTheirLines() throws {
        var record = NoticePages.with(NoticePages.clearing, "handled_by", nil)
        record = NoticePages.with(record, "found", "2026年8月")
        record = NoticePages.with(record, "kind", "澄清")
        record = NoticePages.with(record, "scpoe", "公开")
        let (_, diagnostics) = try parse(NoticePages.page(record))
        let found = diagnostics.map { "\($0.location.line) \($0.code)" }.sorted()
        #expect(found == [
            "4 NOTICE_FIELD_MISSING",
            "\(NoticePages.line(of: "kind", in: record)) NOTICE_KIND",
            "\(NoticePages.line(of: "found", in: record)) NOTICE_DATE",
            "\(NoticePages.line(of: "scpoe", in: record)) NOTICE_UNKNOWN_KEY",
        ].sorted())
        #expect(diagnostics.first { $0.code == "NOTICE_UNKNOWN_KEY" }?.message.contains("scope") == true)
    }

    @Test func aNoticeThatIsNotAMappingIsAnError() throws {
        let (_, diagnostics) = try parse("---\ntitle: 通报\nnotice: 澄清正名\n---\n\n正文。\n")
        #expect(diagnostics.map(\.code) == ["NOTICE_FIELD_TYPE"])
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test func noticeDatesTakeAMonthOrADayAndCompareOnlyWhatIsKnown() {
        #expect(NoticeDate(parsing: "2026-03")?.chinese == "2026年3月")
        #expect(NoticeDate(parsing: "2026-03-05")?.chinese == "2026年3月5日")
        #expect(NoticeDate(parsing: "2026-02-30") == nil)
        #expect(NoticeDate(parsing: "2026年3月") == nil)
        #expect(NoticeDate(parsing: "2026-3") == nil)
        let march = NoticeDate(parsing: "2026-03")!, marchTenth = NoticeDate(parsing: "2026-03-10")!
        #expect(!march.isAfter(marchTenth) && !marchTenth.isAfter(march))
        #expect(NoticeDate(parsing: "2026-04")!.isAfter(marchTenth))
        #expect(NoticeDate(parsing: "2026-03-11")!.isAfter(marchTenth))
    }
}
