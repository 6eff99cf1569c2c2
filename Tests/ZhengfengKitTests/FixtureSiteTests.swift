import Foundation
import Testing
@testable import ZhengfengKit

/// The fixture site under Fixtures/basic-site built end to end and compared, file by file,
/// with the golden output in Fixtures/basic-site-expected. Set UPDATE_GOLDEN=1 to rewrite it.
@Suite struct FixtureSiteTests {
    @Test func basicSiteMatchesGoldenOutput() throws {
        let site = TestSites.copyFixture("basic-site")
        let report = try SiteBuilder(options: TestSites.options(site)).build()
        let actual = TestSites.tree(site.appendingPathComponent("output"))
        let goldenURL = TestSites.fixtures.appendingPathComponent("basic-site-expected")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: goldenURL)
            for (path, data) in actual {
                let url = goldenURL.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        let golden = TestSites.tree(goldenURL)
        #expect(!golden.isEmpty, "golden output missing: run UPDATE_GOLDEN=1 swift test")
        #expect(Set(actual.keys) == Set(golden.keys))
        for path in golden.keys.sorted() {
            let expected = String(decoding: golden[path]!, as: UTF8.self)
            let got = String(decoding: actual[path] ?? Data(), as: UTF8.self)
            #expect(got == expected, "output/\(path) differs from the golden file")
        }
        #expect(report.pages == 7)
        // The fixture holds an expired and a future page on purpose: the lifecycle check tells.
        // Its base_url is on example.org, a placeholder: the build is a proof and says so.
        // guide/how.md has a <script> in its title and its body on purpose (escaped, dropped):
        // neither goes unmentioned.
        #expect(report.warnings.map(\.code) == ["TITLE_MARKUP", "MARKDOWN_HTML", "PAGE_EXPIRED", "PAGE_FUTURE", "PLACEHOLDERS_REMAIN"])
        #expect(report.warnings.prefix(2).map { "\($0.location.file):\($0.location.line):\($0.location.column)" }
                == ["content/guide/how.md:2:8", "content/guide/how.md:14:1"])
    }

    @Test func excludedPagesAppearNowhereInTheOutput() throws {
        let site = TestSites.copyFixture("basic-site")
        _ = try SiteBuilder(options: TestSites.options(site)).build()
        let all = TestSites.tree(site.appendingPathComponent("output"))
            .values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for marker in ["DRAFT_MARKER_7731", "FUTURE_MARKER_8842", "EXPIRED_MARKER_9953",
                       "INTERNAL_SECTION_MARKER_1164", "INTERNAL_PAGE_MARKER_2275",
                       "草稿不应出现", "未来的稿件", "已过期通知", "内部通知", "内部栏目"] {
            #expect(!all.contains(marker), "\(marker) leaked into the public output")
        }
    }

    @Test func draftsFlagIncludesDraftFutureAndExpiredButNotInternal() throws {
        let site = TestSites.copyFixture("basic-site")
        var options = TestSites.options(site)
        options.includeDrafts = true
        _ = try SiteBuilder(options: options).build()
        let output = site.appendingPathComponent("output")
        for page in ["news/draft", "news/future", "news/expired"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page + "/index.html").path))
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("secret/memo/index.html").path))
    }

    @Test func internalFlagIncludesInternalSection() throws {
        let site = TestSites.copyFixture("basic-site")
        var options = TestSites.options(site)
        options.includeInternal = true
        _ = try SiteBuilder(options: options).build()
        #expect(TestSites.text(site.appendingPathComponent("output"), "secret/memo/index.html").contains("INTERNAL_PAGE_MARKER_2275"))
    }
}
