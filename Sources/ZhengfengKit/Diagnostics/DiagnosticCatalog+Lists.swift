extension DiagnosticCatalog {
    // MARK: 栏目列表（分页、按年份查看、文件夹标题）

    /// The codes of section lists: `per_page:` and the titles of folders without `_index.md`.
    static let lists: [DiagnosticEntry] = [
        DiagnosticEntry(
            "CONFIG_PER_PAGE", .error, .config,
            title: "per_page 的值无效",
            explanation: "`per_page` 是栏目列表每页显示几条（默认 20），超过的放到第 2 页、第 3 页……（网址 news/page/2/）。应是 1 到 1000 之间的整数。",
            message: "content/site.yml:5:11: 错误: per_page（栏目列表每页显示几条）应是 1 到 1000 之间的整数，例如 20。 [CONFIG_PER_PAGE]",
            wrong: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                per_page: 0
                """),
            fixed: DiagnosticExample("content/site.yml", """
                title: 清风秦都
                base_url: https://www.example.gov.cn/lianzheng/
                per_page: 20
                """)),
        DiagnosticEntry(
            "FOLDER_TITLE_MISSING", .warning, .urls,
            title: "文件夹没有标题",
            explanation: "content 下的文件夹就是一个栏目，菜单、导航（当前位置）和列表里要显示它的名称。名称写在文件夹里的 `_index.md`（`title:`），或者写在 site.yml 的 `folder_titles` 下。两处都没有写时显示“未命名栏目”，不会显示英文文件夹名。按年、月分的文件夹（`news/2026`、`news/2026/05`）不用写，自动叫“2026年”“5月”。",
            message: "content/notices:1:1: 警告: 文件夹 content/notices 没有 _index.md，菜单、导航和列表里不知道它叫什么，暂时显示为“未命名栏目”。请在文件夹里新建 _index.md 写上 title，或在 site.yml 的 folder_titles 下加一行“  notices: 栏目名称”。 [FOLDER_TITLE_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/notices/notice-1.md   （文件夹里没有 _index.md，site.yml 也没写 folder_titles）"),
            fixed: DiagnosticExample("content/site.yml", """
                folder_titles:
                  notices: 通知公告
                """)),
    ]
}
