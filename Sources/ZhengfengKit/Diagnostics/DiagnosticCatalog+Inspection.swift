extension DiagnosticCatalog {
    /// `zhengfeng inspect`: the self-inspection against the national government-website indicators.
    static let inspection: [DiagnosticEntry] = [
        DiagnosticEntry(
            "INSPECT_VETO_RELEASE", .error, .inspection,
            title: "正式发布时自查有单项否决项",
            explanation: "`zhengfeng build --release` 发布前会按构建当天做一次自查（与 `zhengfeng inspect` 相同）。只要有一项单项否决（首页不更新、栏目不更新、严重错误），检查时整个网站就不合格，所以不发布，原有的 output 文件夹保持不变；下面会列出每个否决项所在的文件和行。按各条改正后再发布。确需先发布（例如新稿件正在审核）时加 `--accept-inspection`：仍然发布，否决项作为警告列出。自查报告见 [inspection.md](inspection.md)。",
            message: "content/_index.md:1:1: 错误: 自查发现 1 项单项否决（“首页不更新”），网站检查时会整体不合格，所以没有发布，原有的 output 文件夹保持不变。请按下面各条处理后再发布（zhengfeng inspect 可看完整报告）；确需先发布时加 --accept-inspection。 [INSPECT_VETO_RELEASE]",
            wrong: DiagnosticExample("content/news/launch.md", """
                ---
                title: 启动仪式
                date: 2026-10-01
                ---

                正文。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                ---
                title: 启动仪式
                date: 2026-11-19
                ---

                正文。
                """)),
        DiagnosticEntry(
            "INSPECT_HOME_STALE", .error, .inspection,
            title: "首页不更新（单项否决）",
            explanation: "首页列出的信息（`latest_section` 栏目的最新几篇，和首页本身）中，最新的日期早于检查日期 `inspect.home_days` 天（默认 14 天）；没有写日期的信息按未更新算。发布新稿件并写上 `date`。",
            message: "content/_index.md:1:1: 错误: 首页最新的信息是 2026-10-01 的《启动仪式》（content/news/launch.md），到 2026-11-20 已经 50 天没有更新，超过了 14 天。首页不更新是单项否决。请在“工作动态”栏目发布新稿件，并在设置区写上当天的 date。 [INSPECT_HOME_STALE]",
            wrong: DiagnosticExample("content/news/launch.md", """
                ---
                title: 启动仪式
                date: 2026-10-01
                ---

                正文。
                """),
            fixed: DiagnosticExample("content/news/launch.md", """
                ---
                title: 启动仪式
                date: 2026-11-19
                ---

                正文。
                """)),
        DiagnosticEntry(
            "INSPECT_COLUMN_STALE", .warning, .inspection,
            title: "栏目没有按时更新",
            explanation: "栏目类型（`column_type`）是动态、要闻类的，要在 `inspect.dynamic_days` 天（默认 14 天）内有新文章；通知公告、政策文件类的，要在 `inspect.notice_days` 天（默认 180 天）内有新文章；`inspect.column_days` 可给别的类型定期限。这样的栏目达到一定个数是单项否决（见 `INSPECT_COLUMN_COUNT`）。",
            message: "content/news/_index.md:1:1: 警告: 栏目“工作动态”（工作动态）应在 14 天内更新：最近一篇是 2026-10-01 的《启动仪式》，已经 50 天。请发布新稿件并写上 date。 [INSPECT_COLUMN_STALE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/news/_index.md   （column_type: 工作动态）\ncontent/news/launch.md   （date: 2026-10-01，最新的一篇）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/news/_index.md   （column_type: 工作动态）\ncontent/news/launch.md   （date: 2026-10-01）\ncontent/news/visit.md    （date: 2026-11-18，新发布的一篇）")),
        DiagnosticEntry(
            "INSPECT_COLUMN_BLANK", .warning, .inspection,
            title: "空白栏目",
            explanation: "发布的栏目里没有一篇文章（也没有子栏目），而且栏目页没有正文，或者它是要定期更新的类型（动态、通知公告等）。给它发布内容，或者删除、合并它（栏目页加 `draft: true` 即整个栏目不发布）。空白栏目达到 `inspect.blank_columns` 个（默认 5 个）是单项否决。",
            message: "content/notices/_index.md:1:1: 警告: 栏目“通知公告”是空白栏目：没有一篇发布的文章。请发布内容；暂时没有内容的栏目请删除或合并到别的栏目（栏目页加 draft: true 即不发布）。 [INSPECT_COLUMN_BLANK]",
            wrong: DiagnosticExample("content/notices/_index.md", """
                ---
                title: 通知公告
                column_type: 通知公告
                ---

                本栏目发布通知公告。
                """),
            fixed: DiagnosticExample("content/notices/_index.md", """
                ---
                title: 通知公告
                column_type: 通知公告
                draft: true
                ---

                本栏目发布通知公告。
                """)),
        DiagnosticEntry(
            "INSPECT_COLUMN_TYPE", .warning, .inspection,
            title: "栏目没有写栏目类型",
            explanation: "有文章的栏目没有 `column_type`（自己的 `_index.md` 和上级栏目都没有写），检查时不知道它该多久更新一次，页面上也没有 `ColumnType` 标签。在栏目的 `_index.md` 设置区写上类型，例如 `工作动态`、`通知公告`、`政策文件`、`机构职能`、`常见问题`。",
            message: "content/scope/_index.md:1:1: 警告: 栏目“受理范围”没有写栏目类型，无法按检查指标判断它是否按时更新。请在 content/scope/_index.md 的设置区写 column_type，例如 column_type: 工作动态、通知公告 或 机构职能。 [INSPECT_COLUMN_TYPE]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/scope/_index.md   （设置区只有 title: 受理范围）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/scope/_index.md   （title: 受理范围\ncolumn_type: 政策解读）")),
        DiagnosticEntry(
            "INSPECT_COLUMN_COUNT", .error, .inspection,
            title: "未更新或空白的栏目太多（单项否决）",
            explanation: "按检查指标，以下任一情况是单项否决：动态、要闻类栏目超过 2 周未更新和通知公告、政策文件类栏目超过 6 个月未更新的，累计 5 个以上（`inspect.stale_columns`）；应更新但未更新的栏目 10 个以上（`inspect.unupdated_columns`）；空白栏目 5 个以上（`inspect.blank_columns`）。逐个更新这些栏目，或删除、合并不再使用的栏目。",
            message: "content:1:1: 错误: 空白栏目共 5 个（通知公告、政策文件、工作动态、专题专栏、互动交流），达到单项否决的 5 个。请给这些栏目发布内容，或删除、合并它们。 [INSPECT_COLUMN_COUNT]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/ 下有 5 个栏目各只有一个 _index.md，没有文章"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "每个栏目都发布了文章；暂时没有内容的栏目，_index.md 加 draft: true 不发布")),
        DiagnosticEntry(
            "INSPECT_WORDING", .error, .inspection,
            title: "严重表述错误（单项否决）",
            explanation: "页面、site.yml 或数据文件中出现了列表里的严重错误写法：写错的机构名称（纪律检察委员会、纪检委、监察局……）、写错的举报电话（12380、12389）等。按提示改成正确写法。列表见 [inspection.md](inspection.md)，单位可以在 `content/data/wording.yml` 中增加。",
            message: "content/news/launch.md:6:6: 错误: “12380”是严重的表述错误，应写作“12388”（纪检监察举报电话是 12388；12380 是组织部门的举报电话）。政府网站出现严重表述错误是单项否决，请改正。 [INSPECT_WORDING]",
            wrong: DiagnosticExample("content/news/launch.md", "举报电话：12380。"),
            fixed: DiagnosticExample("content/news/launch.md", "举报电话：12388。")),
        DiagnosticEntry(
            "INSPECT_TYPO", .warning, .inspection,
            title: "错别字或不规范用语",
            explanation: "页面、site.yml 或数据文件中出现了常见的错误写法（宜传、既使、按装、部暑……）或不规范的用语（优先受理、截止目前……）。按提示改正。列表见 [inspection.md](inspection.md)，单位可以在 `content/data/wording.yml` 中增加。",
            message: "content/news/launch.md:6:1: 警告: “宜传”应写作“宣传”。请改正。 [INSPECT_TYPO]",
            wrong: DiagnosticExample("content/news/launch.md", "宜传走进社区。"),
            fixed: DiagnosticExample("content/news/launch.md", "宣传走进社区。")),
        DiagnosticEntry(
            "INSPECT_DATE_FORGED", .error, .inspection,
            title: "发布日期像是伪造的（单项否决）",
            explanation: "页面的 `date` 晚于检查日期，或早于网站开通的日子（site.yml 的 `inspect.site_opened`），或早于栏目开设的日子（栏目 `_index.md` 的 `column_opened`）。写页面实际发布的日期；转载的旧文件写转载的日期，原文日期写在正文里。",
            message: "content/news/launch.md:3:7: 错误: 《启动仪式》的日期 2025-12-01 早于网站开通的日子（site.yml 的 inspect.site_opened：2026-01-01），像是伪造的发布日期。请写实际发布的日期；转载旧文件请写转载的日期，原文日期写在正文里。 [INSPECT_DATE_FORGED]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/site.yml         （inspect:\n  site_opened: 2026-01-01）\ncontent/news/launch.md   （date: 2025-12-01）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/site.yml         （inspect:\n  site_opened: 2026-01-01）\ncontent/news/launch.md   （date: 2026-03-18，实际发布的日子）")),
        DiagnosticEntry(
            "INSPECT_DATE_SAME", .error, .inspection,
            title: "很多页面的发布时间相同（单项否决）",
            explanation: "`inspect.same_time_pages` 个（默认 5 个）以上的页面写了完全相同的日期和时间，看起来像是批量改过的发布日期。给每个页面写它实际发布的日期。",
            message: "content/news/a.md:3:7: 错误: 5 个页面的日期都是 2026-11-01（content/news/a.md、content/news/b.md、content/news/c.md、content/news/d.md、content/news/e.md），像是批量改过的发布日期。请给每个页面写它实际发布的日期。 [INSPECT_DATE_SAME]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "content/news/a.md … e.md   （都写 date: 2026-11-01）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "content/news/a.md … e.md   （各写实际发布的日期）")),
        DiagnosticEntry(
            "INSPECT_LINK_EXTERNAL", .note, .inspection,
            title: "外部链接请人工核对",
            explanation: "页面和举报途径里指向别的网站的链接。zhengfeng 不联网，无法知道对方网站能不能打开；检查时打不开的链接要扣分。在浏览器中逐个打开核对。站内链接和附件由 `LINK_BROKEN` 等检查。",
            message: "content/channels/online.md:11:35: 提示: 外部链接 https://www.12388.gov.cn/ 不在本网站（共 2 处），zhengfeng 不联网检查。请在浏览器中打开，确认能访问、内容正确。 [INSPECT_LINK_EXTERNAL]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng inspect   （报告里的外部链接没有人打开看过）"),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng inspect   （报告里的每个外部链接都在浏览器中打开核对过）")),
        DiagnosticEntry(
            "INSPECT_LINK_DEAD", .warning, .inspection,
            title: "外部链接打不开",
            explanation: "`zhengfeng inspect --online` 联网打开外部链接时，这个地址没有回答、连接失败，或服务器回答了错误（HTTP 400 及以上）。核对网址；对方网站改版的换成新网址，已关闭的删去链接。对方网站暂时故障时，过一会儿再查一次。",
            message: "content/channels/online.md:11:35: 警告: 外部链接 https://www.12388.gov.cn/old/ 打不开：服务器回答 HTTP 404。请核对网址，对方网站已改版的换成新网址，已关闭的删去这个链接。 [INSPECT_LINK_DEAD]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng inspect --online   （页面里链接到 https://www.12388.gov.cn/old/）"),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng inspect --online   （链接改成 https://www.12388.gov.cn/）")),
        DiagnosticEntry(
            "INSPECT_INFO_MISSING", .warning, .inspection,
            title: "页脚基本信息没有填",
            explanation: "政府网站页脚必须有的一项（主办单位、党政机关网站标识、“我为政府网站找错”、ICP 备案号、公安备案号、网站标识码）在 site.yml 中没有填，或者还是“【待填：……】”。填写开办网站时取得的真实信息。",
            message: "content/site.yml:16:14: 警告: 页脚的网站标识码（site.yml 的 footer.site_code）还是待填内容。政府网站的页脚必须有这一项，请填写开办网站时取得的真实信息。 [INSPECT_INFO_MISSING]",
            wrong: DiagnosticExample("content/site.yml", """
                sponsor: 中共咸阳市秦都区纪律检查委员会
                """),
            fixed: DiagnosticExample("content/site.yml", """
                sponsor: 中共咸阳市秦都区纪律检查委员会
                footer:
                  icp: 陕ICP备12345678号
                  public_security: 陕公网安备 61040202000123号
                  site_code: "6104020001"
                  conac_url: https://bszs.conac.cn/sitename?method=show&id=1
                  conac_image: conac.png
                  error_report_url: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=6104020001
                """)),
        DiagnosticEntry(
            "INSPECT_SITE_CODE", .warning, .inspection,
            title: "网站标识码格式不对",
            explanation: "`footer.site_code` 不是 10 位数字。照政府网站信息报送系统给出的网站标识码填写（写在引号里，以免开头的 0 丢失）。",
            message: "content/site.yml:4:14: 警告: 网站标识码“61040”不是 10 位数字。请照政府网站信息报送系统给出的网站标识码填写。 [INSPECT_SITE_CODE]",
            wrong: DiagnosticExample("content/site.yml", """
                footer:
                  site_code: "61040"
                """),
            fixed: DiagnosticExample("content/site.yml", """
                footer:
                  site_code: "6104020001"
                """)),
        DiagnosticEntry(
            "INSPECT_META_MISSING", .warning, .inspection,
            title: "页面缺少政府网站的 meta 标签",
            explanation: "自制模板生成的页面缺少政府网站必须有的 `<meta>` 标签（SiteName、SiteDomain、SiteIDCode、ColumnName、ArticleTitle、PubDate、ContentSource）。请设计人员照内置模板的 `layout.mustache` 和 `partials/site-meta.mustache` 加上。",
            message: "content/_index.md:1:1: 警告: 1 个页面缺少政府网站必须有的 <meta name=\"SiteName\">（content/_index.md）。请设计人员在模板中加上这个标签（内置模板的 layout.mustache 和 partials/site-meta.mustache 里有写法）。 [INSPECT_META_MISSING]",
            wrong: DiagnosticExample(DiagnosticExample.folder, "templates/layout.mustache   （<head> 里没有 {{> site-meta}}）"),
            fixed: DiagnosticExample(DiagnosticExample.folder, "templates/layout.mustache   （<head> 里有 {{> site-meta}}，和内置模板一样）")),
        DiagnosticEntry(
            "INSPECT_SETTING", .error, .inspection,
            title: "自查设置写错了",
            explanation: "site.yml 的 `inspect:` 中的天数、个数应是大于 0 的整数，`site_opened` 应是日期；栏目 `_index.md` 的 `column_opened` 应是日期。改正后重新运行 `zhengfeng inspect`。",
            message: "content/site.yml:4:14: 错误: inspect.home_days 应是大于 0 的整数（天数或个数），例如 14。 [INSPECT_SETTING]",
            wrong: DiagnosticExample("content/site.yml", """
                inspect:
                  home_days: 0
                """),
            fixed: DiagnosticExample("content/site.yml", """
                inspect:
                  home_days: 14
                """)),
        DiagnosticEntry(
            "INSPECT_WORDING_LIST", .error, .inspection,
            title: "错误写法列表写错了",
            explanation: "`content/data/wording.yml` 的 `wording` 应是列表，每项写 `wrong`（错误写法）和 `right`（正确写法），两者不能相同；可选 `serious: true`（严重错误，单项否决）、`unless`（包含错误写法但正确的词）和 `note`（说明）。",
            message: "content/data/wording.yml:2:5: 错误: wording.yml 中“秦都区纪委”的 wrong 和 right 相同，这一项不起作用。请改正或删除。 [INSPECT_WORDING_LIST]",
            wrong: DiagnosticExample("content/data/wording.yml", """
                wording:
                  - wrong: 秦都区纪委
                    right: 秦都区纪委
                """),
            fixed: DiagnosticExample("content/data/wording.yml", """
                wording:
                  - wrong: 秦都纪委
                    right: 秦都区纪委
                """)),
        DiagnosticEntry(
            "INSPECT_TODAY", .error, .commands,
            title: "--today 的日期写法不对",
            explanation: "`zhengfeng inspect --today` 要写成 `2026-12-03` 这样的日期（年-月-日），不带时间。这是命令用法错误，退出状态为 2。",
            message: "错误: --today 应写成 2026-12-03 这样的日期（年-月-日，不带时间），现在是“12月3日”。 [INSPECT_TODAY]",
            wrong: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng inspect --today 12月3日"),
            fixed: DiagnosticExample(DiagnosticExample.commandLine, "zhengfeng inspect --today 2026-12-03")),
    ]
}
