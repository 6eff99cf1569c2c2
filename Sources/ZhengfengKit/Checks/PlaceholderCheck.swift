import Foundation

/// The release gate: with `--release` every placeholder (see `Placeholder`) is an error at
/// its file, line and column, so a release build stops and publishes nothing. Without it
/// the build is a proof (校样): one note says how many placeholders remain.
public enum PlaceholderCheck {
    public static func run(content: SiteContent, published: [Page], options: BuildOptions) -> [Diagnostic] {
        let found = PlaceholderScanner.scan(content: content, published: published, baseURL: options.baseURL)
        guard options.release else {
            // Footer slots left out are only named by a release: a proof shows them as 【待填】.
            let written = found.filter { $0.kind != .missingSetting }
            guard let first = written.first else { return [] }
            return [Diagnostic(.note, "PLACEHOLDERS_REMAIN",
                               "还有 \(written.count) 处占位内容（【待填：…】、示例域名或示例页面），所以这次生成的是校样：网页标有“校样”、不让搜索引擎收录，PDF 每页带“校样”水印。正式发布前请运行 zhengfeng check --release 查看每一处，填好后用 zhengfeng build --release 生成。",
                               at: first.location)]
        }
        return found.map(diagnostic)
    }

    static func diagnostic(for placeholder: Placeholder) -> Diagnostic {
        switch placeholder.kind {
        case .text:
            return .error("PLACEHOLDER_TEXT",
                          "“\(placeholder.written)”是待填的占位内容，不能正式发布。请换成核实后的真实内容：\(placeholder.what)。",
                          at: placeholder.location)
        case .exampleDomain:
            let setting = placeholder.field == "--base-url" ? "命令行 --base-url" : "设置 \(placeholder.field)"
            return .error("PLACEHOLDER_EXAMPLE_DOMAIN",
                          "\(setting) 中的“\(placeholder.written)”用的是示例域名（只供举例，不是真实地址），不能正式发布。请填写\(placeholder.what)。",
                          at: placeholder.location)
        case .missingSetting:
            return .error("PLACEHOLDER_SETTING_MISSING",
                          "site.yml 没有填写 \(placeholder.field)（\(placeholder.what)）。政府网站的页脚必须有这一项，没填时页面上显示“【待填】”，不能正式发布。请在 site.yml 中填写。",
                          at: placeholder.location)
        case .sampleData:
            return .error("PLACEHOLDER_SAMPLE_DATA",
                          "宣传年工作数据标着 sample: true（示例数据，数字是为演示编写的），不能正式发布。请换成各单位真实报送的表格和真实的单位名单后，删去 units.yml 中的 sample: true。",
                          at: placeholder.location)
        case .samplePage:
            return .error("PLACEHOLDER_SAMPLE_PAGE",
                          "这是示例页面（sample: true），内容是举例编写的，不能正式发布。请换成真实内容后删去 sample: true；暂时不用的示例页面可以删除，或加 draft: true 不发布。",
                          at: placeholder.location)
        }
    }
}
