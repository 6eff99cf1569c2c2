import Foundation
@testable import ZhengfengKit

/// Notice pages for the tests: a record is a list of `key: value` lines under `notice:`,
/// written from file line 5 on (line 1 `---`, 2 title, 3 date, 4 `notice:`), so a test
/// knows the line of each field.
enum NoticePages {
    static let clearing: [(String, String)] = [
        ("kind", "澄清正名"), ("unit", "秦都区某街道某社区"), ("position", "党委书记"), ("name", "刘某"),
        ("allegation", "在老旧小区改造中指定亲属承揽工程"), ("reported", "2026-06"), ("found", "2026-08"),
        ("finding", "工程由街道按规定程序组织实施，所反映问题与事实不符"), ("handled_by", "秦都区纪委监委"), ("scope", "公开"),
    ]

    static let falseAccusation: [(String, String)] = [
        ("kind", "诬告陷害查处"), ("unit", "秦都区某街道办事处"), ("position", "工作人员"), ("name", "张某"),
        ("conduct", "捏造同事“收受好处”的事实，多次匿名举报"), ("reported", "2026-03"), ("found", "2026-07-10"),
        ("finding", "所反映问题系张某故意捏造"), ("handled_by", "秦都区纪委监委"),
        ("party_penalty", "严重警告"), ("official_penalty", "记大过"), ("scope", "公开"),
    ]

    /// `record` with `key` set to `value` (added at the end when absent; removed when nil).
    static func with(_ record: [(String, String)], _ key: String, _ value: String?) -> [(String, String)] {
        var result = record
        if let index = result.firstIndex(where: { $0.0 == key }) {
            if let value { result[index].1 = value } else { result.remove(at: index) }
        } else if let value {
            result.append((key, value))
        }
        return result
    }

    /// The file line of `key` in a page made by `page(_:)`.
    static func line(of key: String, in record: [(String, String)]) -> Int {
        5 + record.firstIndex { $0.0 == key }!
    }

    static func page(_ record: [(String, String)], title: String = "通报", date: String = "2026-09-15",
                     extra: String = "", body: String = "补充说明。") -> String {
        var text = "---\ntitle: \(title)\ndate: \(date)\nnotice:\n"
        for (key, value) in record { text += "  \(key): \(value)\n" }
        return text + extra + "---\n\n\(body)\n"
    }

    /// The diagnostics `zhengfeng check` gives for a small site holding `files`.
    static func check(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(site) }
        try TestSupport.makeSite(at: site, files: ["content/notices/_index.md": "---\ntitle: 通报与澄清\n---\n\n正文。\n"]
            .merging(files) { $1 })
        return TestSupport.check(site)
    }

    /// Only the NOTICE_ findings, as `file:line CODE`.
    static func findings(_ files: [String: String]) throws -> [String] {
        try check(files).filter { $0.code.hasPrefix("NOTICE_") }
            .map { "\($0.location.file):\($0.location.line) \($0.code)" }
    }
}
