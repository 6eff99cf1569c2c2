import Foundation
@testable import ZhengfengKit

/// Fixture sites for the self-inspection, written into temporary folders: a fresh and complete
/// site, and changes to it that hit one indicator each.
enum InspectionSites {
    /// The inspection day of every fixture, and the build's "now" (the same day, noon).
    static let today = SiteInspection.day("2026-11-20")!
    static let now = PageDate(parsing: "2026-11-20 12:00")!

    static let siteYAML = """
        title: 清风秦都
        base_url: https://www.qindu.gov.cn/lianzheng/
        sponsor: 中共咸阳市秦都区纪律检查委员会
        footer:
          icp: 陕ICP备12345678号
          public_security: 陕公网安备 61040202000123号
          site_code: "6104020001"
          conac_url: https://bszs.conac.cn/sitename?method=show&id=1
          conac_image: https://bszs.conac.cn/images/red.png
          error_report_url: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6104020001

        """

    static func page(_ title: String, _ extra: String = "", body: String = "正文。") -> String {
        "---\ntitle: \(title)\n\(extra)---\n\n\(body)\n"
    }

    /// A site an inspector would pass on `today`: the home page lists news of two days ago,
    /// every column has a type and is updated in time, the footer is complete.
    static func fresh() -> [String: String] {
        [
            "content/site.yml": siteYAML,
            "content/_index.md": page("首页", body: "欢迎。"),
            "content/news/_index.md": page("工作动态", "column_type: 工作动态\n", body: "本栏目发布工作动态。"),
            "content/news/visit.md": page("走访社区", "date: 2026-11-18\n", body: "11月18日，走访社区。举报电话 12388。"),
            "content/news/meeting.md": page("召开会议", "date: 2026-11-10\n", body: "会议由纪检委员主持。"),
            "content/notices/_index.md": page("通知公告", "column_type: 通知公告\n", body: "本栏目发布通知公告。"),
            "content/notices/holiday.md": page("举报受理时间调整", "date: 2026-09-01\n"),
            "content/about/_index.md": page("关于我们", "column_type: 机构职能\n", body: "本委职能。"),
            "content/about/duties.md": page("主要职责"),
        ]
    }

    /// Writes `files` into a new temporary site folder.
    static func make(_ files: [String: String]) -> URL { TestSites.make(files) }

    /// The report `zhengfeng inspect --today 2026-11-20` gives for `files`.
    static func inspect(_ files: [String: String], today: PageDate = today) throws -> InspectionReport {
        try SiteInspection.run(options: BuildOptions(siteDirectory: make(files), now: now), today: today)
    }
}

extension InspectionReport {
    /// The codes of the findings under `indicator`.
    func codes(_ indicator: InspectionIndicator) -> [String] { findings(indicator).map(\.code) }
    /// The findings with `code`, anywhere.
    func all(_ code: String) -> [Diagnostic] {
        (findings.map(\.diagnostic) + settingProblems).filter { $0.code == code }.sortedForDisplay()
    }
}
